#!/usr/bin/env node
/**
 * Generates the OCR fixtures under tests/fixtures/ocr/ from the example quotes: each page of a
 * text PDF is rendered (pdf.js + @napi-rs/canvas, 150 dpi, grayscale) and the pages are written
 * back as an image-only PDF (no text layer: one Flate-compressed DeviceGray image per page, PDF
 * written here by hand), plus a phone-style photo of one page (JPEG, turned 2.5°, uneven light,
 * a desk around the sheet) and a sideways scan of one page (PNG turned a quarter). Run it again
 * only when an example changes; the tests read the committed files. Needs nothing but the
 * project's own dependencies (no poppler, ImageMagick or img2pdf).
 *
 *   node scripts/make-ocr-fixtures.mjs
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import { createCanvas } from '@napi-rs/canvas'
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs'

const examples = fileURLToPath(new URL('../examples/quotes/', import.meta.url))
const out = fileURLToPath(new URL('../tests/fixtures/ocr/', import.meta.url))
mkdirSync(out, { recursive: true })

const DPI = 150
/** The text PDFs made into scans (2 + 3 pages: French and English). */
const SCANS = ['devis-leadflow-assurance.pdf', 'order-form-brightline-live-transfers.pdf']

/** Renders every page of a PDF to a grayscale canvas at DPI. */
async function renderPages(file) {
  const document = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0, isEvalSupported: false }).promise
  const pages = []
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n)
    const viewport = page.getViewport({ scale: DPI / 72 })
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height))
    const context = canvas.getContext('2d')
    context.fillStyle = '#fff'
    context.fillRect(0, 0, canvas.width, canvas.height)
    await page.render({ canvas, canvasContext: context, viewport }).promise
    pages.push({ canvas, widthPt: page.getViewport({ scale: 1 }).width, heightPt: page.getViewport({ scale: 1 }).height })
  }
  await document.destroy()
  return pages
}

/** One byte of gray per pixel from an RGBA canvas. */
function gray(canvas) {
  const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height)
  const out = Buffer.alloc(canvas.width * canvas.height)
  for (let i = 0, j = 0; j < out.length; i += 4, j++) out[j] = Math.round(0.299 * data[i] + 0.587 * data[i + 1] + 0.114 * data[i + 2])
  return out
}

/**
 * A PDF with one full-page grayscale image per page and no text; `textPages` adds pages with a
 * text layer (Helvetica, WinAnsi), each a list of lines.
 */
function imagePdf(pages, textPages = []) {
  const objects = []
  const add = (body) => objects.push(body) // object number = index + 1
  add('') // 1: catalog, filled below
  add('') // 2: pages
  const kids = []
  for (const { canvas, widthPt, heightPt } of pages) {
    const pixels = deflateSync(gray(canvas), { level: 9 })
    add(Buffer.concat([
      Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${canvas.width} /Height ${canvas.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${pixels.length} >>\nstream\n`, 'latin1'),
      pixels,
      Buffer.from('\nendstream', 'latin1'),
    ]))
    const image = objects.length
    const content = `q ${widthPt.toFixed(2)} 0 0 ${heightPt.toFixed(2)} 0 0 cm /Im0 Do Q`
    add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`)
    const contents = objects.length
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${widthPt.toFixed(2)} ${heightPt.toFixed(2)}] /Resources << /XObject << /Im0 ${image} 0 R >> >> /Contents ${contents} 0 R >>`)
    kids.push(objects.length)
  }
  if (textPages.length > 0) add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
  const font = objects.length
  for (const lines of textPages) {
    const escape = (s) => s.replace(/[\\()]/g, (c) => `\\${c}`)
    const content = `BT /F1 11 Tf 72 760 Td 15 TL ${lines.map((l) => `(${escape(l)}) Tj T*`).join(' ')} ET`
    add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`)
    const contents = objects.length
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${contents} 0 R >>`)
    kids.push(objects.length)
  }
  objects[0] = '<< /Type /Catalog /Pages 2 0 R >>'
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`
  const chunks = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')]
  let offset = chunks[0].length
  const offsets = []
  objects.forEach((body, i) => {
    offsets.push(offset)
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'), Buffer.from('\nendobj\n', 'latin1')])
    chunks.push(chunk)
    offset += chunk.length
  })
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`
  chunks.push(Buffer.from(xref, 'latin1'))
  return Buffer.concat(chunks)
}

/** A photo of a page: on a darker desk, turned a little, lit unevenly, as a JPEG. */
function photo({ canvas }, degrees) {
  const margin = 90
  const photo = createCanvas(canvas.width + 2 * margin, canvas.height + 2 * margin)
  const c = photo.getContext('2d')
  c.fillStyle = '#6b6358'
  c.fillRect(0, 0, photo.width, photo.height)
  c.save()
  c.translate(photo.width / 2, photo.height / 2)
  c.rotate((degrees * Math.PI) / 180)
  c.drawImage(canvas, -canvas.width / 2, -canvas.height / 2)
  c.restore()
  const light = c.createLinearGradient(0, 0, photo.width, photo.height)
  light.addColorStop(0, 'rgba(255,250,235,0.10)')
  light.addColorStop(1, 'rgba(40,30,10,0.22)')
  c.fillStyle = light
  c.fillRect(0, 0, photo.width, photo.height)
  return photo.toBuffer('image/jpeg', 72)
}

/** The top `fraction` of a rendered page, as a page of its own. */
function crop({ canvas, widthPt, heightPt }, fraction) {
  const part = createCanvas(canvas.width, Math.round(canvas.height * fraction))
  part.getContext('2d').drawImage(canvas, 0, 0)
  return { canvas: part, widthPt, heightPt: heightPt * fraction }
}

/** A page scanned sideways (turned a quarter clockwise), grayscale PNG. */
function sideways({ canvas }) {
  const turned = createCanvas(canvas.height, canvas.width)
  const c = turned.getContext('2d')
  c.translate(turned.width, 0)
  c.rotate(Math.PI / 2)
  c.drawImage(canvas, 0, 0)
  return turned.toBuffer('image/png')
}

for (const name of SCANS) {
  const pages = await renderPages(examples + name)
  const target = out + name.replace(/\.pdf$/, '.scan.pdf')
  writeFileSync(target, imagePdf(pages))
  console.log(`wrote ${target} (${pages.length} pages)`)
  if (name === SCANS[0]) {
    writeFileSync(out + 'photo-devis-leadflow-p1.jpg', photo(pages[0], 2.5))
    console.log(`wrote ${out}photo-devis-leadflow-p1.jpg`)
    // A mixed PDF: a scanned slip (the top of page 1) and a page with a text layer.
    const slip = crop(pages[0], 0.35)
    writeFileSync(out + 'mixed.pdf', imagePdf([slip], [[
      'Conditions de r\u00e8glement',
      'Paiement \u00e0 30 jours fin de mois par virement bancaire.',
      'Loi applicable',
      'Le pr\u00e9sent devis est soumis au droit fran\u00e7ais.',
    ]]))
    console.log(`wrote ${out}mixed.pdf`)
  }
  if (name === SCANS[1]) {
    writeFileSync(out + 'sideways-order-form-p3.png', sideways(pages[2]))
    console.log(`wrote ${out}sideways-order-form-p3.png`)
  }
}
