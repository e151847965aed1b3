/** The web app reads an uploaded phone photo by OCR and says so (one page of OCR). */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { createApp } from '../../src/web/app.js'
import type { Asset } from '../../src/web/assets.js'
import { ROOT } from '../helpers.js'

const PORT = 4179
const HOST = `127.0.0.1:${PORT}`
const app = createApp({ port: PORT, assets: new Map<string, Asset>(), today: '2026-12-01' })

test('an uploaded JPEG photo is reviewed; the list line and the HTML report say it was read by OCR', { timeout: 300_000 }, async () => {
  const form = new FormData()
  form.append('files', new Blob([new Uint8Array(readFileSync(join(ROOT, 'tests/fixtures/ocr/photo-devis-leadflow-p1.jpg')))]), 'photo.jpg')
  form.append('files', new Blob([Buffer.from('%PDF-1.7\n')]), 'not-a-photo.png')
  const res = await app.request(`http://${HOST}/api/review`, { method: 'POST', headers: { host: HOST, origin: `http://${HOST}` }, body: form })
  expect(res.status).toBe(200)
  const { files } = (await res.json()) as { files: Array<{ name: string; kind?: string; ocr?: string; error?: string; summary?: Array<[string, string]>; html?: string }> }
  expect(files[0]).toMatchObject({ name: 'photo.jpg', kind: 'quote' })
  expect(files[0]!.ocr).toMatch(/^p\. 1 ?: \d{2} ?%$/)
  expect(files[0]!.summary).toContainEqual(['Lu par OCR', expect.stringMatching(/^confiance moyenne p\. 1 : \d{2} % \(tesseract\.js 7\.0\.0\)$/)])
  expect(files[0]!.html).toContain('Lu par OCR')
  expect(files[1]).toEqual({ name: 'not-a-photo.png', error: 'not-a-photo.png: not a PNG, JPEG or TIFF image (it looks like a PDF document)' })
})
