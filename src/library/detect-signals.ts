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
    .replace(/\s+/g, ' ')
}

/** Removes combining accents (é → e, ç → c) and ligatures (œ → oe), keeping length close. */
export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/œ/g, 'oe').replace(/Œ/g, 'OE').replace(/æ/g, 'ae')
}

/** Compiles a signal into a global, case-insensitive regex that must start at a word start. */
export function compileSignal(pattern: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${stripAccents(pattern)})`, 'giu')
}
