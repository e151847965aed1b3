/**
 * PDF reader. The text items of each page come from our own extractor (`pdf-text/`, the PDFs
 * word processors export) or, when it gives up on a document, from pdfjs-dist 5 (legacy build for
 * Node 20, fake worker, no eval, no font faces, warnings off), which also renders scanned pages
 * for OCR; both give the same items. Text items are grouped into lines by baseline, lines into
 * blocks by spacing, font changes and sentence ends; a line with wide gaps is split into table
 * cells; headings are single-line blocks in a larger font, or short title-like lines
 * ("12. LIMITATION OF LIABILITY"). `line` is the line number on the page.
 */
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { InputError } from '../core/errors.js'
import { headingAboveText, joinLines, normalizeText, titleLevel } from './blocks.js'
import type { OcrSummary, TextBlock } from './document.js'
import type { OcrOptions } from './ocr/options.js'
import { extractPdfText } from './pdf-text/index.js'
import { renderPdfjs, textPdfjs } from './pdfjs.js'

/** What a PDF yields. */
export interface PdfContent {
  blocks: TextBlock[]
  pages: number
  /** Set when pages without a text layer were read by OCR. */
  ocr?: OcrSummary
}

/** Fewer non-blank characters per page than this on average: no text layer. */
const MIN_CHARS_PER_PAGE = 16

/** pdf.js's CMap and standard-font folders, found when pdf.js is first used. */
let assets: { cMapUrl?: string; standardFontDataUrl?: string } | undefined
function pdfjsAssets(): { cMapUrl?: string; standardFontDataUrl?: string } {
  if (assets) return assets
  try {
    const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
    assets = { cMapUrl: join(root, 'cmaps') + '/', standardFontDataUrl: join(root, 'standard_fonts') + '/' }
  } catch {
    assets = {}
  }
  return assets
}

interface Run {
  x: number
  xEnd: number
  y: number
  size: number
  font: string
  text: string
}

interface Segment {
  x: number
  xEnd: number
  text: string
}

interface Line {
  y: number
  size: number
  font: string
  x: number
  xEnd: number
  segments: Segment[]
  /** 1-based line number on the page. */
  number: number
}

interface RawBlock {
  kind: TextBlock['kind']
  lines: string[]
  page: number
  line: number
  size: number
  /** Whether the block is still open to more lines. */
  single: boolean
}

/**
 * Reads a PDF (the caller has checked its header). With `ocr`, pages without a text layer are read
 * by OCR; without it, a PDF without a text layer is refused.
 */
export async function readPdf(buffer: Uint8Array, name: string, ocr?: OcrOptions): Promise<PdfContent> {
  return readWithOwnReader(buffer, ocr !== undefined) ?? readPdfWithPdfjs(buffer, name, ocr)
}

/** Reads a PDF with pdf.js (what `readPdf` falls back to; tests compare both readers with it). */
export async function readPdfWithPdfjs(buffer: Uint8Array, name: string, ocr?: OcrOptions): Promise<PdfContent> {
  const pdfjs = await textPdfjs()
  const task = pdfjs.getDocument(openOptions(buffer, pdfjs.VerbosityLevel.ERRORS))
  try {
    let document: PDFDocumentProxy
    try {
      document = await task.promise
    } catch (error) {
      if (isPasswordError(error)) throw new InputError(`${name}: the PDF is password-protected: remove the password first`)
      throw corrupt(name)
    }
    const pages: Line[][] = []
    const pageChars: number[] = []
    let chars = 0
    try {
      for (let n = 1; n <= document.numPages; n++) {
        const page = await document.getPage(n)
        const content = await page.getTextContent()
        const { runs, chars: pageCount } = toRuns(content.items)
        chars += pageCount
        pageChars.push(pageCount)
        pages.push(toLines(runs))
        page.cleanup()
      }
    } catch (error) {
      if (error instanceof InputError) throw error
      throw corrupt(name)
    }
    // OCR hook: the pages without a text layer are rendered and read by OCR (src/read/ocr).
    const scanned = ocr ? pageChars.flatMap((n, i) => (n < MIN_CHARS_PER_PAGE ? [i + 1] : [])) : []
    if (ocr && scanned.length > 0) {
      const read = await ocrScannedPages(buffer, scanned, name, ocr)
      for (const n of scanned) pages[n - 1] = []
      const blocks = [...toBlocks(pages), ...read.blocks].sort((a, b) => (a.page ?? 0) - (b.page ?? 0))
      if (blocks.length === 0) throw (await import('./ocr/ocr.js')).noTextError(name, scanned.length)
      return { blocks, pages: document.numPages, ocr: read.summary }
    }
    if (document.numPages > 0 && chars < MIN_CHARS_PER_PAGE * document.numPages) {
      throw new InputError(`${name}: no text layer (scanned PDF?): run OCR first`)
    }
    return { blocks: toBlocks(pages), pages: document.numPages }
  } finally {
    await task.destroy().catch(() => undefined)
  }
}

