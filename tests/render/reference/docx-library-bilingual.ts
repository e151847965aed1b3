/**
 * The bilingual DOCX writer as it was before the direct writer, kept as a test reference (see
 * docx-library-writer.ts). The bilingual DOCX: the table of contents across the page, then one two-column table, a row per
 * unit (title and parties, each article, each schedule), the first language on the left. Article
 * numbers are Word numbering in both columns (two lists kept in step: every row holds one article
 * on each side), cross-references in both columns are REF fields to the first column's bookmarks.
 */
import { BorderStyle, type Document, Packer, Paragraph, Table, TableCell, TableOfContents, TableRow, TextRun, WidthType } from 'docx'
import type { BilingualContract } from '../../../src/contract/bilingual.js'
import { blockToDocx, contractDocument, LABELS } from './docx-library-writer.js'

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
const rule = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' }

/** Builds the Word document of a bilingual contract. */
export function bilingualDocument(c: BilingualContract): Document {
  const [first, second] = c.langs
  const toc = c.rows.find((r) => r.key === 'toc')
  const rows = c.rows.filter((r) => r.key !== 'toc')
  const cell = (blocks: BilingualContract['rows'][number]['columns'][number], lang: typeof first, isSecond: boolean) => {
    const children = blocks.flatMap((b) => (b.type === 'pageBreak' ? [] : blockToDocx(b, { lang }, isSecond)))
    return new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, margins: { left: 113, right: 113 }, children: children.length > 0 ? (children as Array<Paragraph | Table>) : [new Paragraph({})] })
  }
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [4706, 4706],
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: rule, insideVertical: rule },
    rows: rows.map((r) => new TableRow({ children: [cell(r.columns[0], first, false), cell(r.columns[1], second, true)] })),
  })
  const tocBlocks = toc ? [new Paragraph({ children: [new TextRun({ text: `${LABELS[first].toc} / ${LABELS[second].toc}`, bold: true })] }), new TableOfContents(LABELS[first].toc, { hyperlink: true, headingStyleRange: '1-1' })] : []
  return contractDocument(c.meta, first, [...tocBlocks, table])
}

/** Renders a bilingual contract to DOCX bytes. */
export async function renderBilingualDocx(c: BilingualContract): Promise<Buffer> {
  return Packer.toBuffer(bilingualDocument(c))
}
