#!/usr/bin/env node
// npm run eval: scores the reviewer on three sets, each reported on its own.
//   1. The corpus of documents written by others (eval/corpus/{fr,en}/labels.yaml), `dev` and
//      `test` splits apart. Only dev documents are named in the output (--verbose lists their
//      disagreements); test documents are scored and counted, never listed or printed.
//   2. CUAD's development split (../shared/data/cuad-dev): the ids mapped to CUAD columns. The
//      learned part is scored by 5-fold cross-validation (folds by a hash of the file name: the
//      model and its thresholds trained on the other four fifths and the other data, scored on the
//      remaining fifth); the patterns themselves were written while reading all of CUAD dev, so
//      they are not held out. The committed model's fit (trained on all of it) is shown too.
//      (CUAD's other contracts are kept for an independent evaluation.) --no-cv skips the folds.
//   3. The 16 labelled examples (examples/quotes): used to write the old patterns, so not a fair measure.
// Scores: precision and recall of `present`, precision of `missing` (a clause reported missing
// that is indeed not in the document), and precision and recall of red flags (rules other than
// missing-clause and custom-phrase).
// Usage: npm run eval [-- --json out.json] [--verbose] [--only corpus,cuad,examples] [--split dev,test] [--no-cv]
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { loadLibrary } from '../dist/library/library.js'
import { readDocument } from '../dist/read/index.js'
import { compileLibrary } from '../dist/review/detect.js'
import { reviewDocuments } from '../dist/review/engine.js'
import { defaultPlaybook } from '../dist/review/playbook/schema.js'
import { RULES } from '../dist/review/rules/index.js'
import { CLAUSE_IDS, ART28_IDS } from '../dist/library/taxonomy.js'
import { defaultVocabulary } from '../dist/review/model/load.js'
import { modelOf } from '../dist/review/model/model.js'
import { CUAD_MAP, csv, foldOfItem, FOLDS, trainAndCalibrate, trainingItems } from './detection-data.mjs'
import { outcome, score } from './eval-count.mjs'
import { loadEvidence, overlaps } from './evidence-labels.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const cuadDir = join(root, '..', 'shared', 'data', 'cuad-dev')
const arg = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined)
const jsonOut = arg('--json')
const verbose = process.argv.includes('--verbose')
const only = new Set((arg('--only') ?? 'corpus,cuad,examples').split(','))
const splits = (arg('--split') ?? 'dev,test').split(',')
const crossValidate = !process.argv.includes('--no-cv')

const FLAG_RULES = RULES.map((r) => r.id).filter((r) => r !== 'missing-clause' && r !== 'custom-phrase')
const IDS = [...CLAUSE_IDS, ...ART28_IDS]

const library = await loadLibrary()
const playbook = defaultPlaybook()
const options = { library, compiled: compileLibrary(library), rules: RULES, playbook, today: '2026-11-29' }

const fmt = (x) => (x === null || x === undefined ? '  -  ' : x.toFixed(2).padStart(5))
function table(title, rows) {
  console.log(`\n${title}`)
  console.log(`${'id'.padEnd(30)} ${'n'.padStart(4)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)} ${'TN'.padStart(4)}  precision  recall     F1  missing-precision`)
  for (const [id, s] of rows) {
    console.log(`${id.padEnd(30)} ${String(s.n).padStart(4)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)} ${String(s.tn).padStart(4)}  ${fmt(s.precision)}      ${fmt(s.recall)}  ${fmt(s.f1)}   ${fmt(s.missingPrecision)}`)
  }
}

/**
 * Reviews labelled documents and scores them: clause presence per id, statuses, red flags.
 * `name` decides whether a document may be named in the output (never for test documents).
 */
