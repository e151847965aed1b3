/**
 * Writes an audit document tree (mdast) as Markdown (remark-stringify), a self-contained HTML page
 * (remark-rehype) or DOCX (render/docx/from-mdast.ts, the contract's Word styles). The questionnaire
 * and the score report share these writers.
 */
import type { Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import type { Lang } from '../library/schema.js'
import { mdastToHtmlPage, titleOf } from '../render/page.js'

const md = unified().use(remarkGfm, { tablePipeAlign: false }).use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', rule: '-', listItemIndent: 'one' })

/** Markdown (CommonMark + GFM tables). */
export function toMarkdown(tree: Root): string {
  return md.stringify(tree)
}

/** A complete HTML page (inline CSS, no script, no external resource). */
export function toHtml(tree: Root, lang: Lang): string {
  return mdastToHtmlPage(tree, { lang, title: titleOf(tree) })
}

/** A DOCX file with the contract's Word styles (see render/docx/from-mdast.ts). */
export async function toDocx(tree: Root): Promise<Buffer> {
  const { mdastToDocx } = await import('../render/docx/from-mdast.js')
  return mdastToDocx(tree, { title: titleOf(tree) })
}
