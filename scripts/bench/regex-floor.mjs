// The Node.js floor of the review benchmark: one process, one regular expression made of every
// reviewer phrase as an alternative (compiled as the reviewer compiles a signal: lower-cased
// patterns at a word start, run on normalised text), one scan per file, counting matches.
// Usage: node regex-floor.mjs <patterns.json> <files.json>
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const root = join(import.meta.dirname, '..', '..')
const { normalizeText } = await import(pathToFileURL(join(root, 'dist/library/detect-signals.js')).href)
const patterns = JSON.parse(readFileSync(process.argv[2], 'utf8'))
const files = JSON.parse(readFileSync(process.argv[3], 'utf8'))
const re = new RegExp(`(?<![a-z0-9])(?:${patterns.map((p) => `(?:${p})`).join('|')})`, 'g')
let matches = 0
for (const file of files) {
  const text = normalizeText(readFileSync(file, 'utf8'))
  for (const _ of text.matchAll(re)) matches++
}
process.stdout.write(`${matches}\n`)
