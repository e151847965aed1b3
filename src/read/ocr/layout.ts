/**
 * OCR output → document blocks. The engine's paragraphs are coarse (a heading and the paragraph
 * under it often come as one), so the lines of a page are regrouped as the PDF reader does: a
 * new block at the engine's paragraph breaks, at a gap wider than the page's line pitch, at a
 * bullet or a numbered clause, and around a heading (a short title-like line, or one in a larger
 * size than the body). `line` is the line number on the page, counted in reading order as for
 * text PDFs; words under the confidence mark are kept on the block as `uncertain`.
 */
import { isTitlePhrase, joinLines, normalizeText, titleLevel } from '../blocks.js'
import type { TextBlock } from '../document.js'
import type { OcrLine, RecognizedPage } from './engine.js'

/** Bullets, including what OCR makes of "•" ("*", "+", "«+", "«", "e", "o" before a capital). */
const BULLET = /^(?:[•◦▪▫‣⁃●○■□*+–—-]|«\s?[+*]|[«oe»](?=\s\p{Lu}))\s+/u
const NUMBERED_START = /^(?:\d{1,3}(?:\.\d{1,3})*\.\s|\d{1,3}(?:\.\d{1,3})+\s|\([a-z]\)\s|\([ivx]{1,5}\)\s)/
const PAGE_NUMBER = /^(?:(?:page|p\.)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:\/|of|sur)\s*\d{1,4})?$/i

interface PageLine {
  text: string
  number: number
  paragraph: number
  line: OcrLine
  uncertain: string[]
}

interface Pending {
  kind: TextBlock['kind']
  lines: string[]
  line: number
  /** Left edge of the first line, in pixels. */
  left: number
  uncertain: string[]
  level?: number
}

/** The blocks of one page read by OCR. */
export function ocrBlocks(page: RecognizedPage, pageNumber: number, uncertainBelow: number): TextBlock[] {
  const lines: PageLine[] = []
  page.paragraphs.forEach((p, paragraph) => {
    for (const line of p.lines) {
      const text = normalizeText(line.words.map((w) => w.text).join(' '))
      if (text === '') continue
      const uncertain = line.words.filter((w) => w.confidence < uncertainBelow).map((w) => w.text)
      lines.push({ text, number: lines.length + 1, paragraph, line, uncertain })
    }
  })
  // A page number alone on the first or last line.
  if (lines.length > 0 && PAGE_NUMBER.test(lines.at(-1)?.text ?? '')) lines.pop()
  if (lines.length > 0 && PAGE_NUMBER.test(lines[0]?.text ?? '')) lines.shift()

  const body = quantile(lines.map((l) => l.line.size), 0.5)
  // The line pitch: a low quantile of the steps inside paragraphs (the engine's paragraphs often
  // hold a heading and its space too).
  const pitch = quantile(lines.slice(1).flatMap((l, i) => (lines[i]?.paragraph === l.paragraph && l.line.top > (lines[i]?.line.top ?? 0) ? [l.line.top - (lines[i]?.line.top ?? 0)] : [])), 0.3)
  const blocks: TextBlock[] = []
  let current: Pending | undefined
  const flush = (): void => {
    if (!current) return
    const text = normalizeText(joinLines(current.lines))
    if (text !== '') {
      const block: TextBlock = { kind: current.kind, text, line: current.line, column: 1, page: pageNumber }
      if (current.kind === 'heading') block.level = Math.max(1, Math.min(6, current.level ?? 1))
      if (current.uncertain.length > 0) block.uncertain = current.uncertain
      blocks.push(block)
    }
    current = undefined
  }
  lines.forEach((l, i) => {
    const prev = lines[i - 1]
    const next = lines[i + 1]
    const bullet = BULLET.exec(l.text)
    const gap = prev ? l.line.top - prev.line.top : 0
    const level = bullet ? undefined : headingLevel(l, prev, next, body, pitch)
    if (level !== undefined) {
      flush()
      current = { kind: 'heading', lines: [l.text], line: l.number, left: l.line.left, uncertain: [...l.uncertain], level }
      flush()
      return
    }
    // The engine cuts a paragraph at every line in some layouts (label column, hanging indent):
    // a line at the usual pitch, aligned (or indented under a bullet), after an unfinished line, continues it.
    const continues =
      prev !== undefined && current !== undefined && !wide(gap, pitch) && !/[.:;!?]["”’)]?$/.test(prev.text) &&
      (Math.abs(l.line.left - prev.line.left) <= body || (current.kind === 'list-item' && l.line.left > current.left))
    const startsNew = !current || !prev || bullet !== null || wide(gap, pitch) || NUMBERED_START.test(l.text) || (prev.paragraph !== l.paragraph && !continues)
    if (startsNew) {
      flush()
      current = { kind: bullet ? 'list-item' : 'paragraph', lines: [bullet ? l.text.slice(bullet[0].length) : l.text], line: l.number, left: l.line.left, uncertain: [...l.uncertain] }
    } else if (current) {
      current.lines.push(l.text)
      current.uncertain.push(...l.uncertain)
    }
  })
  flush()
  return blocks
}

/** Whether a gap between line tops is wider than the page's line pitch. */
const wide = (gap: number, pitch: number): boolean => pitch > 0 && gap > pitch * 1.35

/**
 * The heading level of a line that stands apart as a title: a numbered or capitalised title line
 * with space above it, a short title phrase with space above and below ("Conditions de
 * règlement"), or a title phrase in a larger size than the body.
 */
function headingLevel(l: PageLine, prev: PageLine | undefined, next: PageLine | undefined, body: number, pitch: number): number | undefined {
  const text = l.text
  if (text.length > 80 || /[.;,:]$/.test(text) || !/^[\p{Lu}\p{N}]/u.test(text) || !/\p{L}{2}/u.test(text)) return undefined
  const above = !prev || wide(l.line.top - prev.line.top, pitch)
  // The next line is far away, or in another column (a table header to the right).
  const below = !next || wide(next.line.top - l.line.top, pitch) || next.line.left - l.line.left > 10 * body || BULLET.test(next.text)
  const large = body > 0 && l.line.size >= body * 1.1
  const level = titleLevel(text)
  if (level !== undefined && (above || large)) return level
  if (!isTitlePhrase(text, 8) || /[:_@|]/.test(text)) return undefined
  if ((above && below && text.length <= 60) || (large && above)) return 2
  return undefined
}

/** The value at quantile `q` (0–1) of the values, 0 when there are none. */
function quantile(values: number[], q: number): number {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) * q)] ?? 0
}
