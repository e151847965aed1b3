#!/usr/bin/env node
// npm run train: trains the learned clause detector (src/review/model/) and writes its weights to
// clauses/detection-model.json. Deterministic: the same data gives the same file byte for byte.
// Trained on the library's own clause texts (FR+EN, every variant), the 16 labelled examples, the
// corpus DEV split and CUAD's development split; thresholds calibrated per id by 5-fold
// cross-validation on those labelled documents (never the corpus test split).
// Usage: npm run train [-- --check | --report]
//   --check: train and compare with the committed file, exit 1 if different
//   --report: print the per-id cross-validation table (what the model adds at each threshold, and
//             why an id gets no threshold); writes nothing
import { existsSync, readFileSync } from 'node:fs'
import { writeFileAtomic } from '../dist/core/write-file.js'
import { loadLibrary } from '../dist/library/library.js'
import { ALL_IDS } from '../dist/library/taxonomy.js'
import { MODEL_FILE, defaultVocabulary } from '../dist/review/model/load.js'
import { saveVocabulary } from '../dist/review/model/vocabulary.js'
import { trainAndCalibrate, trainingItems, trainsOn } from './detection-data.mjs'

const check = process.argv.includes('--check')
const reportOnly = process.argv.includes('--report')
const started = Date.now()
const library = await loadLibrary()
const vocabulary = defaultVocabulary()
const items = await trainingItems(library, vocabulary)
const count = (source) => items.filter((i) => i.source === source).length
const trainedOn = `library texts ${count('library')}, template articles that are no clause ${count('template')}, examples ${count('example')}, corpus dev ${count('corpus')} (${items.filter((i) => i.evidence).length} with evidence labels), CUAD dev ${count('cuad')}; multiple-instance (best unit of a document with the clause positive, or its evidence-labelled sentences; every unit of a document without it negative); thresholds by 5-fold cross-validation, against the patterns' answers on each corpus document when it was fresh (eval/fresh-patterns.json), above the model's probability on our own text that does not state the clause (template articles, look-alikes, the ${count('cut')} example contracts with one clause's article cut)`
const trained = items.filter(trainsOn)
console.error(`train: ${trained.length} documents trained on (${items.length - trained.length} more to calibrate), ${trained.reduce((n, i) => n + i.units.length, 0)} units (${((Date.now() - started) / 1000).toFixed(1)} s to read)`)
const env = (name) => (process.env[name] ? Number(process.env[name]) : undefined)
const options = Object.fromEntries(Object.entries({ l2: env('TRAIN_L2'), minDocs: env('TRAIN_MINDOCS'), epochs: env('TRAIN_EPOCHS'), rounds: env('TRAIN_ROUNDS'), maxDocShare: env('TRAIN_MAXSHARE'), wordL2: env('TRAIN_WORDL2'), positivesPerDoc: env('TRAIN_PERDOC'), evidencePositives: process.env.TRAIN_EVIDENCE || undefined /* off | units | sentences (default) */ }).filter(([, v]) => v !== undefined))
if (process.env.TRAIN_CONCEPTS_ONLY) for (const i of trained) for (const u of i.units) u.features = u.features.filter((f) => f.startsWith('@') || f.startsWith('h@'))
const file = trainAndCalibrate({ library, vocabulary, items, ids: ALL_IDS, trainedOn, log: (m) => console.error(m), options, calibration: Object.fromEntries(Object.entries({ beta: env('TRAIN_BETA'), minPositives: env('TRAIN_MINPOS'), addedPrecision: env('TRAIN_ADDED') }).filter(([, v]) => v !== undefined)), report: reportOnly ? printReport : undefined })
if (reportOnly) process.exit(0)
file.vocabulary = saveVocabulary(vocabulary)
const text = `${JSON.stringify(file)}\n`
console.error(`train: ${Object.keys(file.weights).length} features, ${(text.length / 1024).toFixed(0)} KB, ${file.thresholds.filter((t) => t <= 1).length} ids with a threshold, ${((Date.now() - started) / 1000).toFixed(1)} s`)
if (check) {
  const same = existsSync(MODEL_FILE) && readFileSync(MODEL_FILE, 'utf8') === text
  console.log(same ? `${MODEL_FILE}: reproduced exactly` : `${MODEL_FILE}: differs from a fresh training (run npm run train and commit)`)
  process.exit(same ? 0 : 1)
}
writeFileAtomic(MODEL_FILE, text, { force: true, display: 'clauses/detection-model.json' })
console.log(`wrote clauses/detection-model.json`)

/**
 * The cross-validation table: per id, the labelled documents with the clause (corpus/CUAD/examples),
 * what the patterns alone get (TP/FP/FN, all sets), then for each threshold what the model adds
 * (+true/+false "present") over all sets and over the corpus alone; a mark says why a threshold is
 * no candidate (p: present precision below the floor; a: the additions' own precision below ADDED_PRECISION; 1: fewer than MIN_ADDED right additions; o: at or below the model's probability in our own text that states no clause; g<set>: F1 of that set lowered by more than
 * GROUP_LOSS). Last, the chosen threshold and why.
 */
function printReport({ ids, points, calibrations }) {
  const pad = (s, n) => String(s).padEnd(n)
  const thresholds = calibrations[0].rows.slice(1).map((r) => r.t)
  const head = `${pad('id', 32)}${pad('pos c/u/e', 11)}${pad('patterns', 10)}${thresholds.map((t) => pad(t.toFixed(2), 9)).join('')}chosen`
  const added = (id, off, t, group) => {
    let tp = 0, fp = 0
    for (const p of points.get(id)) {
      if (group && p.group !== group) continue
      if (!p.patterns && p.probability >= t) p.truth ? tp++ : fp++
    }
    return `+${tp}/${fp}`
  }
  for (const [title, group] of [['all labelled documents', undefined], ['corpus dev only', 'corpus']]) {
    console.log(`\nCross-validated (5 folds), ${title}: model additions +true/+false "present" at each threshold`)
    console.log(head)
    ids.forEach((id, k) => {
      const pts = points.get(id)
      const pos = ['corpus', 'cuad', 'example'].map((g) => pts.filter((p) => p.truth && p.group === g).length).join('/')
      const off = calibrations[k].rows[0]
      const mark = (r) => (r.refused === '' ? '' : r.refused === 'present-precision' ? 'p' : r.refused === 'added-precision' ? 'a' : r.refused === 'too-few-added' ? '1' : r.refused === 'own-text' ? 'o' : `g${r.refused.slice('group-loss:'.length, 'group-loss:'.length + 2)}`)
      const cells = calibrations[k].rows.slice(1).map((r) => pad(`${added(id, off, r.t, group)}${mark(r)}`, 9)).join('')
      const c = calibrations[k]
      console.log(`${pad(id, 32)}${pad(pos, 11)}${pad(`${off.tp}/${off.fp}/${off.fn}`, 10)}${cells}${c.threshold <= 1 ? c.threshold : 'off'} ${c.reason}`)
    })
  }
}
