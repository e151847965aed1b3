/**
 * The body of a contract's `word/document.xml`, written as text straight from the contract model:
 * Title and Heading styles, Word-native numbering for articles and sub-clauses, a bookmark per
 * heading (library clauses named after their id and version), live cross-references (REF fields),
 * the table of contents (a dirty TOC field pre-filled with the headings, refreshed where the
 * document is opened) and tables. The XML is the docx library's for the same content, element for
 * element and attribute for attribute; bookmark ids count from 1 in each document.
 */
import type { Block, Inline } from '../../contract/contract.js'
import type { Lang } from '../../library/schema.js'
import { CLAUSE_BODY_STYLE, SECOND_HEADING_STYLE } from './style-ids.js'
import { escapeXml } from './xml.js'

/** The words of the page furniture, per language. */
export const LABELS = { en: { toc: 'Contents', page: 'Page' }, fr: { toc: 'Sommaire', page: 'Page' } } as const

/** Width of the text between the margins (A4, 1247 twips each side), in twips. */
export const TEXT_WIDTH = 9412

/** The lists of `styles.ts`, by the abstract numbering each one instantiates. */
export const LISTS = {
  articles: { abstractId: 2, levels: 2 },
  articlesSecond: { abstractId: 3, levels: 2 },
  bullets: { abstractId: 4, levels: 1 },
} as const
export type List = keyof typeof LISTS

const TABLE_BORDER = '<w:tblBorders><w:top w:val="single" w:color="999999" w:sz="4"/><w:left w:val="single" w:color="999999" w:sz="4"/><w:bottom w:val="single" w:color="999999" w:sz="4"/><w:right w:val="single" w:color="999999" w:sz="4"/><w:insideH w:val="single" w:color="999999" w:sz="4"/><w:insideV w:val="single" w:color="999999" w:sz="4"/></w:tblBorders>'
const TOC_INSTRUCTION = '<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-1&quot;</w:instrText>'
const BOLD = '<w:rPr><w:b/><w:bCs/></w:rPr>'
const ITALIC = '<w:rPr><w:i/><w:iCs/></w:rPr>'
const BOLD_ITALIC = '<w:rPr><w:b/><w:bCs/><w:i/><w:iCs/></w:rPr>'

/** A run of text. */
const run = (text: string, properties = ''): string => `<w:r>${properties}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`

/** The text of a heading: its inlines as one string (a line break as a space). */
function headingText(inlines: readonly Inline[]): string {
  let text = ''
  for (const i of inlines) text += i.type === 'text' ? i.value : i.type === 'ref' ? `${i.prefix}${i.number}` : ' '
  return text
}

/** Whether a Heading 1 is listed in the table of contents: a blank one is not. */
const listed = (text: string): boolean => text.trim() !== ''

/** What the body needs to know before it is written: its headings, for the table of contents. */
interface Outline {
  /** Bookmarks around headings (article, section, sub-section of the first column). */
  bookmarks: number
  /** Heading 1 texts (articles and sections of the first column, blank ones aside), in order. */
  headings: string[]
}

/** The blocks of a document, each with whether it is in the second column of a bilingual contract. */
export type BodyBlocks = ReadonlyArray<{ blocks: readonly Block[]; second: boolean }>

function outline(parts: BodyBlocks): Outline & { hasToc: boolean } {
  let bookmarks = 0
  let hasToc = false
  const headings: string[] = []
  for (const { blocks, second } of parts)
    for (const b of blocks) {
      if (b.type === 'toc') hasToc = true
      if (second) continue
      if (b.type === 'article' || b.type === 'section' || b.type === 'subsection') bookmarks++
      if ((b.type === 'article' || b.type === 'section') && listed(headingText(b.inlines))) headings.push(headingText(b.inlines))
    }
  return { bookmarks, headings, hasToc }
}

/**
 * Writes a document body. Create one per document: it numbers the bookmarks and records which
 * lists the document uses, in the order it first uses them (`word/numbering.xml` follows it).
 */
