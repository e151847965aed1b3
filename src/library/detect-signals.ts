/**
 * Text normalisation and compilation of detection signals. The same normalisation is applied to
 * documents and to patterns, so `préavis`, `Préavis` and `preavis` all match `preavis`.
 */

/** Typographic quotes and dashes, and what normalised text has instead. */
const STRAIGHT: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201b': "'",
  '\u2032': "'",
  '`': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u201e': '"',
}
const TYPOGRAPHIC = /[\u2018\u2019\u201b\u2032`\u201c\u201d\u00ab\u00bb\u201e\u2010-\u2015\u2212]/g
const NON_ASCII = /[^\x00-\x7f]/
/** Only runs of white space or other white space than a plain space: replacing every single
 * space too gives the same text but makes V8 build it as a rope of slices (GBs on 50 MB). */
const SPACES = /\s{2,}|[^\S ]/g

/** Lower-cases, strips accents, straightens quotes and collapses white space. */
export function normalizeText(text: string): string {
  // ASCII text has no accent, ligature or typographic mark but the backquote: one pass less each.
  if (!NON_ASCII.test(text)) return text.toLowerCase().replace(/`/g, "'").replace(SPACES, ' ')
  return stripAccents(text)
    .toLowerCase()
    .replace(TYPOGRAPHIC, (c) => STRAIGHT[c] ?? '-')
    .replace(SPACES, ' ')
}

const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', Œ: 'OE', æ: 'ae' }

/** Removes combining accents (é → e, ç → c) and ligatures (œ → oe), keeping length close. */
export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036fœŒæ]/g, (c) => LIGATURES[c] ?? '')
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
  return compileLoweredSignal(lowerPattern(pattern))
}

/** `compileSignal` of a pattern that `lowerPattern` has already lowered. */
export function compileLoweredSignal(lowered: string): RegExp {
  return new RegExp(loweredSignalSource(lowered), 'g')
}

/** The source of `compileLoweredSignal(lowered)`, for a caller that compiles it itself. */
export function loweredSignalSource(lowered: string): string {
  return `(?<![a-z0-9])(?:${lowered})`
}
