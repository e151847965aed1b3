/** Reviewer output formats. Heavy ones are loaded only when asked for. */
import { UsageError } from '../core/errors.js'
import { outputFormatFor } from '../core/formats.js'
import type { ReviewDocument } from '../read/document.js'
import type { FileReview } from '../review/types.js'
import { renderJson } from './json.js'
import { renderStylish } from './stylish.js'
import type { Lang } from '../library/schema.js'

export const REPORT_FORMATS = ['stylish', 'json', 'sarif', 'markdown', 'html', 'docx'] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]

/** The formats that read the reviewed documents themselves (the others read only the reviews). */
export const FORMATS_WITH_DOCUMENTS: ReadonlySet<ReportFormat> = new Set<ReportFormat>(['html', 'docx'])

/** Everything a reporter may need: the reviews and the documents they were made from. */
export interface ReportInput {
  reviews: readonly FileReview[]
  documents: ReadonlyMap<string, ReviewDocument>
  color: boolean
  /** The language of the stylish summary's own words (default English; findings keep theirs). */
  lang?: Lang
}

/** The report format implied by an output file name (`-o report.sarif`). */
export function reportFormatForPath(path: string): ReportFormat {
  return outputFormatFor<ReportFormat>(path, { json: 'json', sarif: 'sarif', md: 'markdown', html: 'html', docx: 'docx', txt: 'stylish' }, { what: 'report', formatOption: true })
}

/** Parses `--format`. */
export function parseFormat(value: string): ReportFormat {
  if ((REPORT_FORMATS as readonly string[]).includes(value)) return value as ReportFormat
  throw new UsageError(`--format must be one of ${REPORT_FORMATS.join(', ')}, got "${value}"`)
}

/** A report formatter: every format takes the same input (`docx`: bytes; the others: text). */
export type Reporter = (input: ReportInput) => Promise<string | Buffer>

/** The formatters by format; heavy ones are imported on first use. */
export const REPORTERS: Readonly<Record<ReportFormat, Reporter>> = {
  stylish: async ({ reviews, color, lang }) => renderStylish(reviews, color, lang),
  json: async ({ reviews }) => renderJson(reviews),
  sarif: async ({ reviews }) => (await import('./sarif.js')).renderSarif(reviews),
  markdown: async ({ reviews }) => (await import('./markdown.js')).renderMarkdownReport(reviews),
  html: async ({ reviews, documents }) => (await import('./html.js')).renderHtmlReport(reviews, documents),
  docx: async ({ reviews, documents }) => {
    if (reviews.length !== 1) throw new UsageError('--format docx takes one file at a time')
    return (await import('./docx-annotated.js')).renderAnnotatedDocx(reviews, documents)
  },
}

/** Renders the reviews in a format. */
export function renderReport(format: ReportFormat, input: ReportInput): Promise<string | Buffer> {
  return REPORTERS[format](input)
}