export class BodyWriter {
  /** The XML written so far, in pieces (encoded one by one: no document-sized string is ever built). */
  readonly chunks: string[] = []
  /** Lists in order of first use, with their `w:numId` (1 is Word's default bullets). */
  readonly lists = new Map<List, number>()
  private nextBookmark = 1
  private heading = 0
  /** Heading bookmarks of the table of contents, `_Toc<id>`: ids after every other bookmark. */
  private readonly tocStart: number | undefined
  private readonly headings: string[]

  /**
   * `parts`: every block the body will hold, in order (the table of contents lists their
   * headings). `toc`: whether the body has a table of contents (default: when a block is one).
   */
  constructor(parts: BodyBlocks, options: { toc?: boolean } = {}) {
    const o = outline(parts)
    this.headings = o.headings
    this.tocStart = (options.toc ?? o.hasToc) ? o.bookmarks + 1 : undefined
  }

  /** Appends XML to the body. */
  write(xml: string): void {
    this.chunks.push(xml)
  }

  private numId(list: List): number {
    let id = this.lists.get(list)
    if (id === undefined) this.lists.set(list, (id = this.lists.size + 2))
    return id
  }

  private numbering(list: List, level: 0 | 1): string {
    return `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${this.numId(list)}"/></w:numPr>`
  }

  /** Inline content as runs; `bold`: every text run bold (a table's header row). */
  private runs(inlines: readonly Inline[], bold = false): string {
    let xml = ''
    for (const i of inlines) {
      if (i.type === 'break') xml += '<w:r><w:br/><w:t xml:space="preserve"></w:t></w:r>'
      else if (i.type === 'ref') {
        if (!i.bookmark) xml += run(`${i.prefix}${i.number}`)
        else xml += `${run(i.prefix)}<w:fldSimple w:instr="REF ${escapeXml(i.bookmark)} \\h \\n">${run(i.number)}</w:fldSimple>`
      } else xml += run(i.value, i.bold || bold ? (i.italic ? BOLD_ITALIC : BOLD) : i.italic ? ITALIC : '')
    }
    return xml
  }

  /** A heading paragraph with its bookmark, and the table of contents' bookmark for Heading 1. */
  private bookmarkedHeading(style: 'Heading1' | 'Heading2', numbering: string, bookmark: string, text: string): void {
    const id = this.nextBookmark++
    const inner = `<w:bookmarkStart w:name="${escapeXml(bookmark)}" w:id="${id}"/>${run(text)}<w:bookmarkEnd w:id="${id}"/>`
    const toc = style === 'Heading1' && this.tocStart !== undefined && listed(text) ? this.tocStart + this.heading++ : undefined
    this.write(`<w:p><w:pPr><w:pStyle w:val="${style}"/>${numbering}</w:pPr>${toc === undefined ? inner : `<w:bookmarkStart w:name="_Toc${toc}" w:id="${toc}"/>${inner}<w:bookmarkEnd w:id="${toc}"/>`}</w:p>`)
  }

  /** The table of contents: its title, then a dirty TOC field pre-filled with every Heading 1. */
  toc(title: string, alias: string): void {
    this.write(`<w:p><w:r>${BOLD}<w:t xml:space="preserve">${escapeXml(title)}</w:t></w:r></w:p>`)
    this.write(`<w:sdt><w:sdtPr><w:alias w:val="${escapeXml(alias)}"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>`)
    const begin = `<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/>${TOC_INSTRUCTION}<w:fldChar w:fldCharType="separate"/></w:r>`
    if (this.headings.length === 0 || this.tocStart === undefined) this.write(`<w:p>${begin}</w:p>`)
    else
      this.headings.forEach((text, k) => {
        const id = this.tocStart! + k
        this.write(`<w:p><w:pPr><w:pStyle w:val="TOC1"/><w:tabs><w:tab w:val="right" w:pos="${TEXT_WIDTH}" w:leader="dot"/></w:tabs></w:pPr>${k === 0 ? begin : ''}<w:hyperlink w:history="1" w:anchor="_Toc${id}">${run(text.replace(/[\t\n]/g, ' '))}<w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/><w:instrText xml:space="preserve">PAGEREF _Toc${id} \\h</w:instrText><w:fldChar w:fldCharType="separate"/><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink></w:p>`)
      })
    this.write('<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:sdtContent></w:sdt>')
  }

