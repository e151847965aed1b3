/** Output formats of the builder, chosen by file extension. */
import { outputFormatFor } from '../core/formats.js'
import type { BilingualContract } from '../contract/bilingual.js'
import type { Contract } from '../contract/contract.js'

export const OUTPUT_FORMATS = ['md', 'html', 'docx'] as const
export type OutputFormat = (typeof OUTPUT_FORMATS)[number]

/** The format implied by an output path's extension. */
export function formatForPath(path: string): OutputFormat {
  return outputFormatFor<OutputFormat>(path, { docx: 'docx', md: 'md', html: 'html' }, { what: 'output', formatOption: false })
}

/** A contract's formats: the output formats, plus PDF through LibreOffice (see render/pdf.ts). */
export type ContractFormat = OutputFormat | 'pdf'

/** The contract format implied by an output path's extension (`.pdf` included). */
export function contractFormatForPath(path: string): ContractFormat {
  return outputFormatFor<ContractFormat>(path, { docx: 'docx', pdf: 'pdf', md: 'md', html: 'html' }, { what: 'output', formatOption: false })
}

/**
 * Renders the contract in a format; each renderer is loaded only when asked for (a DOCX build
 * then loads neither remark-stringify nor rehype).
 */
export async function renderContract(contract: Contract, format: ContractFormat): Promise<string | Buffer> {
  switch (format) {
    case 'pdf': {
      const [{ renderDocx }, { docxToPdf }] = await Promise.all([import('./docx/index.js'), import('./pdf.js')])
      const [pdf] = await docxToPdf([await renderDocx(contract)])
      return pdf!
    }
    case 'md':
      return (await import('./markdown.js')).renderMarkdown(contract)
    case 'html':
      return (await import('./html.js')).renderHtml(contract)
    case 'docx': {
      const { renderDocx } = await import('./docx/index.js')
      return renderDocx(contract)
    }
  }
}

/** Renders a bilingual contract: two columns in DOCX and HTML, one language after the other in Markdown. */
export async function renderBilingual(contract: BilingualContract, format: OutputFormat): Promise<string | Buffer> {
  switch (format) {
    case 'md':
      return (await import('./bilingual.js')).renderBilingualMarkdown(contract)
    case 'html':
      return (await import('./bilingual.js')).renderBilingualHtml(contract)
    case 'docx':
      return (await import('./docx/bilingual.js')).renderBilingualDocx(contract)
  }
}
