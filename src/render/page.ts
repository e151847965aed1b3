/**
 * The shared writers of mdast documents: Markdown (remark-stringify + GFM) and a self-contained
 * HTML page (remark-rehype, inline CSS, no script, no external resource). The contract, the audit
 * reports and the journal report all go through these, each adding only its own CSS.
 */
import type { Root as HastRoot } from 'hast'
import type { PhrasingContent, Root } from 'mdast'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkRehype from 'remark-rehype'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'

const markdown = unified().use(remarkGfm).use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', rule: '-', listItemIndent: 'one' })
const toHast = unified().use(remarkGfm).use(remarkRehype)
const html = unified().use(rehypeStringify)

/** The plain text of phrasing content (a heading's or a link's words). */
export function plainText(nodes: readonly PhrasingContent[]): string {
  return nodes.map((n) => ('value' in n ? n.value : 'children' in n ? plainText(n.children as PhrasingContent[]) : '')).join('')
}

/** The text of a document's first heading (its title), or `fallback`. */
export function titleOf(tree: Root, fallback = 'clausier'): string {
  const h = tree.children.find((c) => c.type === 'heading')
  return h && h.type === 'heading' ? plainText(h.children) : fallback
}

/** The base style of every page: readable body, tables with borders, print page breaks at `hr`. */
export const BASE_CSS = `body{font-family:Georgia,'Times New Roman',serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
h1{text-align:center;font-size:1.6rem;text-transform:uppercase;letter-spacing:.05em}
h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ccc;padding-bottom:.2rem}
h3{font-size:1rem;margin-top:1.4rem}
table{border-collapse:collapse;width:100%;margin:1rem 0}td,th{border:1px solid #999;padding:.35rem .5rem;text-align:left;vertical-align:top}
hr{border:0;border-top:1px dashed #bbb;margin:2rem 0}a{color:#1d4f91}
@media print{hr{page-break-after:always;border:0}}`

/** Escapes text for an HTML attribute or element. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)
}

/** Markdown text of an mdast tree. */
export function mdastToMarkdown(tree: Root): string {
  return markdown.stringify(tree)
}

/** Properties of an HTML page. */
export interface PageOptions {
  lang: string
  title: string
  /** Extra `<meta name=… content=…>` entries. */
  meta?: Readonly<Record<string, string>>
  /** CSS added after the base style. */
  css?: string
}

/** The HTML of an mdast tree, without a page around it. */
export function mdastToHtmlFragment(tree: Root): string {
  return html.stringify(toHast.runSync(structuredClone(tree)) as HastRoot)
}

/** A complete HTML page around an HTML body (already escaped, already safe). */
export function htmlPage(body: string, options: PageOptions): string {
  const meta = Object.entries({ generator: 'clausier', ...options.meta })
    .map(([name, content]) => `<meta name="${escapeHtml(name)}" content="${escapeHtml(content)}">`)
    .join('\n')
  return `<!doctype html>
<html lang="${escapeHtml(options.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${meta}
<title>${escapeHtml(options.title)}</title>
<style>${BASE_CSS}${options.css ? `\n${options.css}` : ''}</style>
</head>
<body>
${body}
</body>
</html>
`
}

/** A complete HTML page for an mdast tree. */
export function mdastToHtmlPage(tree: Root, options: PageOptions): string {
  return htmlPage(mdastToHtmlFragment(tree), options)
}
