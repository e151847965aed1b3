/**
 * A PDF page as an image for OCR: pdf.js draws the page on a @napi-rs/canvas canvas (pdf.js's own
 * canvas for Node), white background, at the asked resolution but never over the pixel limit.
 */
import { createCanvas } from '@napi-rs/canvas'
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { MAX_PIXELS, MAX_SIDE } from './image-info.js'

/** Renders page `n` (1-based) to PNG at `dpi`, scaled down to stay within the pixel limits. */
export async function renderPage(document: PDFDocumentProxy, n: number, dpi: number): Promise<{ png: Uint8Array; dpi: number }> {
  const page = await document.getPage(n)
  try {
    const base = page.getViewport({ scale: 1 })
    let scale = dpi / 72
    const fit = Math.min(1, Math.sqrt(MAX_PIXELS / (base.width * base.height * scale * scale)), MAX_SIDE / (Math.max(base.width, base.height) * scale))
    scale *= fit
    const viewport = page.getViewport({ scale })
    const canvas = createCanvas(Math.max(1, Math.ceil(viewport.width)), Math.max(1, Math.ceil(viewport.height)))
    const context = canvas.getContext('2d')
    context.fillStyle = '#ffffff'
    context.fillRect(0, 0, canvas.width, canvas.height)
    // pdf.js types name the DOM canvas; in Node it draws on @napi-rs/canvas.
    const params = { canvas, canvasContext: context, viewport } as unknown as Parameters<PDFPageProxy['render']>[0]
    await page.render(params).promise
    return { png: canvas.toBuffer('image/png'), dpi: Math.round(scale * 72) }
  } finally {
    page.cleanup()
  }
}