async function scoreLabelled(dir, labels, { nameable, evidence = [] }) {
  const evidenceTally = newEvidenceTally()
  const pairs = Object.fromEntries(IDS.map((id) => [id, []]))
  const flagPairs = Object.fromEntries(FLAG_RULES.map((id) => [id, []]))
  const disagreements = []
  let referenced = { right: 0, wrong: 0 }
  let bytes = 0
  const started = process.hrtime.bigint()
  for (const label of labels) {
    const path = join(dir, label.file)
    bytes += readFileSync(path).length
    const doc = await readDocument(path, label.file)
    const review = reviewDocuments(doc, [], options)
    const { clauses, flags } = outcome(review, label, IDS, FLAG_RULES)
    tallyEvidence(evidenceTally, review, evidence.filter((e) => e.file === label.file), label.file)
    for (const { id, truth, referenced: labelledReferenced, got } of clauses) {
      pairs[id].push({ truth, found: got === 'present' })
      if (!truth && (labelledReferenced || got === 'referenced')) {
        if ((got === 'referenced') === labelledReferenced) referenced.right++
        else referenced.wrong++
      }
      const expected = truth ? 'present' : labelledReferenced ? 'referenced' : 'missing'
      if (got !== expected && nameable) disagreements.push(`${label.file}: ${id} expected ${expected}, got ${got}`)
    }
    for (const { rule, truth, found } of flags) {
      flagPairs[rule].push({ truth, found })
      if (nameable && found !== truth) disagreements.push(`${label.file}: red flag ${rule} expected ${truth}, got ${found}`)
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const clauses = Object.entries(pairs).filter(([, p]) => p.length > 0).map(([id, p]) => [id, score(p)])
  const flags = Object.entries(flagPairs).map(([id, p]) => [id, score(p)])
  return {
    documents: labels.length,
    bytes,
    seconds,
    clauses: Object.fromEntries(clauses),
    overall: score(Object.values(pairs).flat()),
    redFlags: { perRule: Object.fromEntries(flags), overall: score(Object.values(flagPairs).flat()) },
    referenced,
    evidence: evidenceTally,
    disagreements,
  }
}

/**
 * Does the reviewer's evidence state the clause? Over the (document, id) pairs with evidence labels
 * (eval/evidence/{fr,en}.yaml, dev only): per signal (patterns: heading, phrase, co-occurrence,
 * negation; model), how many the reviewer finds present, and how many of those have a first
 * evidence sentence (or any) that overlaps a labelled quote (scripts/evidence-labels.mjs).
 */
const newEvidenceTally = () => ({ labelled: 0, patterns: { present: 0, first: 0, any: 0 }, model: { present: 0, first: 0, any: 0 }, perId: {}, misses: [] })
function tallyEvidence(tally, review, labelled, file) {
  const clauses = new Map(review.clauses.map((c) => [c.id, c]))
  for (const { id, quotes } of labelled) {
    tally.labelled++
    const perId = (tally.perId[id] ??= { labelled: 0, present: 0, states: 0 })
    perId.labelled++
    const c = clauses.get(id)
    if (!c || c.status !== 'present' || c.evidence.length === 0) continue
    const t = tally[c.evidence[0].signal === 'model' ? 'model' : 'patterns']
    t.present++
    perId.present++
    if (overlaps(c.evidence[0].text, quotes)) t.first++
    if (c.evidence.some((e) => overlaps(e.text, quotes))) (t.any++, perId.states++)
    else tally.misses.push(`${file}: ${id} (${c.evidence[0].signal}) evidence « ${c.evidence[0].text} » states none of the quotes`)
  }
}
function evidenceSummary(tally) {
  const pct = (a, b) => (b === 0 ? '-' : (a / b).toFixed(2))
  const line = (name, t) => `${name}: ${t.present} found present, first evidence states the clause ${t.first}/${t.present} (${pct(t.first, t.present)}), some evidence ${t.any}/${t.present} (${pct(t.any, t.present)})`
  const all = { present: tally.patterns.present + tally.model.present, first: tally.patterns.first + tally.model.first, any: tally.patterns.any + tally.model.any }
  console.log(`
Evidence that states the clause (eval/evidence/{fr,en}.yaml: ${tally.labelled} labelled (document, id) pairs, dev)`)
  console.log(`  ${line('patterns', tally.patterns)}`)
  console.log(`  ${line('model', tally.model)}`)
  console.log(`  ${line('all', all)}; sentence-level recall (present with some evidence stating it, of all labelled) ${all.any}/${tally.labelled} (${pct(all.any, tally.labelled)})`)
  console.log(`  ${'id'.padEnd(30)} labelled  present  evidence states it`)
  for (const [id, p] of Object.entries(tally.perId).sort(([a], [b]) => (a < b ? -1 : 1))) console.log(`  ${id.padEnd(30)} ${String(p.labelled).padStart(8)} ${String(p.present).padStart(8)} ${String(p.states).padStart(8)}`)
}

function summary(title, r) {
  const o = r.overall
  const f = r.redFlags.overall
  console.log(
    `${title}: ${r.documents} documents — present precision ${fmt(o.precision)}, present recall ${fmt(o.recall)}, missing precision ${fmt(o.missingPrecision)}` +
      ` (${o.tp + o.fn} present, ${o.tn + o.fp} absent labels); red flags precision ${fmt(f.precision)}, recall ${fmt(f.recall)} (${f.tp + f.fp} raised, ${f.tp + f.fn} labelled);` +
      ` referenced ${r.referenced.right}/${r.referenced.right + r.referenced.wrong} as labelled`,
  )
}

const results = {}

if (only.has('corpus')) {
  const sets = []
  for (const lang of ['fr', 'en']) {
    const dir = join(root, 'eval', 'corpus', lang)
    const file = join(dir, 'labels.yaml')
    if (existsSync(file)) sets.push({ lang, dir, labels: parse(readFileSync(file, 'utf8')) })
  }
  if (sets.length === 0) console.log('Corpus not found at eval/corpus/{fr,en}/labels.yaml: skipped')
  results.corpus = {}
  for (const split of splits) {
    const parts = []
    for (const set of sets) {
      const labels = set.labels.filter((l) => l.split === split)
      // Evidence labels exist for dev documents only.
      const evidence = split === 'dev' ? loadEvidence(root, set.lang) : []
      if (labels.length > 0) parts.push({ lang: set.lang, result: await scoreLabelled(set.dir, labels, { nameable: split === 'dev', evidence }) })
    }
    if (parts.length === 0) continue
    // Both languages together: sum the pairs by recomputing from the per-id counts.
    const merge = (pick) => {
      const sum = { tp: 0, fp: 0, fn: 0, tn: 0 }
      for (const p of parts) for (const k of Object.keys(sum)) sum[k] += pick(p.result)[k]
      const div = (a, b) => (b === 0 ? null : a / b)
      return { n: sum.tp + sum.fp + sum.fn + sum.tn, ...sum, precision: div(sum.tp, sum.tp + sum.fp), recall: div(sum.tp, sum.tp + sum.fn), f1: div(2 * sum.tp, 2 * sum.tp + sum.fp + sum.fn), missingPrecision: div(sum.tn, sum.tn + sum.fn) }
    }
    const both = {
      documents: parts.reduce((n, p) => n + p.result.documents, 0),
      overall: merge((r) => r.overall),
      redFlags: { overall: merge((r) => r.redFlags.overall) },
      referenced: { right: parts.reduce((n, p) => n + p.result.referenced.right, 0), wrong: parts.reduce((n, p) => n + p.result.referenced.wrong, 0) },
    }
    console.log(`\nCorpus of documents written by others — ${split} split`)
    for (const p of parts) summary(`  ${p.lang}`, p.result)
    summary('  fr + en', both)
    const perId = {}
    for (const id of IDS) {
      const s = merge((r) => r.clauses[id] ?? { tp: 0, fp: 0, fn: 0, tn: 0 })
      if (s.n > 0) perId[id] = s
    }
    table(`Corpus ${split} split, per clause id (fr + en)`, Object.entries(perId))
    const perRule = {}
    for (const rule of FLAG_RULES) perRule[rule] = merge((r) => r.redFlags.perRule[rule])
    table(`Corpus ${split} split, red flags per rule (fr + en)`, Object.entries(perRule).filter(([, s]) => s.tp + s.fp + s.fn > 0))
    if (split === 'dev') {
      const tally = newEvidenceTally()
      for (const p of parts) {
        const e = p.result.evidence
        tally.labelled += e.labelled
        for (const k of ['patterns', 'model']) for (const m of ['present', 'first', 'any']) tally[k][m] += e[k][m]
        for (const [id, v] of Object.entries(e.perId)) {
          const t = (tally.perId[id] ??= { labelled: 0, present: 0, states: 0 })
          for (const m of ['labelled', 'present', 'states']) t[m] += v[m]
        }
      }
      if (tally.labelled > 0) evidenceSummary(tally)
      if (verbose) for (const p of parts) for (const m of p.result.evidence.misses) console.log(`  ${p.lang}/${m}`)
      both.evidence = tally
    }
    if (verbose && split === 'dev') for (const p of parts) for (const d of p.result.disagreements) console.log(`  ${p.lang}/${d}`)
    results.corpus[split] = { both, perId, perRule, ...Object.fromEntries(parts.map((p) => [p.lang, split === 'dev' ? p.result : { ...p.result, disagreements: undefined }])) }
  }
}

/** Reviews CUAD contracts with the given options and scores the mapped ids; returns { rows, misses, bytes, seconds }. */
async function scoreCuad(rows, reviewOptions, docs = new Map()) {
  const pairs = Object.fromEntries(Object.keys(CUAD_MAP).map((id) => [id, []]))
  const misses = Object.fromEntries(Object.keys(CUAD_MAP).map((id) => [id, { fp: [], fn: [] }]))
  const started = process.hrtime.bigint()
  let bytes = 0
  for (const row of rows) {
    const path = join(cuadDir, 'contracts', row.file)
    bytes += readFileSync(path).length
    const doc = docs.get(row.file) ?? (await readDocument(path, row.file))
    const review = reviewDocuments(doc, [], reviewOptions)
    const status = new Map(review.clauses.map((c) => [c.id, c.status]))
    for (const [id, cols] of Object.entries(CUAD_MAP)) {
      const truth = cols.some((c) => row[c] === '1')
      const found = status.get(id) === 'present'
      pairs[id].push({ truth, found })
      if (found && !truth) misses[id].fp.push(row.file)
      if (!found && truth) misses[id].fn.push(row.file)
    }
  }
  return { pairs, misses, bytes, seconds: Number(process.hrtime.bigint() - started) / 1e9 }
}

if (only.has('cuad')) {
  if (existsSync(cuadDir)) {
    const labels = csv(readFileSync(join(cuadDir, 'presence.csv'), 'utf8'))
    const fit = await scoreCuad(labels, options)
    const rows = Object.entries(fit.pairs).map(([id, p]) => [id, score(p)])
    table(`CUAD development split, committed model (trained on it, patterns written on it: fit, not held out): ${labels.length} contracts, ${(fit.bytes / 1e6).toFixed(1)} MB in ${fit.seconds.toFixed(1)} s`, rows)
    results.cuad = Object.fromEntries(rows.map(([id, s]) => [id, { ...s, falsePositives: fit.misses[id].fp, falseNegatives: fit.misses[id].fn }]))
    if (crossValidate) {
      const vocabulary = defaultVocabulary()
      const items = await trainingItems(library, vocabulary)
      const docs = new Map(items.filter((i) => i.source === 'cuad').map((i) => [i.name.slice('cuad:'.length), i.doc]))
      const pairs = Object.fromEntries(Object.keys(CUAD_MAP).map((id) => [id, []]))
      const started = process.hrtime.bigint()
      for (let fold = 0; fold < FOLDS; fold++) {
        const heldOut = (i) => i.source === 'cuad' && foldOfItem(i) === fold
        const file = trainAndCalibrate({ library, vocabulary, items: items.filter((i) => !heldOut(i)), ids: Object.keys(CUAD_MAP), trainedOn: `CUAD fold ${fold + 1} held out` })
        const compiled = compileLibrary(library, {}, () => modelOf(file, vocabulary))
        const rowsOfFold = labels.filter((row) => heldOut({ name: `cuad:${row.file}`, source: 'cuad' }))
        const r = await scoreCuad(rowsOfFold, { ...options, compiled }, docs)
        for (const id of Object.keys(CUAD_MAP)) pairs[id].push(...r.pairs[id])
      }
      const cv = Object.entries(pairs).map(([id, p]) => [id, score(p)])
      table(
        `CUAD development split, 5-fold cross-validation of the learned part (model and thresholds trained without the scored fifth; the patterns were written reading all of CUAD dev, so they are not held out): ${((Number(process.hrtime.bigint() - started) / 1e9)).toFixed(0)} s`,
        cv,
      )
      results.cuadCrossValidated = Object.fromEntries(cv)
    }
  } else {
    console.log(`CUAD data not found at ${cuadDir}: skipped`)
  }
}

const examplesFile = join(root, 'examples', 'quotes', 'labels.yaml')
if (only.has('examples') && existsSync(examplesFile)) {
  const labels = parse(readFileSync(examplesFile, 'utf8'))
  const r = await scoreLabelled(join(root, 'examples', 'quotes'), labels, { nameable: true })
  table(`Labelled examples (examples/quotes; used to write the old patterns): ${labels.length} documents — clause presence`, Object.entries(r.clauses))
  table('Labelled examples — red flags per rule', Object.entries(r.redFlags.perRule).filter(([, s]) => s.tp + s.fp + s.fn > 0))
  console.log()
  summary('Labelled examples', r)
  console.log(`  ${r.disagreements.length} disagreements with the labels`)
  if (verbose) for (const d of r.disagreements) console.log(`  ${d}`)
  results.examples = r
}

if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(results, null, 2)}\n`)
