#!/usr/bin/env node
// The learned model as it would have been at each round of corpus documents: for each of the last N
// rounds (the commits that added dev documents), the model is trained and its thresholds calibrated
// only on what came before (the library's texts, the examples, CUAD dev and the corpus documents of
// earlier rounds), then each of the round's documents is scored with the patterns as they were on
// it when it was fresh (eval/fresh-patterns.json) plus that model. Nothing scored was used to write
// the patterns that score it or to train or calibrate the model: the honest measure of what the
// model adds on new documents (the thresholds' cross-validation in `npm run train` holds out
// documents, not publishers or time). Test-split documents are never read.
//
// Usage: node scripts/model-rounds.mjs [N] [--verbose]   (N: rounds, 10 by default; --verbose lists
// every clause the model adds, right (+) or wrong (-), with its probability and evidence)
import { execFileSync } from 'node:child_process'
import { loadLibrary } from '../dist/library/library.js'
import { ALL_IDS } from '../dist/library/taxonomy.js'
import { defaultVocabulary } from '../dist/review/model/load.js'
import { compileLibrary, detectClauses } from '../dist/review/detect.js'
import { modelOf } from '../dist/review/model/model.js'
import { answers, root, trainAndCalibrate, trainingItems } from './detection-data.mjs'

const verbose = process.argv.includes('--verbose')
const n = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 10)
const library = await loadLibrary()
const vocabulary = defaultVocabulary()
const items = await trainingItems(library, vocabulary)

/** The round of each corpus document: the index of the commit that added it. */
const roundOf = new Map()
const log = execFileSync('git', ['log', '--reverse', '--diff-filter=A', '--name-only', '--format=@%H', '--', 'eval/corpus/fr', 'eval/corpus/en'], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 })
let round = -1
for (const line of log.split('\n')) {
  if (line.startsWith('@')) round++
  else if (line.startsWith('eval/corpus/')) roundOf.set(`corpus:${line.slice('eval/corpus/'.length)}`, round)
}
const scored = items.filter((i) => i.source === 'corpus' && i.freshPatterns && roundOf.has(i.name))
const rounds = [...new Set(scored.map((i) => roundOf.get(i.name)))].sort((a, b) => a - b).slice(-n)

const zero = () => ({ tp: 0, fp: 0, fn: 0, tn: 0 })
const add = (c, truth, found) => c[truth ? (found ? 'tp' : 'fn') : found ? 'fp' : 'tn']++
const fmt = (c) => `present precision ${(c.tp / (c.tp + c.fp)).toFixed(3)}, recall ${(c.tp / (c.tp + c.fn)).toFixed(3)}, missing precision ${(c.tn / (c.tn + c.fn)).toFixed(3)}`
const all = { patterns: zero(), model: zero(), added: [0, 0], documents: 0 }
for (const r of rounds) {
  const docs = scored.filter((i) => roundOf.get(i.name) === r)
  const file = trainAndCalibrate({ library, vocabulary, items: items.filter((i) => i.source !== 'corpus' || (roundOf.get(i.name) ?? Infinity) < r), ids: ALL_IDS, trainedOn: `rounds before ${r}` })
  const compiled = compileLibrary(library, {}, () => modelOf(file, vocabulary))
  const here = { patterns: zero(), model: zero() }
  const lines = []
  for (const item of docs) {
    const probe = new Map()
    const evidence = new Map()
    detectClauses([item.doc], compiled, probe, evidence)
    const answer = answers(item.freshPatterns, probe)
    ALL_IDS.forEach((id, k) => {
      const truth = item.labels.get(id)
      if (truth === undefined) return
      const { patterns, probability: p } = answer(id)
      const found = patterns || p >= file.thresholds[k]
      for (const c of [here, all]) (add(c.patterns, truth, patterns), add(c.model, truth, found))
      if (found && !patterns) {
        all.added[truth ? 0 : 1]++
        lines.push(`    ${truth ? '+' : '-'} ${item.name.slice('corpus:'.length)} ${id} ${p.toFixed(2)}: ${(evidence.get(id) ?? '').slice(0, 100)}`)
      }
    })
  }
  all.documents += docs.length
  console.log(`round ${r} (${docs.length} documents; model trained on ${items.filter((i) => i.source === 'corpus' && (roundOf.get(i.name) ?? Infinity) < r).length} earlier corpus documents, ${file.thresholds.filter((t) => t <= 1).length} ids with a threshold)`)
  console.log(`  patterns as fresh: ${fmt(here.patterns)}\n  with the model:    ${fmt(here.model)}`)
  if (verbose) for (const l of lines) console.log(l)
}
console.log(`\nlast ${rounds.length} rounds, ${all.documents} documents:\n  patterns as fresh: ${fmt(all.patterns)}\n  with the model:    ${fmt(all.model)}\n  the model's additions: ${all.added[0]} right, ${all.added[1]} wrong`)
