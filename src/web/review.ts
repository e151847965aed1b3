/**
 * Review routes: uploaded quotes, purchase orders and contracts are read in memory by the CLI's
 * readers, reviewed by the engine with the CLI's playbook, and answered with a summary and the
 * HTML report of each file (the document with its evidence highlighted, findings beside it, the
 * text to ask for). Downloads re-send the files: the server keeps nothing between requests.
 */
import { extname } from 'node:path'
import type { Hono } from 'hono'
import { UserError } from '../core/errors.js'
import type { Lang } from '../library/schema.js'
import type { ReviewDocument } from '../read/document.js'
import { formatFromExtension } from '../read/input.js'
import type { FileReview } from '../review/types.js'
import { attachment, fileStem } from './http.js'
import { RequestError } from './http-error.js'
import type { RouteDeps, Services } from './services.js'
import { readUploads, type Upload } from './uploads.js'

/** One reviewed file as the browser lists it. */
export interface ReviewedFile {
  name: string
  /** Set when the file could not be read (unsupported type, scan without text…). */
  error?: string
  language?: Lang
  kind?: string
  counts?: { errors: number; warnings: number; present: number; referenced: number; total: number }
  summary?: Array<[string, string]>
  /** How many essential clauses the special-terms addendum would add. */
  missing?: number
  /** Set when the text was read by OCR: the mean confidence per page ("p. 1: 92%"). */
  ocr?: string
  /** The HTML report of this file (a self-contained page). */
  html?: string
}

const EXPORTS = ['html', 'json', 'docx', 'addendum'] as const
type ExportFormat = (typeof EXPORTS)[number]

function parseLangField(value: string | undefined): Lang | undefined {
  if (value === undefined || value === '' || value === 'auto') return undefined
  if (value === 'fr' || value === 'en') return value
  throw new RequestError(`lang must be fr, en or auto, got "${value}"`)
}

/** Reads and reviews one upload. */
export async function reviewUpload(upload: Upload, services: Services, lang: Lang | undefined): Promise<{ doc: ReviewDocument; review: FileReview }> {
  const { readBuffer } = await import('../read/index.js')
  const doc = await readBuffer(upload.bytes, upload.name, formatFromExtension(upload.name, extname(upload.name)))
  return { doc, review: (await services.reviewer(lang)).review(doc) }
}

async function missingClauses(review: FileReview, services: Services) {
  return (await services.reviewer()).clausesToAdd(review)
}

async function describe(upload: Upload, services: Services, lang: Lang | undefined): Promise<ReviewedFile> {
  let reviewed
  try {
    reviewed = await reviewUpload(upload, services, lang)
  } catch (e) {
    if (e instanceof UserError) return { name: upload.name, error: e.message.split('\n')[0] ?? '' }
    throw e
  }
  const { doc, review } = reviewed
  const { countReview, labelsFor, ocrConfidences, summaryRows } = await import('../report/labels.js')
  const { renderHtmlReport } = await import('../report/html.js')
  return {
    name: upload.name,
    language: review.language,
    kind: review.kind,
    counts: countReview(review),
    summary: summaryRows(review, labelsFor(review.language)),
    missing: (await missingClauses(review, services)).length,
    ...(review.ocr ? { ocr: ocrConfidences(review.ocr, 'en') } : {}),
    html: renderHtmlReport([review], new Map([[doc.path, doc]])),
  }
}

async function exportReview(format: ExportFormat, uploads: Upload[], services: Services, lang: Lang | undefined): Promise<{ data: string | Buffer; name: string; type: 'html' | 'json' | 'docx' }> {
  const results = []
  for (const u of uploads) results.push(await reviewUpload(u, services, lang))
  const reviews = results.map((r) => r.review)
  const documents = new Map(results.map((r) => [r.doc.path, r.doc]))
  const stem = uploads.length === 1 ? fileStem(uploads[0]!.name.replace(/\.[^.]+$/, ''), 'review') : 'review'
  if (format === 'html' || format === 'json') {
    const { renderReport } = await import('../report/index.js')
    return { data: await renderReport(format, { reviews, documents, color: false }), name: `${stem}-review.${format}`, type: format }
  }
  if (results.length !== 1) throw new RequestError(`${format === 'docx' ? 'the annotated copy' : 'the addendum'} is made for one file at a time`)
  const { doc, review } = results[0]!
  if (format === 'docx') {
    const { renderAnnotatedDocx } = await import('../report/docx-annotated.js')
    return { data: await renderAnnotatedDocx(reviews, documents), name: `${stem}-annotated.docx`, type: 'docx' }
  }
  const missing = await missingClauses(review, services)
  if (missing.length === 0) throw new RequestError(`${doc.path}: every essential clause is already there: no special terms to add`)
  const { buildSpecialTerms } = await import('../addendum/special-terms.js')
  const { quoteValues } = await import('../review/quote-values.js')
  const { renderContract } = await import('../render/index.js')
  const result = buildSpecialTerms({ review, values: quoteValues(doc), clauses: missing, library: await services.library(), lang: lang ?? review.language, today: services.today(), quoteName: doc.path })
  return { data: await renderContract(result.contract, 'docx'), name: `${stem}-addendum.docx`, type: 'docx' }
}

/** Registers the review routes under `/api/review`. */
export function reviewRoutes(app: Hono, { services, limits }: RouteDeps): void {
  app.post('/api/review', async (c) => {
    const { files, fields } = await readUploads(c, limits)
    const lang = parseLangField(fields.lang)
    const out: ReviewedFile[] = []
    for (const f of files) out.push(await describe(f, services, lang))
    return c.json({ files: out })
  })

  app.post('/api/review/export', async (c) => {
    const { files, fields } = await readUploads(c, limits)
    const format = fields.format
    if (!(EXPORTS as readonly string[]).includes(format ?? '')) throw new RequestError(`format must be one of ${EXPORTS.join(', ')}, got "${format ?? ''}"`)
    const { data, name, type } = await exportReview(format as ExportFormat, files, services, parseLangField(fields.lang))
    return attachment(c, data, name, type)
  })
}
