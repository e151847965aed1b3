import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, test, vi } from 'vitest'
import type { TextBlock } from '../../src/read/document.js'
import { readBuffer } from '../../src/read/index.js'
import { FIXTURES, expectInputError, textPdf, type PdfText } from './helpers.js'

const fixture = (name: string): Buffer => readFileSync(new URL(name, FIXTURES))
const read = (pdf: Uint8Array, name = 'quote.pdf') => readBuffer(Buffer.from(pdf), name, 'pdf')
const brief = (blocks: readonly TextBlock[]): Array<[string, string, number | undefined, number, number?]> =>
  blocks.map((b) => (b.level === undefined ? [b.kind, b.text, b.page, b.line] : [b.kind, b.text, b.page, b.line, b.level]))

/** Lines of body text from the top of the page, 14 pt apart. */
const lines = (texts: ReadonlyArray<string | Omit<PdfText, 'y'>>, top = 780, pitch = 14): PdfText[] =>
  texts.map((t, i) => (typeof t === 'string' ? { x: 72, y: top - i * pitch, text: t } : { ...t, y: top - i * pitch }))

describe('readPdf', () => {
  test('the contract exported by LibreOffice: blocks with page and line, headings by font size', async () => {
    const doc = await read(fixture('contract.pdf'))
    expect(doc.format).toBe('pdf')
    expect(doc.pages).toBe(1)
    expect(brief(doc.blocks)).toEqual([
      ['heading', 'Lead Generation Agreement', 1, 1, 1],
      ['paragraph', 'This agreement is made between Acme SAS (the Buyer) and Leadco SARL (the Generator).', 1, 2],
      ['heading', '1. Purpose', 1, 4, 2],
      [
        'paragraph',
        'The Generator shall provide qualified leads to the Buyer under the conditions below, for the whole term of this agreement and in every country where the Buyer runs its campaigns, without any exclusivity.',
        1,
        5,
      ],
      ['heading', '2. Consent', 1, 8, 2],
      ['paragraph', 'The Generator keeps a record of each consent for five years.', 1, 9],
      ['list-item', 'Proof of consent is delivered within five business days.', 1, 10],
      ['list-item', 'Records include the date, the time and the source of the consent.', 1, 11],
      ['heading', '3. Price', 1, 12, 2],
      ['table-cell', 'Item', 1, 13],
      ['table-cell', 'Price', 1, 13],
      ['table-cell', 'Qualified lead', 1, 14],
      ['table-cell', '12 EUR', 1, 14],
      ['heading', 'Governing Law', 1, 15, 2],
      ['paragraph', '9. Governing Law. This agreement is governed by French law.', 1, 15],
      ['paragraph', 'Signed in Paris, on 1 March 2026.', 1, 16],
    ])
    expect(doc.blocks.every((b) => b.column === 1)).toBe(true)
  })

  test('lines into paragraphs by spacing and sentence ends; title lines; pages; page numbers dropped', async () => {
    const page1 = [
      { x: 72, y: 800, text: 'PURCHASE ORDER', size: 16, font: 'F2' as const },
      ...lines(['ARTICLE 1 - PURPOSE', 'The Supplier delivers the goods listed below to the Buyer at the', 'address given in the order, within ten days.', 'The Buyer inspects the goods on arrival.'], 760),
      ...lines(['2.1 Price. The price is fixed and firm for the whole term of the', 'order.'], 680),
      { x: 290, y: 40, text: '1' },
    ]
    const page2 = [
      { x: 280, y: 810, text: 'Page 2 of 2' },
      ...lines(['the Buyer shall pay within thirty days.'], 780),
      { x: 72, y: 740, text: 'Leads' },
      { x: 300, y: 740, text: '100' },
    ]
    const doc = await read(textPdf([page1, page2]))
    expect(doc.pages).toBe(2)
    expect(brief(doc.blocks)).toEqual([
      ['heading', 'PURCHASE ORDER', 1, 1, 1],
      ['heading', 'ARTICLE 1 - PURPOSE', 1, 2, 1],
      ['paragraph', 'The Supplier delivers the goods listed below to the Buyer at the address given in the order, within ten days.', 1, 3],
      ['paragraph', 'The Buyer inspects the goods on arrival.', 1, 5],
      ['heading', 'Price', 1, 6, 3],
      ['paragraph', '2.1 Price. The price is fixed and firm for the whole term of the order.', 1, 6],
      ['paragraph', 'the Buyer shall pay within thirty days.', 2, 1],
      ['table-cell', 'Leads', 2, 2],
      ['table-cell', '100', 2, 2],
    ])
  })

  test('a paragraph cut by a page break is joined', async () => {
    const doc = await read(
      textPdf([
        lines(['The Buyer pays every invoice within thirty days of its date, and the', 'Supplier may charge interest on late payments at three times the legal', 'rate, as from the day after the due date, and']),
        lines(['a fixed fee of 40 euros for recovery costs.']),
      ]),
    )
    expect(brief(doc.blocks)).toEqual([
      [
        'paragraph',
        'The Buyer pays every invoice within thirty days of its date, and the Supplier may charge interest on late payments at three times the legal rate, as from the day after the due date, and a fixed fee of 40 euros for recovery costs.',
        1,
        1,
      ],
    ])
  })

  test('an encrypted PDF (user password)', async () => {
    await expectInputError(read(fixture('encrypted.pdf')), 'quote.pdf: the PDF is password-protected: remove the password first')
  })

  // With OCR on (the default), these are read by OCR: tests/read/ocr.test.ts.
  test('a scanned PDF (an image, no text layer), OCR off', async () => {
    await expectInputError(readBuffer(fixture('scanned.pdf'), 'quote.pdf', 'pdf', { ocr: false }), 'quote.pdf: no text layer (scanned PDF?): run OCR first')
  })

  test('a PDF with pages and (almost) no text, OCR off', async () => {
    const pdf = textPdf([[{ x: 290, y: 40, text: '1' }], [{ x: 290, y: 40, text: '2' }]])
    await expectInputError(readBuffer(Buffer.from(pdf), 'quote.pdf', 'pdf', { ocr: false }), 'quote.pdf: no text layer (scanned PDF?): run OCR first')
  })

  test('a corrupt PDF', async () => {
    await expectInputError(read(Buffer.from('%PDF-1.7\nthis is not a pdf body\n')), 'quote.pdf: not a valid PDF (corrupt or truncated)')
  })

  test('a truncated PDF', async () => {
    const bytes = fixture('contract.pdf')
    await expectInputError(read(bytes.subarray(0, 5000)), 'quote.pdf: not a valid PDF (corrupt or truncated)')
  })

  test('pdf.js writes nothing to the console, even on broken files', async () => {
    const spies = (['log', 'info', 'warn', 'error'] as const).map((method) => vi.spyOn(console, method).mockImplementation(() => undefined))
    try {
      const bytes = fixture('contract.pdf')
      await read(bytes.subarray(0, 5000)).catch(() => undefined)
      await read(Buffer.concat([bytes.subarray(0, 9000), bytes.subarray(12000)])).catch(() => undefined)
      await read(fixture('encrypted.pdf')).catch(() => undefined)
      await read(bytes)
      for (const spy of spies) expect(spy).not.toHaveBeenCalled()
    } finally {
      for (const spy of spies) spy.mockRestore()
    }
  })

  // The compiled reader in a fresh process, so that nothing else has loaded the package before.
  const compiled = fileURLToPath(new URL('../../dist/read/index.js', import.meta.url))
  test.skipIf(!existsSync(compiled))('reading a PDF with a text layer does not load @napi-rs/canvas (only drawing pages for OCR does)', () => {
    const script = `
      import { createRequire } from 'node:module'
      const { readDocument } = await import(${JSON.stringify(compiled)})
      const doc = await readDocument(${JSON.stringify(fileURLToPath(new URL('contract.pdf', FIXTURES)))})
      const canvas = Object.keys(createRequire(import.meta.url).cache).filter((f) => f.includes('@napi-rs'))
      console.log(JSON.stringify({ blocks: doc.blocks.length, canvas, DOMMatrix: typeof globalThis.DOMMatrix }))`
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })
    expect(child.stderr).toBe('')
    expect(JSON.parse(child.stdout)).toEqual({ blocks: 16, canvas: [], DOMMatrix: 'undefined' })
  })
})