  /**
   * A table of inline cells, the first row a header repeated on each page, in bold; as wide as
   * `width` (twips: the text, or the cell it is in), its columns of equal width; then an empty paragraph.
   */
  private table(rows: readonly (readonly Inline[][])[], width: number): void {
    const columns = Math.max(1, ...rows.map((r) => r.length))
    const percent = Math.floor(100 / columns)
    const gridColumn = `<w:gridCol w:w="${Math.round((percent / 100) * width)}"/>`
    const cellStart = `<w:tc><w:tcPr><w:tcW w:type="pct" w:w="${percent * 50}"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr>`
    let xml = `<w:tbl><w:tblPr><w:tblW w:type="pct" w:w="5000"/>${TABLE_BORDER}</w:tblPr>${rows.length === 0 ? '<w:tblGrid/>' : `<w:tblGrid>${gridColumn.repeat(columns)}</w:tblGrid>`}`
    rows.forEach((row, r) => {
      xml += r === 0 ? '<w:tr><w:trPr><w:tblHeader/></w:trPr>' : '<w:tr><w:trPr><w:tblHeader w:val="off"/></w:trPr>'
      for (let c = 0; c < columns; c++) xml += `${cellStart}${this.runs(row[c] ?? [], r === 0)}</w:p></w:tc>`
      xml += '</w:tr>'
    })
    this.write(`${xml}</w:tbl><w:p/>`)
  }

  /**
   * A contract block. `second`: the block is in the second column of a bilingual contract — its
   * articles are counted by their own list (in step with the first column's), its headings stay
   * out of the table of contents and carry no bookmark (the first column's are the targets of
   * every cross-reference). `width`: the width the block's tables span, in twips.
   */
  block(b: Block, lang: Lang, second = false, width = TEXT_WIDTH): void {
    if (second && (b.type === 'article' || b.type === 'section' || b.type === 'subsection')) {
      const numbering = b.type === 'article' ? this.numbering('articlesSecond', 0) : ''
      this.write(`<w:p><w:pPr><w:pStyle w:val="${SECOND_HEADING_STYLE}"/>${numbering}</w:pPr>${run(headingText(b.inlines))}</w:p>`)
      return
    }
    switch (b.type) {
      case 'title':
        this.write(`<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>${this.runs(b.inlines)}</w:p>`)
        return
      case 'toc':
        this.toc(LABELS[lang].toc, LABELS[lang].toc)
        return
      case 'pageBreak':
        this.write('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        return
      case 'article':
        this.bookmarkedHeading('Heading1', this.numbering('articles', 0), b.bookmark, headingText(b.inlines))
        return
      case 'section':
        this.bookmarkedHeading('Heading1', '', b.bookmark, headingText(b.inlines))
        return
      case 'subsection':
        this.bookmarkedHeading('Heading2', '', b.bookmark, headingText(b.inlines))
        return
      case 'paragraph': {
        const numbering = b.number ? this.numbering(second ? 'articlesSecond' : 'articles', 1) : ''
        this.write(`<w:p><w:pPr><w:pStyle w:val="${CLAUSE_BODY_STYLE}"/>${numbering}</w:pPr>${this.runs(b.inlines)}</w:p>`)
        return
      }
      case 'list':
        for (const item of b.items) this.write(`<w:p><w:pPr><w:pStyle w:val="${CLAUSE_BODY_STYLE}"/>${this.numbering('bullets', 0)}</w:pPr>${this.runs(item)}</w:p>`)
        return
      case 'table':
        this.table(b.rows, width)
        return
    }
  }
}
