/**
 * HTML reader on parse5's streaming SAX parser (the WHATWG tokenizer used by jsdom and rehype,
 * with the parser's raw-text feedback for script, style, textarea and title), with source
 * locations. No tree is built, so a 60 MB page reads in bounded memory; the few tree-building
 * rules that matter for text are applied on a stack of open blocks (a new `<p>` closes an open
 * one, `<li>` the previous item, `<td>` the previous cell, `<body>` the head).
 *
 * Skips script, style, nav, head and hidden content; h1–h6 are headings, p and text directly in a
 * div or section are paragraphs, li list items, td/th table cells (a p inside an li or a td takes
 * the li's or td's kind). Two `<br>` in a row separate paragraphs.
 */
import { SAXParser, type StartTag, type Text } from 'parse5-sax-parser'
import { normalizeText } from './blocks.js'
import type { TextBlock } from './document.js'

const SKIPPED = new Set([
  'script', 'style', 'nav', 'head', 'noscript', 'template', 'svg', 'math', 'iframe', 'object',
  'select', 'button', 'textarea', 'audio', 'video', 'title',
])
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
])
/** Elements that never have content or an end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr'])
/** Containers whose content starts afresh as paragraphs. */
const BOUNDARIES = new Set(['ul', 'ol', 'dl', 'table', 'blockquote', 'body', 'html'])

interface Open {
  tag: string
  kind: TextBlock['kind']
  level: number
  /** A table cell's row (numbered through the document) and place in it, kept by what it holds. */
  row?: number
  cell?: number
}

interface Part {
  text: string
  /** Source offset of the text, or -1 for a `<br>`. */
  offset: number
}

