#!/usr/bin/env node
// npm run eval: scores clause detection on the CUAD development split (../shared/data/cuad-dev)
// and on our labelled examples (examples/quotes/labels.yaml). Prints precision and recall of
// `present`, and the precision of `missing`, per id. Usage: npm run eval [-- --json out.json]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
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

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const cuadDir = join(root, '..', 'shared', 'data', 'cuad-dev')
const jsonOut = process.argv.includes('--json') ? process.argv[process.argv.indexOf('--json') + 1] : undefined

const CUAD_MAP = {
  'governing-law': ['Governing Law'],
  'liability-cap': ['Cap on Liability'],
  'audit-rights': ['Audit Rights'],
  insurance: ['Insurance'],
  exclusivity: ['Exclusivity'],
  'term-renewal': ['Expiration Date', 'Renewal Term'],
  'termination-for-convenience': ['Termination for Convenience'],
  assignment: ['Anti-Assignment', 'Change of Control'],
  penalties: ['Liquidated Damages'],
}

const library = await loadLibrary()
const playbook = defaultPlaybook()
const options = { library, compiled: compileLibrary(library), rules: RULES, playbook, today: '2026-11-29' }

function csv(text) {
  const rows = []
  for (const line of text.split(/\r?\n/).filter(Boolean)) {
    const cells = []
    let cur = ''
    let quoted = false
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]
      if (ch === '"') quoted = !quoted
      else if (ch === ',' && !quoted) (cells.push(cur), (cur = ''))
      else cur += ch
    }
    cells.push(cur)
    rows.push(cells)
  }
  const [header, ...body] = rows
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])))
}

function score(pairs) {
  // pairs: [{ truth: boolean, found: boolean }]
  let tp = 0, fp = 0, fn = 0, tn = 0
  for (const { truth, found } of pairs) {
    if (truth && found) tp++
    else if (!truth && found) fp++
    else if (truth && !found) fn++
    else tn++
  }
  const div = (a, b) => (b === 0 ? null : a / b)
  return { n: pairs.length, tp, fp, fn, tn, precision: div(tp, tp + fp), recall: div(tp, tp + fn), missingPrecision: div(tn, tn + fn) }
}

const fmt = (x) => (x === null ? '  -  ' : x.toFixed(2).padStart(5))
function table(title, rows) {
  console.log(`\n${title}`)
  console.log(`${'id'.padEnd(30)} ${'n'.padStart(4)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)} ${'TN'.padStart(4)}  precision  recall  missing-precision`)
  for (const [id, s] of rows) console.log(`${id.padEnd(30)} ${String(s.n).padStart(4)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)} ${String(s.tn).padStart(4)}  ${fmt(s.precision)}      ${fmt(s.recall)}   ${fmt(s.missingPrecision)}`)
}

const results = { cuad: {}, examples: {} }

if (existsSync(cuadDir)) {
  const labels = csv(readFileSync(join(cuadDir, 'presence.csv'), 'utf8'))
  const pairs = Object.fromEntries(Object.keys(CUAD_MAP).map((id) => [id, []]))
  const misses = Object.fromEntries(Object.keys(CUAD_MAP).map((id) => [id, { fp: [], fn: [] }]))
  const started = process.hrtime.bigint()
  let bytes = 0
  for (const row of labels) {
    const path = join(cuadDir, 'contracts', row.file)
    bytes += readFileSync(path).length
    const doc = await readDocument(path, row.file)
    const review = reviewDocuments(doc, [], options)
    const status = new Map(review.clauses.map((c) => [c.id, c.status]))
    for (const [id, cols] of Object.entries(CUAD_MAP)) {
      const truth = cols.some((c) => row[c] === '1')
      const found = status.get(id) === 'present'
      pairs[id].push({ truth, found })
      if (found && !truth) misses[id].fp.push(row.file)
      if (!found && truth) misses[id].fn.push(row.file)
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const rows = Object.entries(pairs).map(([id, p]) => [id, score(p)])
  table(`CUAD development split: ${labels.length} contracts, ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s`, rows)
  results.cuad = Object.fromEntries(rows.map(([id, s]) => [id, { ...s, falsePositives: misses[id].fp, falseNegatives: misses[id].fn }]))
} else {
  console.log(`CUAD data not found at ${cuadDir}: skipped`)
}

const labelsFile = join(root, 'examples', 'quotes', 'labels.yaml')
if (existsSync(labelsFile)) {
  const labels = parse(readFileSync(labelsFile, 'utf8'))
  const ids = [...CLAUSE_IDS, ...ART28_IDS]
  const pairs = Object.fromEntries(ids.map((id) => [id, []]))
  const flagPairs = {}
  const statusErrors = []
  for (const label of labels) {
    const doc = await readDocument(join(root, 'examples', 'quotes', label.file), label.file)
    const review = reviewDocuments(doc, [], options)
    const status = new Map(review.clauses.map((c) => [c.id, c.status]))
    const present = new Set(label.present ?? [])
    const referenced = new Set(label.referenced ?? [])
    for (const id of ids) {
      if (id.startsWith('art28-') && !status.has(id) && !present.has(id)) continue
      const truth = present.has(id)
      const found = status.get(id) === 'present'
      pairs[id].push({ truth, found })
      const expected = truth ? 'present' : referenced.has(id) ? 'referenced' : 'missing'
      if ((status.get(id) ?? 'missing') !== expected) statusErrors.push(`${label.file}: ${id} expected ${expected}, got ${status.get(id) ?? 'missing'}`)
    }
    const flags = new Set(review.findings.map((f) => f.ruleId))
    const expectedFlags = new Set(label.redFlags ?? [])
    for (const rule of RULES.map((r) => r.id).filter((r) => r !== 'missing-clause' && r !== 'custom-phrase')) {
      ;(flagPairs[rule] ??= []).push({ truth: expectedFlags.has(rule), found: flags.has(rule) })
    }
  }
  const rows = Object.entries(pairs).filter(([, p]) => p.length > 0).map(([id, p]) => [id, score(p)])
  table(`Labelled examples (examples/quotes): ${labels.length} documents — clause presence`, rows)
  table('Labelled examples — red flags and weak terms (per rule)', Object.entries(flagPairs).map(([id, p]) => [id, score(p)]))
  const all = score(Object.values(pairs).flat())
  console.log(`\nAll clause ids together: precision ${fmt(all.precision)}, recall ${fmt(all.recall)}, missing-precision ${fmt(all.missingPrecision)}; ${statusErrors.length} status disagreements`)
  if (process.argv.includes('--verbose')) for (const e of statusErrors) console.log(`  ${e}`)
  results.examples = { clauses: Object.fromEntries(rows), overall: all, statusErrors }
}

if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(results, null, 2)}\n`)
