#!/usr/bin/env node
// Writes what clausier produces from the bundled examples into one folder, in a form that can be
// compared byte for byte between two versions of the code (a refactoring must not change it):
// contracts as Markdown and HTML, the DOCX's XML parts (its document properties hold the build time,
// so they are left out), the review JSON of the labelled examples, the special terms, the audit JSON.
//
//   npm run build && node scripts/outputs.mjs /tmp/after
//   git stash / checkout the other version, npm run build && node scripts/outputs.mjs /tmp/before
//   diff -r /tmp/before /tmp/after && echo identical
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { unzipSync } from 'fflate'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = process.argv[2]
if (!out) {
  console.error('usage: node scripts/outputs.mjs <folder>')
  process.exit(2)
}
rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })
const date = '2026-11-29'

function clausier(args, name) {
  const r = spawnSync(process.execPath, [join(root, 'dist', 'cli', 'index.js'), ...args], { cwd: root, maxBuffer: 1 << 28 })
  if (r.status !== 0 && r.status !== 1) {
    console.error(`outputs: "clausier ${args.join(' ')}" exited ${r.status}: ${r.stderr}`)
    process.exit(1)
  }
  if (name) writeFileSync(join(out, name), r.stdout)
  return r
}

/** The DOCX's parts but its document properties (which hold the build time). */
function docxParts(file, name) {
  const parts = unzipSync(readFileSync(file))
  for (const [part, bytes] of Object.entries(parts).sort(([a], [b]) => a.localeCompare(b))) {
    if (part === 'docProps/core.xml') continue
    const target = join(out, `${name}.parts`, part)
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, bytes)
  }
}

const tmp = join(out, '.tmp')
mkdirSync(tmp)
for (const deal of ['lead-generation-fr', 'lead-generation-en']) {
  const file = join('examples', 'deals', `${deal}.yaml`)
  clausier(['build', file], `${deal}.md`)
  clausier(['build', file, '--lang', deal.endsWith('fr') ? 'en' : 'fr'], `${deal}.other-lang.md`)
  clausier(['build', file, '-o', join(tmp, `${deal}.html`)])
  writeFileSync(join(out, `${deal}.html`), readFileSync(join(tmp, `${deal}.html`)))
  clausier(['build', file, '-o', join(tmp, `${deal}.docx`)])
  docxParts(join(tmp, `${deal}.docx`), `${deal}.docx`)
  clausier(['build', file, '--audit', join('examples', 'audit', 'answers-weak.yaml')], `${deal}.audit-weak.md`)
}
const labelled = [...readFileSync(join(root, 'examples', 'quotes', 'labels.yaml'), 'utf8').matchAll(/^- file: (.+)$/gm)].map((m) => join('examples', 'quotes', m[1].trim()))
clausier(['review', ...labelled, '--date', date, '--fail-on', 'never', '--format', 'json'], 'review.json')
clausier(['review', ...labelled, '--date', date, '--fail-on', 'never', '--format', 'markdown'], 'review.md')
clausier(['review', ...labelled, '--date', date, '--fail-on', 'never', '--format', 'sarif'], 'review.sarif')
for (const quote of ['devis-leadflow-assurance.pdf', 'quote-northstar-home-insurance.docx']) {
  clausier(['addendum', join('examples', 'quotes', quote), '--date', date], `addendum-${quote}.md`)
}
for (const answers of ['answers-weak', 'answers-strong']) {
  clausier(['audit', 'score', join('examples', 'audit', `${answers}.yaml`), '--format', 'json'], `audit-${answers}.json`)
}
rmSync(tmp, { recursive: true })
console.log(`outputs written to ${out}`)
