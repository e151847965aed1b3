/**
 * DOCX report: the same mdast as Markdown and HTML, written with the contract's Word styles (Title,
 * Heading 1/2, bullets, bordered tables); open non-conformities get a red shaded heading.
 */
import { AlignmentType, BorderStyle, Document, ExternalHyperlink, Footer, HeadingLevel, Packer, PageBreak, PageNumber, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType, type ParagraphChild } from 'docx'
import type { Heading, PhrasingContent, RootContent, Table as MdTable } from 'mdast'
import { BULLET_NUMBERING, CLAUSE_BODY_STYLE, numbering, styles } from '../render/docx/styles.js'
import { OPEN_CLASS, reportToMdast, type JournalReport } from './report.js'

function runs(nodes: readonly PhrasingContent[], bold = false): ParagraphChild[] {
  return nodes.flatMap((n): ParagraphChild[] => {
    if (n.type === 'text') return [new TextRun({ text: n.value, ...(bold ? { bold } : {}) })]
    if (n.type === 'inlineCode') return [new TextRun({ text: n.value, font: 'Consolas', size: 16 })]
    if (n.type === 'strong') return runs(n.children, true)
    if (n.type === 'emphasis') return runs(n.children, bold)
    if (n.type === 'link') return [new ExternalHyperlink({ link: n.url, children: [new TextRun({ text: text(n.children), style: 'Hyperlink' })] })]
    if (n.type === 'break') return [new TextRun({ text: '', break: 1 })]
    return []
  })
}

const text = (nodes: readonly PhrasingContent[]): string => nodes.map((n) => ('value' in n ? n.value : 'children' in n ? text(n.children) : '')).join('')

function isOpen(h: Heading): boolean {
  const cls = (h.data?.hProperties as { className?: unknown } | undefined)?.className
  return Array.isArray(cls) && cls.includes(OPEN_CLASS)
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '999999' }
const HEADINGS = { 1: HeadingLevel.TITLE, 2: HeadingLevel.HEADING_1, 3: HeadingLevel.HEADING_2 } as const

function table(node: MdTable): Table {
  const columns = Math.max(1, ...node.children.map((r) => r.children.length))
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: node.children.map(
      (r, i) =>
        new TableRow({
          tableHeader: i === 0,
          children: Array.from({ length: columns }, (_, c) => new TableCell({ children: [new Paragraph({ style: 'TableText', children: runs(r.children[c]?.children ?? [], i === 0) })] })),
        }),
    ),
  })
}

function block(node: RootContent): Array<Paragraph | Table> {
  switch (node.type) {
    case 'heading': {
      const open = isOpen(node)
      return [
        new Paragraph({
          heading: HEADINGS[Math.min(3, node.depth) as 1 | 2 | 3],
          ...(open ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'FDE2E1' } } : {}),
          children: open ? node.children.flatMap((c) => (c.type === 'text' ? [new TextRun({ text: c.value, color: 'B42318' })] : [])) : runs(node.children),
        }),
      ]
    }
    case 'paragraph':
      return [new Paragraph({ style: CLAUSE_BODY_STYLE, children: runs(node.children) })]
    case 'list':
      return node.children.flatMap((li) =>
        li.children.flatMap((c) => (c.type === 'paragraph' ? [new Paragraph({ style: CLAUSE_BODY_STYLE, numbering: { reference: BULLET_NUMBERING, level: 0 }, children: runs(c.children) })] : [])),
      )
    case 'table':
      return [table(node), new Paragraph({ children: [] })]
    case 'thematicBreak':
      return [new Paragraph({ children: [new PageBreak()] })]
    default:
      return []
  }
}

/** Renders the report to DOCX bytes. */
export async function renderReportDocx(report: JournalReport): Promise<Buffer> {
  const doc = new Document({
    creator: 'clausier',
    title: 'Verification journal of lead generators',
    description: `Checks ${report.filter.from ?? ''}–${report.filter.to ?? report.generatedAt}`,
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
        children: reportToMdast(report).children.flatMap(block),
      },
    ],
  })
  return Packer.toBuffer(doc)
}
