/** Markdown renderer: the contract as CommonMark + GFM tables, via remark-stringify. */
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import type { Contract } from '../build/contract.js'
import { contractToMdast } from './to-mdast.js'

const processor = unified().use(remarkGfm).use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', rule: '-', listItemIndent: 'one' })

/** Renders the contract to Markdown text. */
export function renderMarkdown(contract: Contract): string {
  return processor.stringify(contractToMdast(contract, false))
}
