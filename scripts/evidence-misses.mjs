#!/usr/bin/env node
// Lists, on the corpus's DEV split only, the (document, id) pairs labelled present that the reviewer
// does not report present, for the ids it finds least, with the document's evidence quotes when
// eval/evidence/{fr,en}.yaml has them: the material to read before writing a class of wording.
// Never reviews a test-split document. Needs a build (dist/bundle/index.js).
//
//   node scripts/evidence-misses.mjs [--ids a,b,c] [--lang fr|en] [--wrong]
//
// --wrong lists the dev documents where an id is reported present but labelled absent instead
// (precision; labelled `referenced` included and marked), with the reviewer's first evidence sentence.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { loadEvidence, overlaps } from './evidence-labels.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const arg = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
const ids = (arg('--ids') ?? 'delivery,compliance-warranty,data-subject-information,data-use-restrictions,termination-for-convenience,termination-effects,subcontracting').split(',')
const langs = arg('--lang') ? [arg('--lang')] : ['fr', 'en']
const wrong = args.includes('--wrong')

for (const lang of langs) {
  const dir = join(root, 'eval', 'corpus', lang)
  const entries = parse(readFileSync(join(dir, 'labels.yaml'), 'utf8'))
  const dev = (Array.isArray(entries) ? entries : entries.documents).filter((e) => e.split === 'dev')
  const r = spawnSync(process.execPath, [join(root, 'dist', 'bundle', 'index.js'), 'review', ...dev.map((e) => join(dir, e.file)), '--date', '2026-11-29', '--format', 'json'], { cwd: root, env: { ...process.env, NO_COLOR: '1', CLAUSIER_THREADS: '1' }, maxBuffer: 1 << 28 })
  if (r.status !== 0 && r.status !== 1) throw new Error(`review exited ${r.status}: ${r.stderr}`)
  const reviews = JSON.parse(r.stdout.toString()).files
  const evidence = loadEvidence(root, lang)
  for (const id of ids) {
    const lines = []
    dev.forEach((label, i) => {
      const c = reviews[i].clauses.find((x) => x.id === id)
      const labelled = (label.present ?? []).includes(id)
      const reported = c?.status === 'present'
      if (!wrong && labelled && !reported) {
        const quotes = evidence.find((e) => e.file === label.file && e.id === id)?.quotes ?? []
        lines.push(`  ${label.file} (reported ${c?.status ?? 'none'})${quotes.length ? '' : ' [no quote]'}`)
        for (const q of quotes) lines.push(`      « ${q} »`)
      } else if (!wrong && labelled && reported) {
        const quotes = evidence.find((e) => e.file === label.file && e.id === id)?.quotes ?? []
        if (quotes.length && !c.evidence.some((e) => overlaps(e.text, quotes))) lines.push(`  ${label.file} (present, evidence states no quote: ${c.evidence[0]?.signal} « ${c.evidence[0]?.text} »)`)
      } else if (wrong && !labelled && reported) {
        lines.push(`  ${label.file}${(label.referenced ?? []).includes(id) ? ' (labelled referenced)' : ''}: ${c.evidence[0]?.signal} « ${c.evidence[0]?.text} »`)
      }
    })
    console.log(`${lang} ${id}: ${lines.filter((l) => !l.startsWith('      ')).length} ${wrong ? 'wrongly present' : 'missed'}`)
    for (const l of lines) console.log(l)
  }
}
