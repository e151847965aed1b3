/**
 * `--format markdown`: a review a person reads (or pastes into a ticket): per file, a summary, the
 * findings, the clause statuses with their evidence, and the clause texts to add. Built as mdast and
 * written by remark-stringify, so that the document's own words can never become Markdown syntax.
 */
import type { BlockContent, Heading, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import type { FileReview } from '../review/types.js'
import { paragraphsOf, suggestedClauses, suggestionNote } from './anchor.js'
import { formatLocation, labelsFor, summaryRows, type Labels } from './labels.js'

const processor = unified().use(remarkGfm, { tablePipeAlign: false }).use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', rule: '-', listItemIndent: 'one' })

/** Evidence excerpts are cut to this many characters in the clause table. */
const EXCERPT = 160

const text = (value: string): PhrasingContent => ({ type: 'text', value })
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] })
const code = (value: string): PhrasingContent => ({ type: 'inlineCode', value })
const heading = (depth: Heading['depth'], children: PhrasingContent[]): Heading => ({ type: 'heading', depth, children })

/** Table cells hold one line: white space (line breaks included) collapsed. */
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim()

function cell(children: PhrasingContent[]): TableCell {
  return { type: 'tableCell', children }
}

function table(header: string[], rows: PhrasingContent[][][], align: Table['align'] = null): Table {
  const row = (cells: PhrasingContent[][]): TableRow => ({ type: 'tableRow', children: cells.map(cell) })
  return { type: 'table', align, children: [row(header.map((h) => [text(h)])), ...rows.map(row)] }
}

function excerpt(s: string): string {
  const t = oneLine(s)
  return t.length > EXCERPT ? `${t.slice(0, EXCERPT - 1)}…` : t
}

function summary(review: FileReview, l: Labels): RootContent[] {
  return [
    heading(2, [text(l.summary)]),
    {
      type: 'list',
      ordered: false,
      spread: false,
      children: summaryRows(review, l).map(([label, value]) => ({
        type: 'listItem',
        spread: false,
        children: [{ type: 'paragraph', children: [strong(label), text(`${l.colon}${value}`)] }],
      })),
    },
  ]
}

function findings(review: FileReview, l: Labels): RootContent[] {
  const out: RootContent[] = [heading(2, [text(l.findings)])]
  if (review.findings.length === 0) return [...out, { type: 'paragraph', children: [text(l.noFindings)] }]
  const rows = review.findings.map((f) => [
    [strong(l.severities[f.severity])],
    [text(formatLocation(l, f))],
    [text(oneLine(f.message))],
    [text(oneLine((f.sources ?? []).join('; ')))],
    [code(f.clauseId ? `${f.ruleId}/${f.clauseId}` : f.ruleId)],
  ])
  out.push(table([l.severity, l.location, l.message, l.sources, l.rule], rows))
  return out
}

function clauses(review: FileReview, l: Labels): RootContent[] {
  if (review.clauses.length === 0) return []
  const rows = review.clauses.map((c) => {
    const first = c.evidence[0]
    const evidence: PhrasingContent[] = first
      ? [
          text(`${formatLocation(l, first)}${first.path !== undefined && first.path !== review.path ? ` ${l.inFile(first.path)}` : ''}${l.colon}`),
          { type: 'emphasis', children: [text(excerpt(first.text))] },
          ...(c.evidence.length > 1 ? [text(` (+${c.evidence.length - 1})`)] : []),
        ]
      : [text('—')]
    const status = `${l.statuses[c.status]}${c.negated ? ` (${l.negated})` : ''}`
    return [[code(c.id)], [c.status === 'present' && !c.negated ? text(status) : strong(status)], evidence]
  })
  return [heading(2, [text(l.clauseStatuses)]), table([l.clause, l.status, l.evidence], rows)]
}

function toAdd(review: FileReview, l: Labels): RootContent[] {
  const suggestions = suggestedClauses(review)
  if (suggestions.length === 0) return []
  const out: RootContent[] = [heading(2, [text(l.clausesToAdd)])]
  for (const s of suggestions) {
    const note = suggestionNote(s, l)
    out.push(heading(3, [code(s.clauseId), ...(note ? [text(` (${note})`)] : [])]))
    const paragraphs: BlockContent[] = paragraphsOf(s.text).map((p) => ({ type: 'paragraph', children: [text(p)] }))
    out.push({ type: 'blockquote', children: paragraphs })
  }
  return out
}

/** The mdast of one file's review, in the file's language. */
export function reviewToMdast(review: FileReview): RootContent[] {
  const l = labelsFor(review.language)
  return [heading(1, [text(`${l.title}${l.colon}`), code(review.path)]), ...summary(review, l), ...findings(review, l), ...clauses(review, l), ...toAdd(review, l)]
}

/** The mdast of the whole report (files in order). */
export function markdownReport(files: readonly FileReview[]): Root {
  return { type: 'root', children: files.flatMap(reviewToMdast) }
}

/** Renders the reviews as Markdown (CommonMark + GFM tables). */
export function renderMarkdownReport(files: readonly FileReview[]): string {
  return processor.stringify(markdownReport(files))
}
