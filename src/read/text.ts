/**
 * Plain-text reader. Blocks are separated by blank lines; a numbered line ("5.1 The Generator…")
 * starts a new paragraph even without one, and so does a numbered section that starts after a
 * sentence in the middle of a line (contracts converted from EDGAR often put a whole page on one
 * line). A short title-like line followed by text is a heading, and so is a line underlined with
 * one repeated mark ("6 Résiliation" over "=====", as reStructuredText writes titles). One pass over the lines, no
 * backtracking regular expressions: a 50 MB file reads in seconds.
 *
 * With `markdown: true` it also understands the line-level Markdown syntax (ATX and setext
 * headings, list markers, block quotes, fences, pipe tables): the Markdown reader falls back to it
 * for inputs too large or too deeply nested for the full parser.
 */
import { headingAboveText, joinLines, normalizeText, readNumbering, titleLevel } from './blocks.js'
import type { TextBlock } from './document.js'

/** Options of {@link readText}. */
export interface TextOptions {
  /** Understand line-level Markdown syntax and strip inline markup. */
  markdown?: boolean
}

interface Segment {
  kind: TextBlock['kind']
  lines: string[]
  line: number
  column: number
  /** Column of the segment's second line (for a heading split off its first line). */
  column2: number
  level?: number
  /** Kind fixed by explicit syntax: no heading heuristics. */
  fixed: boolean
}

const BULLET = /^([-*+•·▪◦‣–—])[ \t]+(?=\S)/
/** A line of one mark repeated (reStructuredText section adornment, a plain-text rule): "=====", "-----", "+++++". */
const ADORNMENT = /^([=\-+~^*#_])\1{2,}$/
const MD_ORDERED = /^\d{1,9}[.)][ \t]+(?=\S)/
const NUMBERED_LINE = /^(?:\d{1,3}(?:\.\d{1,3})*\.[ \t]|\d{1,3}(?:\.\d{1,3})+[ \t]|\(\s?[a-z]\)[ \t]|\([ivx]{1,5}\)[ \t]|[a-z]\.[ \t]+\p{Lu}|(?:ARTICLE|Article|SECTION|Section)[ \t]+[0-9IVX])/u
/** A previous line ending like this continues into a numbered-looking line ("Section\n5.2 …"). */
const CONTINUES = /(?:[,€$]|\b(?:Section|Sections|Article|Articles|Clause|Clauses|paragraph|paragraphs|and|or|to|of|than|under|in|at|by))$/
/** A numbered section starting after a sentence in the middle of a line. */
const MID_LINE_SECTION = /[.;:!?)\]"”][ \t]+(?=\d{1,3}\.\d{1,3}(?:\.\d{1,3})*\.?[ \t]+["“(]?\p{Lu}|\d{1,3}\.[ \t]+\p{Lu}|\((?:[a-z]|[ivx]{1,4})\)[ \t]+\p{Lu}|[a-z]\.[ \t]+\p{Lu}|(?:ARTICLE|SECTION|Article|Section)[ \t]+[0-9IVX])/gu

