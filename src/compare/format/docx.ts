/**
 * `--format docx`: their document as a Word file a lawyer can answer in. Their text, paragraph by
 * paragraph; what they changed in our text shown as tracked changes by "clausier" (their words
 * inserted, ours deleted, so that rejecting a change puts our wording back, and a removed clause
 * comes back by rejecting its deletion); and a Word comment on the heading of each change, with the
 * message, the terms before and after, and the new points their text raises. Dates are pinned.
 */
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  HeadingLevel,
  InsertedTextRun,
  Packer,
  Paragraph,
  TextRun,
  type ICommentOptions,
  type ParagraphChild,
} from 'docx'
import type { ReviewDocument, TextBlock } from '../../read/document.js'
import { DEFAULT_DATE } from '../../report/docx-annotated.js'
import { withoutNumbering } from '../sections.js'
import type { Change, Comparison } from '../compare.js'
import type { DiffOp } from '../diff.js'
import { compareLabels } from './labels.js'

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6] as const

/** Options of the DOCX report. */
export interface CompareDocxOptions {
  /** ISO date-time of the comments and revisions (default: pinned, so the output is reproducible). */
  date?: string
}

/** Builds the Word document of a comparison over their document. */
export function compareDocument(c: Comparison, theirs: ReviewDocument, options: CompareDocxOptions = {}): Document {
  const l = compareLabels(c.lang)
  const date = options.date ?? DEFAULT_DATE
  let revision = 0
  const rev = () => ({ id: revision++, author: l.author, date })
  const comments: ICommentOptions[] = []
  const commentOn = (change: Change): number => {
    const id = comments.length
    const lines = [change.message, ...change.terms.map((t) => `• ${t.message}`), ...change.findings.filter((f) => !change.message.includes(f.message)).map((f) => `• ${f.message}`)]
    comments.push({ id, author: l.author, initials: 'CL', date: new Date(date), children: lines.map((text) => new Paragraph({ text })) })
    return id
  }
  const wrap = (children: ParagraphChild[], ids: readonly number[]): ParagraphChild[] => [
    ...ids.map((id) => new CommentRangeStart(id)),
    ...children,
    ...ids.map((id) => new CommentRangeEnd(id)),
    ...ids.map((id) => new TextRun({ children: [new CommentReference(id)] })),
  ]
  const paragraph = (block: Pick<TextBlock, 'kind' | 'level'>, children: ParagraphChild[], deleted = false): Paragraph => {
    const mark = deleted ? { run: { deletion: rev() } } : {}
    if (block.kind === 'heading') return new Paragraph({ heading: HEADINGS[Math.min(6, Math.max(1, block.level ?? 1)) - 1]!, children, ...mark })
    if (block.kind === 'list-item') return new Paragraph({ bullet: { level: 0 }, children, ...mark })
    return new Paragraph({ children, ...mark })
  }
  const runsOf = (ops: readonly DiffOp[]): ParagraphChild[] =>
    ops.map((o) => (o.op === 'equal' ? new TextRun(o.text) : o.op === 'insert' ? new InsertedTextRun({ ...rev(), text: o.text }) : new DeletedTextRun({ ...rev(), text: o.text })))

  // Changes placed on their blocks: a modified, moved or added article at its first block; a
  // removed one before the block its successor starts at (at the end when none follows).
  const startOf = new Map<number, Change[]>()
  const removedBefore = new Map<number, Change[]>()
  const atEnd: Change[] = []
  // A PDF numbers lines per page: a place is a page and a line.
  const indexOf = (at: { line: number; page?: number }) => theirs.blocks.findIndex((b) => b.line === at.line && b.page === at.page)
  for (const change of c.changes) {
    if (change.evidence.theirs) {
      const i = indexOf(change.evidence.theirs)
      if (i >= 0) startOf.set(i, [...(startOf.get(i) ?? []), change])
      continue
    }
    const next = c.placement.get(change)
    const i = next === undefined ? -1 : indexOf(next)
    if (i >= 0) removedBefore.set(i, [...(removedBefore.get(i) ?? []), change])
    else atEnd.push(change)
  }
  const removed = (change: Change): Paragraph[] => {
    const id = commentOn(change)
    const texts = (change.before ?? '').split('\n')
    return texts.map((text, k) => paragraph({ kind: k === 0 ? 'heading' : 'paragraph', level: 2 }, wrap([new DeletedTextRun({ ...rev(), text })], k === 0 ? [id] : []), true))
  }

  const body: Paragraph[] = []
  /** The article being rewritten: its change, its first block and how many paragraphs it has in theirs. */
  let current: { change: Change; start: number; count: number } | undefined
  theirs.blocks.forEach((block, i) => {
    for (const change of removedBefore.get(i) ?? []) body.push(...removed(change))
    const starting = startOf.get(i) ?? []
    const ids = starting.map(commentOn)
    const rewritten = starting.find((x) => x.change === 'modified' || x.change === 'added')
    if (rewritten) current = { change: rewritten, start: i, count: rewritten.change === 'added' ? (rewritten.after ?? '').split('\n').length : Math.max(-1, ...rewritten.diff.map((d) => d.theirs ?? -1)) + 1 }
    if (current && i - current.start >= current.count) current = undefined
    let children: ParagraphChild[] = [new TextRun(block.text)]
    if (current?.change.change === 'added') children = [new InsertedTextRun({ ...rev(), text: block.text })]
    else if (current) {
      const { change, start, count } = current
      const j = i - start
      // Paragraphs of ours that they deleted, where they stood.
      const gone = (after: number) => change.diff.filter((x) => x.theirs === undefined && x.ours !== undefined && precedingTheirs(change, x.ours) === after)
      for (const d of gone(j - 1)) body.push(paragraph({ kind: 'paragraph' }, runsOf(d.ops), true))
      const d = change.diff.find((x) => x.theirs === j)
      if (d && d.ops.some((o) => o.op !== 'equal')) {
        // The diff is of the text without its numbering: the number stays as it stands.
        const number = block.text.slice(0, block.text.length - withoutNumbering(block.text).length)
        children = [...(number ? [new TextRun(number)] : []), ...runsOf(d.ops)]
      }
      body.push(paragraph(block, wrap(children, ids)))
      if (j === count - 1) for (const x of gone(j)) body.push(paragraph({ kind: 'paragraph' }, runsOf(x.ops), true))
      return
    }
    body.push(paragraph(block, wrap(children, ids)))
  })
  for (const change of atEnd) body.push(...removed(change))
  return new Document({
    creator: l.author,
    lastModifiedBy: l.author,
    title: `${l.title} — ${c.theirs}`,
    features: { trackRevisions: true },
    comments: { children: comments },
    sections: [{ children: body }],
  })
}

/** The index in theirs of the last paragraph before ours' paragraph `ours` (-1: none). */
function precedingTheirs(change: Change, ours: number): number {
  let last = -1
  for (const d of change.diff) {
    if (d.ours !== undefined && d.ours >= ours) break
    if (d.theirs !== undefined) last = d.theirs
  }
  return last
}

/** Renders the DOCX report (bytes). */
export async function renderCompareDocx(c: Comparison, theirs: ReviewDocument, options: CompareDocxOptions = {}): Promise<Buffer> {
  return Packer.toBuffer(compareDocument(c, theirs, options))
}
