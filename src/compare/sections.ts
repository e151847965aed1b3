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
  if (cached && cached.blocks.length === section.blocks.length && cached.blocks.every((b, i) => b === section.blocks[i] || (b.kind === 'heading' && section.blocks[i] === section.heading))) return cached
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
  return normalizeText(withoutNumbering(text))
    .replace(CROSS_REFERENCE, '$1 #')
    // A word hyphenated at a line end in a PDF ("Saint- Antoine", "L. 442- 4").
    .replace(/([\p{L}\p{N}])- (?=[\p{L}\p{N}])/gu, '$1-')
    .trim()
}

/** A section's words, paragraph breaks aside (a PDF cuts paragraphs at page ends). */
export function flatText(section: Section): string {
  return section.text.replace(/\s+/g, ' ')
}

/**
 * The heading level that cuts articles: the shallowest level used by at least three headings and
 * by a fair share of them (a title above it is a section of its own); `undefined` when the document
 * has fewer than two headings (it is then cut into paragraphs).
 */
function articleLevel(blocks: readonly TextBlock[]): number | undefined {
  const counts = new Map<number, number>()
  for (const b of blocks) if (b.kind === 'heading') counts.set(b.level ?? 1, (counts.get(b.level ?? 1) ?? 0) + 1)
  const total = [...counts.values()].reduce((a, b) => a + b, 0)
  if (total < 2) return undefined
  const levels = [...counts.keys()].sort((a, b) => a - b)
  // A level used only by a title and a few schedules is above the articles (a PDF's headings).
  const most = Math.max(...counts.values())
  return levels.find((l) => (counts.get(l) ?? 0) >= 3 && (counts.get(l) ?? 0) >= 0.3 * most) ?? levels.at(-1)
}

const BOOKMARK_VERSION = /_v\d+$/

/**
 * Table-of-contents lines: a heading of the document followed by a page number ("Préambule 1",
 * "12. Audit rights ..... 14", « Sommaire »). A PDF or text file may carry them, another export of
 * the same contract may not: they are not contract text. (The DOCX reader already leaves out a
 * Word table of contents by its structure — TOC field, TOC styles — but not a plain title line.)
 */
function tocLines(blocks: readonly TextBlock[]): Set<TextBlock> {
  const titles = new Set(blocks.filter((b) => b.kind === 'heading').map((b) => comparable(b.text)))
  titles.delete('')
  const out = new Set<TextBlock>()
  for (const b of blocks) {
    if (b.kind === 'heading') continue
    const m = /^(.*?)[\s.…]*\d{1,4}$/u.exec(b.text)
    const label = comparable(b.text)
    // A page number after a heading's title (Word), or the title alone in a list (Markdown, HTML).
    const entry = (m && titles.has(comparable(m[1] ?? ''))) || (b.kind === 'list-item' && titles.has(label))
    if (entry || label === 'sommaire' || label === 'contents' || label === 'table of contents') out.add(b)
  }
  // An entry whose article is gone (deleted in their version) is still an entry: a short line
  // ending in a page number next to other entries.
  const entryLike = (b: TextBlock) => b.kind !== 'heading' && b.text.length < 150 && /\s\d{1,4}$/.test(b.text)
  for (let pass = 0; pass < 2; pass++) {
    const order = pass === 0 ? blocks.map((_, i) => i) : blocks.map((_, i) => blocks.length - 1 - i)
    for (const i of order) {
      const b = blocks[i]!
      if (!out.has(b) && entryLike(b) && ((blocks[i - 1] && out.has(blocks[i - 1]!)) || (blocks[i + 1] && out.has(blocks[i + 1]!)))) out.add(b)
    }
  }
  return out
}

/** Cuts a document into sections; bookmarks (built contracts) give each section its key. */
export function splitSections(doc: ReviewDocument): Section[] {
  const toc = tocLines(doc.blocks)
  const blocks = doc.blocks.filter((b) => !toc.has(b))
  const level = articleLevel(blocks)
  const groups: TextBlock[][] = []
  for (const block of blocks) {
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

/** A section of the given blocks (the text under a heading they removed, carved out of another section). */
export function sectionOf(blocks: TextBlock[], index: number, title: string, clauseId: string | undefined): Section {
  return { index, heading: undefined, title, blocks, paragraphs: blocks.map((b) => withoutNumbering(b.text)), text: blocks.map((b) => comparable(b.text)).join('\n'), key: undefined, clauseId }
}

/** Replaces a section's blocks (keeping its heading when it still has it). */
export function setBlocks(section: Section, blocks: TextBlock[]): void {
  section.blocks = blocks
  section.paragraphs = blocks.map((b) => withoutNumbering(b.text))
  section.text = blocks.map((b) => comparable(b.text)).join('\n')
}
