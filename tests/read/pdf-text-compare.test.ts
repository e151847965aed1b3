/**
 * The own text extractor against pdf.js on the PDFs the tests and examples use: the same blocks
 * (text, kind, page, line, heading level), or a fallback to pdf.js where it must give up.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { readPdfWithPdfjs, readWithOwnReader } from '../../src/read/pdf.js'
import { unsupportedReason } from '../../src/read/pdf-text/index.js'

const root = new URL('../../', import.meta.url)
const path = (p: string): string => new URL(p, root).pathname
const examples = readdirSync(path('examples/quotes')).filter((f) => f.endsWith('.pdf')).map((f) => `examples/quotes/${f}`)
// The benchmark's 159-page PDF, when it has been made (node scripts/bench.mjs --only pdf).
const bench = existsSync(path('bench/.cache')) ? readdirSync(path('bench/.cache')).filter((f) => f.endsWith('.pdf')).map((f) => `bench/.cache/${f}`) : []

describe('own reader = pdf.js', () => {
  test('the list covers the fixture and the four example PDFs', () => {
    expect(examples.length).toBe(4)
  })

  for (const file of ['tests/fixtures/read/contract.pdf', ...examples, ...bench]) {
    test(file, async () => {
      const bytes = readFileSync(path(file))
      const own = readWithOwnReader(bytes, false)
      expect(own, unsupportedReason(bytes)).toBeDefined()
      expect(own).toEqual(await readPdfWithPdfjs(bytes, file))
    }, 60_000)
  }

  test('falls back to pdf.js: encrypted, scanned (no text layer), OCR asked for pages without text', () => {
    const fixture = (name: string): Buffer => readFileSync(path(`tests/fixtures/${name}`))
    expect(unsupportedReason(fixture('read/encrypted.pdf'))).toBe('Unsupported: encrypted')
    expect(readWithOwnReader(fixture('read/encrypted.pdf'), false)).toBeUndefined()
    expect(readWithOwnReader(fixture('read/scanned.pdf'), false)).toBeUndefined()
    expect(readWithOwnReader(fixture('ocr/mixed.pdf'), true)).toBeUndefined()
  })
})
