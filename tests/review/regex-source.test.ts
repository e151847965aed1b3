/**
 * The one reading of a regular expression's source that the literal prefilter (factors.ts) and
 * the gate's requirements (requirement.ts) fold: parts, their atoms and how often they occur.
 */
import { describe, expect, test } from 'vitest'
import { parseAlternatives, requiredPieces, type Sequence } from '../../src/review/regex-source.js'

/** A compact picture of a tree: chars as themselves, `.` anything, `^` zero-width, groups in brackets, then `?` (may be absent) or `+` (may repeat). */
function picture(alternatives: readonly Sequence[]): string {
  return alternatives
    .map((seq) =>
      seq
        .map(({ atom, min, repeat }) => {
          const body = atom.kind === 'char' ? atom.ch : atom.kind === 'any' ? '·' : atom.kind === 'zero' ? '^' : `[${picture(atom.alternatives)}]`
          return body + (min === 0 ? '?' : repeat ? '+' : '')
        })
        .join(''),
    )
    .join('|')
}

describe('parseAlternatives', () => {
  test('literals, escapes and classes', () => {
    expect(picture(parseAlternatives('pay\\.ment')!)).toBe('pay.ment')
    expect(picture(parseAlternatives('a\\sb[^.;]c\\p{L}d')!)).toBe('a·b·c·d')
    expect(picture(parseAlternatives('[]x]y')!)).toBe('·y')
  })
  test('zero-width parts: anchors, word boundaries, lookarounds', () => {
    expect(picture(parseAlternatives('^\\bnotice(?!s)(?<=e)$')!)).toBe('^^notice^^^')
  })
  test('groups, alternatives and named groups', () => {
    expect(picture(parseAlternatives('(?:ab|cd)e|f(?<name>g)')!)).toBe('[ab|cd]e|f[g]')
  })
  test('quantifiers: may be absent, may repeat, lazy', () => {
    expect(picture(parseAlternatives('a?b*c+d{2}e{0,60}f{1,}g??h+?')!)).toBe('a?b?c+d+e?f+g?h+')
  })
  test('an unbalanced closing parenthesis stops the reading: no tree', () => {
    expect(parseAlternatives('ab)c')).toBeUndefined()
  })
})

describe('requiredPieces', () => {
  const pieces = (source: string) => requiredPieces(parseAlternatives(source)![0]!).map((p) => ('run' in p ? p.run : `[${picture(p.alternatives)}]`))
  test('runs end at a part that may be absent, a zero-width part, a class or a repeated character', () => {
    expect(pieces('late payment\\b fees?')).toEqual(['late payment', ' fee'])
    expect(pieces('notice[^.;]{0,60}days')).toEqual(['notice', 'days'])
    expect(pieces('pay\\w+ment')).toEqual(['pay', 'ment'])
    expect(pieces('lea+ds')).toEqual(['lea', 'ds'])
  })
  test('groups that must occur are pieces; optional groups and lookarounds are not', () => {
    expect(pieces('(terminate|cancel) (this )?agreement(?! early)')).toEqual(['[terminate|cancel]', ' ', 'agreement'])
  })
})
