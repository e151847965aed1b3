/**
 * A contract's assembled Markdown parsed segment by segment: the contract dialect parser for the
 * segments written in it (all of the templates and clause texts), CommonMark (remark) for the
 * others. This module does not load remark: `core/markdown.ts` registers it when it loads (see
 * `useMarkdownParser`), so that a build whose every segment is in the dialect never compiles
 * micromark's modules; a build that meets another segment first without it gets
 * `MarkdownParserNeeded` and may load `core/markdown.ts` and start again.
 */
import type { Root, RootContent } from 'mdast'
import { parseDialect } from './dialect.js'

/** The full CommonMark parser, once registered. */
let fallback: ((text: string) => Root) | undefined

/** Registers the parser of the segments outside the dialect (remark's, from `core/markdown.ts`). */
export function useMarkdownParser(parse: (text: string) => Root): void {
  fallback = parse
}

/**
 * Thrown (an internal signal, never a user's error) when a segment falls outside the dialect
 * before the CommonMark parser was loaded: the caller loads it and parses again.
 */
export class MarkdownParserNeeded extends Error {
  constructor() {
    super('the CommonMark parser is needed and not loaded: import core/markdown.js first')
    this.name = 'MarkdownParserNeeded'
  }
}

/** Parses a whole text with the registered CommonMark parser. */
function parseWhole(text: string): Root {
  if (!fallback) throw new MarkdownParserNeeded()
  return fallback(text)
}

/**
 * Parsed segments by text, least recently used first: a batch build meets the same clause texts
 * in contract after contract, while the segments holding a deal's own values are met once.
 */
const segmentCache = new Map<string, readonly RootContent[]>()
const MAX_CACHED_SEGMENTS = 400

const OPEN = /^:::[a-z][a-z0-9-]*(?:\{[^\n]*\})?[ \t]*$/
const CLOSE = /^:::[ \t]*$/
/** Constructs whose meaning can span a blank line or depend on the whole document, at a line start: no splitting. */
const UNSAFE = /(?:^|\n)(?: {0,3}(?:```|~~~|<|\[[^\]\n]*\]:)|::::)/

/** The line of `text` that starts at `start` (without its line ending). */
function lineAt(text: string, start: number): string {
  const end = text.indexOf('\n', start)
  return text.slice(start, end === -1 ? text.length : end)
}

/**
 * Splits assembled Markdown into top-level segments at blank lines before and after each
 * top-level container directive (`:::name{…}` … `:::`), where CommonMark block parsing starts
 * afresh, so that parsing the segments one by one gives the children of parsing the whole.
 * Returns undefined when the text holds anything that could make that untrue (fenced code, HTML,
 * link reference definitions, nested or unbalanced directives): then it is parsed whole.
 * Lines are cut at `\n` only; only the lines that start with `:::` are looked at one by one.
 */
export function splitSegments(text: string): string[] | undefined {
  if (UNSAFE.test(text)) return undefined
  const segments: string[] = []
  /** Offset of the current segment's first line; -1 once the text ended with a closing line. */
  let start = 0
  let depth = 0
  const nextDirectiveLine = (from: number): number => {
    const k = text.indexOf('\n:::', from)
    return k === -1 ? -1 : k + 1
  }
  for (let at = text.startsWith(':::') ? 0 : nextDirectiveLine(0); at !== -1; at = nextDirectiveLine(at)) {
    const line = lineAt(text, at)
    if (OPEN.test(line)) {
      if (depth > 0) return undefined
      if (at > 0 && text.slice(at >= 2 ? text.lastIndexOf('\n', at - 2) + 1 : 0, at - 1).trim() !== '') return undefined
      if (at > start) segments.push(text.slice(start, at - 1))
      start = at
      depth = 1
    } else if (CLOSE.test(line)) {
      if (depth === 0) return undefined
      depth = 0
      const end = at + line.length
      if (end < text.length && lineAt(text, end + 1).trim() !== '') return undefined
      segments.push(text.slice(start, end))
      start = end < text.length ? end + 1 : -1
    }
  }
  if (depth !== 0) return undefined
  if (start !== -1) segments.push(text.slice(start))
  return segments
}

/**
 * Parses a contract's assembled Markdown: the same tree as remark's `parseMarkdown` (without positions when
 * the text could be split), with each directive block parsed once per distinct text in the
 * process and its nodes shared — callers must not modify the tree. Segments written in the
 * contract dialect (all of the templates and clause texts) are parsed by `parseDialect`, the
 * others (a deal's text holding Markdown outside it) by remark.
 */
export function parseContractMarkdown(text: string): Root {
  const segments = splitSegments(text)
  if (!segments) return parseWhole(text)
  const children: RootContent[] = []
  for (const segment of segments) {
    if (segment.trim() === '') continue
    let nodes = segmentCache.get(segment)
    if (nodes) segmentCache.delete(segment)
    else {
      // Positions would be relative to the segment, not the contract: drop them (and their memory).
      nodes = parseDialect(segment) ?? parseWhole(segment).children.map((node) => withoutPosition(node))
      if (segmentCache.size >= MAX_CACHED_SEGMENTS) segmentCache.delete(segmentCache.keys().next().value!)
    }
    segmentCache.set(segment, nodes)
    children.push(...nodes)
  }
  return { type: 'root', children }
}

/** Removes `position` from a node and its descendants, in place; returns the node. */
function withoutPosition<T extends object>(node: T): T {
  delete (node as { position?: unknown }).position
  const children = (node as { children?: unknown }).children
  if (Array.isArray(children)) for (const child of children) withoutPosition(child as object)
  return node
}
