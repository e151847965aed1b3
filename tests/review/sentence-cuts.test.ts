/**
 * The sentence splitter tries its expression only where a cut may start (white space after a mark,
 * or after a conjunction that follows a colon or a semicolon): its parts must be exactly those of
 * `text.split` by the whole expression, written out here as the reference, on every text — accents,
 * capitals, word boundaries, several kinds of white space, conjunctions glued to other words.
 */
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { sentenceParts, splitSentences } from '../../src/review/text.js'

/** The sentence ends, run at every position by `split` (Unicode and ASCII forms, as text.ts picks them). */
const END = /(?<=[.;!?])(?<!\b(?:\p{Lu}\.){2,}|\b(?:[Aa]rts?|[Aa]l|[Nn]os?|pp?|cf|[Pp]aras?|[Ss]ect|[Cc]hap|[Vv]ol|e\.g|i\.e)\.)\s+(?:(?=[\p{Lu}«"“(])|(?<!\b\p{Lu}\.\s+)(?=\d))|(?<=[:;](?:\s+(?:or|and|ou|et))?)\s+(?=[a-z]\.\s)/u
const END_ASCII = /(?<=[.;!?])(?<!\b(?:[A-Z]\.){2,}|\b(?:[Aa]rts?|[Aa]l|[Nn]os?|pp?|cf|[Pp]aras?|[Ss]ect|[Cc]hap|[Vv]ol|e\.g|i\.e)\.)\s+(?:(?=[A-Z"(])|(?<!\b[A-Z]\.\s+)(?=\d))|(?<=[:;](?:\s+(?:or|and|ou|et))?)\s+(?=[a-z]\.\s)/
const reference = (text: string): string[] => text.split(/[^\x00-\x7f]/.test(text) ? END : END_ASCII)

describe('sentence cuts', () => {
  test.each([
    '',
    'One sentence without an end',
    'The Buyer pays. The Seller delivers.',
    'The Buyer pays.  \t The Seller delivers.\nThen it ends. ',
    'Le Client paie.\u00a0Le Fournisseur livre. « Ensuite » vient.',
    'Él paga. Éste entrega. ÉTÉ. Été.',
    'It may terminate immediately: a. if the other party breaches; or b. for any reason; and c. at will.',
    'Il peut résilier : a. en cas de manquement ; ou b. sans motif ; et c. à tout moment.',
    'Either party may: (a) end it; for b. no reason; or  b. with notice;\tand\tc. now.',
    'Amounts in U.S. Dollars. See Art. 28 GDPR. Article L. 441-10 du Code. No. 5 applies. Sect. 3 too.',
    'Sources, e.g. Google Ads. I.e. None. The term is 12 months. 24 months apply.',
    'Ends here? Yes! "Quoted." (Opened.) 3. Numbered; Capital after semicolon.',
    '.. ;; !! ?? :: : ; . ! ?',
    ' . A',
    'word;or a. b',
    'x; or\u00a0b. y: and  c. z; et\nd. w',
  ])('%j is cut as the whole expression cuts it', (text) => {
    expect(sentenceParts(text)).toEqual(reference(text))
  })

  test('any text built from marks, conjunctions, capitals, accents and white space', () => {
    const pieces = fc.constantFrom('. ', '; ', ': ', '? ', '! ', '.', ';', ':', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', 'or', 'and', 'ou', 'et', ' or ', ' and ', 'for', 'a.', 'b. ', 'c.', 'A', 'The', 'Le', 'É', 'é', 'U.S.', 'Art.', 'art.', 'L.', 'e.g.', 'No.', '1', '24', '(', '"', '«', '“', 'x', 'word')
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }).map((p) => p.join('')), (text) => {
        expect(sentenceParts(text)).toEqual(reference(text))
      }),
      { seed: 16, numRuns: 3000 },
    )
  })

  test('splitSentences keeps its parts, trimmed of empty ones', () => {
    expect(splitSentences('It may end: a. if it breaches; or b. at will. The End.')).toEqual(['It may end:', 'a. if it breaches; or', 'b. at will.', 'The End.'])
  })
})
