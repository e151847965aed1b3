/**
 * The assembled contract: a small typed document model that every renderer (Markdown, HTML, DOCX)
 * reads, so that the three outputs carry the same content. Numbers are computed once here.
 */
import type { Lang } from '../library/schema.js'

/** Inline content. A `ref` is a cross-reference to an article, kept live in DOCX. */
export type Inline =
  | { type: 'text'; value: string; bold?: boolean; italic?: boolean }
  /** `prefix` is plain text ("Article ", « l'article »); `number` is the article number (a REF field in DOCX). */
  | { type: 'ref'; target: string; prefix: string; number: string; bookmark?: string }
  | { type: 'break' }

/** Identity of a library clause inside the contract (bookmark carries id and version). */
export interface ClauseMark {
  id: string
  version: number
  variant?: string
  bookmark: string
}

export type Block =
  | { type: 'title'; inlines: Inline[] }
  | { type: 'toc' }
  | { type: 'pageBreak' }
  /** A numbered article (level 1 of the numbering), optionally a library clause. */
  | { type: 'article'; number: number; inlines: Inline[]; bookmark: string; clause?: ClauseMark }
  /** An unnumbered section heading (recitals, annexes, signatures). */
  | { type: 'section'; inlines: Inline[]; bookmark: string }
  /** A sub-heading inside a section (an item of an annex); may be a library clause. */
  | { type: 'subsection'; inlines: Inline[]; bookmark: string; clause?: ClauseMark }
  /** A paragraph; `number` is set for numbered sub-clauses ("12.1"). */
  | { type: 'paragraph'; inlines: Inline[]; number?: string; article?: number }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'table'; rows: Inline[][][] }

/** Document properties (DOCX core properties, HTML meta). */
export interface ContractMeta {
  title: string
  subject: string
  creator: string
  keywords: string
  description: string
}

/** The whole contract. */
export interface Contract {
  lang: Lang
  meta: ContractMeta
  blocks: Block[]
  /** The clause ids and versions included, in order (for the builder's summary and tests). */
  clauses: ClauseMark[]
}

/** Plain text of inline content (labels for refs). */
export function plainText(inlines: readonly Inline[]): string {
  return inlines.map((i) => (i.type === 'text' ? i.value : i.type === 'ref' ? i.prefix + i.number : '\n')).join('')
}

/** Word bookmark name for a clause: letters, digits and underscores, at most 40 characters. */
export function clauseBookmark(id: string, version: number): string {
  return `cl_${id.replace(/-/g, '_')}_v${version}`.slice(0, 40)
}
