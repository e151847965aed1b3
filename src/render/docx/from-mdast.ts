/**
 * Writes a report's mdast (audit questionnaire and score, journal report) as DOCX with the
 * contract's Word styles: Title and Heading styles, justified body, bullet numbering, bordered
 * Word tables, links, a page X / Y footer. One writer for every report, so they look alike.
 */
import { AlignmentType, BorderStyle, Document, ExternalHyperlink, Footer, HeadingLevel, Packer, PageBreak, PageNumber, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'
import type { Heading, PhrasingContent, Root, RootContent, Table as MdTable } from 'mdast'
import { plainText } from '../page.js'
import { BULLET_NUMBERING, CLAUSE_BODY_STYLE, numbering, styles } from './styles.js'

/** How a report becomes a Word document. */
export interface MdastDocxOptions {
  /** Document title (core properties). */
  title: string
  description?: string
  /** Headings shown as alerts (red text on a light red shading), e.g. open non-conformities. */
  isAlert?: (heading: Heading) => boolean
}

/** Renders the tree to DOCX bytes. Callers import this module lazily: it loads the `docx` package. */
export async function mdastToDocx(tree: Root, options: MdastDocxOptions): Promise<Buffer> {
  type Child = TextRun | ExternalHyperlink
  type Style = { bold?: boolean; italics?: boolean; color?: string }
  const runs = (nodes: readonly PhrasingContent[], base: Style = {}): Child[] =>
    nodes.flatMap((n): Child[] => {
      if (n.type === 'text') return [new TextRun({ text: n.value, ...base })]
      if (n.type === 'inlineCode') return [new TextRun({ text: n.value, font: 'Consolas', ...base })]
      if (n.type === 'strong') return runs(n.children, { ...base, bold: true })
      if (n.type === 'emphasis') return runs(n.children, { ...base, italics: true })
      if (n.type === 'link') return [new ExternalHyperlink({ link: n.url, children: [new TextRun({ text: plainText(n.children), style: 'Hyperlink' })] })]
      if (n.type === 'break') return [new TextRun({ text: '', break: 1 })]
      return 'children' in n ? runs(n.children as PhrasingContent[], base) : []
    })
  const headingLevels = [HeadingLevel.TITLE, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5] as const
  const border = { style: BorderStyle.SINGLE, size: 4, color: '999999' }
  const table = (node: MdTable) => {
    const columns = Math.max(1, ...node.children.map((r) => r.children.length))
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
      rows: node.children.map(
        (row, r) =>
          new TableRow({
            tableHeader: r === 0,
            children: Array.from({ length: columns }, (_, c) => new TableCell({ children: [new Paragraph({ style: 'TableText', children: runs(row.children[c]?.children ?? [], r === 0 ? { bold: true } : {}) })] })),
          }),
      ),
    })
  }
  const block = (node: RootContent): Array<Paragraph | Table> => {
    switch (node.type) {
      case 'heading': {
        const alert = options.isAlert?.(node) ?? false
        return [
          new Paragraph({
            heading: headingLevels[node.depth - 1] ?? HeadingLevel.HEADING_3,
            ...(alert ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'FDE2E1' } } : {}),
            children: runs(node.children, alert ? { color: 'B42318' } : {}),
          }),
        ]
      }
      case 'paragraph':
        return [new Paragraph({ style: CLAUSE_BODY_STYLE, children: runs(node.children) })]
      case 'list':
        return node.children.flatMap((item) =>
          item.children.flatMap((c) => (c.type === 'paragraph' ? [new Paragraph({ style: CLAUSE_BODY_STYLE, numbering: { reference: BULLET_NUMBERING, level: 0 }, children: runs(c.children) })] : [])),
        )
      case 'table':
        return [table(node), new Paragraph({ children: [] })]
      case 'blockquote':
        return node.children.flatMap(block)
      case 'thematicBreak':
        return [new Paragraph({ children: [new PageBreak()] })]
      default:
        return []
    }
  }
  const doc = new Document({
    creator: 'clausier',
    title: options.title,
    ...(options.description ? { description: options.description } : {}),
    styles,
    numbering,
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1247, right: 1247 } } },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], size: 18 })] })],
          }),
        },
        children: tree.children.flatMap(block),
      },
    ],
  })
  return Packer.toBuffer(doc)
}
