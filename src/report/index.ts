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
