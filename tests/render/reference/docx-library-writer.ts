/**
 * The contract DOCX writer as it was before the direct writer (`src/render/docx/`), kept as the
 * reference the direct writer is compared with (`tests/render/docx-writer.test.ts`): the docx
 * library's object model. Not used by clausier itself. DOCX renderer (docx library): Title and Heading styles, Word-native numbering for articles and
 * sub-clauses, a bookmark per article (library clauses named after their id and version), live
 * cross-references (REF fields), a table of contents (a TOC field refreshed where the document is
 * opened), page numbers, document properties, tables.
 */
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  NumberedItemReference,
  NumberedItemReferenceFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
  type ISectionOptions,
} from 'docx'
import type { Block, Contract, Inline } from '../../../src/contract/contract.js'
import { ARTICLE_NUMBERING, ARTICLE_NUMBERING_SECOND, BULLET_NUMBERING, CLAUSE_BODY_STYLE, numbering, SECOND_HEADING_STYLE, styles } from '../../../src/render/docx/styles.js'

/** The words of the page furniture, per language. */
export const LABELS = { en: { toc: 'Contents', page: 'Page' }, fr: { toc: 'Sommaire', page: 'Page' } } as const

function runs(inlines: readonly Inline[], base: { bold?: boolean } = {}): ParagraphChild[] {
  return inlines.flatMap((i): ParagraphChild[] => {
    if (i.type === 'break') return [new TextRun({ text: '', break: 1 })]
    if (i.type === 'ref') {
      if (!i.bookmark) return [new TextRun(`${i.prefix}${i.number}`)]
      return [new TextRun(i.prefix), new NumberedItemReference(i.bookmark, i.number, { hyperlink: true, referenceFormat: NumberedItemReferenceFormat.NO_CONTEXT })]
    }
    return [new TextRun({ text: i.value, ...(i.bold || base.bold ? { bold: true } : {}), ...(i.italic ? { italics: true } : {}) })]
  })
}

function headingRuns(inlines: readonly Inline[]): string {
  return inlines.map((i) => (i.type === 'text' ? i.value : i.type === 'ref' ? `${i.prefix}${i.number}` : ' ')).join('')
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '999999' }

function table(rows: Inline[][][]): Table {
  const columns = Math.max(1, ...rows.map((r) => r.length))
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: rows.map(
      (row, r) =>
        new TableRow({
          tableHeader: r === 0,
          children: Array.from({ length: columns }, (_, c) =>
            new TableCell({
              width: { size: Math.floor(100 / columns), type: WidthType.PERCENTAGE },
              children: [new Paragraph({ style: 'TableText', children: runs(row[c] ?? [], { bold: r === 0 }) })],
            }),
          ),
        }),
    ),
  })
}

/**
 * A contract block as Word paragraphs or tables. `second`: the block is in the second column of a
 * bilingual contract — its articles are counted by their own numbering (in step with the first
 * column's), its headings stay out of the table of contents and carry no bookmark (the first
 * column's are the targets of every cross-reference).
 */
export function blockToDocx(b: Block, contract: Pick<Contract, 'lang'>, second = false): Array<Paragraph | Table | TableOfContents> {
  const articles = second ? ARTICLE_NUMBERING_SECOND : ARTICLE_NUMBERING
  if (second && (b.type === 'article' || b.type === 'section' || b.type === 'subsection')) {
    return [
      new Paragraph({
        style: SECOND_HEADING_STYLE,
        ...(b.type === 'article' ? { numbering: { reference: articles, level: 0 } } : {}),
        children: [new TextRun(headingRuns(b.inlines))],
      }),
    ]
  }
  switch (b.type) {
    case 'title':
      return [new Paragraph({ heading: HeadingLevel.TITLE, children: runs(b.inlines) })]
    case 'toc':
      return [
        new Paragraph({ children: [new TextRun({ text: LABELS[contract.lang].toc, bold: true })] }),
        new TableOfContents(LABELS[contract.lang].toc, { hyperlink: true, headingStyleRange: '1-1' }),
      ]
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })]
    case 'article':
      return [
        new Paragraph({
          heading: HeadingLevel.HEADING_1,
          numbering: { reference: ARTICLE_NUMBERING, level: 0 },
          children: [new Bookmark({ id: b.bookmark, children: [new TextRun(headingRuns(b.inlines))] })],
        }),
      ]
    case 'section':
      return [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new Bookmark({ id: b.bookmark, children: [new TextRun(headingRuns(b.inlines))] })] })]
    case 'subsection':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new Bookmark({ id: b.bookmark, children: [new TextRun(headingRuns(b.inlines))] })] })]
    case 'paragraph':
      return [
        new Paragraph({
          style: CLAUSE_BODY_STYLE,
          ...(b.number ? { numbering: { reference: articles, level: 1 } } : {}),
          children: runs(b.inlines),
        }),
      ]
    case 'list':
      return b.items.map((item) => new Paragraph({ style: CLAUSE_BODY_STYLE, numbering: { reference: BULLET_NUMBERING, level: 0 }, children: runs(item) }))
    case 'table':
      return [table(b.rows), new Paragraph({ children: [] })]
  }
}

/**
 * The shell every contract DOCX shares: document properties, styles, numbering, fields refreshed on
 * opening, page margins and the "Page X / Y" footer, around the given body.
 */
export function contractDocument(meta: Contract['meta'], lang: Contract['lang'], children: ISectionOptions['children']): Document {
  return new Document({
    creator: meta.creator,
    lastModifiedBy: meta.creator,
    title: meta.title,
    subject: meta.subject,
    description: meta.description,
    keywords: meta.keywords,
    styles,
    numbering,
    // Page numbers are left to the application that lays the pages out: the table of contents is
    // a dirty TOC field (pre-filled with the headings, no page numbers), and `updateFields` asks
    // Word to refresh every field on opening. LibreOffice refreshes it in `render/pdf.ts`. No
    // estimate matches every renderer's fonts, and estimating cost ~95% of the build.
    features: { updateFields: true },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1247, right: 1247 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [`${LABELS[lang].page} `, PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], size: 18 })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  })
}

/** Renders the contract to a DOCX file (bytes). */
export async function renderDocx(contract: Contract): Promise<Buffer> {
  return Packer.toBuffer(contractDocument(contract.meta, contract.lang, contract.blocks.flatMap((b) => blockToDocx(b, contract))))
}
