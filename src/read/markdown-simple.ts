/**
 * Markdown review input read without remark, when the whole document is in a simple subset: ATX
 * headings, paragraphs, tight lists of one-paragraph items, GFM tables whose rows start and end
 * with `|`, with the inlines of the contract dialect (`core/dialect-inline.ts`: text, escapes,
 * emphasis, text directives), hard breaks, and e-mail addresses. The blocks are those the remark
 * reader (`markdown.ts`) makes of the same text: same kinds, texts, lines and columns
 * (`tests/read/markdown-simple.test.ts` holds both readers to that on every Markdown file of the
 * examples, the corpus's dev documents and the test fixtures). Anything else — indentation, code,
 * quotes, HTML, links, entities, directives fences, thematic breaks, setext headings, loose or
 * nested lists… — gives undefined, and the remark reader reads the document. A one-page quote
 * then loads neither remark nor micromark (about 0.4 MB of bundled code).
 */
import type { PhrasingContent } from 'mdast'
import { OutsideDialect, parseInline } from '../core/dialect-inline.js'
import { DELIMITER_CELL, readBlocks } from '../core/dialect-lines.js'
import { normalizeText } from './blocks.js'
import type { TextBlock } from './document.js'

/** What a word holding `@` may contain to be read the same whether GFM links it or not. */
const PLAIN_ADDRESS_WORD = /^[\p{L}\p{N}.+\-@,;()'"«»!?]+$/u
/** Stands for `@` while the inline parser runs (which refuses `@`: GFM's literal e-mail links). */
const AT = '\uE000'

/**
 * Limits under those at which the remark reader hands a text to the plain-text reader
 * (`FULL_PARSE_LIMIT`, `tooDeep` in markdown.ts: size, indentation, emphasis delimiters and
 * brackets per paragraph), counted over the whole text: past them, the remark reader decides.
 */
const MAX_LENGTH = 256 * 1024
const MAX_DELIMITERS = 400
const MAX_BRACKETS = 1000
const DEEP_INDENT = /^ {16}/m

/** The blocks of a Markdown text (`\n` line ends) in the simple subset; undefined when it is not. */
export function readSimpleMarkdown(text: string): TextBlock[] | undefined {
  if (text.length > MAX_LENGTH || /[\t\r\0\uE000]/.test(text) || text.includes(':::') || /www\.|https?:/i.test(text) || DEEP_INDENT.test(text)) return undefined
  if (count(text, /[*_]/g) > MAX_DELIMITERS || count(text, /[[\]]/g) > MAX_BRACKETS) return undefined
  try {
    return flow(text.split('\n'))
  } catch (e) {
    if (e instanceof OutsideDialect) return undefined
    throw e
  }
}

function count(text: string, what: RegExp): number {
  return text.match(what)?.length ?? 0
}

function push(blocks: TextBlock[], kind: TextBlock['kind'], raw: string, line: number, column: number, level?: number): void {
  const text = normalizeText(raw)
  if (text === '') return
  const block: TextBlock = { kind, text, line, column }
  if (level !== undefined) block.level = level
  blocks.push(block)
}

function flow(lines: readonly string[]): TextBlock[] {
  const blocks: TextBlock[] = []
  readBlocks(lines, {
    heading: (level, content, at) => push(blocks, 'heading', inlineText([content]), at + 1, 1, level),
    paragraph: (paragraph, at) => push(blocks, 'paragraph', inlineText(paragraph), at + 1, 1),
    list: (items, ordered) => {
      for (const { match, content, at } of items) {
        const text = inlineText(content)
        push(blocks, 'list-item', ordered ? `${match[1]}${match[2]} ${text}` : text, at + 1, 1)
      }
    },
    table: ([header, delimiter, ...body]) => {
      const width = header!.cells.length
      if (delimiter!.cells.length !== width || delimiter!.cells.some((cell) => !DELIMITER_CELL.test(cell.text))) throw new OutsideDialect('table delimiter')
      for (const row of [header!, ...body]) {
        if (row.cells.length !== width) throw new OutsideDialect('table row length')
        for (const cell of row.cells) if (cell.text !== '') push(blocks, 'table-cell', inlineText([cell.text]), row.at + 1, cell.column)
      }
    },
  })
  return blocks
}

/**
 * The text remark's reader makes of the inline content of lines (a paragraph, an item, a cell):
 * soft and hard breaks alike become white space, which the reader's normalisation makes one space.
 * A hard break's backslash is dropped when no emphasis marker stands before it (where its being
 * there could change what the marker does); the other characters go to the dialect's inline parser.
 */
function inlineText(lines: readonly string[]): string {
  const parts = lines.map((l, k) => {
    let line = l.replace(/^ +/, '')
    // A backslash right before the line end is a hard break (but at the paragraph's end); before
    // spaces it is text, and the spaces are the break.
    if (k < lines.length - 1 && !line.endsWith(' ')) {
      const slashes = /\\+$/.exec(line)?.[0].length ?? 0
      if (slashes % 2 === 1) {
        const before = line[line.length - slashes - 1]
        if (slashes > 1 || before === '*' || before === '_') throw new OutsideDialect('hard break')
        line = line.slice(0, -1)
      }
    }
    return line.replace(/ +$/, '')
  })
  const raw = withoutAddresses(parts.join('\n'))
  return textOf(parseInline(raw)).replaceAll(AT, '@')
}

/** `@` of e-mail-like words replaced by a stand-in; a word holding `@` and anything else meaningful is outside. */
function withoutAddresses(raw: string): string {
  if (!raw.includes('@')) return raw
  return raw.replace(/[^\s]*@[^\s]*/g, (word) => {
    if (!PLAIN_ADDRESS_WORD.test(word)) throw new OutsideDialect('address')
    return word.replaceAll('@', AT)
  })
}

/** The text of the dialect's phrasing nodes, as the remark reader concatenates it. */
function textOf(nodes: readonly PhrasingContent[]): string {
  let out = ''
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out += node.value
        break
      case 'emphasis':
      case 'strong':
        out += textOf(node.children)
        break
      case 'textDirective':
        // Without a label, the reader keeps the directive's source (`10:00`); with one, the label.
        out += node.children.length === 0 ? `:${node.name}` : textOf(node.children)
        break
      default:
        throw new OutsideDialect(node.type)
    }
  }
  return out
}
