/** Output formats of the builder, chosen by file extension. */
import { extname } from 'node:path'
import { UsageError } from '../core/errors.js'
import type { Contract } from '../contract/contract.js'
import { renderHtml } from './html.js'
import { renderMarkdown } from './markdown.js'

export const OUTPUT_FORMATS = ['md', 'html', 'docx'] as const
export type OutputFormat = (typeof OUTPUT_FORMATS)[number]

/** The format implied by an output path's extension. */
export function formatForPath(path: string): OutputFormat {
  const ext = extname(path).toLowerCase()
  if (ext === '.md' || ext === '.markdown') return 'md'
  if (ext === '.html' || ext === '.htm') return 'html'
  if (ext === '.docx') return 'docx'
  throw new UsageError(`cannot tell the output format of "${path}": use a .docx, .md or .html file name`)
}

/** A contract's formats: the output formats, plus PDF through LibreOffice (see render/pdf.ts). */
export type ContractFormat = OutputFormat | 'pdf'

/** The contract format implied by an output path's extension (`.pdf` included). */
export function contractFormatForPath(path: string): ContractFormat {
  if (extname(path).toLowerCase() === '.pdf') return 'pdf'
  try {
    return formatForPath(path)
  } catch {
    throw new UsageError(`cannot tell the output format of "${path}": use a .docx, .pdf, .md or .html file name`)
  }
}

/** Renders the contract in a format; DOCX and PDF are loaded only when asked for. */
export async function renderContract(contract: Contract, format: ContractFormat): Promise<string | Buffer> {
  switch (format) {
    case 'pdf': {
      const [{ renderDocx }, { docxToPdf }] = await Promise.all([import('./docx/index.js'), import('./pdf.js')])
      const [pdf] = await docxToPdf([await renderDocx(contract)])
      return pdf!
    }
    case 'md':
      return renderMarkdown(contract)
    case 'html':
      return renderHtml(contract)
    case 'docx': {
      const { renderDocx } = await import('./docx/index.js')
      return renderDocx(contract)
    }
  }
}
