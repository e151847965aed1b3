/**
 * `--format docx`: an annotated copy a lawyer can send back. The document's blocks as paragraphs
 * (headings as Word headings), each finding as a Word comment by "clausier" on the paragraph it
 * points to (findings about the whole file on the first paragraph), and at the end the clause texts
 * to add as tracked insertions, so that the other side accepts or rejects them in Word. Dates are
 * pinned, so the same review gives the same document.
 */
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  HeadingLevel,
  InsertedTextRun,
  Packer,
  Paragraph,
  TextRun,
  type ICommentOptions,
  type ParagraphChild,
} from 'docx'
import { UsageError } from '../core/errors.js'
import type { ReviewDocument, TextBlock } from '../read/document.js'
import type { FileReview, Finding } from '../review/types.js'
import { anchorFindings, paragraphsOf, suggestedClauses } from './anchor.js'
import { labelsFor, type Labels } from './labels.js'

/** Author of the comments and of the tracked insertions. */
export const AUTHOR = 'clausier'

/** Date stamped on comments and insertions unless one is given (pinned: the output is reproducible). */
export const DEFAULT_DATE = '2026-01-01T00:00:00Z'

/** Options of the annotated copy. */
export interface AnnotatedDocxOptions {
  /** ISO date-time of the comments and insertions (default {@link DEFAULT_DATE}). */
  date?: string
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6] as const

function comment(f: Finding, id: number, l: Labels, date: Date): ICommentOptions {
  const lines = [
    `${l.severities[f.severity]}${l.colon}${f.message}`,
    ...(f.sources?.length ? [`${l.sources}${l.colon}${f.sources.join('; ')}`] : []),
    ...(f.suggestion !== undefined && f.clauseId !== undefined ? [l.seeClausesToAdd] : []),
    `${l.rule}${l.colon}${f.clauseId ? `${f.ruleId}/${f.clauseId}` : f.ruleId}`,
  ]
  return { id, author: AUTHOR, initials: 'CL', date, children: lines.map((text) => new Paragraph({ text })) }
}

/** The paragraph of a block, wrapped in the comment ranges of its findings. */
function paragraph(block: Pick<TextBlock, 'kind' | 'text' | 'level'>, commentIds: readonly number[]): Paragraph {
  const children: ParagraphChild[] = [
    ...commentIds.map((id) => new CommentRangeStart(id)),
    new TextRun(block.text),
    ...commentIds.map((id) => new CommentRangeEnd(id)),
    ...commentIds.map((id) => new TextRun({ children: [new CommentReference(id)] })),
  ]
  if (block.kind === 'heading') return new Paragraph({ heading: HEADINGS[Math.min(6, Math.max(1, block.level ?? 1)) - 1]!, children })
  if (block.kind === 'list-item') return new Paragraph({ bullet: { level: 0 }, children })
  return new Paragraph({ children })
}

/** The clauses to add, every run and paragraph mark a tracked insertion (revision ids from `firstId`). */
function insertions(review: FileReview, l: Labels, date: string, firstId: number): Paragraph[] {
  const suggestions = suggestedClauses(review)
  if (suggestions.length === 0) return []
  let id = firstId
  const revision = () => ({ id: id++, author: AUTHOR, date })
  const inserted = (text: string, options: { heading?: (typeof HEADINGS)[number]; bold?: boolean } = {}) =>
    new Paragraph({
      ...(options.heading ? { heading: options.heading } : {}),
      run: { insertion: revision() },
      children: [new InsertedTextRun({ ...revision(), text, ...(options.bold ? { bold: true } : {}) })],
    })
  return [
    inserted(l.clausesToAdd, { heading: HeadingLevel.HEADING_1 }),
    ...suggestions.flatMap((s) => [inserted(s.clauseId, { bold: true }), ...paragraphsOf(s.text).map((p) => inserted(p))]),
  ]
}

/** Builds the annotated copy of one reviewed file. */
export function annotatedDocument(review: FileReview, doc: ReviewDocument | undefined, options: AnnotatedDocxOptions = {}): Document {
  const l = labelsFor(review.language)
  const date = options.date ?? DEFAULT_DATE
  const ids = new Map(review.findings.map((f, i) => [f, i]))
  const { byBlock, fileLevel } = anchorFindings(review.findings, doc)
  const blocks: Array<Pick<TextBlock, 'kind' | 'text' | 'level'>> = doc?.blocks.length ? doc.blocks : [{ kind: 'paragraph', text: l.documentUnavailable }]
  const body = blocks.map((block, i) => {
    const findings = [...(i === 0 ? fileLevel : []), ...(byBlock.get(i) ?? [])]
    return paragraph(block, findings.map((f) => ids.get(f)!).sort((a, b) => a - b))
  })
  return new Document({
    creator: AUTHOR,
    lastModifiedBy: AUTHOR,
    title: `${l.title}${l.colon}${review.path}`,
    features: { trackRevisions: true },
    comments: { children: review.findings.map((f, i) => comment(f, i, l, new Date(date))) },
    sections: [{ children: [...body, ...insertions(review, l, date, review.findings.length)] }],
  })
}

/** Renders the annotated copy (DOCX bytes); the format takes exactly one reviewed file. */
export async function renderAnnotatedDocx(reviews: readonly FileReview[], documents: ReadonlyMap<string, ReviewDocument>, options: AnnotatedDocxOptions = {}): Promise<Buffer> {
  const [review] = reviews
  if (!review || reviews.length > 1) throw new UsageError('--format docx takes one file at a time')
  return Packer.toBuffer(annotatedDocument(review, documents.get(review.path), options))
}
