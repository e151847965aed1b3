#!/usr/bin/env node
// Prequential evaluation of the reviewer on the corpus dev split: every dev document is reviewed by
// clausier as it stood just before the commit that added the document (that commit's parent), so
// by detection that was never written, tuned or trained with it; then scored with today's labels,
// counted as `npm run eval` counts (present precision and recall, precision of `missing`, red flags).
// Rounds of documents were committed before anyone ran the reviewer on them, so each document's
// parent build is a fresh look at it. Test-split documents are never reviewed here.
//
// Each parent is built once in a detached git worktree under the cache folder (node_modules linked
// from this checkout; default under the system's temporary folder), and each review's JSON is kept
// there: a second run only scores.
//
// Usage: node scripts/prequential.mjs [--cache DIR] [--since REV] [--json out.json] [--per-id] [--write-fresh]
//   --per-id       also the counts per clause id and per red-flag rule
//   --since REV    only the commits after REV (default: every commit that added a corpus document)
//   --write-fresh  writes eval/fresh-patterns.json: per dev document, the ids the patterns of its
//                  parent build found (the learned model's own findings left out). Training
//                  calibrates the model's thresholds against these answers, the patterns as they
//                  are on a document they were not written on (scripts/detection-data.mjs).
//                  Documents of rounds left out by --since keep their entry.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { FRESH_FILE } from './detection-data.mjs'
import { outcome } from './eval-count.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const arg = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined)
const cache = arg('--cache') ?? join(tmpdir(), 'clausier-prequential')
const since = arg('--since')
const jsonOut = arg('--json')
const perIdWanted = process.argv.includes('--per-id')
const writeFresh = process.argv.includes('--write-fresh')

const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 })

/** The taxonomy's ids and the red-flag rules, as today's build knows them. */
const { CLAUSE_IDS, ART28_IDS } = await import(join(root, 'dist', 'library', 'taxonomy.js'))
const { RULES } = await import(join(root, 'dist', 'review', 'rules', 'index.js'))
const IDS = [...CLAUSE_IDS, ...ART28_IDS]
const FLAG_RULES = RULES.map((r) => r.id).filter((r) => r !== 'missing-clause' && r !== 'custom-phrase')

/** Today's labels of the dev split, by path relative to the root. */
const labels = new Map()
for (const lang of ['fr', 'en']) {
  const file = join(root, 'eval', 'corpus', lang, 'labels.yaml')
  for (const l of parse(readFileSync(file, 'utf8'))) if (l.split === 'dev') labels.set(`eval/corpus/${lang}/${l.file}`, l)
}

/** The commits that added dev documents, oldest first, each with those documents. */
function rounds() {
  const range = since ? [`${since}..HEAD`] : []
  const log = git('log', '--reverse', '--diff-filter=A', '--name-only', '--format=@%H', ...range, '--', 'eval/corpus/fr', 'eval/corpus/en')
  const out = []
  for (const line of log.split('\n')) {
    if (line.startsWith('@')) out.push({ commit: line.slice(1), files: [] })
    else if (labels.has(line)) out.at(-1).files.push(line)
  }
  return out.filter((r) => r.files.length > 0)
}

/** Builds the commit's parent once; returns the path of its CLI, or undefined when it does not build. */
function buildParent(commit) {
  const parent = git('rev-parse', `${commit}^`).trim()
  const dir = join(cache, 'builds', parent.slice(0, 12))
  const done = join(dir, '.clausier-built')
  if (!existsSync(done)) {
    if (!existsSync(dir)) {
      mkdirSync(dirname(dir), { recursive: true })
      git('worktree', 'add', '--detach', dir, parent)
      symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'))
    }
    process.stderr.write(`building ${parent.slice(0, 12)} (parent of ${commit.slice(0, 12)})…\n`)
    const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: dir, encoding: 'utf8' })
    if (build.status !== 0) {
      process.stderr.write(`  ${parent.slice(0, 12)} does not build: its round is left out\n`)
      return undefined
    }
    writeFileSync(done, '')
  }
  const bin = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).bin
  return { dir, commit: parent.slice(0, 12), cli: join(dir, typeof bin === 'string' ? bin : Object.values(bin)[0]) }
}

/** The review JSON of one document by one build (cached). */
function review(build, commit, file) {
  const out = join(cache, 'reviews', commit.slice(0, 12), `${file.replaceAll('/', '__')}.json`)
  if (!existsSync(out)) {
    const run = spawnSync(process.execPath, [build.cli, 'review', join(root, file), '--format', 'json', '--date', '2026-11-29'], { cwd: build.dir, encoding: 'utf8', maxBuffer: 64 << 20 })
    if (run.status !== 0 && run.status !== 1) {
      process.stderr.write(`  ${file}: review failed (exit ${run.status}): left out\n`)
      return undefined
    }
    mkdirSync(dirname(out), { recursive: true })
    writeFileSync(out, run.stdout)
  }
  return JSON.parse(readFileSync(out, 'utf8')).files[0]
}

