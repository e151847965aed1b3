/** HTML renderer: the contract as a self-contained page (inline CSS, no external resource). */
import type { Contract } from '../contract/contract.js'
import { mdastToHtmlPage } from './page.js'
import { contractToMdast } from './to-mdast.js'

/** Renders the contract to a complete HTML document. */
export function renderHtml(contract: Contract): string {
  const m = contract.meta
  return mdastToHtmlPage(contractToMdast(contract, true), {
    lang: contract.lang,
    title: m.title,
    meta: { generator: m.creator, description: m.description, keywords: m.keywords },
  })
}
