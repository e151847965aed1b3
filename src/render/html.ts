/** HTML renderer: a self-contained page (inline CSS, no external resource), via remark-rehype. */
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import type { Root as HastRoot } from 'hast'
import type { Contract } from '../build/contract.js'
import { contractToMdast } from './to-mdast.js'

const toHast = unified().use(remarkGfm).use(remarkRehype)
const stringify = unified().use(rehypeStringify)

const CSS = `body{font-family:Georgia,'Times New Roman',serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
h1{text-align:center;font-size:1.6rem;text-transform:uppercase;letter-spacing:.05em}
h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ccc;padding-bottom:.2rem}
h3{font-size:1rem;margin-top:1.4rem}
table{border-collapse:collapse;width:100%;margin:1rem 0}td,th{border:1px solid #999;padding:.35rem .5rem;text-align:left;vertical-align:top}
hr{border:0;border-top:1px dashed #bbb;margin:2rem 0}a{color:#1d4f91}
@media print{hr{page-break-after:always;border:0}}`

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)
}

/** Renders the contract to a complete HTML document. */
export function renderHtml(contract: Contract): string {
  const hast = toHast.runSync(contractToMdast(contract, true)) as HastRoot
  const body = stringify.stringify(hast)
  const m = contract.meta
  return `<!doctype html>
<html lang="${contract.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeHtml(m.creator)}">
<meta name="description" content="${escapeHtml(m.description)}">
<meta name="keywords" content="${escapeHtml(m.keywords)}">
<title>${escapeHtml(m.title)}</title>
<style>${CSS}</style>
</head>
<body>
${body}
</body>
</html>
`
}
