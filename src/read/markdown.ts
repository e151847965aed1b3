/**
 * Markdown reader: the project's remark parser (CommonMark + GFM + directives) gives headings,
 * paragraphs, list items and table cells with their mdast positions. The parser is slow on very
 * large inputs (about 100 KB/s on lists) and can overflow the stack or turn quadratic on deep
 * nesting, so inputs above {@link FULL_PARSE_LIMIT} characters or nested deeper than
 * {@link MAX_NESTING} are read by the plain-text reader in its Markdown mode instead.
 */
import type { Nodes, Parents, PhrasingContent, Root, RootContent } from 'mdast'
import { parseMarkdown } from '../core/markdown.js'
import { headingAboveText, normalizeText, titleLevel } from './blocks.js'
import type { TextBlock } from './document.js'
import { readText } from './text.js'

/** Characters above which Markdown is read line by line rather than parsed. */
export const FULL_PARSE_LIMIT = 512 * 1024
/** Container nesting (quotes, lists, directives) above which the same happens. */
export const MAX_NESTING = 32
/** Emphasis delimiters (`*`, `_`) in one paragraph above which the same happens. */
const MAX_DELIMITERS = 500
/** Brackets in one paragraph above which the same happens. */
const MAX_BRACKETS = 2000

/** Reads Markdown text (decoded, `\n` line ends) into blocks. */
export function readMarkdown(text: string): TextBlock[] {
  if (text.length > FULL_PARSE_LIMIT || tooDeep(text)) return readText(text, { markdown: true })
  // Directive fences ("::: en", ":::fr", ":::") are markup, not text: blank them, keeping lines.
  const source = text.includes(':::') ? text.replace(/^[ \t]{0,3}:{3,}.*$/gm, '') : text
  let tree: Root
  try {
    tree = parseMarkdown(source)
  } catch (error) {
    if (error instanceof RangeError) return readText(text, { markdown: true })
    throw error
  }
  return collect(tree, source)
}

/**
 * Whether the full parser would be too slow or too deep: containers nested deeper than
 * {@link MAX_NESTING} (block quotes and list markers at the start of a line, indentation, open
 * `:::` directives), or a paragraph with too many emphasis delimiters or brackets.
 */
