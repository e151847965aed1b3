#!/usr/bin/env node
// What each stage of a review costs alone, in one Node.js process, on the CUAD development
// contracts (../shared/data/cuad-dev): the floors a faster review design would stand on (issue #14,
// "what would reach 25 MB/s"). Each stage runs over every file, after one warm-up pass; the figure
// is the median of `--runs` passes (default 5), as MB/s of the files' bytes.
//
//   npm run build && node scripts/bench/review-floors.mjs [--runs N]
//
// Stages: reading the bytes; one loop over every character (charCodeAt: the floor of any scan in
// JavaScript); the reader (files → blocks); sentence building; one pass of each literal automaton
// (the detection index's and the gate's, over each document's normalised sentences joined, no work
// per hit); the literal gate as the reviewer uses it (each sentence looked up: scan, bits, flags);
// the model's tokens alone and its features (unitsOf, sentences built beforehand); and the whole
// in-process review (reviewDocuments, documents read beforehand). The process runs with a large
// review's V8 flags (src/cli/regexp-tier.ts), as `clausier review` of CUAD dev does.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { setFlagsFromString } from 'node:v8'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const args = process.argv.slice(2)
const runsAt = args.indexOf('--runs')
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 5
const dir = join(root, '..', 'shared', 'data', 'cuad-dev', 'contracts')
let files
try {
  files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f))
} catch {
  console.error(`review-floors: CUAD not found at ${dir}`)
  process.exit(2)
}
const bytes = files.reduce((n, f) => n + statSync(f).size, 0)
if (!existsSync(join(root, 'dist', 'review', 'engine.js'))) {
  console.error('review-floors: no build in dist/ (run npm run build first)')
  process.exit(2)
}
const imp = (p) => import(join(root, 'dist', p))
const { LARGE_REVIEW_FLAGS } = await imp('cli/regexp-tier.js')
for (const flag of LARGE_REVIEW_FLAGS) setFlagsFromString(flag)
const { loadLibrary } = await imp('library/library.js')
const { readDocument } = await imp('read/index.js')
const { compileLibrary } = await imp('review/detect.js')
const { reviewDocuments } = await imp('review/engine.js')
const { defaultPlaybook } = await imp('review/playbook/schema.js')
const { RULES } = await imp('review/rules/index.js')
const { sentencesOf } = await imp('review/text.js')
const { gateOpens, readSavedGate, GATE_FILE } = await imp('review/gate.js')
const { tokensOf, unitsOf } = await imp('review/model/features.js')
const { defaultModel } = await imp('review/model/load.js')

const library = await loadLibrary()
const compiled = compileLibrary(library)
const model = defaultModel()
const options = { library, compiled, rules: RULES, playbook: defaultPlaybook(), today: '2026-11-29' }
const readAll = () => Promise.all(files.map((f) => readDocument(f, f)))

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
async function time(label, prepare, run) {
  const ms = []
  for (let r = 0; r <= RUNS; r++) {
    const input = await prepare()
    const t = performance.now()
    await run(input)
    if (r > 0) ms.push(performance.now() - t)
  }
  const m = median(ms)
  console.log(`| ${label} | ${m.toFixed(0)} ms | ${(bytes / 1e6 / (m / 1000)).toFixed(1)} MB/s |`)
}

console.log(`${files.length} files, ${(bytes / 1e6).toFixed(2)} MB, median of ${RUNS} passes after a warm-up (Node ${process.version})`)
console.log('| stage | time | throughput |')
console.log('| --- | --- | --- |')
await time('read the bytes (readFileSync, UTF-8)', () => undefined, () => files.map((f) => readFileSync(f, 'utf8')))
const texts = files.map((f) => readFileSync(f, 'utf8'))
await time('one loop over every character (charCodeAt)', () => undefined, () => {
  let sum = 0
  for (const t of texts) for (let i = 0; i < t.length; i++) sum = (sum + t.charCodeAt(i)) | 0
  return sum
})
await time('reader: files → blocks (readDocument)', () => undefined, readAll)
await time('sentence building (sentencesOf)', readAll, (docs) => docs.forEach((d) => sentencesOf(d)))
// Fresh copies of the sentences' texts for each pass: the gate keeps the last 5,000 it saw.
const norms = async () => (await readAll()).map((d) => sentencesOf(d).map((s) => s.norm))
await time('detection index automaton, one pass (no work per hit)', norms, (docs) => {
  let hits = 0
  for (const ss of docs) compiled.index.scan(ss.join('\n'), () => hits++)
  return hits
})
const saved = readSavedGate(readFileSync(GATE_FILE))
if (saved) {
  // The gate's automaton as the reviewer loads it; its marks go into one array per document.
  const gate = saved.index.foldCase().withBitTable(saved.bits)
  await time("gate automaton, one pass (its marks, no look-up)", norms, (docs) => {
    let top = 0
    for (const ss of docs) top = Math.max(top, gate.scanBits(ss.join('\n'), new Array(1024).fill(0)))
    return top
  })
}
await time('literal gate, each sentence looked up (scan, bits, flags)', norms, (docs) => {
  let open = 0
  for (const ss of docs) for (const s of ss) if (gateOpens(0, `${s} `)) open++
  return open
})
if (model) {
  await time("model tokens alone (tokensOf per sentence)", norms, (docs) => {
    let n = 0
    for (const ss of docs) for (const s of ss) n += tokensOf(s, model.vocabulary).length
    return n
  })
  const built = async () => {
    const docs = await readAll()
    docs.forEach((d) => sentencesOf(d))
    return docs
  }
  await time('model features (unitsOf: tokens, pairs, sets)', built, (docs) => docs.forEach((d) => unitsOf(d, model.vocabulary)))
}
await time('whole review in process (reviewDocuments, reader excluded)', readAll, (docs) => docs.forEach((d) => reviewDocuments(d, [], options)))
