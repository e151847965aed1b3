/** The word diff and the article helpers of compare: small, exact cases. */
import { describe, expect, test } from 'vitest'
import { diffParagraphs, diffWords, lcsPairs } from '../../src/compare/diff.js'
import { comparable, similarity, wordCounts, withoutNumbering } from '../../src/compare/sections.js'

describe('diff', () => {
  test('longest common subsequence, prefix and suffix included', () => {
    expect(lcsPairs([1, 2, 3, 4, 5], [1, 3, 9, 4, 5], (a, b) => a === b)).toEqual([[0, 0], [2, 1], [3, 3], [4, 4]])
    expect(lcsPairs([], [1], (a, b) => a === b)).toEqual([])
  })

  test('a word diff rebuilds both texts', () => {
    const ops = diffWords('dans un délai de 7 jours à compter', 'dans un délai de 2 jours ouvrés à compter')
    expect(ops).toEqual([
      { op: 'equal', text: 'dans un délai de ' },
      { op: 'delete', text: '7 ' },
      { op: 'insert', text: '2 ' },
      { op: 'equal', text: 'jours ' },
      { op: 'insert', text: 'ouvrés ' },
      { op: 'equal', text: 'à compter' },
    ])
    expect(ops.filter((o) => o.op !== 'insert').map((o) => o.text).join('')).toBe('dans un délai de 7 jours à compter')
    expect(ops.filter((o) => o.op !== 'delete').map((o) => o.text).join('')).toBe('dans un délai de 2 jours ouvrés à compter')
  })

  test('paragraphs: equal ones kept, rewritten ones paired, the rest deleted or inserted', () => {
    const d = diffParagraphs(['A a.', 'B b.', 'C c.'], ['A a.', 'B bb.', 'D d.', 'C c.'], (t) => t)
    expect(d.map((x) => [x.ours, x.theirs, x.ops.map((o) => o.op).join('+')])).toEqual([
      [0, 0, 'equal'],
      [1, 1, 'equal+delete+insert'],
      [undefined, 2, 'insert'],
      [2, 3, 'equal'],
    ])
  })
})

describe('articles', () => {
  test('numbering and cross-reference numbers are set aside', () => {
    expect(withoutNumbering('12.3 Le Client peut auditer.')).toBe('Le Client peut auditer.')
    expect(comparable('9.1 Voir l\u2019article 21 et Article 4.2.')).toBe(comparable('10.1 Voir l\u2019article 22 et Article 5.2.'))
    expect(comparable('Saint- Antoine, L. 442- 4')).toBe(comparable('Saint-Antoine, L. 442-4'))
  })

  test('similarity of word multisets', () => {
    expect(similarity(wordCounts('a b c'), wordCounts('a b c'))).toBe(1)
    expect(similarity(wordCounts('a b'), wordCounts('c d'))).toBe(0)
    expect(similarity(wordCounts('a b c d'), wordCounts('a b'))).toBeCloseTo(2 / 3)
  })
})
