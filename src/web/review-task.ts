/**
 * One review job of the web app, as plain data in and out so it can run in a worker thread: read
 * the uploads (and the terms they incorporate, `--with`), review them with the CLI's engine and
 * playbook, and answer either the page's view of one file or a download (report, annotated copy,
 * addendum). The same function runs in the pool's workers and, without workers, in this thread.
 */
import { extname } from 'node:path'
import { UserError } from '../core/errors.js'
import type { Lang } from '../library/schema.js'
import type { ReviewDocument } from '../read/document.js'
import { formatFromExtension } from '../read/input.js'
import { readErrorText } from '../i18n/index.js'
import { FAMILIES } from '../library/taxonomy.js'
import type { FileReview, Finding } from '../review/types.js'
import type { Change } from '../compare/types.js'
import type { ParagraphDiff } from '../compare/diff.js'
import { fileStem } from './http.js'
import { RequestError } from './http-error.js'
import type { Services } from './services.js'
import type { Upload } from './uploads.js'

/** The downloads of the review page. */
export const REVIEW_EXPORTS = ['html', 'json', 'docx', 'addendum'] as const
/** One of REVIEW_EXPORTS. */
export type ReviewExport = (typeof REVIEW_EXPORTS)[number]

/** What a review job is asked to do. */
export type ReviewJob =
  | { op: 'describe'; file: Upload; terms: Upload[]; lang?: Lang; ui?: Lang }
  | { op: 'export'; format: ReviewExport; files: Upload[]; terms: Upload[]; lang?: Lang; ui?: Lang }
  /** `files` is [ours, theirs]: our draft, then the version they sent back. */
  | { op: 'compare'; format: CompareExport; files: Upload[]; terms: Upload[]; lang?: Lang; ui?: Lang }

/** What the compare mode answers: the page's view (JSON), or a download. */
export const COMPARE_EXPORTS = ['view', 'html', 'json', 'docx'] as const
/** One of COMPARE_EXPORTS. */
export type CompareExport = (typeof COMPARE_EXPORTS)[number]

/** One finding as the review page lists it: grouped, titled, with what to ask for. */
export interface FindingView {
  severity: Finding['severity']
  /** The clause's title in the report's language (never its id), or the rule's theme. */
  title: string
  clauseId?: string
  /** The theme the finding belongs to (the library's clause family), for grouping. */
  theme: string
  message: string
  sources: string[]
  /** Where it is, "p. 1, ligne 33" / "p. 1, line 33", when the finding has a place. */
  where?: string
  /** The text to ask for. */
  ask?: string
}

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
  /** The findings, most serious first, then by theme. */
  findings?: FindingView[]
  /** The names of the terms reviewed with it (`--with`). */
  with?: string[]
  /** Set when the text was read by OCR: the mean confidence per page ("p. 1 : 92 %"). */
  ocr?: string
  /** The HTML report of this file (a self-contained page). */
  html?: string
}

/** A download made by a job. */
export interface ReviewDownload {
  data: string | Uint8Array
  name: string
  type: 'html' | 'json' | 'docx'
}

/**
 * The answer of a job. A reviewed file comes as its JSON, already UTF-8 encoded by the worker and
 * moved without a copy: the server's thread does no work proportional to a large report.
 */
export type ReviewJobResult = { op: 'describe' | 'compare'; json: Uint8Array } | { op: 'export'; download: ReviewDownload }

/** One weakened term as the compare page lists it: the clause, before → after, and the verdict. */
export interface WeakenedTermView {
  clause: string
  label: string
  before?: string
  after?: string
  /** False when the new value is outside the playbook threshold (the most serious). */
  meetsThreshold?: boolean
  threshold?: string
  message: string
}

/** One change as the compare page lists it. */
export interface ChangeView {
  clause: string
  clauseId: string | null
  change: Change['change']
  moved: boolean
  weakened: boolean
  essential: boolean
  message: string
  diff: ParagraphDiff[]
}

/** The compare page's view of their version against our draft. */
export interface ComparisonView {
  ours: string
  theirs: string
  language: Lang
  summary: { matched: number; removed: number; added: number; modified: number; moved: number; weakened: number; failing: boolean }
  changes: ChangeView[]
  /** Every weakened term, most serious first (outside the playbook threshold, then the rest). */
  weakened: WeakenedTermView[]
  /** The findings their text raises that ours did not. */
  findings: string[]
  /** The HTML report (a self-contained page). */
  html: string
}

async function read(upload: Upload): Promise<ReviewDocument> {
  const { readBuffer } = await import('../read/index.js')
  return readBuffer(upload.bytes, upload.name, formatFromExtension(upload.name, extname(upload.name)))
}

