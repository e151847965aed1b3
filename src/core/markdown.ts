/**
 * The Markdown dialect of templates and clause bodies: CommonMark + GFM tables + directives, parsed
 * by remark. Loading this module registers it as the contract parser's fallback
 * (`core/contract-markdown.ts`), whose functions it re-exports.
 */
import type { Root } from 'mdast'
import remarkDirective from 'remark-directive'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { useMarkdownParser } from './contract-markdown.js'

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective)

/** Parses Markdown into an mdast tree. */
export function parseMarkdown(text: string): Root {
  return parser.runSync(parser.parse(text)) as Root
}

useMarkdownParser(parseMarkdown)

export { parseContractMarkdown, splitSegments } from './contract-markdown.js'
