/**
 * Anchoring a review on its document: the block a finding or a piece of evidence points to, the
 * sentences to highlight in a block, and the clause texts to suggest. Shared by the HTML and
 * annotated DOCX reports, so that both put the same note beside the same paragraph.
 */
import type { ReviewDocument, TextBlock } from '../read/document.js'
import type { ClauseStatusName, FileReview, Finding } from '../review/types.js'

/** A location in a document, as findings and evidence carry it. */
export interface At {
  line: number
  column?: number
  page?: number
}

/**
 * Index of the block a location points to: the last block (on the same page, for a PDF) that starts
 * at or before it, i.e. the block starting there or the one it falls inside; `undefined` when none does.
 */
export function blockIndexAt(doc: ReviewDocument, at: At): number | undefined {
  let best: number | undefined
  doc.blocks.forEach((b, i) => {
    if (at.page !== undefined && b.page !== undefined && b.page !== at.page) return
    if (b.line > at.line || (b.line === at.line && at.column !== undefined && b.column > at.column)) return
    const current = best === undefined ? undefined : doc.blocks[best]
    // Several blocks may start on one line (table cells): the one at or before the column, else the first.
    if (!current || b.line > current.line || (b.line === current.line && at.column !== undefined && b.column > current.column)) best = i
  })
  return best
}

/** Findings grouped by the block they point to; findings with no line (or pointing before any block) are `fileLevel`. */
export interface AnchoredFindings {
  byBlock: Map<number, Finding[]>
  fileLevel: Finding[]
}

/** Places each finding on a block of the document. */
export function anchorFindings(findings: readonly Finding[], doc: ReviewDocument | undefined): AnchoredFindings {
  const byBlock = new Map<number, Finding[]>()
  const fileLevel: Finding[] = []
  for (const f of findings) {
    const index = doc && f.line !== undefined ? blockIndexAt(doc, { line: f.line, ...(f.column !== undefined ? { column: f.column } : {}), ...(f.page !== undefined ? { page: f.page } : {}) }) : undefined
    if (index === undefined) fileLevel.push(f)
    else byBlock.set(index, [...(byBlock.get(index) ?? []), f])
  }
  return { byBlock, fileLevel }
}

/** A run of a block's text, highlighted when it is evidence of one or more clauses. */
export interface Segment {
  text: string
  /** Ids of the clauses this text is evidence of (empty: plain text). */
  clauses: string[]
  /** True when the text denies a clause (negation evidence). */
  negation: boolean
}

/** A highlighted span of a block's text. */
export interface EvidenceRange {
  start: number
  end: number
  clause: string
  negation: boolean
}

/** Where an evidence excerpt is in its block's text (excerpts longer than 300 characters end with "…"). */
function rangeOf(blockText: string, excerpt: string): { start: number; end: number } | undefined {
  const text = excerpt.endsWith('…') && !blockText.includes(excerpt) ? excerpt.slice(0, -1) : excerpt
  if (!text) return undefined
  const start = blockText.indexOf(text)
  return start < 0 ? undefined : { start, end: start + text.length }
}

/**
 * Evidence ranges per block of the reviewed document: each excerpt found in its block's text, or the
 * whole block when the excerpt is not text of the block (a bookmark name, a heading).
 */
export function evidenceRanges(review: FileReview, doc: ReviewDocument): Map<number, EvidenceRange[]> {
  const out = new Map<number, EvidenceRange[]>()
  for (const status of review.clauses) {
    for (const e of status.evidence) {
      if (e.path !== undefined && e.path !== doc.path) continue
      const index = blockIndexAt(doc, { line: e.line, column: e.column, ...(e.page !== undefined ? { page: e.page } : {}) })
      const block = index === undefined ? undefined : doc.blocks[index]
      if (index === undefined || !block) continue
      const range = rangeOf(block.text, e.text) ?? { start: 0, end: block.text.length }
      if (range.end <= range.start) continue
      out.set(index, [...(out.get(index) ?? []), { ...range, clause: status.id, negation: e.signal === 'negation' }])
    }
  }
  return out
}

/** Cuts a block's text into plain and highlighted segments; overlapping evidence shares one segment. */
export function segments(block: TextBlock, ranges: readonly EvidenceRange[] = []): Segment[] {
  const cuts = [...new Set([0, block.text.length, ...ranges.flatMap((r) => [r.start, r.end])])].sort((a, b) => a - b)
  const out: Segment[] = []
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!
    const end = cuts[i + 1]!
    const covering = ranges.filter((r) => r.start <= start && r.end >= end)
    const clauses = [...new Set(covering.map((r) => r.clause))].sort()
    const negation = covering.some((r) => r.negation)
    const last = out.at(-1)
    if (last && last.clauses.join() === clauses.join() && last.negation === negation) last.text += block.text.slice(start, end)
    else out.push({ text: block.text.slice(start, end), clauses, negation })
  }
  return out
}

/** A clause text to propose (the library's), for a clause the document lacks or denies. */
export interface SuggestedClause {
  clauseId: string
  /** The clause's status in the review (`undefined` when the review does not list it). */
  status: ClauseStatusName | undefined
  /** True when the document has the clause but its own words deny it. */
  negated: boolean
  text: string
  finding: Finding
}

/** The clauses to suggest: one per clause id, from the first finding that carries a suggestion, in finding order. */
export function suggestedClauses(review: FileReview): SuggestedClause[] {
  const seen = new Set<string>()
  const out: SuggestedClause[] = []
  for (const f of review.findings) {
    if (f.clauseId === undefined || f.suggestion === undefined || !f.suggestion.trim() || seen.has(f.clauseId)) continue
    seen.add(f.clauseId)
    const status = review.clauses.find((c) => c.id === f.clauseId)
    out.push({ clauseId: f.clauseId, status: status?.status, negated: status?.negated ?? false, text: f.suggestion, finding: f })
  }
  return out
}

/** A suggested text cut into paragraphs (at blank lines, else at line breaks), white space collapsed. */
export function paragraphsOf(text: string): string[] {
  const parts = /\n\s*\n/.test(text) ? text.split(/\n\s*\n/) : text.split('\n')
  return parts.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean)
}

/** Why a suggested clause is there, when it is not simply missing: "by reference", "negated by the text". */
export function suggestionNote(s: SuggestedClause, l: { statuses: Record<ClauseStatusName, string>; negated: string }): string | undefined {
  if (s.negated) return l.negated
  return s.status && s.status !== 'missing' ? l.statuses[s.status] : undefined
}
