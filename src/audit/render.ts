/**
 * Writes an audit document tree (mdast) as Markdown (remark-stringify), a self-contained HTML page
 * (remark-rehype) or DOCX (the `docx` package with real Title/Heading styles, bullet numbering and
 * Word tables). The questionnaire and the score report share these writers.
 */
import type { List, PhrasingContent, Root, RootContent, Table as MdTable } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import type { Lang } from '../library/schema.js'
import { mdastToHtmlPage } from '../render/page.js'

const md = unified().use(remarkGfm, { tablePipeAlign: false }).use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', rule: '-', listItemIndent: 'one' })

/** Markdown (CommonMark + GFM tables). */
export function toMarkdown(tree: Root): string {
  return md.stringify(tree)
}

function plain(nodes: readonly PhrasingContent[]): string {
  return nodes.map((n) => ('value' in n ? n.value : 'children' in n ? plain(n.children as PhrasingContent[]) : '')).join('')
}

function titleOf(tree: Root): string {
  const h = tree.children.find((c) => c.type === 'heading')
  return h && h.type === 'heading' ? plain(h.children) : 'clausier'
}

/** A complete HTML page (inline CSS, no script, no external resource). */
export function toHtml(tree: Root, lang: Lang): string {
  return mdastToHtmlPage(tree, { lang, title: titleOf(tree) })
}

/** A DOCX file: Heading styles for headings, bullet numbering for lists, Word tables for tables. */
export async function toDocx(tree: Root): Promise<Buffer> {
  const d = await import('docx')
  const { AlignmentType, BorderStyle, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = d
  const BULLETS = 'clausier-audit-bullets'
  const runs = (nodes: readonly PhrasingContent[], base: { bold?: boolean; italics?: boolean } = {}): InstanceType<typeof TextRun>[] =>
    nodes.flatMap((n): InstanceType<typeof TextRun>[] => {
      if (n.type === 'text') return [new TextRun({ text: n.value, ...base })]
      if (n.type === 'inlineCode') return [new TextRun({ text: n.value, font: 'Consolas', ...base })]
      if (n.type === 'strong') return runs(n.children, { ...base, bold: true })
      if (n.type === 'emphasis') return runs(n.children, { ...base, italics: true })
      if (n.type === 'break') return [new TextRun({ text: '', break: 1 })]
      return 'children' in n ? runs(n.children as PhrasingContent[], base) : []
    })
  const headingLevels = [HeadingLevel.TITLE, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5] as const
  const border = { style: BorderStyle.SINGLE, size: 4, color: '999999' }
  const table = (t: MdTable) => {
    const columns = Math.max(1, ...t.children.map((r) => r.children.length))
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
      rows: t.children.map(
        (row, r) =>
          new TableRow({
            tableHeader: r === 0,
            children: Array.from({ length: columns }, (_, i) => new TableCell({ width: { size: Math.floor(100 / columns), type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: runs(row.children[i]?.children ?? [], r === 0 ? { bold: true } : {}) })] })),
          }),
      ),
    })
  }
  const listItems = (l: List) =>
    l.children.flatMap((item) => item.children.flatMap((b) => (b.type === 'paragraph' ? [new Paragraph({ numbering: { reference: BULLETS, level: 0 }, children: runs(b.children) })] : [])))
  const block = (b: RootContent): Array<InstanceType<typeof Paragraph> | InstanceType<typeof Table>> => {
    switch (b.type) {
      case 'heading':
        return [new Paragraph({ heading: headingLevels[b.depth - 1] ?? HeadingLevel.HEADING_3, children: runs(b.children) })]
      case 'paragraph':
        return [new Paragraph({ children: runs(b.children) })]
      case 'list':
        return listItems(b)
      case 'table':
        return [table(b), new Paragraph({ children: [] })]
      case 'blockquote':
        return b.children.flatMap(block)
      default:
        return []
    }
  }
  const FONT = 'Calibri'
  const doc = new Document({
    creator: 'clausier',
    title: titleOf(tree),
    styles: {
      default: {
        document: { run: { font: FONT, size: 21 }, paragraph: { spacing: { after: 120 } } },
        title: { run: { font: FONT, size: 32, bold: true }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } } },
        heading1: { run: { font: FONT, size: 26, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
        heading2: { run: { font: FONT, size: 22, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
      },
    },
    numbering: { config: [{ reference: BULLETS, levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 284 } } } }] }] },
    sections: [{ properties: { page: { margin: { top: 1134, bottom: 1134, left: 1247, right: 1247 } } }, children: tree.children.flatMap(block) }],
  })
  return Packer.toBuffer(doc)
}
