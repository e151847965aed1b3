/** Markdown renderer: the contract as CommonMark + GFM tables, via remark-stringify. */
import type { Contract } from '../contract/contract.js'
import { mdastToMarkdown } from './page.js'
import { contractToMdast } from './to-mdast.js'

/** Renders the contract to Markdown text. */
export function renderMarkdown(contract: Contract): string {
  return mdastToMarkdown(contractToMdast(contract, false))
}
