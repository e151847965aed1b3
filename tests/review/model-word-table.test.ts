/**
 * The detector's table of seen words, looked up by a range of a sentence (`WordTable`), and the
 * tokens it serves (`tokensOf`): exactly the tokens of each word taken alone.
 */
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { normalizeText } from '../../src/library/detect-signals.js'
import { tokensOf } from '../../src/review/model/features.js'
import { defaultVocabulary } from '../../src/review/model/load.js'
import { stemsOfNorm, wordsOf } from '../../src/review/model/tokens.js'
import { parseVocabulary } from '../../src/review/model/vocabulary.js'
import { WordTable } from '../../src/review/model/word-table.js'

describe('WordTable', () => {
  test('finds each string it holds by any range of a text that spells it, and nothing else', () => {
    const table = new WordTable<number>()
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`)
    words.forEach((w, i) => table.add(w, i))
    expect(table.size).toBe(5000)
    const index = new Map(words.map((w, i) => [w, i]))
    const text = `..${words.join(' ')}..`
    let at = 2
    words.forEach((w, i) => {
      expect(table.get(text, at, at + w.length)).toBe(i)
      // One character less or more is another string (held or not).
      expect(table.get(text, at, at + w.length - 1)).toBe(index.get(w.slice(0, -1)))
      expect(table.get(text, at, at + w.length + 1)).toBeUndefined()
      at += w.length + 1
    })
    expect(table.get('xyz', 0, 3)).toBeUndefined()
    expect(table.get('', 0, 0)).toBeUndefined()
    table.add('', -1)
    expect(table.get('abc', 1, 1)).toBe(-1)
  })

  test('strings beyond ASCII and strings that share a hash bucket', () => {
    const table = new WordTable<string>()
    const keys = ['é', 'e\u0301', '𝐀', 'ab', 'ba', 'préavis', 'preavis']
    keys.forEach((k) => table.add(k, k.toUpperCase()))
    for (const k of keys) expect(table.get(`<${k}>`, 1, 1 + k.length)).toBe(k.toUpperCase())
    expect(table.get('a', 0, 1)).toBeUndefined()
  })
})

describe('tokensOf', () => {
  const vocabulary = defaultVocabulary()
  /** The token of one word alone, as the detector defined it before the table. */
  const plain = (norm: string) =>
    wordsOf(norm).flatMap((w) => {
      const [s] = stemsOfNorm(w)
      if (s === undefined) return []
      const c = vocabulary.concepts.get(s)
      return [c === undefined ? s : `@${c}`]
    })
  const PIECES = ['the', 'le', 'préavis', 'notice', 'termination', 'résiliation', 'données', 'data', 'e-mail', "l'article", '’', '12', '1.5', ' ', ', ', '. ', '-', 'x', '𝐀', 'ß', 'liability', 'responsabilité']

  test('gives the tokens of each word taken alone, first time and from the table', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
        const norm = normalizeText(pieces.join(''))
        expect(tokensOf(norm, vocabulary)).toEqual(plain(norm))
        expect(tokensOf(norm, vocabulary)).toEqual(plain(norm))
      }),
      { numRuns: 500, seed: 20261207 },
    )
  })

  test('a word is mapped by its own vocabulary', () => {
    const other = parseVocabulary('notice: [notice]\n')
    expect(tokensOf('the notice period', other)).toEqual(['@notice', 'period'])
    expect(tokensOf('the notice period', vocabulary)).toEqual(plain('the notice period'))
  })
})
