/** The Markdown dialect of templates and clause bodies: CommonMark + GFM tables + directives. */
import type { Root } from 'mdast'
import remarkDirective from 'remark-directive'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective)

/** Parses Markdown into an mdast tree. */
export function parseMarkdown(text: string): Root {
  return parser.runSync(parser.parse(text)) as Root
}
