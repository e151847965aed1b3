/** How much OCR a read may do, and how it reports progress. */
import { availableParallelism } from 'node:os'

/** OCR settings for one document. */
export interface OcrOptions {
  /** Most pages read by OCR in one document (more is an input error, nothing is read). */
  maxPages: number
  /** Most seconds of OCR for one document (longer is an input error). */
  timeoutSeconds: number
  /** OCR worker threads (each holds its own engine and language data, about 100 MB). */
  workers: number
  /** Resolution at which PDF pages without text are rendered for OCR. */
  dpi: number
  /** A page whose mean word confidence (0–100) is below this gets a warning. */
  warnBelow: number
  /** A word below this confidence (0–100) is marked uncertain. */
  uncertainBelow: number
  /** Called after each page read by OCR. */
  progress?: (done: number, total: number) => void
}

/** Reading options: `ocr: false` refuses scans and images as before OCR existed. */
export interface ReadOptions {
  ocr?: Partial<OcrOptions> | false
}

/** The defaults: 30 pages, 10 minutes, up to 4 threads, 200 dpi, warning under 70%. */
export const OCR_DEFAULTS: Readonly<Omit<OcrOptions, 'progress' | 'workers'>> = {
  maxPages: 30,
  timeoutSeconds: 600,
  dpi: 200,
  warnBelow: 70,
  uncertainBelow: 60,
}

/** Fills in the defaults (workers: one per core, at most 4). */
export function ocrOptions(options: Partial<OcrOptions> = {}): OcrOptions {
  const defined = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as Partial<OcrOptions>
  return { ...OCR_DEFAULTS, workers: Math.max(1, Math.min(4, availableParallelism())), ...defined }
}
