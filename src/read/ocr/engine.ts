/**
 * The OCR engine: tesseract.js 7 workers (WebAssembly Tesseract in worker threads) with the French
 * and English LSTM data of the @tesseract.js-data packages. Offline by construction: the language
 * data is read from a local folder (never a URL, so tesseract.js never takes its download branch),
 * nothing is cached to the working folder, and the WebAssembly core is loaded from node_modules.
 */
import { scratchFolder } from '../../core/write-file.js'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import Tesseract from 'tesseract.js'
import { imageSize, turnImage } from './turn.js'

/** Tesseract language codes, in the order given to the engine (French first: users are French). */
export const OCR_LANGUAGES = ['fra', 'eng'] as const

/** One word as read, with its confidence (0–100). */
export interface OcrWord {
  text: string
  confidence: number
}

/** One line of text; `top`, `left` and `size` (row height, about the font size) in pixels. */
export interface OcrLine {
  words: OcrWord[]
  top: number
  left: number
  size: number
}

/** A paragraph as the engine's layout analysis found it. */
export interface OcrParagraph {
  lines: OcrLine[]
}

/** What the engine read on one page image. */
export interface RecognizedPage {
  paragraphs: OcrParagraph[]
  /** Mean word confidence, 0 when nothing was read. */
  confidence: number
  words: number
  /** Quarter turns applied before reading, in degrees. */
  rotation: number
}

/** A pool of OCR workers. */
export interface OcrEngine {
  /** Reads one encoded image (PNG, JPEG, TIFF). `dpi` when known (rendered PDF pages). */
  recognize(image: Uint8Array, dpi?: number): Promise<RecognizedPage>
  /** Stops every worker (also aborts running jobs). */
  terminate(): Promise<void>
}

const require = createRequire(import.meta.url)

/** The engine's name and version, as reported. */
export const OCR_ENGINE = `tesseract.js ${(require('tesseract.js/package.json') as { version: string }).version}`

let dataFolder: string | undefined

/**
 * A private temporary folder holding the two language files (links to the npm packages' files):
 * tesseract.js reads every language from one `langPath`, and each package has its own folder.
 */
function languageFolder(): string {
  if (dataFolder !== undefined) return dataFolder
  const scratch = scratchFolder('clausier-tessdata-', { removeAtExit: true })
  for (const code of OCR_LANGUAGES) {
    const source = join(dirname(require.resolve(`@tesseract.js-data/${code}/package.json`)), '4.0.0_best_int', `${code}.traineddata.gz`)
    scratch.link(source, `${code}.traineddata.gz`)
  }
  dataFolder = scratch.path
  return scratch.path
}

/** The tesseract.js worker options: local language data, no cache, no download, no logging. */
export function offlineWorkerOptions(): Partial<Tesseract.WorkerOptions> {
  return {
    langPath: languageFolder(),
    cacheMethod: 'none',
    gzip: true,
    workerBlobURL: false,
    legacyCore: false,
    legacyLang: false,
    // A failed job rejects its own promise; without a handler tesseract.js also throws it uncaught.
    errorHandler: () => undefined,
  }
}

/** The middle band of a page, where the text of a probe is read. */
function probe(width: number, height: number): Tesseract.Rectangle {
  return { left: Math.round(width * 0.1), top: Math.round(height * 0.3), width: Math.round(width * 0.8), height: Math.round(height * 0.3) }
}

/** Confidence under which the page is tried turned a quarter, half or three quarters. */
const TRY_TURNS_BELOW = 55

