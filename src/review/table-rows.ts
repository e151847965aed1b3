/**
 * Two-cell table rows: an order form's table states its terms as "label | value" rows
 * (« | Durée | 12 mois | », "| Delivery | daily CSV via SFTP |"). The row reads as one line,
 * "label: value", for the clause detection of its label and for the patterns of its text.
 */
import { normalizeText } from '../library/detect-signals.js'
import type { ReviewDocument, TextBlock } from '../read/document.js'

/** A two-cell row: its blocks (first to last, end excluded), its label cell's text and its value's. */
export interface TwoCellRow {
  first: number
  end: number
  /** The first cell's text, a trailing colon removed. */
  label: string
  /** The second cell's text (its paragraphs joined by a space). */
  value: string
  /** Index of the first block of the value cell. */
  valueStart: number
}

/** A table's column name in a second cell ("| Clause | Details |"): a header row, not a value. */
const COLUMN_WORD =
  /^(?:definitions?|descriptions?|details?|valeurs?|values?|terms?|conditions?|montants?|amounts?|contenu|contents?|commentaires?|comments?|notes?|observations?|modalites|specifications?|precisions?|informations?)$/u

const cache = new WeakMap<ReviewDocument, Map<number, TwoCellRow>>()

/**
 * A label: at most six words and 60 characters, a letter, no sentence inside. The first cell of a
 * two-cell row (« Durée ») and the part before the colon of a "Label: value" line ("Governing law")
 * label their value only when they are one.
 */
export function isLabel(text: string): boolean {
  return text.length <= 60 && !/[.;!?]/.test(text) && /\p{L}/u.test(text) && text.trim().split(/\s+/).length <= 6
}

/**
 * Every block of a two-cell table row mapped to its row (computed once per document). A row's
 * cells share a `row` (DOCX, HTML: a cell may hold several paragraphs) or, in other formats, a
 * line. Rows of one cell or of three and more, and header rows, are not two-cell rows.
 */
export function twoCellRows(doc: ReviewDocument): Map<number, TwoCellRow> {
  const cached = cache.get(doc)
  if (cached) return cached
  const rows = new Map<number, TwoCellRow>()
  cache.set(doc, rows)
  const blocks = doc.blocks
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k]!
    if (block.kind !== 'table-cell') continue
    const sameRow = (b: TextBlock | undefined): boolean =>
      b?.kind === 'table-cell' && (block.row !== undefined ? b.row === block.row : b.line === block.line)
    let end = k + 1
    while (sameRow(blocks[end])) end++
    const cells = new Map<number, { start: number; texts: string[] }>()
    for (let i = k; i < end; i++) {
      const place = blocks[i]!.cell ?? i - k
      const cell = cells.get(place)
      if (cell) cell.texts.push(blocks[i]!.text)
      else cells.set(place, { start: i, texts: [blocks[i]!.text] })
    }
    const [label, value] = [...cells.values()]
    if (cells.size === 2 && label && value) {
      const valueText = value.texts.join(' ')
      if (!COLUMN_WORD.test(normalizeText(valueText).trim())) {
        const row: TwoCellRow = { first: k, end, label: label.texts.join(' ').replace(/\s*:\s*$/, ''), value: valueText, valueStart: value.start }
        for (let i = k; i < end; i++) rows.set(i, row)
      }
    }
    k = end - 1
  }
  return rows
}