/**
 * Reads the document with our own text extractor (`pdf-text/`), or returns undefined for pdf.js
 * to read it: when the extractor gives up, when some page has too little text for OCR to be
 * asked (with `ocr`), or when the whole document has too little text (pdf.js's path gives the
 * error).
 */
export function readWithOwnReader(buffer: Uint8Array, ocr: boolean): PdfContent | undefined {
  const items = extractPdfText(buffer)
  if (!items) return undefined
  const pages: Line[][] = []
  let chars = 0
  for (const pageItems of items) {
    const { runs, chars: pageCount } = toRuns(pageItems)
    if (ocr && pageCount < MIN_CHARS_PER_PAGE) return undefined
    chars += pageCount
    pages.push(toLines(runs))
  }
  if (items.length > 0 && chars < MIN_CHARS_PER_PAGE * items.length) return undefined
  return { blocks: toBlocks(pages), pages: items.length }
}

/** What the line builder reads of a text item (pdf.js's or ours). */
interface ItemLike {
  str: string
  width: number
  height: number
  transform: unknown[]
  fontName: string
}

/** Text items to runs (white-space items dropped), with the page's count of non-blank characters. */
function toRuns(items: ReadonlyArray<ItemLike | object>): { runs: Run[]; chars: number } {
  const runs: Run[] = []
  let chars = 0
  for (const item of items) {
    if (!('str' in item) || item.str.trim() === '') continue
    const t = item.transform as number[]
    const size = Math.hypot(t[2] ?? 0, t[3] ?? 0) || Math.abs(item.height) || 10
    const x = t[4] ?? 0
    runs.push({ x, xEnd: x + item.width, y: t[5] ?? 0, size, font: item.fontName, text: item.str })
    chars += item.str.replace(/\s+/g, '').length
  }
  return { runs, chars }
}

/** pdf.js's options: no font faces, no eval, no offscreen canvas, errors only. */
function openOptions(buffer: Uint8Array, verbosity: number): Parameters<typeof PdfjsModule.getDocument>[0] {
  return {
    data: new Uint8Array(buffer),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    isOffscreenCanvasSupported: false,
    useWorkerFetch: false,
    stopAtErrors: false,
    verbosity,
    ...pdfjsAssets(),
  }
}

/**
 * Reads pages without a text layer by OCR, drawn by the pdf.js instance that has a canvas (the
 * document is opened again there: only scanned PDFs pay for it).
 */
async function ocrScannedPages(buffer: Uint8Array, pages: readonly number[], name: string, ocr: OcrOptions): Promise<{ blocks: TextBlock[]; summary: OcrSummary }> {
  const [pdfjs, { ocrPdfPages }] = await Promise.all([renderPdfjs(), import('./ocr/pdf-pages.js')])
  const task = pdfjs.getDocument(openOptions(buffer, pdfjs.VerbosityLevel.ERRORS))
  try {
    let document: PDFDocumentProxy
    try {
      document = await task.promise
    } catch {
      throw corrupt(name)
    }
    return await ocrPdfPages(document, pages, name, ocr)
  } finally {
    await task.destroy().catch(() => undefined)
  }
}

function corrupt(name: string): InputError {
  return new InputError(`${name}: not a valid PDF (corrupt or truncated)`)
}

function isPasswordError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'name' in error && error.name === 'PasswordException'
}

