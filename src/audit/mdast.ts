/** Small mdast builders shared by the questionnaire and the score report. */
import type { Heading, List, Paragraph, PhrasingContent, Table, TableRow } from 'mdast'

/** A text node (remark-stringify escapes it: user text never becomes Markdown syntax). */
export const text = (value: string): PhrasingContent => ({ type: 'text', value })
/** Bold text. */
export const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] })
/** Inline code. */
export const code = (value: string): PhrasingContent => ({ type: 'inlineCode', value })
/** A heading. */
export const heading = (depth: Heading['depth'], children: PhrasingContent[]): Heading => ({ type: 'heading', depth, children })
/** A paragraph. */
export const paragraph = (children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children })

/** A tight bullet list, one paragraph per item. */
export function list(items: PhrasingContent[][]): List {
  return { type: 'list', ordered: false, spread: false, children: items.map((children) => ({ type: 'listItem', spread: false, children: [paragraph(children)] })) }
}

/** A GFM table; cells are one line each. */
export function table(header: string[], rows: PhrasingContent[][][]): Table {
  const row = (cells: PhrasingContent[][]): TableRow => ({ type: 'tableRow', children: cells.map((children) => ({ type: 'tableCell', children })) })
  return { type: 'table', align: null, children: [row(header.map((h) => [text(h)])), ...rows.map(row)] }
}
