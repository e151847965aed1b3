/**
 * Bilingual contracts in Markdown and HTML. Markdown has no columns: the first language's contract,
 * then the second's, under the same article numbers. HTML: a two-column table, a row per unit.
 */
import type { BilingualContract } from '../contract/bilingual.js'
import { plainText } from '../contract/contract.js'
import { escapeHtml, htmlPage, mdastToHtmlFragment } from './page.js'
import { renderMarkdown } from './markdown.js'
import { contractToMdast } from './to-mdast.js'

/** One language after the other, separated by a thematic break. */
export function renderBilingualMarkdown(c: BilingualContract): string {
  return `${renderMarkdown(c.contracts[0])}\n---\n\n${renderMarkdown(c.contracts[1])}`
}

const CSS = `body{max-width:72rem}table.bilingual{table-layout:fixed}table.bilingual>tbody>tr>td{border:0;border-top:1px solid #ccc;width:50%;padding:.2rem 1rem}
table.bilingual h1{font-size:1.2rem}table.bilingual h2{margin-top:.6rem}`

/** The two columns as an HTML page; ids of the second column are prefixed with its language. */
export function renderBilingualHtml(c: BilingualContract): string {
  const [first, second] = c.contracts
  const toc = c.rows.some((r) => r.key === 'toc')
    ? `<nav><ul>${c.rows
        .filter((r) => r.number !== undefined)
        .map((r) => {
          const [a, b] = r.columns.map((blocks) => blocks[0])
          const title = (x: typeof a) => (x && x.type === 'article' ? plainText(x.inlines) : '')
          const anchor = a && a.type === 'article' ? a.bookmark : ''
          return `<li><a href="#${escapeHtml(anchor)}">${r.number}. ${escapeHtml(title(a))} / ${escapeHtml(title(b))}</a></li>`
        })
        .join('')}</ul></nav>`
    : ''
  const rows = c.rows
    .filter((r) => r.key !== 'toc')
    .map((r) => {
      const left = mdastToHtmlFragment(contractToMdast({ ...first, blocks: r.columns[0] }, true))
      const right = mdastToHtmlFragment(contractToMdast({ ...second, blocks: r.columns[1] }, true)).replace(/ id="/g, ` id="${second.lang}-`)
      return `<tr><td lang="${first.lang}">${left}</td><td lang="${second.lang}">${right}</td></tr>`
    })
    .join('\n')
  return htmlPage(`${toc}\n<table class="bilingual">\n<tbody>\n${rows}\n</tbody>\n</table>`, {
    lang: first.lang,
    title: c.meta.title,
    meta: { generator: c.meta.creator, description: c.meta.description, keywords: c.meta.keywords },
    css: CSS,
  })
}
