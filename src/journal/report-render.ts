/** Renders the verification report: Markdown (remark-stringify), HTML (remark-rehype), DOCX (lazy). */
import type { OutputFormat } from '../render/index.js'
import { mdastToHtmlPage, mdastToMarkdown } from '../render/page.js'
import { OPEN_CLASS, reportToMdast, type JournalReport } from './report.js'

const CSS = `code{font-size:.8em;word-break:break-all}
.${OPEN_CLASS}{background:#fde2e1;border-left:4px solid #b42318;padding-left:.4rem;color:#7a1610}`

/** The report as Markdown (CommonMark + GFM tables). */
export function renderReportMarkdown(report: JournalReport): string {
  return mdastToMarkdown(reportToMdast(report))
}

/** The report as a self-contained HTML page; open non-conformities are highlighted. */
export function renderReportHtml(report: JournalReport): string {
  return mdastToHtmlPage(reportToMdast(report), { lang: 'en', title: `Verification journal — ${report.generatedAt.slice(0, 10)}`, css: CSS })
}

/** Renders in the format asked for; DOCX is loaded only when needed. */
export async function renderReport(report: JournalReport, format: OutputFormat): Promise<string | Buffer> {
  if (format === 'md') return renderReportMarkdown(report)
  if (format === 'html') return renderReportHtml(report)
  const { renderReportDocx } = await import('./report-docx.js')
  return renderReportDocx(report)
}
