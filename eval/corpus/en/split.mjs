#!/usr/bin/env node
// The dev/test split of the English corpus, fixed before any tuning: a document is `test` when
// the first 8 hex digits of sha256(file name) are below 0x80000000 (50 %). The rule depends on
// the file name only, so adding documents never moves an existing one.
// Usage: node eval/corpus/en/split.mjs           print each file's split and the counts per kind
//        node eval/corpus/en/split.mjs --write   replace `split: SPLIT` placeholders in labels.yaml
//        node eval/corpus/en/split.mjs --check   exit 1 if a label disagrees with the rule
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Share of documents that go to the test split. */
export const TEST_SHARE = 0.5

/** The split of one corpus file, from its name alone. */
export function splitOf(file) {
  const head = Number.parseInt(createHash('sha256').update(file, 'utf8').digest('hex').slice(0, 8), 16)
  return head < Math.floor(TEST_SHARE * 0x1_0000_0000) ? 'test' : 'dev'
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]
if (isMain) {
  const { parse } = await import('yaml')
  const path = join(dirname(fileURLToPath(import.meta.url)), 'labels.yaml')
  let text = readFileSync(path, 'utf8')
  if (process.argv.includes('--write')) {
    text = text.replace(/^- file: (\S+)\n((?:  .*\n)*?)  split: SPLIT$/gm, (_m, file, body) => `- file: ${file}\n${body}  split: ${splitOf(file)}`)
    writeFileSync(path, text)
  }
  const labels = parse(text)
  let wrong = 0
  const counts = {}
  for (const l of labels) {
    const want = splitOf(l.file)
    if (l.split !== want) wrong++
    const key = `${l.kind}${l.facts?.role === 'processor' ? ' (processor terms)' : ''}`
    counts[key] ??= { dev: 0, test: 0 }
    counts[key][want]++
    if (!process.argv.includes('--check')) console.log(`${want.padEnd(4)}  ${l.file}${l.split === want ? '' : `  (label says ${l.split})`}`)
  }
  console.log(Object.entries(counts).map(([k, c]) => `${k}: ${c.dev} dev, ${c.test} test`).join('\n'))
  if (wrong > 0) {
    console.error(`${wrong} label(s) disagree with the split rule`)
    process.exit(1)
  }
}
