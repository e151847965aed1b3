/**
 * Property tests of the reviewer's speed-ups, which must not change a result (issue #14): the
 * literal gate in front of the detection signals answers exactly as the bare expressions do, and
 * normalisation and language detection give exactly what their plain definitions give. Fixed seeds.
 */
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { normalizeText, stripAccents } from '../../src/library/detect-signals.js'
import { compileLibrary } from '../../src/review/detect.js'
import { detectLanguage } from '../../src/review/facts.js'
import { splitSentences } from '../../src/review/text.js'
import { asciiVariant, GatedRegExp, gatedSources } from '../../src/review/gate.js'
import '../../src/review/reviewer.js'
import { documentText, library } from './helpers.js'

/** The plain definitions the fast versions must agree with. */
const reference = {
  stripAccents: (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/œ/g, 'oe').replace(/Œ/g, 'OE').replace(/æ/g, 'ae'),
  normalizeText: (text: string) =>
    reference
      .stripAccents(text)
      .toLowerCase()
      .replace(/[\u2018\u2019\u201b\u2032`]/g, "'")
      .replace(/[\u201c\u201d\u00ab\u00bb\u201e]/g, '"')
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .replace(/\s{2,}|[^\S ]/g, ' '),
  // A final point before a capital, an opening mark or a number, but not after a dotted acronym or a
  // legal abbreviation (« art. », "No."), nor after a capital's point before a number (« L. 441-10 »).
  split: (text: string) =>
    text.split(/(?<=[.;!?])(?<!\b(?:\p{Lu}\.){2,}|\b(?:[Aa]rts?|[Aa]l|[Nn]os?|pp?|cf|[Pp]aras?|[Ss]ect|[Cc]hap|[Vv]ol|e\.g|i\.e)\.)\s+(?:(?=[\p{Lu}«"“(])|(?<!\b\p{Lu}\.\s+)(?=\d))/u),
  language: (text: string) => {
    const en = new Set(['the', 'and', 'of', 'to', 'shall', 'is', 'for', 'with', 'any', 'by', 'be', 'this', 'or', 'in'])
    const fr = new Set(['le', 'la', 'les', 'des', 'du', 'et', 'est', 'pour', 'dans', 'aux', 'une', 'que', 'par', 'sur', 'au'])
    const words = reference.normalizeText(text.slice(0, 200_000)).match(/\p{L}+/gu) ?? []
    const n = { en: words.filter((w) => en.has(w)).length, fr: words.filter((w) => fr.has(w)).length }
    return n.fr > n.en ? 'fr' : 'en'
  },
}

/** Text where the tricky characters are frequent: function words glued to letters, ligatures, typographic marks. */
const tricky = fc
  .array(fc.constantFrom('the', 'The', 'le', 'LA', 'et', 'thé', 'ſ', 'ß', 'Œuvre', 'æ', 'Æ', '𝐀', '\u0301', '’', '«', '»', '“', '–', '`', ' ', '  ', '. ', '; ', '? ', '(', '"', '\n', '\u00a0', 'é', 'É', '1', 'x'), { maxLength: 30 })
  .map((parts) => parts.join(''))
/**
 * Text whose only characters beyond ASCII are no letters and normalise to no letter (quotes,
 * dashes, spaces, symbols, a digit outside the BMP): language detection reads its words unnormalised.
 */
const inertText = fc
  .array(fc.constantFrom('the', 'The', 'THE', 'and', 'le', 'LA', 'et', 'Est', 'x', '’', '«', '»', '“', '–', '\u00a0', '€', '§', '\u2028', '𝟙', '`', ' ', '. ', '\n'), { maxLength: 30 })
  .map((parts) => parts.join(''))
const anyText = fc.oneof(documentText, tricky, inertText, fc.string({ unit: 'grapheme', maxLength: 60 }))

describe('normalisation and language detection', () => {
  test('normalizeText, stripAccents, detectLanguage and splitSentences agree with their plain definitions', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(normalizeText(text)).toBe(reference.normalizeText(text))
        expect(stripAccents(text)).toBe(reference.stripAccents(text))
        expect(detectLanguage(text)).toBe(reference.language(text))
        // Short parts are kept as they are: the splitter's cuts are the plain expression's.
        const parts = reference.split(text).filter((p) => p.trim() && p.length <= 700)
        if (parts.length === reference.split(text).filter((p) => p.trim()).length) expect(splitSentences(text)).toEqual(parts)
      }),
      { seed: 14, numRuns: 400 },
    )
  })
})

