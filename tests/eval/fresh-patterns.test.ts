/**
 * eval/fresh-patterns.json (written by `node scripts/prequential.mjs --write-fresh`): per corpus dev
 * document, the ids the patterns found when it was fresh, which training calibrates the model's
 * thresholds against. Only dev documents (test documents are never reviewed to tune anything), every
 * dev document, and only taxonomy ids.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { parse } from 'yaml'
import { ALL_IDS } from '../../src/library/taxonomy.js'
import { ROOT } from '../helpers.js'

const fresh = JSON.parse(readFileSync(join(ROOT, 'eval', 'fresh-patterns.json'), 'utf8')) as { documents: Record<string, { build: string; patterns: string[] }> }
const split = new Map<string, string>()
for (const lang of ['fr', 'en']) {
  for (const l of parse(readFileSync(join(ROOT, 'eval', 'corpus', lang, 'labels.yaml'), 'utf8')) as Array<{ file: string; split: string }>) split.set(`${lang}/${l.file}`, l.split)
}

test('every entry is a dev document, reviewed by a named build, with taxonomy ids in order', () => {
  const ids = new Set<string>(ALL_IDS)
  const entries = Object.entries(fresh.documents)
  expect(entries.length).toBeGreaterThan(200)
  for (const [path, entry] of entries) {
    expect(split.get(path), path).toBe('dev')
    expect(entry.build, path).toMatch(/^[0-9a-f]{12}$/)
    expect(entry.patterns.filter((id) => !ids.has(id)), path).toEqual([])
    expect(entry.patterns, path).toEqual([...entry.patterns].sort())
  }
})

test('every dev document has its fresh answers (run the prequential evaluation after adding documents)', () => {
  const missing = [...split].filter(([path, s]) => s === 'dev' && !(path in fresh.documents)).map(([path]) => path)
  expect(missing).toEqual([])
})