/** The ids a review found present on the patterns' evidence (heading, phrase, co-occurrence…), not the model's alone. */
const patternsFound = (file) => file.clauses.filter((c) => c.status === 'present' && c.evidence.some((e) => e.signal !== 'model')).map((c) => c.id).sort()

const zero = () => ({ tp: 0, fp: 0, fn: 0, tn: 0 })
const div = (a, b) => (b === 0 ? null : a / b)
const fmt = (x) => (x === null ? '  -  ' : x.toFixed(2))

/** Adds one document's review to the counts (`eval-count.mjs`, as scripts/eval.mjs counts). */
function count(file, label, totals, perId, flags, perRule) {
  const { clauses, flags: rules } = outcome(file, label, IDS, FLAG_RULES)
  for (const { id, truth, got } of clauses) {
    const found = got === 'present'
    const k = truth ? (found ? 'tp' : 'fn') : found ? 'fp' : 'tn'
    totals[k]++
    perId[id] ??= zero()
    perId[id][k]++
  }
  for (const { rule, truth, found } of rules) {
    if (!truth && !found) continue
    const k = truth ? (found ? 'tp' : 'fn') : 'fp'
    flags[k]++
    perRule[rule] ??= zero()
    perRule[rule][k]++
  }
}

const all = { documents: 0, clauses: zero(), flags: zero() }
const perId = {}
const perRule = {}
const byRound = []
/** Per dev document, the build that reviewed it fresh and the ids its patterns found. */
const fresh = writeFresh && existsSync(FRESH_FILE) ? JSON.parse(readFileSync(FRESH_FILE, 'utf8')).documents : {}
for (const round of rounds()) {
  const build = buildParent(round.commit)
  if (!build) continue
  const r = { commit: round.commit.slice(0, 12), documents: 0, clauses: zero(), flags: zero() }
  for (const path of round.files) {
    const file = review(build, round.commit, path)
    if (!file) continue
    r.documents++
    all.documents++
    if (writeFresh) fresh[path.slice('eval/corpus/'.length)] = { build: build.commit, patterns: patternsFound(file) }
    count(file, labels.get(path), r.clauses, perId, r.flags, perRule)
  }
  for (const k of ['tp', 'fp', 'fn', 'tn']) {
    all.clauses[k] += r.clauses[k]
    all.flags[k] += r.flags[k]
  }
  byRound.push(r)
}

const line = (name, r) =>
  `${name.padEnd(14)} ${String(r.documents).padStart(4)} docs  present precision ${fmt(div(r.clauses.tp, r.clauses.tp + r.clauses.fp))}  recall ${fmt(div(r.clauses.tp, r.clauses.tp + r.clauses.fn))}` +
  `  precision of missing ${fmt(div(r.clauses.tn, r.clauses.tn + r.clauses.fn))}  red flags ${r.flags.tp} right of ${r.flags.tp + r.flags.fp} raised (${r.flags.fn} missed)`
console.log('Corpus dev documents, each reviewed by clausier just before the commit that added it (prequential):')
for (const r of byRound) console.log(line(r.commit, r))
console.log(line('all', all))
if (perIdWanted) {
  console.log('\nper id, by clauses missed: id  found  wrong  missed  recall  precision')
  for (const [id, s] of Object.entries(perId).sort((a, b) => b[1].fn - a[1].fn || a[0].localeCompare(b[0]))) {
    if (s.tp + s.fp + s.fn === 0) continue
    console.log(`${id.padEnd(34)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}   ${fmt(div(s.tp, s.tp + s.fn))}   ${fmt(div(s.tp, s.tp + s.fp))}`)
  }
}
if (perIdWanted) {
  console.log('\nred flags per rule, by wrong ones: rule  right  wrong  missed')
  for (const [rule, s] of Object.entries(perRule).sort((a, b) => b[1].fp - a[1].fp || a[0].localeCompare(b[0]))) {
    console.log(`${rule.padEnd(34)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}`)
  }
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ rounds: byRound, all, perId, perRule }, null, 2) + '\n')
if (writeFresh) {
  const documents = Object.fromEntries(Object.entries(fresh).filter(([path]) => labels.has(`eval/corpus/${path}`)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  const about = 'Per corpus dev document, the ids the patterns found when the document was fresh: reviewed by the build just before the commit that added it (node scripts/prequential.mjs --write-fresh), the learned model\'s own findings left out. npm run train calibrates the model\'s thresholds against these answers.'
  // One document per line: a new round's documents are new lines in the diff.
  const lines = Object.entries(documents).map(([path, d]) => `  ${JSON.stringify(path)}: ${JSON.stringify(d)}`)
  writeFileSync(FRESH_FILE, `{\n "about": ${JSON.stringify(about)},\n "documents": {\n${lines.join(',\n')}\n }\n}\n`)
  console.error(`wrote eval/fresh-patterns.json (${Object.keys(documents).length} dev documents)`)
}
