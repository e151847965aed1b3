/**
 * The clause files are listed in `localeCompare` order of their family folders; plain folder names
 * are sorted by code units instead (no ICU collator), which must give exactly that order.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, vi } from 'vitest'
import { clauseFiles, defaultClausesDir, sortNames } from '../../src/library/files.js'
import { seededRandom } from '../../src/core/random.js'

const byLocale = (names: readonly string[]) => [...names].sort((a, b) => a.localeCompare(b))
const sorted = (names: readonly string[]) => sortNames([...names], (n) => n)

test('plain names (lower-case letters and digits) come out in localeCompare order', () => {
  const random = seededRandom(14)
  const chars = 'abcdefghijklmnopqrstuvwxyz0123456789'
  for (let round = 0; round < 200; round++) {
    const names = Array.from({ length: 12 }, () => Array.from({ length: 1 + Math.floor(random() * 6) }, () => chars[Math.floor(random() * chars.length)]).join(''))
    expect(sorted(names)).toEqual(byLocale(names))
  }
  expect(sorted(['termination', 'art28', 'gdpr', 'general', 'a1', 'a', '9'])).toEqual(['9', 'a', 'a1', 'art28', 'gdpr', 'general', 'termination'])
})

test('any other name sorts the whole list with localeCompare (where code units would differ)', () => {
  const names = ['b', 'A', 'a1', 'a_1', 'é', 'e']
  expect(sorted(names)).toEqual(byLocale(names))
  expect(byLocale(names)).not.toEqual([...names].sort())
})

test('the library lists its files family by family in localeCompare order', () => {
  const dir = defaultClausesDir()
  const families = byLocale(readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name))
  const expected = families.flatMap((f) => readdirSync(join(dir, f)).sort().filter((n) => n.endsWith('.md')).map((n) => join(dir, f, n)))
  expect(clauseFiles(dir)).toEqual(expected)
})

test('listing the library compares no string with localeCompare (no collator started), files beside the folders included', () => {
  const dir = defaultClausesDir()
  // The files next to the family folders (the model, the vocabulary) are not plain names.
  expect(readdirSync(dir, { withFileTypes: true }).filter((d) => !d.isDirectory()).map((d) => d.name)).toEqual(expect.arrayContaining(['detection-model.json']))
  const spy = vi.spyOn(String.prototype, 'localeCompare')
  try {
    expect(clauseFiles(dir).length).toBeGreaterThan(40)
    expect(spy).not.toHaveBeenCalled()
  } finally {
    spy.mockRestore()
  }
})
