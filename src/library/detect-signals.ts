/**
 * Text normalisation and compilation of detection signals. The same normalisation is applied to
 * documents and to patterns, so `préavis`, `Préavis` and `preavis` all match `preavis`.
 */

/** Lower-cases, strips accents, straightens quotes and collapses white space. */
export function normalizeText(text: string): string {
  return stripAccents(text)
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb\u201e]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    // Only runs of white space or other white space than a plain space: replacing every single
    // space too gives the same text but makes V8 build it as a rope of slices (GBs on 50 MB).
    .replace(/\s{2,}|[^\S ]/g, ' ')
}

/** Removes combining accents (é → e, ç → c) and ligatures (œ → oe), keeping length close. */
export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/œ/g, 'oe').replace(/Œ/g, 'OE').replace(/æ/g, 'ae')
}

/**
 * Lower-cases a pattern's literal letters (not its escapes: `\\S`, `\\B`, `\\p{Lu}` keep their case),
 * so that it can run without the case-insensitive flag on normalised (lower-case) text.
 */
export function lowerPattern(pattern: string): string {
  return stripAccents(pattern).replace(/(\\[pPu]\{[^}]*\}|\\.)|([A-Z])/g, (_m, escaped: string | undefined, upper: string | undefined) => escaped ?? upper!.toLowerCase())
}

/**
 * Compiles a signal into a global regex that must start at a word start. Signals run on
 * normalised text (lower case, accents stripped), so no case-insensitive or Unicode flag is
 * needed — both make V8's matcher several times slower.
 */
export function compileSignal(pattern: string): RegExp {
  return new RegExp(`(?<![a-z0-9])(?:${lowerPattern(pattern)})`, 'g')
}
