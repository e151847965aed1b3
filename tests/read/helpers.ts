/** Builders for reader tests: Word packages from raw XML, text PDFs written by hand. */
import { zipSync, strToU8 } from 'fflate'
import { expect } from 'vitest'
import { InputError } from '../../src/core/errors.js'

export const FIXTURES = new URL('../fixtures/read/', import.meta.url)

/** Asserts that `promise` rejects with an InputError whose one-line message is exactly `message`. */
export async function expectInputError(promise: Promise<unknown>, message: string | RegExp): Promise<void> {
  let caught: unknown
  try {
    await promise
  } catch (error) {
    caught = error
  }
  expect(caught, 'expected an InputError').toBeInstanceOf(InputError)
  const text = (caught as Error).message
  expect(text).not.toContain('\n')
  if (typeof message === 'string') expect(text).toBe(message)
  else expect(text).toMatch(message)
}

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>`

const rootRels = (main: string): string => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${main}"/></Relationships>`

/** A document.xml around `body` (the content of w:body). */
export function documentXml(body: string, prefix = 'w'): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<${prefix}:document xmlns:${prefix}="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><${prefix}:body>${body}</${prefix}:body></${prefix}:document>`
}

/** A styles.xml declaring the given paragraph styles. */
export function stylesXml(styles: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}">${styles}</w:styles>`
}

export interface DocxParts {
  /** Raw document.xml; default: `documentXml(body)`. */
  document?: string
  body?: string
  styles?: string
  /** Where the main part lives (default word/document.xml). */
  main?: string
  extra?: Record<string, string | Uint8Array>
}

/** Zips a minimal Word package. */
export function makeDocx(parts: DocxParts): Uint8Array {
  const main = parts.main ?? 'word/document.xml'
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(rootRels(main)),
    [main]: strToU8(parts.document ?? documentXml(parts.body ?? '')),
  }
  if (parts.styles !== undefined) files['word/styles.xml'] = strToU8(parts.styles)
  for (const [name, value] of Object.entries(parts.extra ?? {})) files[name] = typeof value === 'string' ? strToU8(value) : value
  return zipSync(files)
}

/** A paragraph with optional properties (raw pPr content) and runs of text. */
export function p(text: string, pPr = ''): string {
  return `<w:p>${pPr === '' ? '' : `<w:pPr>${pPr}</w:pPr>`}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`
}

/** One piece of text placed on a PDF page. */
export interface PdfText {
  x: number
  y: number
  text: string
  size?: number
  /** F1 Helvetica (default), F2 Helvetica-Bold. */
  font?: 'F1' | 'F2'
}

/** A PDF whose pages hold the given text (standard fonts, no embedding), written by hand. */
export function textPdf(pages: readonly (readonly PdfText[])[]): Buffer {
  const objects: string[] = []
  const add = (body: string): number => objects.push(body)
  add('<< /Type /Catalog /Pages 2 0 R >>')
  add('') // pages, filled below
  const f1 = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
  const f2 = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>')
  const kids: number[] = []
  for (const page of pages) {
    const content = page
      .map((t) => `BT /${t.font ?? 'F1'} ${t.size ?? 11} Tf ${t.x} ${t.y} Td (${t.text.replace(/[\\()]/g, (c) => '\\' + c)}) Tj ET`)
      .join('\n')
    const stream = add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`)
    kids.push(
      add(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${f1} 0 R /F2 ${f2} 0 R >> >> /Contents ${stream} 0 R >>`,
      ),
    )
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`
  let pdf = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'))
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = Buffer.byteLength(pdf, 'latin1')
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(pdf, 'latin1')
}
