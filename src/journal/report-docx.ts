/**
 * DOCX report: the same mdast as Markdown and HTML, written by the shared report writer with the
 * contract's Word styles; open non-conformities get a red shaded heading.
 */
import type { Heading } from 'mdast'
import { mdastToDocx } from '../render/docx/from-mdast.js'
import { OPEN_CLASS, reportToMdast, type JournalReport } from './report.js'

function isOpen(h: Heading): boolean {
  const cls = (h.data?.hProperties as { className?: unknown } | undefined)?.className
  return Array.isArray(cls) && cls.includes(OPEN_CLASS)
}

/** Renders the report to DOCX bytes. */
export async function renderReportDocx(report: JournalReport): Promise<Buffer> {
  return mdastToDocx(reportToMdast(report), {
    title: 'Verification journal of lead generators',
    description: `Checks ${report.filter.from ?? ''}–${report.filter.to ?? report.generatedAt}`,
    isAlert: isOpen,
  })
}
