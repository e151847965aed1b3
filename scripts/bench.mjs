#!/usr/bin/env node
// npm run bench: measures clausier against the tools users would pick instead (pandoc, grep, a
// single Node.js regex, pdftotext), each figure the median of several whole-process runs, each
// comparison measured in the same run (interleaved) as a ratio. Prints a table and writes
// bench/results.json. Not a test: nothing fails on a missed target.
//
// Usage: npm run bench [-- --runs N] [--only build,batch,review,pdf,cold,toc,ocr] [--budget SECONDS] [--deals N]
//   --runs N       timed runs per figure (default 5; cold start takes at least 10), after one warm-up
//   --only names   run only these cases (comma-separated)
//   --budget S     stop repeating a case once its runs took more than S seconds (default 180)
//   --deals N      deals in the batch build (default 200)
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir, totalmem } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CASES } from './bench/cases.mjs'
import { memoryMethod } from './bench/measure.mjs'
import { printTable, judge } from './bench/table.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

function parseArgs(argv) {
  const opts = { runs: 5, only: Object.keys(CASES), budget: 180, deals: 200 }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    const value = () => {
      const v = argv[++i]
      if (v === undefined) fail(`${a} needs a value`)
      return v
    }
    if (a === '--runs') opts.runs = positive(a, value())
    else if (a === '--budget') opts.budget = positive(a, value())
    else if (a === '--deals') opts.deals = positive(a, value())
    else if (a === '--only') {
      opts.only = value().split(',').map((s) => s.trim()).filter(Boolean)
      const unknown = opts.only.filter((n) => !(n in CASES))
      if (unknown.length) fail(`--only: unknown case ${unknown.join(', ')} (cases: ${Object.keys(CASES).join(', ')})`)
    } else if (a === '--help' || a === '-h') {
      process.stdout.write(`usage: npm run bench [-- --runs N] [--only ${Object.keys(CASES).join(',')}] [--budget SECONDS] [--deals N]\n`)
      process.exit(0)
    } else fail(`unknown option ${a}`)
  }
  return opts
}

function positive(name, v) {
  const n = Number(v)
  if (!Number.isInteger(n) || n < 1) fail(`${name} must be a positive integer, got "${v}"`)
  return n
}

function fail(message) {
  process.stderr.write(`bench: ${message}\n`)
  process.exit(2)
}

const opts = parseArgs(process.argv.slice(2))
const log = (s) => process.stderr.write(`${s}\n`)
const tmp = mkdtempSync(join(tmpdir(), 'clausier-bench-'))
const ctx = { root, tmp, runs: opts.runs, deals: opts.deals, budgetMs: opts.budget * 1000, log, info: {} }
const machine = {
  cpus: cpus().length,
  cpu: cpus()[0]?.model ?? 'unknown',
  memoryGB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  memoryMeasure: memoryMethod === 'gnu-time' ? 'GNU time %M (maxrss of the process)' : memoryMethod === 'proc-vmhwm' ? '/proc/<pid>/status VmHWM, polled every 5 ms' : 'not measured',
}
log(`clausier bench: ${machine.cpus} cores (${machine.cpu}), Node ${machine.node}, ${opts.runs} run(s) per figure, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`)
const loadStart = loadavg()
const rows = []
const started = Date.now()
try {
  for (const name of opts.only) {
    log(`▸ ${name}`)
    const before = loadavg()[0]
    try {
      for (const row of await CASES[name](ctx)) rows.push({ ...judge(row), load1: before })
    } catch (e) {
      log(`  ${name} failed: ${e.message}`)
      rows.push({ name, label: name, error: e.message.split('\n')[0] })
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true })
}

printTable(rows, (s) => process.stdout.write(s))
const result = {
  date: new Date().toISOString(),
  command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
  machine,
  load: { start: loadStart.map((l) => Number(l.toFixed(2))), end: loadavg().map((l) => Number(l.toFixed(2))) },
  seconds: Math.round((Date.now() - started) / 1000),
  runs: opts.runs,
  info: ctx.info,
  rows: rows.map(({ load1, ...r }) => ({ ...roundAll(r), load1: Number(load1?.toFixed(2)) })),
}
mkdirSync(join(root, 'bench'), { recursive: true })
const out = join(root, 'bench', 'results.json')
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`)
process.stdout.write(`\n${machine.cpus} cores, Node ${machine.node}; load average ${result.load.start.join(' ')} at start, ${result.load.end.join(' ')} at end; peak memory: ${machine.memoryMeasure}\n`)
if (ctx.info.phrases) process.stdout.write(`reviewer phrases: ${ctx.info.phrases.patterns} patterns (single-regex floor); grep gets their ${ctx.info.phrases.grepLiterals} literal factors (${ctx.info.phrases.patternsWithoutLiteral} patterns have none)\n`)
if (ctx.info.pdf) process.stdout.write(`PDF: ${ctx.info.pdf.file}, ${ctx.info.pdf.pages} pages, from ${ctx.info.pdf.source}\n`)
process.stdout.write(`wrote ${out}\n`)

function roundAll(obj) {
  return JSON.parse(JSON.stringify(obj, (_k, v) => (typeof v === 'number' ? Number(v.toPrecision(4)) : v)))
}
