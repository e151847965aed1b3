// The reader-only side of the PDF benchmark: one process that reads a PDF into the document model
// with clausier's own reader (dist/read), as `clausier review` does before detection.
// Usage: node read-pdf.mjs <file.pdf>
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const root = join(import.meta.dirname, '..', '..')
const { readDocument } = await import(pathToFileURL(join(root, 'dist/read/index.js')).href)
const doc = await readDocument(process.argv[2])
process.stdout.write(`${doc.pages} pages, ${doc.blocks.length} blocks, ${doc.blocks.reduce((n, b) => n + b.text.length, 0)} characters\n`)