function tooDeep(text: string): boolean {
  let directives = 0
  let delimiters = 0
  let brackets = 0
  let pos = 0
  while (pos < text.length) {
    let end = text.indexOf('\n', pos)
    if (end === -1) end = text.length
    let depth = 0
    let i = pos
    let indent = 0
    for (;;) {
      while (i < end && (text[i] === ' ' || text[i] === '\t')) {
        indent += text[i] === '\t' ? 4 : 1
        i++
      }
      const c = text[i]
      if (c === '>') {
        depth++
        i++
      } else if ((c === '-' || c === '*' || c === '+') && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
        depth++
        i += 2
      } else {
        let j = i
        while (j < end && j - i < 10 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++
        if (j > i && (text[j] === '.' || text[j] === ')') && (text[j + 1] === ' ' || text[j + 1] === '\t')) {
          depth++
          i = j + 2
        } else break
      }
    }
    if (depth + Math.floor(indent / 2) > MAX_NESTING) return true
    if (text.startsWith(':::', i)) {
      let k = i
      while (text[k] === ':') k++
      if (/[A-Za-z]/.test(text[k] ?? '') || /[ \t]+[A-Za-z]/.test(text.slice(k, k + 2))) directives++
      else if (directives > 0) directives--
      if (directives > MAX_NESTING) return true
    }
    if (i >= end) {
      delimiters = 0 // a blank line ends the paragraph
      brackets = 0
    }
    // Emphasis delimiters and brackets: micromark matches them in quadratic time per paragraph.
    for (let k = i; k < end; k++) {
      const c = text.charCodeAt(k)
      if (c === 91 || c === 93) {
        if (++brackets > MAX_BRACKETS) return true
      } else if (c === 42 || c === 95) {
        let e = k
        while (e < end && text.charCodeAt(e) === c) e++
        const before = k === pos ? 32 : text.charCodeAt(k - 1)
        const after = e === end ? 32 : text.charCodeAt(e)
        const inert = (before === 32 || before === 9) && (after === 32 || after === 9) // "Name: ______"
        if (!inert && (delimiters += e - k) > MAX_DELIMITERS) return true
        k = e - 1
      }
    }
    pos = end + 1
  }
  return false
}

type Context = 'paragraph' | 'list-item' | 'table-cell'

interface Frame {
  node: Nodes
  context: Context
  /** Source text of the ordered-list marker to prefix to the first paragraph ("9."). */
  marker?: string
  /** Position to use for the block instead of the node's own (a list item's marker). */
  at?: { line: number; column: number }
}

/** Walks the tree iteratively (no recursion: deep trees must not overflow the stack). */
function collect(tree: Root, source: string): TextBlock[] {
  const blocks: TextBlock[] = []
  const stack: Frame[] = [{ node: tree, context: 'paragraph' }]
  const pushChildren = (parent: Parents, context: Context): void => {
    for (let i = parent.children.length - 1; i >= 0; i--) {
      const child = parent.children[i]
      if (child) stack.push({ node: child as RootContent, context })
    }
  }
  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    const { node, context } = frame
    switch (node.type) {
      case 'root':
      case 'blockquote':
      case 'footnoteDefinition':
        pushChildren(node, context)
        break
      case 'containerDirective':
        for (let i = node.children.length - 1; i >= 0; i--) {
          const child = node.children[i]
          if (!child) continue
          if (child.type === 'paragraph' && child.data?.directiveLabel === true) continue
          stack.push({ node: child, context })
        }
        break
      case 'list':
        for (let i = node.children.length - 1; i >= 0; i--) {
          const item = node.children[i]
          if (!item) continue
          const next: Frame = { node: item, context: 'list-item' }
          if (node.ordered === true) {
            const offset = item.position?.start.offset
            const marker = offset === undefined ? undefined : /^\d{1,9}[.)]/.exec(source.slice(offset, offset + 12))?.[0]
            if (marker !== undefined) next.marker = marker
          }
          stack.push(next)
        }
        break
      case 'listItem': {
        const at = start(node)
        for (let i = node.children.length - 1; i >= 0; i--) {
          const child = node.children[i]
          if (!child) continue
          const next: Frame = { node: child, context: 'list-item' }
          if (i === 0 && child.type === 'paragraph') {
            next.at = at
            if (frame.marker !== undefined) next.marker = frame.marker
          }
          stack.push(next)
        }
        break
      }
      case 'heading':
        push(blocks, 'heading', inlineText(node.children, source), start(node), node.depth)
        break
      case 'paragraph': {
        const text = inlineText(node.children, source)
        if (context === 'paragraph' && frame.marker === undefined && splitTitleLine(blocks, text, start(node), source, node.position?.start.offset)) break
        push(blocks, context, frame.marker === undefined ? text : `${frame.marker} ${text}`, frame.at ?? start(node))
        break
      }
      case 'table':
        for (const row of node.children) {
          for (const cell of row.children) push(blocks, 'table-cell', inlineText(cell.children, source), start(cell))
        }
        break
      case 'code':
        if (node.lang == null && node.meta == null && indentedProse(node.value, source, node.position?.start.offset)) {
          // Text indented by four spaces (converted or pasted contracts) is read as text, not code.
          const at = start(node)
          const read = readText(node.value, { markdown: true })
          for (const block of read) {
            block.line += at.line - 1
            block.column += at.column - 1 + CODE_INDENT
            blocks.push(block)
          }
          // Its last line alone, a title over the text that follows the block, is a heading too.
          const last = read.at(-1)
          const end = node.position?.end.offset ?? source.length
          const lastLine = at.line + node.value.trimEnd().split('\n').length - 1
          if (last?.kind === 'paragraph' && last.line === lastLine && source.slice(end).trim() !== '') {
            const level = titleLevel(last.text)
            if (level !== undefined) Object.assign(last, { kind: 'heading', level })
          }
        } else {
          push(blocks, context, node.value, start(node))
        }
        break
      case 'html':
        push(blocks, context, stripTags(node.value), start(node))
        break
      case 'leafDirective':
        push(blocks, context, inlineText(node.children, source), start(node))
        break
      default:
        // thematicBreak, definition, yaml: no text of the document's own.
        break
    }
  }
  return blocks
}

/**
 * A paragraph whose first line is a title over the text below it (« ARTICLE 2 DOCUMENTS
 * CONTRACTUELS » then « L'accord-cadre est constitué… » on the next line, as converters write a PDF's
 * or a DOCX's headings): a heading and a paragraph, by the plain-text reader's rules. Returns
 * whether it pushed them.
 */