/** Groups text runs into lines (top to bottom), each split into segments at wide gaps. */
function toLines(runs: Run[]): Line[] {
  runs.sort((a, b) => b.y - a.y || a.x - b.x)
  const groups: Run[][] = []
  let group: Run[] = []
  let y = Number.NaN
  let size = 0
  for (const run of runs) {
    if (group.length > 0 && Math.abs(run.y - y) <= 0.45 * Math.max(size, run.size)) {
      group.push(run)
      size = Math.max(size, run.size)
      continue
    }
    if (group.length > 0) groups.push(group)
    group = [run]
    y = run.y
    size = run.size
  }
  if (group.length > 0) groups.push(group)

  const lines: Line[] = []
  for (const g of groups) {
    g.sort((a, b) => a.x - b.x)
    const segments: Segment[] = []
    const sizeChars = new Map<number, number>()
    const fontChars = new Map<string, number>()
    let current: Segment | undefined
    let prev: Run | undefined
    for (const run of g) {
      const n = run.text.length
      const rounded = Math.round(run.size * 2) / 2
      sizeChars.set(rounded, (sizeChars.get(rounded) ?? 0) + n)
      fontChars.set(run.font, (fontChars.get(run.font) ?? 0) + n)
      const gap = prev ? run.x - prev.xEnd : 0
      if (!current || !prev || gap > 3 * Math.max(run.size, prev.size)) {
        current = { x: run.x, xEnd: run.xEnd, text: run.text }
        segments.push(current)
      } else {
        const space = gap > 0.15 * run.size && !/\s$/.test(current.text) && !/^\s/.test(run.text)
        current.text += (space ? ' ' : '') + run.text
        current.xEnd = Math.max(current.xEnd, run.xEnd)
      }
      prev = run
    }
    // A bullet glyph alone before a wide tab is one segment with its text.
    const first = segments[0]
    const second = segments[1]
    if (first && second && BULLET.test(first.text.trim() + ' ')) {
      second.text = first.text.trim() + ' ' + second.text
      second.x = first.x
      segments.shift()
    }
    const xs = segments.map((s) => s.x)
    lines.push({
      y: g[0]?.y ?? 0,
      size: mostFrequent(sizeChars) ?? 10,
      font: mostFrequent(fontChars) ?? '',
      x: Math.min(...xs),
      xEnd: Math.max(...segments.map((s) => s.xEnd)),
      segments,
      number: 0,
    })
  }
  // Drop page numbers at the top or bottom of the page.
  const isPageNumber = (line: Line | undefined): boolean =>
    line !== undefined && line.segments.length === 1 && PAGE_NUMBER.test(normalizeText(line.segments[0]?.text ?? ''))
  if (isPageNumber(lines.at(-1))) lines.pop()
  if (isPageNumber(lines[0])) lines.shift()
  lines.forEach((line, i) => (line.number = i + 1))
  return lines
}

const PAGE_NUMBER = /^(?:(?:page|p\.)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:\/|of|sur)\s*\d{1,4})?$/i
const BULLET = /^[•◦▪▫‣⁃●○■□\uF0B7\uF0A7\uF076\uF0D8\uF0FC\uF0A8–-]\s+/
const NUMBERED_START = /^(?:\d{1,3}(?:\.\d{1,3})*\.\s|\d{1,3}(?:\.\d{1,3})+\s|\([a-z]\)\s|\([ivx]{1,5}\)\s)/

function mostFrequent<K>(counts: Map<K, number>): K | undefined {
  let best: K | undefined
  let max = -1
  for (const [key, n] of counts) {
    if (n > max) {
      best = key
      max = n
    }
  }
  return best
}

