import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { normalizeText } from '../../src/library/detect-signals.js'
import { CASE_SENSITIVE, CaseFreeRegExp, caseFreeFor, caseSensitive, isCaseFree } from '../../src/review/case-free.js'
import { gatedSources } from '../../src/review/gate.js'
import '../../src/review/facts.js'
import '../../src/review/rules/index.js'

/** The classes a case-free pattern may use, and the ASCII and non-ASCII ranges. */
const ATOMS = ['[\\x00-\\x7f]', '[^\\x00-\\x7f]', '\\p{L}', '\\P{L}', '\\p{N}', '\\P{N}', '\\w', '\\W', '\\d', '\\D', '\\s', '\\S', '.']

test('the case-sensitive characters are exactly those where iu and u matching of a case-free class differ', () => {
  const pairs = ATOMS.map((a) => [new RegExp(`^${a}$`, 'iu'), new RegExp(`^${a}$`, 'u')] as const)
  const caseless = ['€', '£', '°', '«', '»', '§'].map((c) => new RegExp(`^${c}$`, 'iu'))
  const differ: number[] = []
  const foldsToSymbol: number[] = []
  for (let c = 0; c <= 0x10ffff; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue
    const t = String.fromCodePoint(c)
    // ASCII letters: the capitals differ from the pattern's lower-case letters by definition.
    if (c < 0x80 ? /[A-Z]/.test(t) : pairs.some(([iu, u]) => iu.test(t) !== u.test(t))) differ.push(c)
    if (caseless.some((re) => re.test(t)) && !['€', '£', '°', '«', '»', '§'].includes(t)) foldsToSymbol.push(c)
  }
  const expected: number[] = []
  for (let c = 0; c <= 0x10ffff; c++) if (!(c >= 0xd800 && c <= 0xdfff) && CASE_SENSITIVE.test(String.fromCodePoint(c))) expected.push(c)
  expect(differ).toEqual(expected)
  // The symbols a case-free pattern may hold match only themselves under case folding.
  expect(foldsToSymbol).toEqual([])
})

test('a pattern is case-free only without capitals, cased escapes, backreferences or ranges reaching A–Z', () => {
  expect(isCaseFree('\\b(?:(le |la )?client|buyer)s?[^.;]{0,40}\\p{L}\\d+ ?€')).toBe(true)
  expect(isCaseFree('(?<![\\p{L}\\p{N}])(?:a|b)(?<num>\\d+)[a-z0-9\\-]')).toBe(true)
  expect(isCaseFree('Client')).toBe(false)
  expect(isCaseFree('\\p{Lu}')).toBe(false)
  expect(isCaseFree('(a)\\1')).toBe(false)
  expect(isCaseFree('(?<x>a)\\k<x>')).toBe(false)
  expect(isCaseFree('[!-z]')).toBe(false)
  expect(isCaseFree('[\\.-z]')).toBe(false)
  expect(isCaseFree('\\u00e9')).toBe(false)
  expect(isCaseFree('é')).toBe(false)
  expect(isCaseFree('ſ')).toBe(false)
})

/** The first, character-by-character isCaseFree, kept here as the reference the one-expression version must agree with. */
function isCaseFreeByLoop(pattern: string): boolean {
  const safe = /^\\(?:[bBwWdDsS]|[pP]\{[LN]\}|[.()[\]{}?*+|^$/\\'"\-:,!=<>#&~%@; ])$/
  const caseless = new Set(['€', '£', '°', '«', '»', '§'])
  let inClass = false
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!
    if (ch === '\\') {
      const brace = /^\\[pP]\{[^}]*\}/.exec(pattern.slice(i, i + 40))
      const escape = brace ? brace[0] : pattern.slice(i, i + 2)
      if (!safe.test(escape)) return false
      i += escape.length - 1
      continue
    }
    const code = ch.charCodeAt(0)
    if (code > 0x7f) {
      if (!caseless.has(ch)) return false
      continue
    }
    if (code >= 0x41 && code <= 0x5a) return false
    if (ch === '[' && !inClass) inClass = true
    else if (ch === ']' && inClass) inClass = false
    else if (inClass && ch === '-' && pattern[i - 1] !== '[' && pattern[i + 1] !== ']') {
      if (pattern[i + 1] === '\\') return false
      if (pattern.charCodeAt(i - 1) <= 0x5a && pattern.charCodeAt(i + 1) >= 0x41) return false
    }
  }
  return true
}