function splitTitleLine(blocks: TextBlock[], text: string, at: { line: number; column: number }, source: string, offset: number | undefined): boolean {
  const nl = text.indexOf('\n')
  if (nl < 0 || offset === undefined) return false
  const first = text.slice(0, nl)
  const rest = text.slice(nl + 1)
  const second = rest.slice(0, rest.indexOf('\n') < 0 ? rest.length : rest.indexOf('\n'))
  const level = titleLevel(normalizeText(first))
  if (level === undefined || !headingAboveText(first, second)) return false
  push(blocks, 'heading', first, at, level)
  // The body starts on the next source line, at its first character.
  const lineEnd = source.indexOf('\n', offset)
  let col = 1
  while (lineEnd >= 0 && (source[lineEnd + col] === ' ' || source[lineEnd + col] === '\t')) col++
  push(blocks, 'paragraph', rest, { line: at.line + 1, column: col })
  return true
}

/** Columns an indented code block's lines lose in `node.value`. */
const CODE_INDENT = 4
/** A line that reads as code: braces, operators, a call, a statement end, a tag, a shell prompt or comment. */
const CODE_LINE = /[{}]|=>|[=!<>]=|&&|\|\||::|[A-Za-z_$][\w$]*\((?!s\))|\)\s*;\s*$|^\s*(?:<\/?[A-Za-z][^>]*>|\$ |#!|\/\/|\/\*|--|import |export |def |function |return |const |let |var |class |public |private )/
/** Dot leaders and form blanks: neither letters nor code. */
const LEADERS = /[._…-]{3,}/g

/**
 * Whether an indented code block (never a fenced one) holds prose: a contract converted from DOCX,
 * HTML or PDF, or pasted into Markdown, often keeps an indentation of four spaces or more that
 * CommonMark reads as code, losing its headings and sections. Prose: no more than one line in five
 * looks like code, most of its characters (dot leaders aside) are letters, and it has words.
 */
function indentedProse(value: string, source: string, offset: number | undefined): boolean {
  if (offset === undefined || /^[ \t]{0,3}(?:`{3,}|~{3,})/.test(source.slice(offset, offset + 8))) return false
  let lines = 0
  let code = 0
  let letters = 0
  let visible = 0
  let words = 0
  for (const line of value.split('\n')) {
    if (line.trim() === '') continue
    lines++
    if (CODE_LINE.test(line)) code++
    const text = line.replace(LEADERS, ' ')
    for (const ch of text) {
      if (ch === ' ' || ch === '\t') continue
      visible++
      if (/\p{L}/u.test(ch)) letters++
    }
    words += text.split(/\s+/).filter((w) => /\p{L}{2}/u.test(w)).length
  }
  return lines > 0 && words >= 3 && code * 5 <= lines && letters >= 0.6 * visible
}

function push(blocks: TextBlock[], kind: TextBlock['kind'], raw: string, at: { line: number; column: number }, level?: number): void {
  const text = normalizeText(raw)
  if (text === '') return
  const block: TextBlock = { kind, text, line: at.line, column: at.column }
  if (kind === 'heading') block.level = Math.min(6, Math.max(1, level ?? 1))
  blocks.push(block)
}

function start(node: Nodes): { line: number; column: number } {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 }
}

/** The text of phrasing content, iteratively. A text directive without a label keeps its source. */
function inlineText(children: readonly PhrasingContent[], source: string): string {
  let out = ''
  const stack: PhrasingContent[] = []
  for (let i = children.length - 1; i >= 0; i--) {
    const child = children[i]
    if (child) stack.push(child)
  }
  for (let node = stack.pop(); node; node = stack.pop()) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        out += node.value
        break
      case 'break':
        out += ' '
        break
      case 'html':
        out += /^<br\b/i.test(node.value) ? ' ' : ''
        break
      case 'image':
      case 'imageReference':
        out += node.alt ?? ''
        break
      case 'footnoteReference':
        break
      case 'textDirective': {
        const s = node.position?.start.offset
        const e = node.position?.end.offset
        if (node.children.length === 0 && s !== undefined && e !== undefined) {
          out += source.slice(s, e) // "Note:foo" is text, not a directive
          break
        }
        for (let i = node.children.length - 1; i >= 0; i--) {
          const child = node.children[i]
          if (child) stack.push(child)
        }
        break
      }
      default:
        if ('children' in node) {
          for (let i = node.children.length - 1; i >= 0; i--) {
            const child = node.children[i]
            if (child) stack.push(child)
          }
        }
    }
  }
  return out
}

/** Text of a raw HTML block: comments and tags removed (linear). */
function stripTags(html: string): string {
  let out = ''
  let pos = 0
  for (;;) {
    const open = html.indexOf('<!--', pos)
    if (open === -1) break
    out += html.slice(pos, open) + ' '
    const close = html.indexOf('-->', open + 4)
    if (close === -1) return (out + ' ').replace(/<[^<>]*>/g, ' ')
    pos = close + 3
  }
  return (out + html.slice(pos)).replace(/<[^<>]*>/g, ' ')
}
