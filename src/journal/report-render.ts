/** Renders the verification report: Markdown (remark-stringify), HTML (remark-rehype), DOCX (lazy). */
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkRehype from 'remark-rehype'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import type { Root as HastRoot } from 'hast'
import type { OutputFormat } from '../render/index.js'
import { OPEN_CLASS, reportToMdast, type JournalReport } from './report.js'

const markdown = unified().use(remarkGfm).use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', rule: '-', listItemIndent: 'one' })
const toHast = unified().use(remarkGfm).use(remarkRehype)
const stringify = unified().use(rehypeStringify)

const CSS = `body{font-family:Georgia,'Times New Roman',serif;max-width:56rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
h1{text-align:center;font-size:1.6rem;text-transform:uppercase;letter-spacing:.05em}
h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ccc;padding-bottom:.2rem}
h3{font-size:1rem;margin-top:1.4rem}
table{border-collapse:collapse;width:100%;margin:1rem 0}td,th{border:1px solid #999;padding:.35rem .5rem;text-align:left;vertical-align:top}
code{font-size:.8em;word-break:break-all}
.${OPEN_CLASS}{background:#fde2e1;border-left:4px solid #b42318;padding-left:.4rem;color:#7a1610}
hr{border:0;border-top:1px dashed #bbb;margin:2rem 0}
@media print{hr{page-break-after:always;border:0}}`

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

/** The report as Markdown (CommonMark + GFM tables). */
export function renderReportMarkdown(report: JournalReport): string {
  return markdown.stringify(reportToMdast(report))
}

/** The report as a self-contained HTML page; open non-conformities are highlighted. */
export function renderReportHtml(report: JournalReport): string {
  const body = stringify.stringify(toHast.runSync(reportToMdast(report)) as HastRoot)
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="clausier">
<title>${escapeHtml(`Verification journal — ${report.generatedAt.slice(0, 10)}`)}</title>
<style>${CSS}</style>
</head>
<body>
${body}
</body>
</html>
`
}

/** Renders in the format asked for; DOCX is loaded only when needed. */
export async function renderReport(report: JournalReport, format: OutputFormat): Promise<string | Buffer> {
  if (format === 'md') return renderReportMarkdown(report)
  if (format === 'html') return renderReportHtml(report)
  const { renderReportDocx } = await import('./report-docx.js')
  return renderReportDocx(report)
}
