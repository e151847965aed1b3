import { expect, test } from 'vitest'
import { anyMatches, gateGroup, GatedRegExp, gateOf, mayMatch, openMask } from '../../src/review/gate.js'
import { compile } from '../../src/review/rules/support/patterns.js'

const sources = [
  '\\b(?:(?:notice period)|(?:preavis (de|d.)? ?\\d+))',
  '(?<![\\p{L}\\p{N}])(?:sub-?contract(or|ing)|sous-trait)',
  '\\b(?:ab|x+)', // no factor of four characters: never gated
  'liabilit(y|ies)[^.;]{0,40}(limited to|capped)',
]
const texts = [
  'The notice period is 30 days.',
  'THE NOTICE PERIOD IS 30 DAYS.',
  'un preavis de 3 mois',
  'The Provider may subcontract the services.',
  'Le Prestataire peut sous-traiter.',
  'Its liability is limited to the fees paid.',
  'LIABILITY IS CAPPED',
  'nothing relevant here at all',
  'ab xx',
  'the ſubcontracting of the services', // ſ folds to s under the u flag
  '',
]

test('a gated expression finds exactly what the plain one finds, whatever the flags and case', () => {
  for (const source of sources) {
    for (const flags of ['', 'i', 'iu', 'g', 'giu']) {
      if (source.includes('\\p{') && !flags.includes('u')) continue
      const plain = new RegExp(source, flags)
      const gated = new GatedRegExp(source, flags)
      for (const text of texts) {
        plain.lastIndex = 0
        gated.lastIndex = 0
        expect({ source, flags, text, m: gated.exec(text)?.[0] ?? null }).toEqual({ source, flags, text, m: plain.exec(text)?.[0] ?? null })
        expect({ source, flags, text, r: text.replace(gated, '#') }).toEqual({ source, flags, text, r: text.replace(plain, '#') })
      }
    }
  }
})

test('the gate stops an expression on a text without its factors, and resets a global one', () => {
  const re = new GatedRegExp('notice period', 'gi')
  expect(mayMatch(re, 'nothing relevant here')).toBe(false)
  expect(mayMatch(re, 'the NOTICE PERIOD')).toBe(true)
  re.lastIndex = 5
  expect(re.test('nothing relevant here')).toBe(false)
  expect(re.lastIndex).toBe(0)
  // Expressions without usable factors, and plain ones, always run.
  expect(mayMatch(new GatedRegExp('\\bab\\b', 'i'), 'nothing')).toBe(true)
  expect(mayMatch(/notice period/, 'nothing')).toBe(true)
})

test('an expression added after texts were scanned is gated right on those texts too', () => {
  const first = new GatedRegExp('renewal term', 'i')
  expect(first.test('the renewal term and the audit rights')).toBe(true)
  const later = new GatedRegExp('audit rights', 'i')
  expect(later.test('the renewal term and the audit rights')).toBe(true)
  expect(later.test('the renewal term')).toBe(false)
})

test('rule patterns are gated, and derived expressions are plain', () => {
  const re = compile({ en: ['notice period'], fr: ['preavis'] })
  expect(re).toBeInstanceOf(GatedRegExp)
  expect(re.test('Un préavis de trois mois'.normalize('NFD').replace(/[\u0300-\u036f]/g, ''))).toBe(true)
  const global = new GatedRegExp('notice', 'gi')
  expect([...'notice, Notice'.matchAll(global)].map((m) => m.index)).toEqual([0, 8])
  expect('a notice b'.split(new GatedRegExp(' notice ', 'i'))).toEqual(['a', 'b'])
})

test('a mask of gates has the bit of each gate the text opens, and only those', () => {
  const gated = sources.map((source) => new GatedRegExp(source, 'iu'))
  const gates = Int32Array.from(gated, (re) => re.gate)
  let opened = 0
  for (const text of texts) {
    const mask = openMask(gates, text)
    gated.forEach((re, k) => expect({ text, k, open: (mask & (1 << k)) !== 0 }).toEqual({ text, k, open: mayMatch(re, text) }))
    opened |= mask
  }
  // Every gate opens on some text and stays closed on another (the check above can fail both ways).
  expect(opened).toBe((1 << sources.length) - 1)
  expect(openMask(gates, 'nothing relevant here at all') & 0b1011).toBe(0)
  expect(openMask(gates, 'nothing relevant here at all') & 0b0100).toBe(0b0100)
})

test('a group of gates answers as its members do, whether or not one of them always runs', () => {
  // The second list holds an expression without a requirement: its group has no bit and every member is asked.
  for (const members of [[0, 1, 3], [0, 2, 3]]) {
    const made = members.map((i) => new RegExp(sources[i]!, 'iu'))
    const gates = Int32Array.from(members, (i) => gateOf(sources[i]!))
    const all = made.map((_, k) => k)
    const group = gateGroup([...gates])
    let runs = 0
    const at = (k: number) => (runs++, made[k]!)
    let matched = 0
    for (const text of texts) {
      const expected = made.some((re) => re.test(text))
      expect({ members, text, m: anyMatches(gates, all, at, text, group) }).toEqual({ members, text, m: expected })
      expect({ members, text, m: anyMatches(gates, all, at, text) }).toEqual({ members, text, m: expected })
      if (expected) matched++
    }
    expect(matched).toBeGreaterThan(0)
    expect(matched).toBeLessThan(texts.length)
    // A text holding no member's literals runs nothing.
    runs = 0
    anyMatches(gates, all, at, 'nothing relevant here at all', group)
    expect(runs).toBe(members.includes(2) ? 1 : 0)
  }
})
