/**
 * Reads page images by OCR within the document's limits: refuses more pages than allowed before
 * starting, spreads pages over worker threads, stops at the time limit, reports progress, and
 * returns the blocks with a summary (mean confidence per page) for the report.
 */
import { InputError } from '../../core/errors.js'
import type { OcrPage, OcrSummary, TextBlock } from '../document.js'
import { createOcrEngine, OCR_ENGINE, OCR_LANGUAGES, type RecognizedPage } from './engine.js'
import { ocrBlocks } from './layout.js'
import type { OcrOptions } from './options.js'

/** A page to read: its number and how to get its image (rendered or read lazily). */
export interface PageImage {
  page: number
  load: () => Promise<{ image: Uint8Array; dpi?: number }>
}

/** What OCR read. */
export interface OcrResult {
  blocks: TextBlock[]
  summary: OcrSummary
}

/** Throws when more pages need OCR than the limit allows (nothing is read then). */
export function checkPageLimit(count: number, name: string, options: Pick<OcrOptions, 'maxPages'>): void {
  if (count > options.maxPages) {
    throw new InputError(`${name}: ${count} pages need OCR, over the limit of ${options.maxPages} pages per document (--ocr-max-pages)`)
  }
}

/** The error for a document in which OCR found no text at all. */
export function noTextError(name: string, pages: number): InputError {
  return new InputError(`${name}: no readable text after OCR${pages > 1 ? ` on ${pages} pages` : ''} (blank, too blurred or not a document?)`)
}

/** Reads the pages by OCR, in page order. */
export async function ocrPages(pages: readonly PageImage[], name: string, options: OcrOptions): Promise<OcrResult> {
  checkPageLimit(pages.length, name, options)
  const engine = await createOcrEngine(Math.max(1, Math.min(options.workers, pages.length)))
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new InputError(`${name}: OCR took longer than the limit of ${options.timeoutSeconds} s per document (--ocr-timeout)`)),
      options.timeoutSeconds * 1000,
    )
    timer.unref()
  })
  let done = 0
  const read = async (p: PageImage): Promise<RecognizedPage> => {
    const { image, dpi } = await p.load()
    let page: RecognizedPage
    try {
      page = await engine.recognize(image, dpi)
    } catch {
      throw new InputError(pages.length === 1 && p.page === 1 ? `${name}: the image cannot be decoded (corrupt or truncated)` : `${name}: the image of page ${p.page} cannot be decoded (corrupt or truncated)`)
    }
    options.progress?.(++done, pages.length)
    return page
  }
  // One lane per worker: a page is rendered only when a worker is free, so at most `lanes` page
  // images are in memory at once, whatever the page count.
  const lanes = Math.min(options.workers, pages.length)
  const recognized: RecognizedPage[] = new Array(pages.length)
  let next = 0
  let stopped = false
  const lane = async (): Promise<void> => {
    while (!stopped && next < pages.length) {
      const i = next++
      const page = pages[i]
      if (page) recognized[i] = await read(page)
    }
  }
  try {
    await Promise.race([Promise.all(Array.from({ length: lanes }, lane)), timeout])
  } finally {
    stopped = true
    clearTimeout(timer)
    await engine.terminate().catch(() => undefined)
  }
  const blocks: TextBlock[] = []
  const summary: OcrPage[] = []
  recognized.forEach((r, i) => {
    const page = pages[i]?.page ?? i + 1
    const pageBlocks = ocrBlocks(r, page, options.uncertainBelow)
    blocks.push(...pageBlocks)
    const uncertainWords = r.paragraphs.reduce((n, p) => n + p.lines.reduce((m, l) => m + l.words.filter((w) => w.confidence < options.uncertainBelow).length, 0), 0)
    summary.push({ page, confidence: Math.round(r.confidence * 10) / 10, words: r.words, uncertainWords, rotation: r.rotation })
  })
  return { blocks, summary: { engine: OCR_ENGINE, languages: [...OCR_LANGUAGES], threshold: options.warnBelow, pages: summary } }
}
