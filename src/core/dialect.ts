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
import { ATX, BLANK, BULLET, DELIMITER_CELL, ORDERED, plain, THEMATIC } from './dialect-lines.js'
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
  let i = 0
  while (i < lines.length) {
    const line = lines[i]!
    if (BLANK.test(line)) {
      i++
      continue
    }
    if (line.startsWith(':::')) {
      if (!top) throw new OutsideDialect('nested container')
      i = container(lines, i, out)
      continue
    }
    if (line.startsWith('::')) {
      const m = LEAF.exec(line)
      if (!m) throw new OutsideDialect('directive')
      out.push({ type: 'leafDirective', name: m[1]!, attributes: attributes(m[2]), children: [] } as unknown as RootContent)
      i++
      continue
    }
    const heading = ATX.exec(line)
    if (heading) {
      const content = line.slice(heading[0].length).replace(/ +$/, '')
      if (content === '' || content.endsWith('#')) throw new OutsideDialect('heading')
      out.push({ type: 'heading', depth: heading[1]!.length as 1, children: parseInline(content) })
      i++
      continue
    }
    if (line.startsWith('|')) {
      i = table(lines, i, out)
      continue
    }
    if (BULLET.test(line) || ORDERED.test(line)) {
      if (THEMATIC.test(line)) throw new OutsideDialect('thematic break')
      i = list(lines, i, out)
      continue
    }
    if (!plain(line)) throw new OutsideDialect('block')
    let end = i + 1
    while (end < lines.length && !BLANK.test(lines[end]!)) {
      const next = lines[end]!
      if (plain(next)) end++
      else if (ATX.test(next) || (BULLET.test(next) && !THEMATIC.test(next))) break
      else throw new OutsideDialect('paragraph continuation')
    }
    out.push({ type: 'paragraph', children: inline(lines.slice(i, end)) })
    i = end
  }
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

/** A tight list: items of one paragraph each, the same marker throughout; returns the next line's index. */
function list(lines: readonly string[], start: number, out: RootContent[]): number {
  const first = lines[start]!
  const bullet = BULLET.exec(first)
  const ordered = bullet ? undefined : ORDERED.exec(first)!
  const marker = bullet ? bullet[1]! : ordered![2]!
  const item = (line: string): RegExpExecArray | null => {
    const m = bullet ? BULLET.exec(line) : ORDERED.exec(line)
    return m && (bullet ? m[1] : m[2]) === marker && !THEMATIC.test(line) ? m : null
  }
  const items: ListItem[] = []
  let i = start
  for (;;) {
    const m = item(lines[i]!)!
    const content = [lines[i]!.slice(m[0].length)]
    if (!plain(content[0]!)) throw new OutsideDialect('list item content')
    i++
    while (i < lines.length && !BLANK.test(lines[i]!) && !item(lines[i]!)) {
      const next = lines[i]!
      const stripped = next.replace(/^ +/, '')
      if (!plain(stripped)) {
        // A heading, or an item of another bullet, ends the list.
        if (stripped === next && (ATX.test(next) || (bullet && BULLET.test(next) && !THEMATIC.test(next)))) break
        throw new OutsideDialect('list item continuation')
      }
      content.push(stripped)
      i++
    }
    items.push({ type: 'listItem', spread: false, checked: null, children: [{ type: 'paragraph', children: inline(content) }] })
    if (i >= lines.length || BLANK.test(lines[i]!) || !item(lines[i]!)) break
  }
  // After a blank line, another item or an indented line would make the list loose or continue an item.
  let after = i
  while (after < lines.length && BLANK.test(lines[after]!)) after++
  if (after > i && after < lines.length && (item(lines[after]!) || lines[after]!.startsWith(' '))) throw new OutsideDialect('loose list')
  const node: List = { type: 'list', ordered: !bullet, start: bullet ? null : Number(ordered![1]), spread: false, children: items }
  out.push(node)
  return i
}

/** Cells of a table row that starts and ends with `|`, escapes kept for the inline parser. */
function cells(line: string): string[] {
  const row = line.replace(/ +$/, '')
  if (!row.startsWith('|') || !row.endsWith('|') || row.length < 2) throw new OutsideDialect('table row')
  const out: string[] = []
  let cell = ''
  for (let k = 1; k < row.length; k++) {
    const c = row[k]!
    if (c === '\\') {
      if (k + 1 >= row.length - 1) throw new OutsideDialect('table row')
      cell += c + row[k + 1]!
      k++
    } else if (c === '|') {
      out.push(cell.replace(/^ +| +$/g, ''))
      cell = ''
    } else if (c === '`') throw new OutsideDialect('code in a table')
    else cell += c
  }
  if (cell !== '') throw new OutsideDialect('table row')
  return out
}

/** A GFM table: header, delimiter row, body rows up to a blank line; returns the next line's index. */
function table(lines: readonly string[], start: number, out: RootContent[]): number {
  const header = cells(lines[start]!)
  const delimiter = lines[start + 1]
  if (delimiter === undefined) throw new OutsideDialect('table')
  const align = cells(delimiter).map((cell) => {
    const m = DELIMITER_CELL.exec(cell)
    if (!m) throw new OutsideDialect('table delimiter')
    return m[1] && m[2] ? 'center' : m[1] ? 'left' : m[2] ? 'right' : null
  })
  if (align.length !== header.length) throw new OutsideDialect('table')
  const row = (raw: string[]): TableRow => ({ type: 'tableRow', children: raw.map((c) => ({ type: 'tableCell', children: c === '' ? [] : parseInline(c) })) })
  const rows: TableRow[] = [row(header)]
  let i = start + 2
  while (i < lines.length && !BLANK.test(lines[i]!) && !ATX.test(lines[i]!)) {
    if (!lines[i]!.startsWith('|')) throw new OutsideDialect('table continuation')
    rows.push(row(cells(lines[i]!)))
    i++
  }
  const node: Table = { type: 'table', align, children: rows }
  out.push(node)
  return i
}
