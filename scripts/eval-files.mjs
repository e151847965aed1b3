#!/usr/bin/env node
// Scores the reviewer on a few dev documents of the English or French corpus with the counting of
// scripts/eval.mjs (present per id; Art. 28 items only where the label or the reviewer has
// processor terms; red flags; referenced-or-not), overall and on the art28-* ids alone: a new
// round's fresh score on its own files, before any tuning on them. Dev files only.
// Usage: node scripts/eval-files.mjs [--lang en|fr] file1.md file2.md ...   (after npm run build;
// --lang picks eval/corpus/<lang>, English by default)
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { outcome } from './eval-count.mjs'
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const langAt = args.indexOf('--lang')
const lang = langAt >= 0 ? args[langAt + 1] : 'en'
const files = langAt >= 0 ? args.filter((_, i) => i !== langAt && i !== langAt + 1) : args
if (lang !== 'en' && lang !== 'fr') {
  console.error(`--lang must be en or fr, not ${lang ?? 'nothing'}`)
  process.exit(2)
}
const imp = (p) => import(join(root, p))
const { loadLibrary } = await imp('dist/library/library.js')
const { readDocument } = await imp('dist/read/index.js')
const { compileLibrary } = await imp('dist/review/detect.js')
const { reviewDocuments } = await imp('dist/review/engine.js')
const { defaultPlaybook } = await imp('dist/review/playbook/schema.js')
const { RULES } = await imp('dist/review/rules/index.js')
const { CLAUSE_IDS, ART28_IDS } = await imp('dist/library/taxonomy.js')
const library = await loadLibrary()
const options = { library, compiled: compileLibrary(library), rules: RULES, playbook: defaultPlaybook(), today: '2026-11-29' }
const IDS = [...CLAUSE_IDS, ...ART28_IDS]
const FLAG_RULES = RULES.map((r) => r.id).filter((r) => r !== 'missing-clause' && r !== 'custom-phrase')
const dir = join(root, 'eval/corpus', lang)
const labels = parse(readFileSync(join(dir, 'labels.yaml'), 'utf8')).filter((l) => files.includes(l.file))
const unknown = files.filter((f) => !labels.some((l) => l.file === f))
if (unknown.length > 0 || files.length === 0) {
  console.error(unknown.length > 0 ? `not in eval/corpus/${lang}/labels.yaml: ${unknown.join(', ')}` : 'usage: node scripts/eval-files.mjs [--lang en|fr] file.md …')
  process.exit(2)
}
// Test documents are never scored one by one (only scripts/eval.mjs's aggregate may be looked at).
if (labels.some((l) => l.split !== 'dev')) {
  console.error('dev documents only')
  process.exit(2)
}
const tot = { all: [0, 0, 0, 0], art: [0, 0, 0, 0], flags: [0, 0, 0, 0] }
const add = (k, truth, found) => { tot[k][truth && found ? 0 : !truth && found ? 1 : truth ? 2 : 3]++ }
let refRight = 0, refWrong = 0
for (const label of labels) {
  const doc = await readDocument(join(dir, label.file), label.file)
  const review = reviewDocuments(doc, [], options)
  const { clauses, flags } = outcome(review, label, IDS, FLAG_RULES)
  const per = [0, 0, 0, 0]
  for (const { id, truth, referenced, got } of clauses) {
    const found = got === 'present'
    add('all', truth, found)
    if (id.startsWith('art28-')) add('art', truth, found)
    per[truth && found ? 0 : !truth && found ? 1 : truth ? 2 : 3]++
    if (!truth && (referenced || got === 'referenced')) {
      if ((got === 'referenced') === referenced) refRight++
      else refWrong++
    }
  }
  for (const { truth, found } of flags) add('flags', truth, found)
  console.log(`${label.file}: TP ${per[0]} FP ${per[1]} FN ${per[2]} TN ${per[3]}`)
}
const f = (a, b) => (b ? (a / b).toFixed(2) : '-')
for (const k of ['all', 'art']) {
  const [tp, fp, fn, tn] = tot[k]
  console.log(`${k === 'all' ? 'all ids' : 'art28-* only'}: present precision ${f(tp, tp + fp)} (${tp}/${tp + fp}), recall ${f(tp, tp + fn)} (${tp}/${tp + fn}), missing precision ${f(tn, tn + fn)} (${tn}/${tn + fn})`)
}
const [tp, fp, fn] = tot.flags
console.log(`red flags: ${tp} right of ${tp + fp} raised (${fn} labelled not raised); referenced-or-not as labelled ${refRight}/${refRight + refWrong}`)
