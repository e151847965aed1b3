/** The OCR hook of the PDF reader: the pages without a text layer, rendered and read by OCR. */
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { checkPageLimit, ocrPages, type OcrResult } from './ocr.js'
import type { OcrOptions } from './options.js'
import { renderPage } from './render-page.js'

/** Reads the listed pages (1-based) of an open PDF by OCR. */
export async function ocrPdfPages(document: PDFDocumentProxy, pages: readonly number[], name: string, options: OcrOptions): Promise<OcrResult> {
  checkPageLimit(pages.length, name, options)
  return ocrPages(
    pages.map((page) => ({
      page,
      load: async () => {
        const { png, dpi } = await renderPage(document, page, options.dpi)
        return { image: png, dpi }
      },
    })),
    name,
    options,
  )
}
