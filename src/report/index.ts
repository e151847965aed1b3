/** Reviewer output formats. Heavy ones are loaded only when asked for. */
import { UsageError } from '../core/errors.js'
import type { ReviewDocument } from '../read/document.js'
import type { FileReview } from '../review/types.js'
import { renderJson } from './json.js'
import { renderStylish } from './stylish.js'

export const REPORT_FORMATS = ['stylish', 'json', 'sarif', 'markdown', 'html', 'docx'] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]

/** Everything a reporter may need: the reviews and the documents they were made from. */
export interface ReportInput {
  reviews: readonly FileReview[]
  documents: ReadonlyMap<string, ReviewDocument>
  color: boolean
}

const BY_EXTENSION: Readonly<Record<string, ReportFormat>> = { '.json': 'json', '.sarif': 'sarif', '.md': 'markdown', '.markdown': 'markdown', '.html': 'html', '.htm': 'html', '.docx': 'docx', '.txt': 'stylish' }

/** The report format implied by an output file name (`-o report.sarif`). */
export function reportFormatForPath(path: string): ReportFormat {
  const ext = /\.[a-z]+$/i.exec(path)?.[0]?.toLowerCase() ?? ''
  const format = BY_EXTENSION[ext]
  if (!format) throw new UsageError(`cannot tell the report format of "${path}": use --format, or a .json, .sarif, .md, .html, .docx or .txt name`)
  return format
}

/** Parses `--format`. */
export function parseFormat(value: string): ReportFormat {
  if ((REPORT_FORMATS as readonly string[]).includes(value)) return value as ReportFormat
  throw new UsageError(`--format must be one of ${REPORT_FORMATS.join(', ')}, got "${value}"`)
}

/** Renders the reviews in a format (`docx`: bytes of the annotated copy of one file; the others: text). */
export async function renderReport(format: ReportFormat, input: ReportInput): Promise<string | Buffer> {
  switch (format) {
    case 'stylish':
      return renderStylish(input.reviews, input.color)
    case 'json':
      return renderJson(input.reviews)
    case 'sarif': {
      const { renderSarif } = await import('./sarif.js')
      return renderSarif(input.reviews)
    }
    case 'markdown': {
      const { renderMarkdownReport } = await import('./markdown.js')
      return renderMarkdownReport(input.reviews)
    }
    case 'html': {
      const { renderHtmlReport } = await import('./html.js')
      return renderHtmlReport(input.reviews, input.documents)
    }
    case 'docx': {
      if (input.reviews.length !== 1) throw new UsageError('--format docx takes one file at a time')
      const { renderAnnotatedDocx } = await import('./docx-annotated.js')
      return renderAnnotatedDocx(input.reviews, input.documents)
    }
  }
}
