/**
 * The bilingual DOCX: the table of contents across the page, then one two-column table, a row per
 * unit (title and parties, each article, each schedule), the first language on the left. Article
 * numbers are Word numbering in both columns (two lists kept in step: every row holds one article
 * on each side), cross-references in both columns are REF fields to the first column's bookmarks.
 */
import type { BilingualContract } from '../../contract/bilingual.js'
import { BodyWriter, LABELS, TEXT_WIDTH } from './body.js'
import { docxPackage } from './index.js'

/** Each column is half the text width. */
const COLUMN_WIDTH = TEXT_WIDTH / 2
const CELL_START = `<w:tc><w:tcPr><w:tcW w:type="pct" w:w="2500"/><w:tcMar><w:left w:type="dxa" w:w="113"/><w:right w:type="dxa" w:w="113"/></w:tcMar></w:tcPr>`
const NONE = 'w:val="none" w:color="FFFFFF" w:sz="0"'
const RULE = 'w:val="single" w:color="BFBFBF" w:sz="4"'
const TABLE_START = `<w:tbl><w:tblPr><w:tblW w:type="pct" w:w="5000"/><w:tblBorders><w:top ${NONE}/><w:left ${NONE}/><w:bottom ${NONE}/><w:right ${NONE}/><w:insideH ${RULE}/><w:insideV ${RULE}/></w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="${COLUMN_WIDTH}"/><w:gridCol w:w="${COLUMN_WIDTH}"/></w:tblGrid>`

/** Renders a bilingual contract to DOCX bytes. */
export function renderBilingualDocx(c: BilingualContract): Buffer {
  const [first, second] = c.langs
  const hasToc = c.rows.some((r) => r.key === 'toc')
  const rows = c.rows.filter((r) => r.key !== 'toc')
  const body = new BodyWriter(
    rows.flatMap((r) => [
      { blocks: r.columns[0], second: false },
      { blocks: r.columns[1], second: true },
    ]),
    { toc: hasToc },
  )
  if (hasToc) body.toc(`${LABELS[first].toc} / ${LABELS[second].toc}`, LABELS[first].toc)
  body.write(TABLE_START)
  for (const r of rows) {
    body.write('<w:tr>')
    for (const [k, lang] of [first, second].entries()) {
      body.write(CELL_START)
      const start = body.chunks.length
      for (const b of r.columns[k]!) if (b.type !== 'pageBreak') body.block(b, lang, k === 1, COLUMN_WIDTH)
      body.write(body.chunks.length === start ? '<w:p/></w:tc>' : '</w:tc>')
    }
    body.write('</w:tr>')
  }
  body.write('</w:tbl>')
  return docxPackage(c.meta, first, body)
}