describe('the literal gate', () => {
  const compiled = compileLibrary(library)
  const signals = compiled.clauses.flatMap((c) => [c.headings, c.phrases, c.negations, c.guarded, c.unless, ...c.all.flat()]).filter((s) => s !== undefined)
  const alternatives = [...new Set(signals.flatMap((s) => s.alternatives))]
  const gated = alternatives.filter((re): re is GatedRegExp => re instanceof GatedRegExp)

  test('every alternative of every detection signal is gated, and shared between signals', () => {
    expect(signals.length).toBeGreaterThan(300)
    expect(gated.length).toBe(alternatives.length)
    expect(gated.length).toBeGreaterThan(2000)
    expect(gated.length).toBeLessThan(signals.reduce((n, s) => n + s.alternatives.length, 0))
  })

  test('a signal matches exactly where the one expression of its alternatives does', () => {
    // The union as detection compiled it before each alternative had its own expression.
    const unions = signals.map((s) => new RegExp(`(?<![a-z0-9])(?:${s.alternatives.map((re) => `(?:${re.source.replace(/^\(\?<!\[a-z0-9\]\)\(\?:/, '').slice(0, -1)})`).join('|')})`))
    const words = [...new Set(gated.flatMap((re) => re.source.match(/[a-z]{4,}/g) ?? []))]
    // Text built from the patterns' own words, so that many alternatives have a chance to match.
    const signalText = fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(' ', ' ', ', ', '. ', ' the ', ' de ', ' 30 days ')), { maxLength: 40 }).map((parts) => parts.join(''))
    let matched = 0
    fc.assert(
      fc.property(fc.oneof(anyText, signalText), (raw) => {
        for (const text of [raw, normalizeText(raw)]) {
          signals.forEach((s, i) => {
            const yes = s.test(text)
            if (yes) matched++
            expect(yes).toBe(unions[i]!.test(text))
          })
        }
      }),
      { seed: 14, numRuns: 150 },
    )
    expect(matched).toBeGreaterThan(100)
  })

  // Each of the ~2,900 alternatives is compiled and run on every text: slow on a loaded machine.
  test('a gated signal matches exactly where the bare expression does', { timeout: 120_000 }, () => {
    const bare = gated.map((re) => new RegExp(re.source, re.flags))
    fc.assert(
      fc.property(anyText, (raw) => {
        for (const text of [raw, normalizeText(raw)]) {
          gated.forEach((re, i) => {
            re.lastIndex = 0
            bare[i]!.lastIndex = 0
            expect(re.test(text)).toBe(bare[i]!.test(text))
          })
        }
      }),
      { seed: 14, numRuns: 100 },
    )
  })
})

describe('the ASCII variants of Unicode expressions', () => {
  // Detection signals run on normalised text without the Unicode flag: they have no variant to check.
  const signals = new Set(
    compileLibrary(library)
      .clauses.flatMap((c) => [c.headings, c.phrases, c.negations, c.guarded, c.unless, ...c.all.flat()])
      .flatMap((s) => (s ? s.alternatives.map((re) => re.source) : [])),
  )
  const pairs = gatedSources()
    .filter((source) => !signals.has(new RegExp(source).source))
    .map((source) => {
      try {
        return { plain: new RegExp(source, 'iu'), ascii: asciiVariant(source, 'iu') }
      } catch {
        return { plain: undefined, ascii: undefined }
      }
    })
    .filter((p): p is { plain: RegExp; ascii: RegExp } => p.plain !== undefined && p.ascii !== undefined)

  test('the rules and facts have ASCII variants', () => {
    expect(pairs.length).toBeGreaterThan(100)
    expect(asciiVariant('(?<![\\p{L}\\p{N}])x', 'iu')?.source).toBe('(?<![A-Za-z0-9])x')
    expect(asciiVariant('\\p{Lu}x', 'iu')).toBeUndefined()
    expect(asciiVariant('[ā-ž]', 'iu')).toBeUndefined()
    expect(asciiVariant('x', 'i')).toBeUndefined()
  })

  test('on ASCII text, every variant matches exactly where its Unicode expression does', () => {
    const ascii = anyText.map((t) => t.replace(/[^\x00-\x7f]/g, ' '))
    fc.assert(
      fc.property(ascii, (raw) => {
        for (const text of [raw, normalizeText(raw)]) {
          for (const { plain, ascii: variant } of pairs) expect(variant.exec(text)?.[0] ?? null).toBe(plain.exec(text)?.[0] ?? null)
        }
      }),
      { seed: 14, numRuns: 150 },
    )
  })
})