test('isCaseFree answers as the character-by-character reference on every gated source and on random patterns', () => {
  const sources = gatedSources()
  expect(sources.length).toBeGreaterThan(1000)
  for (const source of sources) expect({ source, free: isCaseFree(source) }).toEqual({ source, free: isCaseFreeByLoop(source) })
  // Random patterns over the characters that matter: escapes, classes, ranges, capitals, symbols.
  const pieces = ['a', 'z', 'Z', 'A', '0', '!', '.', '@', '[', ']', '-', '^', '\\', '\\b', '\\p{L}', '\\p{N}', '\\p{Lu}', '\\P{L}', '\\-', '\\]', '\\[', '\\1', '\\k', '\\u00e9', '\\x41', 'p{L}', '{', '}', '€', 'é', 'ſ', '\u212a', ' ', '|', '(?:', ')', '\ud83d']
  let seed = 7
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
  }
  let free = 0
  for (let k = 0; k < 50_000; k++) {
    let pattern = ''
    const length = 1 + next(12)
    for (let j = 0; j < length; j++) pattern += pieces[next(pieces.length)]
    const expected = isCaseFreeByLoop(pattern)
    if (expected) free++
    expect({ pattern, free: isCaseFree(pattern) }).toEqual({ pattern, free: expected })
  }
  // Both answers occur often enough for the comparison to mean something.
  expect(free).toBeGreaterThan(2_000)
  expect(free).toBeLessThan(48_000)
})

test("every rule and fact pattern runs without the i flag on normalised text", () => {
  const sources = gatedSources().filter((s) => s.startsWith('\\b(?:') || s.startsWith('(?<![\\p{L}\\p{N}])(?:'))
  expect(sources.length).toBeGreaterThan(100)
  expect(sources.filter((s) => !isCaseFree(s))).toEqual([])
})

/** Sentences of the examples, as written and normalised, and with the characters that fold across cases. */
function texts(): string[] {
  const dir = join(__dirname, '..', '..', 'examples', 'quotes')
  const lines = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/\n+/))
    .filter((l) => l.trim().length > 0)
  const out: string[] = []
  for (const line of lines) {
    const norm = normalizeText(line)
    out.push(line, norm, norm.replace(/s/g, 'ſ'), norm.replace(/k/g, '\u212a'), norm.replace(/i/g, 'ι'), norm.toUpperCase())
  }
  return out
}

test('a case-free expression matches as the case-insensitive one does, on any text', () => {
  const sources = gatedSources().filter((s) => s.startsWith('\\b(?:') || s.startsWith('(?<![\\p{L}\\p{N}])(?:'))
  const all = texts()
  // More texts than an expression's first runs with one compiled expression: both regimes are compared.
  expect(all.length).toBeGreaterThan(1000)
  let matched = 0
  for (const source of sources) {
    const exact = new RegExp(source, 'iu')
    const free = new CaseFreeRegExp(source, 'iu')
    expect(free.flags).toBe('u')
    for (const text of all) {
      const a = exact.exec(text)
      const b = free.exec(text)
      if (a) matched++
      expect({ source, text, m: b && [b.index, ...b] }).toEqual({ source, text, m: a && [a.index, ...a] })
      expect(free.test(text)).toBe(a !== null)
    }
  }
  // The texts reach the patterns: the comparison is not of misses alone.
  expect(matched).toBeGreaterThan(1000)
})

test('caseFreeFor gives a global expression that finds what the case-insensitive one finds', () => {
  const re = /(?<![\p{L}])(?<n>\d+) ?(?:jours?|days?|€|euros?)(?![\p{L}])/giu
  const pick = caseFreeFor(re)
  for (const text of ['30 jours et 5 000 €', '30 JOURS', '30 daſ 12 days', 'aucun', '2 \u212aeuros 3 euros']) {
    expect([...text.matchAll(pick(text))].map((m) => [m.index, m[0], m.groups?.['n']])).toEqual([...text.matchAll(re)].map((m) => [m.index, m[0], m.groups?.['n']]))
  }
  expect(pick('30 jours').flags).toBe('gu')
  expect(pick('30 Jours')).toBe(re)
  // Not case-free: always the expression itself.
  const upper = /Jours/giu
  expect(caseFreeFor(upper)('30 jours')).toBe(upper)
})

test('a global case-free expression is refused (test and exec keep no state)', () => {
  expect(() => new CaseFreeRegExp('a', 'giu')).toThrow(TypeError)
})

test('the answer kept for the last text asked follows each new text, equal or not', () => {
  const texts = ['the buyer', 'The Buyer', 'the buyer', 'the buyer', 'kelvin \u212a', 'kelvin k', ['the ', 'buyer'].join(''), 'THE BUYER']
  expect(texts.map(caseSensitive)).toEqual([false, true, false, false, true, false, false, true])
  const re = new CaseFreeRegExp('buyer', 'iu')
  expect(['a buyer', 'a BUYER', 'a buyer', 'a Buyer'].map((t) => re.test(t))).toEqual([true, true, true, true])
})
