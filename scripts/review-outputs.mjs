#!/usr/bin/env node
// Writes the review JSON of the 16 labelled examples, of the corpus's dev split (eval/corpus: never
// its test split, whose documents nobody reads) and of the CUAD development contracts (when
// ../shared/data/cuad-dev is there) into one folder, so that two versions of the reviewer can be
// compared byte for byte (a speed change must not change a single finding):
//
//   npm run build && node scripts/review-outputs.mjs /tmp/after
//   (other version) node scripts/review-outputs.mjs /tmp/before [--root <its package folder>]
//   diff -r /tmp/before /tmp/after && echo identical
//
// Reviews run serially (CLAUSIER_THREADS=1) and in worker threads, which must agree as well.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const here = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const rootAt = args.indexOf('--root')
const root = rootAt >= 0 ? resolve(args[rootAt + 1]) : here
const out = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--root')
if (!out) {
  console.error('usage: node scripts/review-outputs.mjs <folder> [--root <package folder>]')
  process.exit(2)
}
rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })

function review(files, name, threads) {
  const target = join(resolve(out), name)
  const env = { ...process.env, NO_COLOR: '1' }
  if (threads) env.CLAUSIER_THREADS = threads
  else delete env.CLAUSIER_THREADS
  const r = spawnSync(process.execPath, [join(root, 'dist', 'bundle', 'index.js'), 'review', ...files, '--date', '2026-11-29', '--format', 'json', '-o', target, '--force'], { cwd: here, env, maxBuffer: 1 << 28 })
  if (r.status !== 0 && r.status !== 1) {
    console.error(`review-outputs: review for ${name} exited ${r.status}: ${r.stderr}`)
    process.exit(1)
  }
}

const labelled = [...readFileSync(join(here, 'examples', 'quotes', 'labels.yaml'), 'utf8').matchAll(/^- file: (.+)$/gm)].map((m) => join(here, 'examples', 'quotes', m[1].trim()))
review(labelled, 'examples.json', '1')
for (const lang of ['fr', 'en']) {
  const dir = join(here, 'eval', 'corpus', lang)
  const entries = parse(readFileSync(join(dir, 'labels.yaml'), 'utf8'))
  const files = (Array.isArray(entries) ? entries : entries.documents).filter((e) => e.split === 'dev').map((e) => join(dir, e.file))
  review(files, `corpus-${lang}-dev.json`, '1')
}
const cuad = join(here, '..', 'shared', 'data', 'cuad-dev', 'contracts')
if (existsSync(cuad)) {
  const files = readdirSync(cuad).filter((f) => f.endsWith('.txt')).sort().map((f) => join(cuad, f))
  review(files, 'cuad-dev.serial.json', '1')
  review(files, 'cuad-dev.threads.json', undefined)
}
console.log(`review outputs written to ${out}`)
