/**
 * The line grammar shared by the two readers of simple Markdown: the contract dialect parser
 * (`dialect.ts`, templates and clause texts) and the review's remark-free reader
 * (`read/markdown-simple.ts`), and the blocks it finds (`readBlocks`), which each reader turns into
 * its own output (mdast nodes, review blocks). Each refuses what these lines do not cover and lets
 * remark decide.
 */
import { OutsideDialect } from './dialect-inline.js'

export const BLANK = /^ *$/
export const ATX = /^(#{1,6})(?: +|$)/
export const BULLET = /^([-*+])( {1,4})(?=[^ ])/
export const ORDERED = /^(\d{1,9})([.)])( {1,4})(?=[^ ])/
export const THEMATIC = /^ {0,3}([-*_])(?: *\1){2,} *$/
export const DELIMITER_CELL = /^ *(:?)-+(:?) *$/

/**
 * Whether a line, at the start of a paragraph or as its continuation, is plain text: nothing
 * that could open a block, a list item, a table, a setext underline or a link definition.
 */
export function plain(line: string): boolean {
  const c = line[0]
  if (c === undefined || ' #>-+=|<`~:[\\'.includes(c)) return c === '\\' && line.length > 1
  if (c === '*' || c === '_') return line[1] !== ' ' && line[1] !== undefined && !THEMATIC.test(line)
  return !/^\d{1,9}[.)]/.test(line)
}

/** A list item's lines: the marker's match (`BULLET` or `ORDERED`), its content lines, its line index. */
export interface ItemLines {
  match: RegExpExecArray
  content: string[]
  at: number
}

/** A table row's cells (escapes kept for the inline parser), each with the column of the `|` before it. */
export interface RowCells {
  at: number
  cells: Array<{ text: string; column: number }>
}

/** What a reader makes of the blocks the grammar finds. Each may refuse with `OutsideDialect`. */
export interface BlockReader {
  /** A line the grammar does not cover, offered first (directives): the next line's index, or undefined. */
  own?(lines: readonly string[], i: number): number | undefined
  heading(level: number, content: string, at: number): void
  paragraph(lines: readonly string[], at: number): void
  /** A tight list of one-paragraph items with one marker; `ordered` when the marker is a number. */
  list(items: readonly ItemLines[], ordered: boolean): void
  /** A table: its header row, its delimiter row, then its body rows. */
  table(rows: readonly RowCells[]): void
}

/** Reads the blocks of lines in the grammar, handing each to the reader; anything else is outside. */
export function readBlocks(lines: readonly string[], reader: BlockReader): void {
  let i = 0
  while (i < lines.length) {
    const line = lines[i]!
    if (BLANK.test(line)) {
      i++
      continue
    }
    const own = reader.own?.(lines, i)
    if (own !== undefined) {
      i = own
      continue
    }
    const heading = ATX.exec(line)
    if (heading) {
      const content = line.slice(heading[0].length).replace(/ +$/, '')
      if (content === '' || content.endsWith('#')) throw new OutsideDialect('heading')
      reader.heading(heading[1]!.length, content, i)
      i++
      continue
    }
    if (line.startsWith('|')) {
      i = table(lines, i, reader)
      continue
    }
    if (BULLET.test(line) || ORDERED.test(line)) {
      if (THEMATIC.test(line)) throw new OutsideDialect('thematic break')
      i = list(lines, i, reader)
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
    reader.paragraph(lines.slice(i, end), i)
    i = end
  }
}

/** A tight list: items of one paragraph each, the same marker throughout; returns the next line's index. */
function list(lines: readonly string[], start: number, reader: BlockReader): number {
  const bullet = BULLET.test(lines[start]!)
  const markerOf = (m: RegExpExecArray): string => (bullet ? m[1]! : m[2]!)
  const marker = markerOf((bullet ? BULLET : ORDERED).exec(lines[start]!)!)
  const item = (line: string): RegExpExecArray | null => {
    const m = (bullet ? BULLET : ORDERED).exec(line)
    return m && markerOf(m) === marker && !THEMATIC.test(line) ? m : null
  }
  const items: ItemLines[] = []
  let i = start
  for (;;) {
    const match = item(lines[i]!)!
    const at = i
    const content = [lines[i]!.slice(match[0].length)]
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
    items.push({ match, content, at })
    if (i >= lines.length || BLANK.test(lines[i]!) || !item(lines[i]!)) break
  }
  // After a blank line, another item or an indented line would make the list loose or continue an item.
  let after = i
  while (after < lines.length && BLANK.test(lines[after]!)) after++
  if (after > i && after < lines.length && (item(lines[after]!) || lines[after]!.startsWith(' '))) throw new OutsideDialect('loose list')
  reader.list(items, !bullet)
  return i
}

/** Cells of a table row that starts and ends with `|`. */
function cells(line: string): RowCells['cells'] {
  const row = line.replace(/ +$/, '')
  if (!row.startsWith('|') || !row.endsWith('|') || row.length < 2) throw new OutsideDialect('table row')
  const out: RowCells['cells'] = []
  let cell = ''
  let column = 1
  for (let k = 1; k < row.length; k++) {
    const c = row[k]!
    if (c === '\\') {
      if (k + 1 >= row.length - 1) throw new OutsideDialect('table row')
      cell += c + row[k + 1]!
      k++
    } else if (c === '|') {
      out.push({ text: cell.replace(/^ +| +$/g, ''), column })
      cell = ''
      column = k + 1
    } else if (c === '`') throw new OutsideDialect('code in a table')
    else cell += c
  }
  if (cell !== '') throw new OutsideDialect('table row')
  return out
}

/** A GFM table: header, delimiter row, body rows up to a blank line or a heading; returns the next line's index. */
function table(lines: readonly string[], start: number, reader: BlockReader): number {
  if (lines[start + 1] === undefined) throw new OutsideDialect('table')
  const rows: RowCells[] = [
    { at: start, cells: cells(lines[start]!) },
    { at: start + 1, cells: cells(lines[start + 1]!) },
  ]
  let i = start + 2
  while (i < lines.length && !BLANK.test(lines[i]!) && !ATX.test(lines[i]!)) {
    if (!lines[i]!.startsWith('|')) throw new OutsideDialect('table continuation')
    rows.push({ at: i, cells: cells(lines[i]!) })
    i++
  }
  reader.table(rows)
  return i
}
