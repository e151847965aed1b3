/**
 * The contract dialect: the part of Markdown that the templates and clause texts are written in,
 * parsed without remark. Blocks: ATX headings, paragraphs, tight bullet and ordered lists of
 * one-paragraph items, GFM tables, leaf directives (`::toc`) and container directives
 * (`:::clause{id="…" version="1"}` … `:::`) with quoted attributes; inlines: see dialect-inline.ts.
 * The result is the tree remark (CommonMark + GFM + directives) makes of the same text, without
 * positions — `tests/core/dialect.test.ts` holds both parsers to that. Text outside the dialect
 * (indented or fenced code, block quotes, HTML, setext headings, thematic breaks, loose or nested
 * lists, links, …) gives undefined: the caller parses it with remark.
 */
import type { List, ListItem, PhrasingContent, RootContent, Table, TableRow } from 'mdast'
import { OutsideDialect, parseInline } from './dialect-inline.js'
import { DELIMITER_CELL, type ItemLines, readBlocks, type RowCells } from './dialect-lines.js'
import { linkLiterals } from './literal-links.js'

const NAME = '[a-zA-Z](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?'
const CONTAINER_OPEN = new RegExp(`^:::(${NAME})(\\{[^\\n]*\\})? *$`)
const CONTAINER_CLOSE = /^::: *$/
const LEAF = new RegExp(`^::(${NAME})(\\{[^\\n]*\\})? *$`)
const ATTRIBUTE = /^ *([a-zA-Z][a-zA-Z0-9-]*)="([^"&\\\n]*)"/

/** Parses a text of the contract dialect into top-level nodes, or undefined when it is outside the dialect. */
export function parseDialect(text: string): RootContent[] | undefined {
  if (/[\t\r\0]/.test(text)) return undefined
  try {
    const nodes = flow(text.split('\n'), true)
    // GFM links the addresses and URLs that escapes kept from micromark's own syntax (`x\@y\.fr`).
    return /@|www|http/i.test(text) ? linkLiterals(nodes) : nodes
  } catch (e) {
    if (e instanceof OutsideDialect) return undefined
    throw e
  }
}

/** Removes the spaces at the end of a line; refuses a hard break (two spaces or more) before a line ending. */
function lineText(line: string, last: boolean): string {
  const trimmed = line.replace(/ +$/, '')
  if (!last && line.length - trimmed.length >= 2) throw new OutsideDialect('hard break')
  return trimmed
}

/** Inline content of lines (a paragraph, a list item), leading spaces removed as CommonMark does. */
function inline(lines: readonly string[]): PhrasingContent[] {
  return parseInline(lines.map((l, k) => lineText(l.replace(/^ +/, ''), k === lines.length - 1)).join('\n'))
}

function flow(lines: readonly string[], top: boolean): RootContent[] {
  const out: RootContent[] = []
  readBlocks(lines, {
    own: (all, i) => {
      const line = all[i]!
      if (line.startsWith(':::')) {
        if (!top) throw new OutsideDialect('nested container')
        return container(all, i, out)
      }
      if (!line.startsWith('::')) return undefined
      const m = LEAF.exec(line)
      if (!m) throw new OutsideDialect('directive')
      out.push({ type: 'leafDirective', name: m[1]!, attributes: attributes(m[2]), children: [] } as unknown as RootContent)
      return i + 1
    },
    heading: (level, content) => out.push({ type: 'heading', depth: level as 1, children: parseInline(content) }),
    paragraph: (paragraph) => out.push({ type: 'paragraph', children: inline(paragraph) }),
    list: (items, ordered) => out.push(list(items, ordered)),
    table: (rows) => out.push(table(rows)),
  })
  return out
}

/** A container directive from its opening line to its closing `:::`; returns the next line's index. */
function container(lines: readonly string[], start: number, out: RootContent[]): number {
  const m = CONTAINER_OPEN.exec(lines[start]!)
  if (!m) throw new OutsideDialect('directive')
  let end = start + 1
  while (end < lines.length && !CONTAINER_CLOSE.test(lines[end]!)) {
    if (lines[end]!.startsWith(':::')) throw new OutsideDialect('nested container')
    end++
  }
  if (end === lines.length) throw new OutsideDialect('unclosed container')
  out.push({ type: 'containerDirective', name: m[1]!, attributes: attributes(m[2]), children: flow(lines.slice(start + 1, end), false) } as unknown as RootContent)
  return end + 1
}

/** `{id="x" version="1"}`: quoted values without references or escapes; anything else is outside. */
function attributes(source: string | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  if (source === undefined) return out
  let rest = source.slice(1, -1)
  while (!/^ *$/.test(rest)) {
    const m = ATTRIBUTE.exec(rest)
    if (!m || Object.prototype.hasOwnProperty.call(out, m[1]!)) throw new OutsideDialect('attributes')
    out[m[1]!] = m[2]!
    rest = rest.slice(m[0].length)
    if (rest !== '' && !rest.startsWith(' ')) throw new OutsideDialect('attributes')
  }
  return out
}

/** A tight list's node. */
function list(items: readonly ItemLines[], ordered: boolean): List {
  const children: ListItem[] = items.map((item) => ({ type: 'listItem', spread: false, checked: null, children: [{ type: 'paragraph', children: inline(item.content) }] }))
  return { type: 'list', ordered, start: ordered ? Number(items[0]!.match[1]) : null, spread: false, children }
}

/** A GFM table's node: its header, its alignments from the delimiter row, its body rows. */
function table(rows: readonly RowCells[]): Table {
  const [header, delimiter, ...body] = rows
  const align = delimiter!.cells.map(({ text }) => {
    const m = DELIMITER_CELL.exec(text)
    if (!m) throw new OutsideDialect('table delimiter')
    return m[1] && m[2] ? 'center' : m[1] ? 'left' : m[2] ? 'right' : null
  })
  if (align.length !== header!.cells.length) throw new OutsideDialect('table')
  const row = ({ cells }: RowCells): TableRow => ({ type: 'tableRow', children: cells.map((c) => ({ type: 'tableCell', children: c.text === '' ? [] : parseInline(c.text) })) })
  return { type: 'table', align, children: [row(header!), ...body.map(row)] }
}