/** Reads HTML source into blocks. */
export async function readHtml(html: string): Promise<TextBlock[]> {
  const lineStarts = computeLineStarts(html)
  const blocks: TextBlock[] = []
  const stack: Open[] = [{ tag: '#root', kind: 'paragraph', level: 0 }]
  let parts: Part[] = []
  /** Table rows opened so far, and cells opened in the current row. */
  let rows = 0
  let cells = 0
  /** The element being skipped, and how many of its kind are open inside it. */
  let skip: { tag: string; depth: number } | undefined

  const flush = (): void => {
    if (parts.length === 0) return
    const run = parts
    parts = []
    const { kind, level, row, cell } = stack[stack.length - 1] ?? { kind: 'paragraph' as const, level: 0 }
    let piece: Part[] = []
    let breaks = 0
    const emit = (): void => {
      const text = normalizeText(piece.map((p) => (p.offset === -1 ? ' ' : p.text)).join(''))
      const first = piece.find((p) => p.offset !== -1 && p.text.trim() !== '')
      piece = []
      if (text === '' || !first) return
      const { line, column } = position(html, lineStarts, first.offset)
      const block: TextBlock = { kind, text, line, column }
      if (kind === 'heading') block.level = level
      if (kind === 'table-cell' && row !== undefined) Object.assign(block, { row, cell })
      blocks.push(block)
    }
    for (const part of run) {
      if (part.offset === -1) {
        if (++breaks === 2) emit()
        else piece.push(part)
        continue
      }
      if (part.text.trim() !== '') breaks = 0
      piece.push(part)
    }
    emit()
  }

  /** Pops up to and including the nearest `tags` element found before a `stop` element. */
  const closeNearest = (tags: ReadonlySet<string>, stop: ReadonlySet<string>): void => {
    for (let i = stack.length - 1; i > 0; i--) {
      const tag = stack[i]?.tag ?? ''
      if (tags.has(tag)) {
        stack.length = i
        return
      }
      if (stop.has(tag)) return
    }
  }

  const open = (tag: string): void => {
    flush()
    if (tag === 'li') closeNearest(LI, LIST_SCOPE)
    else if (tag === 'dd' || tag === 'dt') closeNearest(DD_DT, DL_SCOPE)
    else if (tag === 'td' || tag === 'th') closeNearest(CELLS, ROW_SCOPE)
    else if (tag === 'tr') closeNearest(ROWS, TABLE_SCOPE)
    if (tag !== 'li' && tag !== 'td' && tag !== 'th' && tag !== 'tr' && stack[stack.length - 1]?.tag === 'p') stack.pop()
    if (/^h[1-6]$/.test(tag) && /^h[1-6]$/.test(stack[stack.length - 1]?.tag ?? '')) stack.pop()
    if (tag === 'hr') return
    const parent = stack[stack.length - 1] ?? { tag: '#root', kind: 'paragraph' as const, level: 0 }
    const heading = /^h([1-6])$/.exec(tag)
    let entry: Open
    if (heading) entry = { tag, kind: 'heading', level: Number(heading[1]) }
    else if (tag === 'li') entry = { tag, kind: 'list-item', level: 0 }
    else if (tag === 'td' || tag === 'th') entry = { tag, kind: 'table-cell', level: 0, row: rows, cell: cells++ }
    else if (BOUNDARIES.has(tag)) entry = { tag, kind: 'paragraph', level: 0 }
    else entry = { ...parent, tag }
    if (tag === 'tr') {
      rows++
      cells = 0
    }
    stack.push(entry)
  }

  const close = (tag: string): void => {
    for (let i = stack.length - 1; i > 0; i--) {
      if (stack[i]?.tag === tag) {
        flush()
        stack.length = i
        return
      }
    }
  }

  const parser = new SAXParser({ sourceCodeLocationInfo: true })
  parser.on('startTag', (token: StartTag) => {
    const tag = token.tagName
    if (skip) {
      if (skip.tag === 'head' && (tag === 'body' || BLOCKS.has(tag))) skip = undefined // implied </head>
      else {
        if (tag === skip.tag && !token.selfClosing) skip.depth++
        return
      }
    }
    if (tag === 'br') {
      parts.push({ text: ' ', offset: -1 })
      return
    }
    if (VOID.has(tag) && tag !== 'hr') return
    if ((SKIPPED.has(tag) || hidden(token)) && !token.selfClosing) {
      skip = { tag, depth: 1 }
      return
    }
    if (BLOCKS.has(tag)) open(tag)
  })
  parser.on('endTag', (token) => {
    const tag = token.tagName
    if (skip) {
      if (tag === skip.tag && --skip.depth === 0) skip = undefined
      return
    }
    if (tag === 'br') parts.push({ text: ' ', offset: -1 })
    else if (BLOCKS.has(tag)) close(tag)
  })
  parser.on('text', (token: Text) => {
    if (skip) return
    parts.push({ text: token.text, offset: token.sourceCodeLocation?.startOffset ?? 0 })
  })
  await new Promise<void>((resolve, reject) => {
    parser.on('error', reject)
    parser.on('finish', () => resolve())
    parser.end(html)
  })
  flush()
  return blocks
}

const LI = new Set(['li'])
const LIST_SCOPE = new Set(['ul', 'ol', 'menu', 'table', 'body'])
const DD_DT = new Set(['dd', 'dt'])
const DL_SCOPE = new Set(['dl', 'table', 'body'])
const CELLS = new Set(['td', 'th'])
const ROW_SCOPE = new Set(['tr', 'table', 'body'])
const ROWS = new Set(['tr'])
const TABLE_SCOPE = new Set(['table', 'body'])

function hidden(token: StartTag): boolean {
  for (const attr of token.attrs) {
    if (attr.name === 'hidden') return true
    if (attr.name === 'aria-hidden' && attr.value === 'true') return true
    if (attr.name === 'style' && /display\s*:\s*none/i.test(attr.value)) return true
  }
  return false
}

function computeLineStarts(source: string): number[] {
  const starts = [0]
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1)
  return starts
}

/** 1-based line and column of the first non-blank source character at or after `offset`. */
function position(source: string, lineStarts: readonly number[], offset: number): { line: number; column: number } {
  let at = offset
  while (at < source.length && /\s/.test(source[at] ?? '')) at++
  let lo = 0
  let hi = lineStarts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((lineStarts[mid] ?? 0) <= at) lo = mid
    else hi = mid - 1
  }
  return { line: lo + 1, column: at - (lineStarts[lo] ?? 0) + 1 }
}