/** Reads plain text (already decoded, `\n` line ends) into blocks. */
export function readText(text: string, options: TextOptions = {}): TextBlock[] {
  const markdown = options.markdown === true
  const segments: Segment[] = []
  let current: Segment | undefined
  let fence: string | undefined

  const close = (): void => {
    if (current) segments.push(current)
    current = undefined
  }
  const start = (kind: TextBlock['kind'], content: string, line: number, column: number, fixed = false): void => {
    close()
    current = { kind, lines: [content], line, column, column2: 1, fixed }
  }
  const append = (content: string, line: number, column: number): void => {
    if (!current) {
      start('paragraph', content, line, column)
      return
    }
    if (current.lines.length === 1) current.column2 = column
    current.lines.push(content)
  }
  const emit = (kind: TextBlock['kind'], content: string, line: number, column: number, level?: number): void => {
    close()
    const seg: Segment = { kind, lines: [content], line, column, column2: 1, fixed: true }
    if (level !== undefined) seg.level = level
    segments.push(seg)
  }

  /** Handles one line of prose: numbered starts, mid-line sections, continuation. */
  const prose = (content: string, lineNo: number, col: number): void => {
    const parts = splitMidLine(content)
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]
      if (!part) continue
      const column = col + part.offset
      if (i > 0) {
        start('paragraph', part.text, lineNo, column)
        continue
      }
      const bullet = BULLET.exec(part.text)
      if (bullet) {
        start('list-item', part.text.slice(bullet[0].length), lineNo, column)
      } else if (NUMBERED_LINE.test(part.text) && !(current && CONTINUES.test(current.lines.at(-1) ?? ''))) {
        start('paragraph', part.text, lineNo, column)
      } else if (current && !current.fixed) {
        append(part.text, lineNo, column)
      } else {
        start('paragraph', part.text, lineNo, column)
      }
    }
  }

  let lineNo = 0
  let pos = 0
  const length = text.length
  while (pos <= length) {
    let end = text.indexOf('\n', pos)
    if (end === -1) end = length
    const raw = text.slice(pos, end)
    pos = end + 1
    lineNo++
    let col0 = firstNonSpace(raw)
    let content = col0 === -1 ? '' : raw.slice(col0).trimEnd()

    if (markdown) {
      if (fence !== undefined) {
        if (content.startsWith(fence)) {
          fence = undefined
          close()
        } else if (content !== '') {
          append(content, lineNo, col0 + 1)
        }
        continue
      }
      const opening = /^(`{3,}|~{3,})/.exec(content)
      if (opening) {
        fence = opening[1] ?? '```'
        close()
        continue
      }
      if (/^:{3,}/.test(content) || /^<!--.*-->$/.test(content)) {
        close()
        continue
      }
      const quote = /^(?:>[ \t]?)+/.exec(content)
      if (quote) {
        const rest = content.slice(quote[0].length)
        const skip = rest.length - rest.trimStart().length
        col0 += quote[0].length + skip
        content = rest.trimStart()
        if (content === '') {
          close()
          continue
        }
      }
    }
    if (content === '') {
      close()
      continue
    }
    if (markdown) {
      const hashes = /^#{1,6}(?=[ \t]|$)/.exec(content)
      if (hashes) {
        emit('heading', stripClosingHashes(content.slice(hashes[0].length)), lineNo, col0 + 1, hashes[0].length)
        continue
      }
      if (/^(?:=+|-+)$/.test(content) && current && current.kind === 'paragraph' && current.lines.length === 1 && !current.fixed) {
        current.kind = 'heading'
        current.level = content.startsWith('=') ? 1 : 2
        current.fixed = true
        close()
        continue
      }
      if (/^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/.test(content)) {
        close()
        continue
      }
      const bullet = /^[-*+][ \t]+(?=\S)/.exec(content)
      if (bullet) {
        start('list-item', content.slice(bullet[0].length), lineNo, col0 + 1)
        continue
      }
      if (MD_ORDERED.test(content)) {
        start('list-item', content, lineNo, col0 + 1)
        continue
      }
    }
    if (!markdown && ADORNMENT.test(content)) {
      // A title underlined as in reStructuredText or plain-text contracts ("6 Résiliation" over
      // "=============") is a heading even when its text follows on the next line; any other
      // line of one repeated mark is a separator, not text.
      if (current && current.kind === 'paragraph' && current.lines.length === 1 && !current.fixed) {
        current.kind = 'heading'
        current.level = content.startsWith('=') ? 1 : content.startsWith('-') ? 2 : 3
        current.fixed = true
      }
      close()
      continue
    }
    if (content.startsWith('|') && countPipes(content) >= 2) {
      close()
      if (/^\|[\s:|-]*-[\s:|-]*$/.test(content)) continue // separator row
      for (const cell of splitCells(content)) emit('table-cell', cell.text, lineNo, col0 + 1 + cell.offset)
      continue
    }
    prose(content, lineNo, col0 + 1)
  }
  close()
  return toBlocks(segments, markdown)
}

