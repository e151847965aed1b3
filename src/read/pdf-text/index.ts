/**
 * A lean text extractor for the PDFs most documents are (word processors' exports): our own
 * reading of the file structure, fonts and content streams, giving the text items pdf.js's
 * `getTextContent` gives on the same pages. When the document holds anything it does not follow
 * (encryption, a damaged xref, a filter other than Flate, a Type1/CFF/Type3 font, a font without
 * a usable Unicode mapping, right-to-left text…), `extractPdfText` returns undefined and the
 * caller reads the document with pdf.js.
 */
import { PdfFile } from './file.js'
import { FontCache, pageItems, type TextItem } from './text.js'

export type { TextItem } from './text.js'

/** The text items of every page; throws where this reader does not follow the document. */
function readItems(bytes: Uint8Array): TextItem[][] {
  const file = new PdfFile(bytes)
  const fonts = new FontCache(file)
  return file.pages().map((page) => pageItems(file, fonts, page.contents, page.resources, page.view))
}

/** The text items of every page, or undefined when this reader cannot read the document faithfully. */
export function extractPdfText(bytes: Uint8Array): TextItem[][] | undefined {
  try {
    return readItems(bytes)
  } catch (error) {
    // `Unsupported`: what this reader does not follow. Any other error (a malformed value read as
    // the wrong type, an out-of-range offset) is a document it misreads: pdf.js reads it too.
    if (error instanceof Error) return undefined
    throw error
  }
}

/** Why the reader gives up on a document (for tests and diagnostics), or undefined when it reads it. */
export function unsupportedReason(bytes: Uint8Array): string | undefined {
  try {
    readItems(bytes)
    return undefined
  } catch (error) {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  }
}
