/**
 * Hostile input for OCR (issue #15), through the CLI: pixel bombs, corrupt images and a 300-page
 * scan each end in exit 2 and one stderr line, in bounded memory and time; a real photo is
 * reviewed by the compiled CLI under a heap cap (control). Fixtures are generated here; the real
 * runs need `npm run build`.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { deflateSync } from 'node:zlib'
import { beforeAll, describe, expect, test } from 'vitest'
import { jsonReportSchema } from '../../src/report/json-schema.js'
import { ROOT, tempDir } from '../helpers.js'
import { jpegHeader, pngHeader, tiffHeader } from '../read/image-headers.js'
import { expectNoCrash, expectOneLineError, runIn, runReal } from './helpers.js'

const PHOTO = join(ROOT, 'tests', 'fixtures', 'ocr', 'photo-devis-leadflow-p1.jpg')

/** A PDF of `pages` pages, each showing the same small gray image, with no text layer. */
function scanPdf(pages: number): Buffer {
  const pixels = deflateSync(Buffer.alloc(64 * 64, 0xee))
  const objects: Array<string | Buffer> = ['<< /Type /Catalog /Pages 2 0 R >>', '']
  objects.push(Buffer.concat([Buffer.from(`<< /Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${pixels.length} >>\nstream\n`, 'latin1'), pixels, Buffer.from('\nendstream', 'latin1')]))
  const content = 'q 595 0 0 842 0 0 cm /Im0 Do Q'
  objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`)
  const kids: number[] = []
  for (let i = 0; i < pages; i++) {
    objects.push('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 3 0 R >> >> /Contents 4 0 R >>')
    kids.push(objects.length)
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${pages} >>`
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')]
  let offset = chunks[0]!.length
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(offset)
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), typeof body === 'string' ? Buffer.from(body, 'latin1') : body, Buffer.from('\nendobj\n', 'latin1')])
    chunks.push(chunk)
    offset += chunk.length
  })
  chunks.push(Buffer.from(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'))
  return Buffer.concat(chunks)
}

let dir: string
beforeAll(() => {
  dir = tempDir()
  writeFileSync(join(dir, 'bomb.png'), Buffer.concat([pngHeader(100_000, 100_000), Buffer.alloc(4096)]))
  writeFileSync(join(dir, 'bomb.jpg'), Buffer.concat([jpegHeader(65_000, 65_000), Buffer.alloc(4096)]))
  writeFileSync(join(dir, 'bomb.tif'), tiffHeader(100_000, 100_000))
  const photo = readFileSync(PHOTO)
  writeFileSync(join(dir, 'cut.jpg'), photo.subarray(0, 300))
  writeFileSync(join(dir, 'noise.png'), Buffer.concat([pngHeader(800, 600), Buffer.from('IDAT not really compressed pixels, just words'.repeat(40))]))
  writeFileSync(join(dir, 'not-an-image.jpg'), Buffer.from('just some text, named like a photo\n'))
  // Valid headers, no decodable data: @napi-rs/canvas crashes the process on these (hence a child process).
  writeFileSync(join(dir, 'empty-frame.jpg'), Buffer.concat([jpegHeader(800, 600), Buffer.alloc(4096)]))
  writeFileSync(join(dir, 'scan-300.pdf'), scanPdf(300))
})

describe('hostile images and scans: exit 2, one line', () => {
  test.each([
    ['pixel bomb PNG (100,000 × 100,000)', ['bomb.png'], /^bomb\.png: the image is too large to read \(100000 × 100000 pixels; the limit is 50 million pixels and 20000 pixels a side\)$/],
    ['pixel bomb JPEG', ['bomb.jpg'], /^bomb\.jpg: the image is too large to read \(65000 × 65000 pixels;/],
    ['pixel bomb TIFF', ['bomb.tif'], /^bomb\.tif: the image is too large to read \(100000 × 100000 pixels;/],
    ['a JPEG cut before its frame header', ['cut.jpg'], /^cut\.jpg: the JPEG image is corrupt or truncated \(no readable header\)$/],
    ['text named .jpg', ['not-an-image.jpg'], /^not-an-image\.jpg: not a PNG, JPEG or TIFF image$/],
    ['a JPEG with a frame header and no image data', ['empty-frame.jpg'], /^empty-frame\.jpg: the JPEG image cannot be decoded \(corrupt or truncated\)$/],
    ['a PNG whose chunks are garbage', ['noise.png'], /^noise\.png: the PNG image cannot be decoded \(corrupt or truncated\)$/],
    ['a 300-page scan, over the page limit', ['scan-300.pdf'], /^scan-300\.pdf: 300 pages need OCR, over the limit of 30 pages per document \(--ocr-max-pages\)$/],
    ['an image with --no-ocr', ['--no-ocr', PHOTO], /: an image needs OCR, which is off \(--no-ocr\)$/],
    ['a bad --ocr-timeout', ['--ocr-timeout', 'soon', PHOTO], /^--ocr-timeout must be a whole number from 1 to 86400, got "soon"$/],
  ])('%s', async (_name, args, message) => {
    const r = await runIn(['review', ...args], dir)
    expectOneLineError(r, message)
  })

  test('the same, as a real process with a capped heap: refused from headers, in little memory', () => {
    for (const [file, message] of [
      ['bomb.png', /^bomb\.png: the image is too large to read/],
      ['scan-300.pdf', /^scan-300\.pdf: 300 pages need OCR, over the limit of 30/],
    ] as const) {
      const r = runReal(['review', file], { cwd: dir, heapMb: 128 })
      expectOneLineError(r, message)
      if (r.maxRssKb !== undefined) expect(r.maxRssKb / 1024).toBeLessThan(300)
    }
  })

  test('a PNG cut in its pixel data: read as far as it goes, then "no readable text" (real process: no decoder noise on stderr)', { timeout: 300_000 }, () => {
    writeFileSync(join(dir, 'cut.png'), readFileSync(join(ROOT, 'tests', 'fixtures', 'ocr', 'sideways-order-form-p3.png')).subarray(0, 3000))
    const r = runReal(['review', 'cut.png', '--ocr-workers', '1'], { cwd: dir, heapMb: 256 })
    expectOneLineError(r, /^cut\.png: no readable text after OCR \(blank, too blurred or not a document\?\)$/)
  })

  test('the 300-page scan with the page limit lifted stops at the time limit (bounded run)', { timeout: 300_000 }, () => {
    const r = runReal(['review', 'scan-300.pdf', '--ocr-max-pages', '300', '--ocr-timeout', '2', '--ocr-workers', '1'], { cwd: dir, heapMb: 256 })
    expectOneLineError(r, /^scan-300\.pdf: OCR took longer than the limit of 2 s per document \(--ocr-timeout\)$/)
    if (r.maxRssKb !== undefined) expect(r.maxRssKb / 1024).toBeLessThan(1024)
  })
})

describe('control: a phone photo is reviewed by the real CLI under a heap cap', () => {
  test('exit 1 (findings), the JSON report says OCR was used, nothing else on stderr', { timeout: 300_000 }, () => {
    // --ocr-warn-below 99: the page (about 92%) gets the low-confidence warning.
    const r = runReal(['review', PHOTO, '-f', 'json', '-o', 'photo.json', '--ocr-workers', '1', '--ocr-warn-below', '99', '--date', '2026-11-29'], { cwd: dir, heapMb: 256 })
    expectNoCrash(r)
    expect(r.code, r.err).toBe(1)
    expect(r.err).toBe('wrote photo.json\n')
    const report = jsonReportSchema.parse(JSON.parse(readFileSync(join(dir, 'photo.json'), 'utf8')))
    const file = report.files[0]!
    expect(file.kind).toBe('quote')
    expect(file.ocr!.pages).toHaveLength(1)
    expect(file.ocr!.pages[0]!.confidence).toBeGreaterThan(80)
    expect(file.findings.some((f) => f.ruleId === 'partner-consent-unnamed' && f.page === 1)).toBe(true)
    expect(file.ocr!.threshold).toBe(99)
    expect(file.findings.filter((f) => f.ruleId === 'ocr-low-confidence').map((f) => [f.severity, f.page])).toEqual([['warning', 1]])
    if (r.maxRssKb !== undefined) expect(r.maxRssKb / 1024).toBeLessThan(1024)
  })
})