/** Groups the lines of every page into blocks, then finds headings. */
function toBlocks(pages: readonly Line[][]): TextBlock[] {
  const sizeChars = new Map<number, number>()
  const gaps = new Map<number, number>()
  for (const lines of pages) {
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]
      if (!line) continue
      const n = line.segments.reduce((sum, s) => sum + s.text.length, 0)
      sizeChars.set(line.size, (sizeChars.get(line.size) ?? 0) + n)
      const prev = lines[i - 1]
      if (prev && prev.size === line.size && prev.segments.length === 1 && line.segments.length === 1) {
        const gap = Math.round((prev.y - line.y) * 2) / 2
        gaps.set(gap, (gaps.get(gap) ?? 0) + 1)
      }
    }
  }
  const body = mostFrequent(sizeChars) ?? 10
  const pitch = mostFrequent(gaps) ?? body * 1.2

  const raw: RawBlock[] = []
  pages.forEach((lines, index) => {
    const page = index + 1
    const right = lines.reduce((max, l) => Math.max(max, l.xEnd), 0)
    const left = lines.reduce((min, l) => Math.min(min, l.x), Number.POSITIVE_INFINITY)
    const width = right - left
    let current: RawBlock | undefined
    let prev: Line | undefined
    const open = (kind: TextBlock['kind'], text: string, line: Line): void => {
      current = { kind, lines: [text], page, line: line.number, size: line.size, single: true }
      raw.push(current)
    }
    for (const line of lines) {
      if (line.segments.length > 1) {
        for (const s of line.segments) raw.push({ kind: 'table-cell', lines: [s.text], page, line: line.number, size: line.size, single: true })
        current = undefined
        prev = line
        continue
      }
      const text = line.segments[0]?.text.trim() ?? ''
      const bullet = BULLET.exec(text + ' ')
      if (bullet && text.length > bullet[0].length - 1) {
        open('list-item', text.slice(bullet[0].length - 1).trim() || text, line)
      } else if (
        !current || !prev || breaksBefore(prev, line, pitch, right, width) ||
        (current.kind === 'paragraph' && current.single && titleAbove(current.lines[0] ?? '', text))
      ) {
        open('paragraph', text, line)
      } else {
        current.lines.push(text)
        current.single = false
      }
      prev = line
    }
  })

  // Merge a paragraph cut by a page break ("…the Buyer shall" | "pay the invoice…").
  const merged: RawBlock[] = []
  const firstOfPage = new Set<RawBlock>()
  raw.forEach((b, i) => {
    if (i === 0 || raw[i - 1]?.page !== b.page) firstOfPage.add(b)
  })
  for (const block of raw) {
    const last = merged.at(-1)
    const lastText = last?.lines.at(-1) ?? ''
    if (
      last && last.kind === 'paragraph' && block.kind === 'paragraph' && block.page === last.page + 1 &&
      firstOfPage.has(block) && !/[.:;!?]$/.test(lastText) && /^\p{Ll}/u.test(block.lines[0] ?? '') &&
      Math.abs(block.size - last.size) < 0.5
    ) {
      last.lines.push(...block.lines)
      last.single = false
      continue
    }
    merged.push(block)
  }

  const headingSizes = [...new Set(merged.filter((b) => b.size >= body * 1.15).map((b) => b.size))].sort((a, b) => b - a)
  const blocks: TextBlock[] = []
  merged.forEach((b, i) => {
    const text = normalizeText(b.lines.length === 1 ? (b.lines[0] ?? '') : joinLines(b.lines))
    if (text === '') return
    let kind = b.kind
    let level: number | undefined
    if (kind === 'paragraph') {
      if (b.size >= body * 1.15 && text.length <= 200 && !/[.;,]$/.test(text)) {
        level = Math.min(6, headingSizes.indexOf(b.size) + 1)
      } else if (b.single && i + 1 < merged.length) {
        level = titleLevel(text)
      }
      if (level !== undefined) kind = 'heading'
    }
    const block: TextBlock = { kind, text, line: b.line, column: 1, page: b.page }
    if (kind === 'heading') block.level = Math.max(1, level ?? 1)
    blocks.push(block)
  })
  return blocks
}

/** Whether a new block starts at `line` after `prev` on the same page. */
function breaksBefore(prev: Line, line: Line, pitch: number, right: number, width: number): boolean {
  const gap = prev.y - line.y
  const size = Math.max(prev.size, line.size)
  if (gap > Math.max(pitch * 1.3, size * 1.15) || gap < 0) return true
  if (Math.abs(prev.size - line.size) > 0.5 || prev.font !== line.font) return true
  const prevText = prev.segments[0]?.text.trim() ?? ''
  const text = line.segments[0]?.text.trim() ?? ''
  const ended = /[.:;!?]["”’)]?$/.test(prevText)
  if (NUMBERED_START.test(text) && (ended || prev.xEnd < right - 0.25 * width)) return true
  return ended && prev.xEnd < right - 0.1 * width
}

/** Whether a block's single line is a title heading the line that follows ("ARTICLE 1 – PURPOSE"). */
function titleAbove(first: string, next: string): boolean {
  const title = normalizeText(first)
  return titleLevel(title) !== undefined && headingAboveText(title, next)
}
