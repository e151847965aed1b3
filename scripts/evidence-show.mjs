// Labelling aid for eval/evidence/{fr,en}.yaml: prints a DEV corpus document as the reader reads it
// (its blocks, numbered), or only the blocks matching a regular expression, and the ids to quote.
// Never runs the reviewer. Usage: node scripts/evidence-show.mjs fr|en file [regex]
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { EVIDENCE_IDS } from './evidence-labels.mjs'
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const { readDocument } = await import(root + '/dist/read/index.js')
const [lang, file, re] = process.argv.slice(2)
const labels = parse(readFileSync(`${root}/eval/corpus/${lang}/labels.yaml`, 'utf8'))
const l = labels.find((x) => x.file === file)
if (!l || l.split !== 'dev') { console.error('dev only'); process.exit(2) }
console.log('TARGET:', (l.present || []).filter((i) => EVIDENCE_IDS.includes(i)).join(' '))
const doc = await readDocument(`${root}/eval/corpus/${lang}/${file}`, file)
const rx = re ? new RegExp(re, 'i') : null
doc.blocks.forEach((b, i) => { if (!rx || rx.test(b.text)) console.log(`${i}${b.kind==='heading'?' #':''}: ${b.text}`) })
