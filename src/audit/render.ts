/**
 * Writes an audit document tree (mdast) as Markdown (remark-stringify), a self-contained HTML page
 * (remark-rehype) or DOCX (the `docx` package with real Title/Heading styles, bullet numbering and
 * Word tables). The questionnaire and the score report share these writers.
 */
import type { Root as HastRoot } from 'hast'
import type { List, PhrasingContent, Root, RootContent, Table as MdTable } from 'mdast'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkRehype from 'remark-rehype'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import type { Lang } from '../library/schema.js'

const md = unified().use(remarkGfm, { tablePipeAlign: false }).use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', rule: '-', listItemIndent: 'one' })
const toHast = unified().use(remarkGfm).use(remarkRehype)
const html = unified().use(rehypeStringify)

/** Markdown (CommonMark + GFM tables). */
export function toMarkdown(tree: Root): string {
  return md.stringify(tree)
}

const CSS = `body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
h1{font-size:1.5rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:2px solid #1f3864;padding-bottom:.2rem}h3{font-size:1rem;margin-top:1.4rem}
table{border-collapse:collapse;width:100%;margin:1rem 0;font-size:.92rem}td,th{border:1px solid #d8d8d8;padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f4f4f4}`

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

function plain(nodes: readonly PhrasingContent[]): string {
  return nodes.map((n) => ('value' in n ? n.value : 'children' in n ? plain(n.children as PhrasingContent[]) : '')).join('')
}

function titleOf(tree: Root): string {
  const h = tree.children.find((c) => c.type === 'heading')
  return h && h.type === 'heading' ? plain(h.children) : 'clausier'
}

/** A complete HTML page (inline CSS, no script, no external resource). */
export function toHtml(tree: Root, lang: Lang): string {
  const body = html.stringify(toHast.runSync(structuredClone(tree)) as HastRoot)
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="clausier">
<title>${escapeHtml(titleOf(tree))}</title>
<style>${CSS}</style>
</head>
<body>
${body}
</body>
</html>
`
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