/** Starts `workers` OCR workers (in parallel) behind one job queue. */
export async function createOcrEngine(workers: number): Promise<OcrEngine> {
  const scheduler = Tesseract.createScheduler()
  const options = offlineWorkerOptions()
  const started = await Promise.allSettled(
    Array.from({ length: Math.max(1, workers) }, () => Tesseract.createWorker([...OCR_LANGUAGES], Tesseract.OEM.LSTM_ONLY, options)),
  )
  for (const s of started) if (s.status === 'fulfilled') scheduler.addWorker(s.value)
  const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected')
  if (failed) {
    await scheduler.terminate()
    throw new Error(`the OCR engine did not start: ${String(failed.reason)}`)
  }

  // Once stopped, no job may reach the scheduler: it would hand it to a terminated worker, whose
  // message send then fails outside any promise we hold and ends the process (seen when the time
  // limit stops a page half-way through its rotation probes).
  let stopped = false
  const read = async (image: Uint8Array, dpi: number | undefined, rectangle?: Tesseract.Rectangle): Promise<Tesseract.Page> => {
    if (stopped) throw new Error('the OCR engine was stopped')
    // Parameters other than tesseract.js's own are set on Tesseract for this job only.
    const params: Record<string, unknown> = { rotateAuto: true, debug_file: '/dev/null' }
    if (dpi !== undefined) params.user_defined_dpi = String(dpi)
    if (rectangle) params.rectangle = rectangle
    const job = scheduler.addJob('recognize', Buffer.from(image.buffer, image.byteOffset, image.byteLength), params as Partial<Tesseract.RecognizeOptions>, { blocks: true, text: false, hocr: false, tsv: false })
    return (await job).data
  }

  return {
    async recognize(image, dpi) {
      const first = toPage(await read(image, dpi), 0)
      if (first.confidence >= TRY_TURNS_BELOW && first.words >= 3) return first
      // Unsure: probe the middle of the page turned each way, then read the best turn in full.
      const size = await imageSize(image).catch(() => undefined)
      if (!size) return first
      let best: { degrees: 0 | 90 | 180 | 270; image: Uint8Array; score: number } = { degrees: 0, image, score: score(toPage(await read(image, dpi, probe(size.width, size.height)), 0)) }
      for (const degrees of [90, 270, 180] as const) {
        const turned = await turnImage(image, degrees).catch(() => undefined)
        if (!turned) continue
        const quarter = degrees !== 180
        const s = score(toPage(await read(turned, dpi, probe(quarter ? size.height : size.width, quarter ? size.width : size.height)), degrees))
        if (s > best.score) best = { degrees, image: turned, score: s }
      }
      if (best.degrees === 0) return first
      const turned = toPage(await read(best.image, dpi), best.degrees)
      return turned.confidence > first.confidence ? turned : first
    },
    async terminate() {
      stopped = true
      // A job dispatched just before the stop is still loading its image (a few microtasks):
      // let it reach its worker before the workers go.
      await new Promise((resolve) => setImmediate(resolve))
      await scheduler.terminate()
    },
  }
}

/** Confident words of three letters or more: a sideways page reads as symbols and unsure scraps. */
function score(page: RecognizedPage): number {
  return page.paragraphs.reduce((n, p) => n + p.lines.reduce((m, l) => m + l.words.filter((w) => w.confidence >= 80 && /\p{L}{3}/u.test(w.text)).length, 0), 0)
}

function toPage(data: Tesseract.Page, rotation: number): RecognizedPage {
  const paragraphs: OcrParagraph[] = []
  let sum = 0
  let words = 0
  for (const block of data.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      const lines: OcrLine[] = []
      for (const line of paragraph.lines) {
        const ws = line.words.filter((w) => w.text.trim() !== '').map((w) => ({ text: w.text.trim(), confidence: w.confidence }))
        if (ws.length === 0) continue
        for (const w of ws) sum += w.confidence
        words += ws.length
        const size = line.rowAttributes?.rowHeight || line.bbox.y1 - line.bbox.y0
        lines.push({ words: ws, top: line.bbox.y0, left: line.bbox.x0, size })
      }
      if (lines.length > 0) paragraphs.push({ lines })
    }
  }
  return { paragraphs, confidence: words === 0 ? 0 : sum / words, words, rotation }
}
