/**
 * The parts of OCR that run without the engine: image headers and their limits, the offline
 * configuration of the workers, the layout of recognised lines into blocks, and the read options.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, isAbsolute, join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { InputError } from '../../src/core/errors.js'
import { sniffFormat } from '../../src/read/input.js'
import { OCR_LANGUAGES, offlineWorkerOptions, type OcrLine, type RecognizedPage } from '../../src/read/ocr/engine.js'
import { imageInfo, MAX_PIXELS } from '../../src/read/ocr/image-info.js'
import { ocrBlocks } from '../../src/read/ocr/layout.js'
import { checkPageLimit } from '../../src/read/ocr/ocr.js'
import { ocrOptions } from '../../src/read/ocr/options.js'
import { readBuffer } from '../../src/read/index.js'
import { expectInputError } from './helpers.js'
import { jpegHeader, pngHeader, tiffHeader } from './image-headers.js'

const OCR = new URL('../fixtures/ocr/', import.meta.url)

describe('image headers', () => {
  test('the committed fixtures: type and size from the header', () => {
    expect(imageInfo(readFileSync(new URL('photo-devis-leadflow-p1.jpg', OCR)), 'photo.jpg')).toEqual({ type: 'jpeg', width: 1455, height: 1831, frames: 1 })
    expect(imageInfo(readFileSync(new URL('sideways-order-form-p3.png', OCR)), 'scan.png')).toEqual({ type: 'png', width: 1651, height: 1275, frames: 1 })
  })

  test('PNG, JPEG and TIFF headers of a normal page pass', () => {
    expect(imageInfo(pngHeader(1654, 2339), 'a.png')).toMatchObject({ type: 'png', width: 1654, height: 2339 })
    expect(imageInfo(jpegHeader(2480, 3508), 'a.jpg')).toMatchObject({ type: 'jpeg', width: 2480, height: 3508 })
    expect(imageInfo(tiffHeader(1700, 2200, 3), 'a.tif')).toEqual({ type: 'tiff', width: 1700, height: 2200, frames: 3 })
  })

  test.each([
    ['PNG', pngHeader(100_000, 100_000)],
    ['JPEG', jpegHeader(65_000, 65_000)],
    ['TIFF', tiffHeader(100_000, 100_000)],
    ['PNG, one long side', pngHeader(25_000, 100)],
  ])('a pixel bomb (%s) is refused from its header', (_what, bytes) => {
    expect(() => imageInfo(bytes, 'bomb.png')).toThrow(InputError)
    expect(() => imageInfo(bytes, 'bomb.png')).toThrow(/^bomb\.png: the image is too large to read \(\d+ × \d+ pixels; the limit is 50 million pixels and 20000 pixels a side\)$/)
  })

  test('just under the limit passes, just over is refused', () => {
    expect(imageInfo(pngHeader(10_000, MAX_PIXELS / 10_000), 'a.png').height).toBe(5000)
    expect(() => imageInfo(pngHeader(10_000, MAX_PIXELS / 10_000 + 1), 'a.png')).toThrow(/too large/)
  })

  test.each([
    ['a PNG cut inside its header', pngHeader(800, 600).subarray(0, 20), /^x: the PNG image is corrupt or truncated \(no readable header\)$/],
    ['a JPEG without a frame header', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xd9, 0, 0, 0, 0]), /^x: the JPEG image is corrupt or truncated \(no readable header\)$/],
    ['a TIFF whose first IFD is past the end', Buffer.from([0x49, 0x49, 0x2a, 0x00, 0xff, 0xff, 0x00, 0x00]), /^x: the TIFF image is corrupt or truncated \(no readable header\)$/],
    ['a PNG of 0 × 0 pixels', pngHeader(0, 0), /^x: the PNG image is empty \(0 × 0 pixels\)$/],
    ['no image at all', Buffer.from('hello world'), /^x: not a PNG, JPEG or TIFF image$/],
  ])('%s: one-line error', (_what, bytes, message) => {
    expect(() => imageInfo(bytes, 'x')).toThrow(message)
  })

  test('a TIFF whose IFDs loop is read once per IFD, not forever', () => {
    const b = tiffHeader(100, 100, 2)
    b.writeUInt32LE(8, 8 + 30 + 26) // the second IFD points back at the first
    expect(imageInfo(b, 'loop.tif')).toMatchObject({ frames: 2 })
  })

  test('standard input is sniffed as an image from its magic bytes', () => {
    expect(sniffFormat(pngHeader(10, 10), '<stdin>')).toBe('image')
    expect(sniffFormat(jpegHeader(10, 10), '<stdin>')).toBe('image')
    expect(sniffFormat(tiffHeader(10, 10), '<stdin>')).toBe('image')
  })
})

describe('errors before any OCR', () => {
  test('a pixel bomb and a multi-page TIFF are refused without starting the engine', async () => {
    await expectInputError(readBuffer(pngHeader(100_000, 100_000), 'scan.png', 'image'), /^scan\.png: the image is too large to read/)
    await expectInputError(
      readBuffer(tiffHeader(1700, 2200, 4), 'fax.tif', 'image'),
      'fax.tif: a TIFF with 4 pages: only single-page TIFF images are read; save the scan as a PDF instead',
    )
  })

  test('an image given with --no-ocr, and a file whose content is not the image its name says', async () => {
    await expectInputError(readBuffer(pngHeader(800, 600), 'scan.png', 'image', { ocr: false }), 'scan.png: an image needs OCR, which is off (--no-ocr)')
    await expectInputError(readBuffer(Buffer.from('%PDF-1.7\n'), 'scan.jpg', 'image'), 'scan.jpg: not a PNG, JPEG or TIFF image (it looks like a PDF document)')
    await expectInputError(readBuffer(pngHeader(800, 600), 'quote.pdf', 'pdf'), 'quote.pdf: not a PDF file (.pdf) (it looks like a PNG image)')
  })

  test('the page limit is checked before anything is read', () => {
    expect(() => checkPageLimit(300, 'scan.pdf', { maxPages: 30 })).toThrow(
      /^scan\.pdf: 300 pages need OCR, over the limit of 30 pages per document \(--ocr-max-pages\)$/,
    )
    expect(() => checkPageLimit(30, 'scan.pdf', { maxPages: 30 })).not.toThrow()
  })
})

describe('offline by construction', () => {
  test('the workers read French and English data from the npm packages on disk, cache nothing, download nothing', () => {
    const options = offlineWorkerOptions()
    expect(options.cacheMethod).toBe('none')
    expect(options.gzip).toBe(true)
    const langPath = options.langPath ?? ''
    // A local folder, never a URL: tesseract.js only fetches when langPath is a URL (or unset: its CDN).
    expect(isAbsolute(langPath)).toBe(true)
    expect(langPath).not.toMatch(/^[a-z][a-z0-9+.-]*:\/\//i)
    const require = createRequire(import.meta.url)
    for (const code of OCR_LANGUAGES) {
      const file = join(langPath, `${code}.traineddata.gz`)
      expect(existsSync(file), file).toBe(true)
      const packaged = join(dirname(require.resolve(`@tesseract.js-data/${code}/package.json`)), '4.0.0_best_int', `${code}.traineddata.gz`)
      expect(realpathSync(file)).toBe(realpathSync(packaged))
    }
    // No core or worker URL either: both are loaded from node_modules.
    expect(options).not.toHaveProperty('corePath')
    expect(options).not.toHaveProperty('workerPath')
  })
})

/** A recognised line at `top` (pixels), row height 33, words at confidence 95 unless given. */
function line(text: string, top: number, left = 200, confidence = 95, size = 33): OcrLine {
  return { words: text.split(' ').map((w) => ({ text: w, confidence: w.startsWith('?') ? 30 : confidence })), top, left, size }
}

