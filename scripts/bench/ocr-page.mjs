// The OCR side of the OCR benchmark. `render <scan.pdf> <page> <out.png>` renders one page of an
// image-only PDF as the reader does before OCR (200 dpi); `read <file>` reads an image or a scanned
// PDF into the document model by OCR (dist/read), as `clausier review` does before detection.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const root = join(import.meta.dirname, '..', '..')
const dist = (path) => import(pathToFileURL(join(root, 'dist', path)).href)
const [command, file, ...rest] = process.argv.slice(2)
if (command === 'render') {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const { renderPage } = await dist('read/ocr/render-page.js')
  const document = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise
  const { png } = await renderPage(document, Number(rest[0]), 200)
  writeFileSync(rest[1], png)
  await document.destroy()
} else {
  const { readDocument } = await dist('read/index.js')
  const doc = await readDocument(file, undefined, { ocr: { workers: Number(process.env.OCR_WORKERS) || undefined } })
  process.stdout.write(`${doc.ocr.pages.length} pages by OCR, ${doc.blocks.length} blocks, mean confidence ${doc.ocr.pages.map((p) => p.confidence).join(', ')}\n`)
}
