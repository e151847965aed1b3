#!/usr/bin/env node
// npm run demo: builds the bundled example deals into out/ (DOCX, Markdown, HTML) with the CLI,
// exactly as a user would run it, and prints where the files are.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const cli = join(root, 'dist', 'cli', 'index.js')
const out = join(root, 'out')
mkdirSync(out, { recursive: true })

function clausier(args) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' })
  if (r.stdout) process.stdout.write(r.stdout)
  if (r.stderr) process.stderr.write(r.stderr)
  if (r.status !== 0 && r.status !== 1) {
    console.error(`demo: "clausier ${args.join(' ')}" failed with exit code ${r.status}`)
    process.exit(r.status ?? 2)
  }
  return r
}

console.log('Building the example contracts from examples/deals/ …')
const deals = readdirSync(join(root, 'examples', 'deals')).filter((f) => f.endsWith('.yaml')).sort()
for (const deal of deals) {
  const base = deal.replace(/\.yaml$/, '')
  for (const ext of ['docx', 'md', 'html']) {
    clausier(['build', join('examples', 'deals', deal), '-o', join('out', `${base}.${ext}`), '--force'])
  }
}
console.log('\nReviewing the example quotes in examples/quotes/ …')
const quote = join('examples', 'quotes', 'devis-leadflow-assurance.pdf')
clausier(['review', quote, '--date', '2026-12-01', '--fail-on', 'never'])
// The 16 labelled examples (not the folder's README nor the Markdown sources of the generated ones).
const labelled = [...readFileSync(join(root, 'examples', 'quotes', 'labels.yaml'), 'utf8').matchAll(/^- file: (.+)$/gm)].map((m) => join('examples', 'quotes', m[1].trim()))
clausier(['review', ...labelled, '--date', '2026-12-01', '--fail-on', 'never', '-o', join('out', 'review.html'), '--force'])
clausier(['review', ...labelled, '--date', '2026-12-01', '--fail-on', 'never', '-o', join('out', 'review.json'), '--force'])
clausier(['addendum', quote, '--date', '2026-12-01', '-o', join('out', 'conditions-particulieres-leadflow.docx'), '--force'])
console.log(`\nDone: the contracts, the review reports (review.html, review.json) and the special terms are in ${out}`)