/** Reads and reviews one upload with its terms. */
export async function reviewUpload(upload: Upload, terms: readonly ReviewDocument[], services: Services, lang: Lang | undefined): Promise<{ doc: ReviewDocument; review: FileReview }> {
  const doc = await read(upload)
  return { doc, review: (await services.reviewer(lang)).review(doc, terms) }
}

async function missingClauses(review: FileReview, services: Services) {
  return (await services.reviewer()).clausesToAdd(review)
}

const SEVERITY_ORDER: Record<Finding['severity'], number> = { error: 0, warning: 1 }

const themeRank = (theme: string): number => (FAMILIES as readonly string[]).indexOf(theme)

/** The findings of a review as the page shows them: most serious first, then by theme, then in document order. */
export async function findingViews(review: FileReview, services: Services): Promise<FindingView[]> {
  const { labelsFor, formatLocation } = await import('../report/labels.js')
  const library = await services.library()
  const labels = labelsFor(review.language)
  const clauses = new Map(library.clauses.map((c) => [c.id, c]))
  const views = review.findings.map((f) => {
    const clause = f.clauseId ? clauses.get(f.clauseId) : undefined
    const theme = clause?.family ?? 'general'
    return {
      severity: f.severity,
      title: clause?.title[review.language] ?? f.message.split(/[.:]/)[0] ?? f.ruleId,
      ...(f.clauseId ? { clauseId: f.clauseId } : {}),
      theme,
      message: f.message,
      sources: f.sources ?? [],
      ...(f.line !== undefined ? { where: formatLocation(labels, f) } : {}),
      ...(f.suggestion ? { ask: f.suggestion } : {}),
      order: f.line ?? Number.MAX_SAFE_INTEGER,
    }
  })
  views.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || themeRank(a.theme) - themeRank(b.theme) || a.order - b.order)
  return views.map(({ order: _order, ...v }) => v)
}

async function describe(upload: Upload, terms: Upload[], services: Services, lang: Lang | undefined, ui: Lang | undefined): Promise<ReviewedFile> {
  let reviewed
  try {
    const termDocs = await Promise.all(terms.map(read))
    reviewed = await reviewUpload(upload, termDocs, services, lang)
  } catch (e) {
    if (e instanceof UserError) {
      const line = e.message.split('\n')[0] ?? ''
      return { name: upload.name, error: ui ? readErrorText(line, ui) : line }
    }
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
    findings: await findingViews(review, services),
    with: terms.map((t) => t.name),
    ...(review.ocr ? { ocr: ocrConfidences(review.ocr, ui ?? review.language) } : {}),
    html: renderHtmlReport([review], new Map([[doc.path, doc]])),
  }
}

/** A download's name: "<file>-revue.html" for one file, "revue-3-documents.html" for several (in the interface's language). */
export function downloadName(files: readonly Upload[], format: ReviewExport, ext: string, lang: Lang): string {
  if (files.length !== 1) return `${SUFFIX[lang].html}-${files.length}-documents.${ext}`
  return `${fileStem(files[0]!.name.replace(/\.[^.]+$/, ''), 'document')}-${SUFFIX[lang][format]}.${ext}`
}

const SUFFIX: Record<Lang, Record<ReviewExport, string>> = {
  fr: { html: 'revue', json: 'revue', docx: 'annote', addendum: 'conditions-particulieres' },
  en: { html: 'review', json: 'review', docx: 'annotated', addendum: 'special-terms' },
}

async function exportReview(format: ReviewExport, uploads: Upload[], terms: Upload[], services: Services, lang: Lang | undefined, ui: Lang | undefined): Promise<ReviewDownload> {
  const termDocs = await Promise.all(terms.map(read))
  const results = []
  for (const u of uploads) results.push(await reviewUpload(u, termDocs, services, lang))
  const reviews = results.map((r) => r.review)
  const documents = new Map(results.map((r) => [r.doc.path, r.doc]))
  for (const t of termDocs) documents.set(t.path, t)
  // File names and messages follow the interface's language, else the report's.
  const nameLang = ui ?? lang ?? reviews[0]?.language ?? 'fr'
  const name = (ext: string) => downloadName(uploads, format, ext, nameLang)
  if (format === 'html' || format === 'json') {
    const { renderReport } = await import('../report/index.js')
    return { data: await renderReport(format, { reviews, documents, color: false }), name: name(format), type: format }
  }
  if (results.length !== 1) throw new RequestError({ key: format === 'docx' ? 'api.oneFileAnnotated' : 'api.oneFileAddendum' })
  const { doc, review } = results[0]!
  if (format === 'docx') {
    const { renderAnnotatedDocx } = await import('../report/docx-annotated.js')
    return { data: new Uint8Array(await renderAnnotatedDocx(reviews, documents)), name: name('docx'), type: 'docx' }
  }
  const missing = await missingClauses(review, services)
  if (missing.length === 0) throw new RequestError({ key: 'error.nothingToAdd', params: { quote: doc.path } })
  const { buildSpecialTerms } = await import('../addendum/special-terms.js')
  const { quoteValues } = await import('../review/quote-values.js')
  const { renderContract } = await import('../render/index.js')
  const result = buildSpecialTerms({ review, values: quoteValues(doc), clauses: missing, library: await services.library(), lang: lang ?? review.language, today: services.today(), quoteName: doc.path })
  const docx = (await renderContract(result.contract, 'docx')) as Buffer
  return { data: new Uint8Array(docx.buffer, docx.byteOffset, docx.byteLength), name: name('docx'), type: 'docx' }
}

