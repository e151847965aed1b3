/** The formats of `clausier compare`; heavy ones are loaded only when asked for. */
import { UsageError } from '../../core/errors.js'
import { outputFormatFor } from '../../core/formats.js'
import type { ReviewDocument } from '../../read/document.js'
import type { Comparison } from '../compare.js'
import { renderCompareJson } from './json.js'
import { renderCompareStylish } from './stylish.js'

export const COMPARE_FORMATS = ['stylish', 'json', 'html', 'docx'] as const
export type CompareFormat = (typeof COMPARE_FORMATS)[number]

/** Parses `--format`. */
export function parseCompareFormat(value: string): CompareFormat {
  if ((COMPARE_FORMATS as readonly string[]).includes(value)) return value as CompareFormat
  throw new UsageError(`--format must be one of ${COMPARE_FORMATS.join(', ')}, got "${value}"`)
}

/** The format implied by an output file name. */
export function compareFormatForPath(path: string): CompareFormat {
  return outputFormatFor<CompareFormat>(path, { json: 'json', html: 'html', docx: 'docx', txt: 'stylish' }, { what: 'report', formatOption: true })
}

/** Renders a comparison (`docx`: bytes, over their document; the others: text). */
export async function renderComparison(format: CompareFormat, c: Comparison, theirs: ReviewDocument, color: boolean): Promise<string | Buffer> {
  switch (format) {
    case 'stylish':
      return renderCompareStylish(c, color)
    case 'json':
      return renderCompareJson(c)
    case 'html':
      return (await import('./html.js')).renderCompareHtml(c)
    case 'docx':
      return (await import('./docx.js')).renderCompareDocx(c, theirs)
  }
}
