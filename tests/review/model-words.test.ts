/**
 * The detector's word scanner (`wordsOf`) finds exactly the words of the regular expression it
 * replaced (`WORD`), on texts of letters (accented, astral), hyphens, digits, separators and symbols.
 */
import fc from 'fast-check'
import { expect, test } from 'vitest'
import { WORD, wordsOf } from '../../src/review/model/tokens.js'

const PIECES = ['a', 'z', 'Q', 'é', 'ß', 'œ', 'ª', '𝐀', 'ж', '-', '--', "'", '’', '0', '7', '.', ',', ' ', '\n', '😀', '_', '€', '§', '1.5', '2,50', 'l’article', 'anti-fraude', 'x-']

test('wordsOf gives the words WORD matches', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
      const text = pieces.join('')
      expect(wordsOf(text)).toEqual([...text.matchAll(WORD)].map((m) => m[0]))
    }),
    { numRuns: 3000, seed: 20261206 },
  )
  expect(wordsOf("d'un contrat-cadre du 15.01.2026, soit 1,5 %")).toEqual(['d', 'un', 'contrat-cadre', 'du', '15.01.2026', 'soit', '1,5'])
})