/** Turns segments into blocks, recognising title lines. */
function toBlocks(segments: readonly Segment[], markdown: boolean): TextBlock[] {
  const blocks: TextBlock[] = []
  const finish = (s: string): string => normalizeText(markdown ? stripInlineMarkdown(s) : s)
  const repeated = repeatedLines(segments)
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]
    if (!seg) continue
    const first = seg.lines[0] ?? ''
    if (!seg.fixed && seg.kind === 'paragraph' && !repeated.has(first.trim())) {
      const level = titleLevel(finish(first))
      if (level !== undefined) {
        if (seg.lines.length === 1 && i + 1 < segments.length) {
          blocks.push({ kind: 'heading', text: finish(first), line: seg.line, column: seg.column, level })
          continue
        }
        const second = seg.lines[1]
        if (second !== undefined && headingAboveText(first, second)) {
          blocks.push({ kind: 'heading', text: finish(first), line: seg.line, column: seg.column, level })
          const body = finish(joinLines(seg.lines.slice(1)))
          if (body !== '') blocks.push({ kind: 'paragraph', text: body, line: seg.line + 1, column: seg.column2 })
          continue
        }
      }
    }
    const textOf = finish(seg.lines.length === 1 ? first : joinLines(seg.lines))
    if (textOf === '') continue
    const block: TextBlock = { kind: seg.kind, text: textOf, line: seg.line, column: seg.column }
    if (seg.kind === 'heading') block.level = Math.min(6, Math.max(1, seg.level ?? 1))
    blocks.push(block)
  }
  return blocks
}

/**
 * Short unnumbered lines that recur three times or more (running headers and footers: "Google
 * Confidential", the agreement's name on every page): never headings.
 */
function repeatedLines(segments: readonly Segment[]): Set<string> {
  const counts = new Map<string, number>()
  for (const seg of segments) {
    const first = seg.lines[0]?.trim()
    if (first === undefined || first.length > 80 || seg.fixed) continue
    counts.set(first, (counts.get(first) ?? 0) + 1)
  }
  const repeated = new Set<string>()
  for (const [line, n] of counts) {
    // Numbered titles ("SECTION 5 – TERM") are not page furniture; "Exhibit 10.38" can be.
    if (n >= 3 && (!readNumbering(line) || /^(?:exhibit|schedule|annex|annexe|appendix)\b/i.test(line))) repeated.add(line)
  }
  return repeated
}

/** Splits a line where a numbered section starts after a sentence ("…Schedule 3. 2.7 …"). */
function splitMidLine(content: string): Array<{ text: string; offset: number }> {
  MID_LINE_SECTION.lastIndex = 0
  let match = MID_LINE_SECTION.exec(content)
  if (!match) return [{ text: content, offset: 0 }]
  const parts: Array<{ text: string; offset: number }> = []
  let from = 0
  while (match) {
    const at = match.index + match[0].length
    parts.push({ text: content.slice(from, at).trimEnd(), offset: from })
    from = at
    match = MID_LINE_SECTION.exec(content)
  }
  parts.push({ text: content.slice(from), offset: from })
  return parts
}

function firstNonSpace(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c !== 32 && c !== 9 && c !== 12 && c !== 11 && c !== 0xa0 && c !== 0xfeff) return i
  }
  return -1
}

function countPipes(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 124) n++
  return n
}

/** Cells of a pipe-table row, with their offsets in the row. */
function splitCells(row: string): Array<{ text: string; offset: number }> {
  const cells: Array<{ text: string; offset: number }> = []
  let cellStart = 1
  for (let i = 1; i <= row.length; i++) {
    const c = row[i]
    if (c === '\\') {
      i++
      continue
    }
    if (c === '|' || i === row.length) {
      const raw = row.slice(cellStart, i)
      const lead = raw.length - raw.trimStart().length
      const cell = raw.trim().replace(/\\\|/g, '|')
      if (cell !== '') cells.push({ text: cell, offset: cellStart + lead })
      cellStart = i + 1
    }
  }
  return cells
}

function stripClosingHashes(s: string): string {
  const t = s.trim()
  let e = t.length
  while (e > 0 && t[e - 1] === '#') e--
  if (e < t.length && (e === 0 || /\s/.test(t[e - 1] ?? ''))) return t.slice(0, e).trimEnd()
  return t
}

/** Removes the commonest inline Markdown markup (emphasis, code, links, images). Linear. */
export function stripInlineMarkdown(s: string): string {
  return s
    .replace(/!?\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)/g, '$1')
    .replace(/\*\*|__|`+|~~/g, '')
    .replace(/(^|[\s(])[*_](?=\S)|(?<=\S)[*_](?=[\s).,;:!?]|$)/g, '$1')
}
