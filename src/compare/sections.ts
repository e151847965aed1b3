/**
 * A document cut into its articles: each section is a heading and the blocks under it, down to the
 * next heading of the same or a higher level. Numbering is set aside ("12. Audit" and "13. Audit"
 * are the same article renumbered), and so are the numbers of cross-references ("article 12").
 */
import { normalizeText } from '../library/detect-signals.js'
import { readNumbering } from '../read/blocks.js'
import type { ReviewDocument, TextBlock } from '../read/document.js'

/** One article (or the preamble, a schedule, the signatures) of a document. */
export interface Section {
  /** Position of the section in its document. */
  index: number
  /** The heading, when the section has one (the text before the first heading has none). */
  heading: TextBlock | undefined
  /** The heading's text without its numbering. */
  title: string
  /** The heading (if any) and the blocks under it. */
  blocks: TextBlock[]
  /** The blocks' display text, numbering removed, one entry per block. */
  paragraphs: string[]
  /** Comparable text: normalised, numbering and cross-reference numbers set aside. */
  text: string
  /** The builder's bookmark of the section (`cl_audit_rights_v1` → `cl_audit_rights`), when it has one. */
  key: string | undefined
  /** The taxonomy id the section holds, when one is recognised. */
  clauseId: string | undefined
}

const documents = new WeakMap<Section, ReviewDocument>()

/**
 * A section's blocks as a document of its own (for detection and the reviewer's term readers), its
 * heading without its number ("21. Droit d'audit" → "Droit d'audit", as heading signals expect).
 * The same object each time, so the reviewer's sentence cache applies.
 */
export function sectionDocument(doc: ReviewDocument, section: Section): ReviewDocument {
  const cached = documents.get(section)
  if (cached) return cached
  const blocks = section.blocks.map((b) => (b === section.heading ? { ...b, text: section.title } : b))
  const out: ReviewDocument = { path: doc.path, format: doc.format, blocks }
  documents.set(section, out)
  return out
}

/** The text of a block without its leading numbering ("9.1 ", "ARTICLE 5 – "). */
export function withoutNumbering(text: string): string {
  const numbering = readNumbering(text)
  return numbering ? text.slice(numbering.end).trim() || text : text
}

const CROSS_REFERENCE = /\b(articles?|art\.|sections?|clauses?|annexes?|annex|schedules?|paragraphs?|alineas?|exhibits?)\s+\d+(?:\.\d+)*/g

/** The comparable form of a paragraph: normalised, numbering and cross-reference numbers set aside. */
export function comparable(text: string): string {
  return normalizeText(withoutNumbering(text)).replace(CROSS_REFERENCE, '$1 #').trim()
}

/**
 * The heading level that cuts articles: the shallowest level used by at least three headings
 * (a title above it is a section of its own); `undefined` when the document has fewer than two
 * headings (it is then cut into paragraphs).
 */
function articleLevel(blocks: readonly TextBlock[]): number | undefined {
  const counts = new Map<number, number>()
  for (const b of blocks) if (b.kind === 'heading') counts.set(b.level ?? 1, (counts.get(b.level ?? 1) ?? 0) + 1)
  const total = [...counts.values()].reduce((a, b) => a + b, 0)
  if (total < 2) return undefined
  const levels = [...counts.keys()].sort((a, b) => a - b)
  return levels.find((l) => (counts.get(l) ?? 0) >= 3) ?? levels.at(-1)
}

const BOOKMARK_VERSION = /_v\d+$/

/** Cuts a document into sections; bookmarks (built contracts) give each section its key. */
export function splitSections(doc: ReviewDocument): Section[] {
  const level = articleLevel(doc.blocks)
  const groups: TextBlock[][] = []
  for (const block of doc.blocks) {
    const starts = level === undefined ? true : block.kind === 'heading' && (block.level ?? 1) <= level
    if (starts || groups.length === 0) groups.push([block])
    else groups.at(-1)!.push(block)
  }
  // Bookmarks by the paragraph they start in; hidden ones (_Toc…, _GoBack) are Word's own.
  const marks = Object.entries(doc.bookmarkLines ?? {})
    .filter(([name]) => !name.startsWith('_'))
    .sort((a, b) => a[1] - b[1])
  return groups.map((blocks, index): Section => {
    const heading = blocks[0]?.kind === 'heading' ? blocks[0] : undefined
    const first = blocks[0]?.line ?? 0
    const next = groups[index + 1]?.[0]?.line ?? Number.POSITIVE_INFINITY
    const mark = marks.find(([, line]) => line >= first && line < next)
    const paragraphs = blocks.map((b) => withoutNumbering(b.text))
    return {
      index,
      heading,
      title: heading ? withoutNumbering(heading.text) : '',
      blocks,
      paragraphs,
      text: blocks.map((b) => comparable(b.text)).join('\n'),
      key: mark ? mark[0].replace(BOOKMARK_VERSION, '') : undefined,
      clauseId: undefined,
    }
  })
}

/** Word counts of a comparable text. */
export function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const w of text.match(/[\p{L}\p{N}]+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1)
  return counts
}

/** Dice similarity of two word multisets (0: nothing shared, 1: the same words). */
export function similarity(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let shared = 0
  let total = 0
  for (const [w, n] of a) {
    total += n
    shared += Math.min(n, b.get(w) ?? 0)
  }
  for (const n of b.values()) total += n
  return total === 0 ? 1 : (2 * shared) / total
}