/** 0: outside the playbook threshold, 1: the term is gone, 2: weakened but within the threshold. */
const seriousness = (t: WeakenedTermView): number => (t.meetsThreshold === false ? 0 : t.after === undefined ? 1 : 2)

const CHANGE_ORDER: Record<Change['change'], number> = { removed: 0, modified: 1, added: 2, moved: 3 }

/** Compares their version (files[1]) with our draft (files[0]): the page's view, or a download. */
async function compareUploads(format: CompareExport, files: Upload[], services: Services, lang: Lang | undefined, ui: Lang | undefined): Promise<ReviewJobResult> {
  const nameLang = ui ?? lang ?? 'fr'
  if (files.length !== 2) throw new RequestError({ key: 'api.compareTwo', params: { count: files.length } })
  const [ours, theirs] = await Promise.all(files.map(read))
  const { compareDocuments } = await import('../compare/compare.js')
  const comparison = compareDocuments(ours!, theirs!, { reviewer: await services.reviewer(), ...(lang ? { lang } : {}) })
  const { renderComparison } = await import('../compare/format/index.js')
  const stem = fileStem(files[1]!.name.replace(/\.[^.]+$/, ''), 'document')
  const suffix = nameLang === 'fr' ? 'modifications' : 'changes'
  if (format === 'html' || format === 'json') {
    const data = (await renderComparison(format, comparison, theirs!, false)) as string
    return { op: 'export', download: { data, name: `${stem}-${suffix}.${format}`, type: format } }
  }
  if (format === 'docx') {
    const docx = (await renderComparison('docx', comparison, theirs!, false)) as Buffer
    return { op: 'export', download: { data: new Uint8Array(docx.buffer, docx.byteOffset, docx.byteLength), name: `${stem}-${nameLang === 'fr' ? 'commente' : 'commented'}.docx`, type: 'docx' } }
  }
  const { summarize } = await import('../compare/format/json.js')
  const { clauseName } = await import('../compare/messages.js')
  const library = await services.library()
  const clauseOf = (c: Change) => clauseName(c, library, comparison.lang)
  const changes = [...comparison.changes].sort((a, b) => Number(b.weakened) - Number(a.weakened) || Number(b.essential) - Number(a.essential) || CHANGE_ORDER[a.change] - CHANGE_ORDER[b.change])
  const weakened = comparison.changes
    .flatMap((c) => c.terms.filter((t) => t.weakened).map((t) => ({ clause: clauseOf(c), label: t.label, ...(t.before ? { before: t.before.display } : {}), ...(t.after ? { after: t.after.display } : {}), ...(t.meetsThreshold !== undefined ? { meetsThreshold: t.meetsThreshold } : {}), ...(t.threshold ? { threshold: t.threshold } : {}), message: t.message })))
    .sort((a, b) => seriousness(a) - seriousness(b))
  const view: ComparisonView = {
    ours: files[0]!.name,
    theirs: files[1]!.name,
    language: comparison.lang,
    summary: summarize(comparison),
    changes: changes.map((c) => ({ clause: clauseOf(c), clauseId: c.clauseId, change: c.change, moved: c.moved, weakened: c.weakened, essential: c.essential, message: c.message, diff: c.diff })),
    weakened,
    findings: [...comparison.changes.flatMap((c) => c.findings), ...comparison.findings].map((f) => f.message),
    html: (await renderComparison('html', comparison, theirs!, false)) as string,
  }
  return { op: 'compare', json: new TextEncoder().encode(JSON.stringify(view)) }
}

/** Runs one job. User mistakes (unreadable file…) are thrown as UserError, with their one-line message. */
export async function runReviewJob(job: ReviewJob, services: Services): Promise<ReviewJobResult> {
  if (job.op === 'describe') return { op: 'describe', json: new TextEncoder().encode(JSON.stringify(await describe(job.file, job.terms, services, job.lang, job.ui))) }
  if (job.op === 'compare') return compareUploads(job.format, job.files, services, job.lang, job.ui)
  return { op: 'export', download: await exportReview(job.format, job.files, job.terms, services, job.lang, job.ui) }
}
