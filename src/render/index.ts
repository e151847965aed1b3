/** Output formats of the builder, chosen by file extension. */
import { outputFormatFor } from '../core/formats.js'
import type { BilingualContract } from '../contract/bilingual.js'
import type { Contract } from '../contract/contract.js'
import { renderHtml } from './html.js'
import { renderMarkdown } from './markdown.js'

export const OUTPUT_FORMATS = ['md', 'html', 'docx'] as const
export type OutputFormat = (typeof OUTPUT_FORMATS)[number]

/** The format implied by an output path's extension. */
export function formatForPath(path: string): OutputFormat {
  return outputFormatFor<OutputFormat>(path, { docx: 'docx', md: 'md', html: 'html' }, { what: 'output', formatOption: false })
}

/** Renders the contract in a format; DOCX is loaded only when asked for. */
export async function renderContract(contract: Contract, format: OutputFormat): Promise<string | Buffer> {
  switch (format) {
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