describe('layout of recognised lines', () => {
  const page: RecognizedPage = {
    confidence: 90,
    words: 60,
    rotation: 0,
    paragraphs: [
      { lines: [line('DEVIS N° DV-2026-1187', 200, 200, 95, 55)] },
      {
        lines: [
          line('Objet', 300),
          line('Fourniture de leads « Assurance habitation » destinés aux campagnes de', 370),
          line('prospection par email et par SMS.', 409),
          line('Conditions de règlement', 480),
          line('Facturation mensuelle à terme échu. Paiement à 30 jours ?fin de mois.', 550),
        ],
      },
      { lines: [line('* Formule Exclusive : chaque lead est transmis à un seul client et n’est', 620), line('ni revendu ni remis en circulation.', 659, 260)] },
      { lines: [line('Modifications valables pendant la période', 730)] },
      { lines: [line('d’essai uniquement.', 769)] },
      { lines: [line('2 / 3', 900)] },
    ],
  }
  const blocks = ocrBlocks(page, 2, 60)

  test('headings, paragraphs and list items, with their page and line on the page', () => {
    expect(blocks.map((b) => [b.kind, b.line, b.text])).toEqual([
      ['heading', 1, 'DEVIS N° DV-2026-1187'],
      ['heading', 2, 'Objet'],
      ['paragraph', 3, 'Fourniture de leads « Assurance habitation » destinés aux campagnes de prospection par email et par SMS.'],
      ['heading', 5, 'Conditions de règlement'],
      ['paragraph', 6, 'Facturation mensuelle à terme échu. Paiement à 30 jours ?fin de mois.'],
      ['list-item', 7, 'Formule Exclusive : chaque lead est transmis à un seul client et n’est ni revendu ni remis en circulation.'],
      ['paragraph', 9, 'Modifications valables pendant la période d’essai uniquement.'],
    ])
    expect(blocks.every((b) => b.page === 2 && b.column === 1)).toBe(true)
  })

  test('the page number at the foot is dropped; low-confidence words are kept on their block', () => {
    expect(blocks.some((b) => b.text.includes('2 / 3'))).toBe(false)
    expect(blocks.find((b) => b.line === 6)?.uncertain).toEqual(['?fin'])
    expect(blocks.filter((b) => b.uncertain !== undefined)).toHaveLength(1)
  })

  test('an empty page gives no block', () => {
    expect(ocrBlocks({ confidence: 0, words: 0, rotation: 0, paragraphs: [] }, 1, 60)).toEqual([])
  })
})

describe('options', () => {
  test('defaults, and given values over them (undefined leaves the default)', () => {
    const o = ocrOptions({ maxPages: 5, timeoutSeconds: undefined as unknown as number })
    expect(o).toMatchObject({ maxPages: 5, timeoutSeconds: 600, dpi: 200, warnBelow: 70, uncertainBelow: 60 })
    expect(o.workers).toBeGreaterThanOrEqual(1)
    expect(o.workers).toBeLessThanOrEqual(4)
  })
})
