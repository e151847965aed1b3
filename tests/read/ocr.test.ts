/**
 * OCR end to end on the committed fixtures (scripts/make-ocr-fixtures.mjs): image-only PDFs made
 * from two example quotes give the clause statuses of their text versions, a phone photo of a page
 * and a page scanned sideways are reviewed, a mixed PDF is read by OCR only where it has no text.
 * OCR is slow (seconds a page): every document is read once, in beforeAll, and shared (8 pages).
 */
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import { loadLibrary } from '../../src/library/library.js'
import type { Library } from '../../src/library/clause.js'
import { readDocument, type ReviewDocument } from '../../src/read/index.js'
import { renderReport } from '../../src/report/index.js'
import { jsonReportSchema } from '../../src/report/json-schema.js'
import { compileLibrary } from '../../src/review/detect.js'
import { reviewDocuments, type ReviewOptions } from '../../src/review/engine.js'
import { defaultPlaybook } from '../../src/review/playbook/schema.js'
import { RULES } from '../../src/review/rules/index.js'
import type { FileReview } from '../../src/review/types.js'

const ocrFixture = (name: string) => fileURLToPath(new URL(`../fixtures/ocr/${name}`, import.meta.url))
const example = (name: string) => fileURLToPath(new URL(`../../examples/quotes/${name}`, import.meta.url))

const PAIRS = [
  ['devis-leadflow-assurance.pdf', 'devis-leadflow-assurance.scan.pdf'],
  ['order-form-brightline-live-transfers.pdf', 'order-form-brightline-live-transfers.scan.pdf'],
] as const

let library: Library
let options: ReviewOptions
const docs = new Map<string, ReviewDocument>()
const reviews = new Map<string, FileReview>()
const fetchSpy = vi.spyOn(globalThis, 'fetch')

beforeAll(async () => {
  library = await loadLibrary()
  options = { library, compiled: compileLibrary(library), rules: RULES, playbook: defaultPlaybook(), today: '2026-11-29' }
  const files: Array<[string, string]> = [
    ...PAIRS.flatMap(([text, scan]) => [[text, example(text)], [scan, ocrFixture(scan)]] as Array<[string, string]>),
    ['photo-devis-leadflow-p1.jpg', ocrFixture('photo-devis-leadflow-p1.jpg')],
    ['sideways-order-form-p3.png', ocrFixture('sideways-order-form-p3.png')],
    ['mixed.pdf', ocrFixture('mixed.pdf')],
  ]
  // One document at a time: each OCR read already uses the cores.
  for (const [name, path] of files) {
    const doc = await readDocument(path, name)
    docs.set(name, doc)
    reviews.set(name, reviewDocuments(doc, [], options))
  }
}, 900_000)

afterAll(() => {
  fetchSpy.mockRestore()
})

const statuses = (name: string) => new Map(reviews.get(name)!.clauses.map((c) => [c.id, c.status]))
/** Findings other than missing clauses, as rule/clause. */
const flags = (name: string) => reviews.get(name)!.findings.filter((f) => f.ruleId !== 'missing-clause').map((f) => `${f.ruleId}/${f.clauseId ?? ''}`).sort()

describe('image-only PDFs made from the example quotes', () => {
  test('give the same clause statuses as their text versions for at least 95% of the ids', () => {
    let same = 0
    let total = 0
    const differences: string[] = []
    for (const [text, scan] of PAIRS) {
      const expected = statuses(text)
      for (const [id, status] of statuses(scan)) {
        total++
        if (expected.get(id) === status) same++
        else differences.push(`${scan} ${id}: ${expected.get(id)} → ${status}`)
      }
    }
    expect(total).toBe(2 * 38)
    expect(same / total, differences.join('\n')).toBeGreaterThanOrEqual(0.95)
  })

  test('and the same red flags, on the same pages', () => {
    for (const [text, scan] of PAIRS) {
      expect(flags(scan)).toEqual(flags(text))
      const pages = (name: string) => reviews.get(name)!.findings.filter((f) => f.ruleId !== 'missing-clause').map((f) => f.page)
      expect(pages(scan)).toEqual(pages(text))
    }
  })

  test('the text came from OCR: engine, languages and a confidence for every page', () => {
    const ocr = docs.get('devis-leadflow-assurance.scan.pdf')!.ocr!
    expect(ocr.engine).toBe('tesseract.js 7.0.0')
    expect(ocr.languages).toEqual(['fra', 'eng'])
    expect(ocr.threshold).toBe(70)
    expect(ocr.pages.map((p) => p.page)).toEqual([1, 2])
    for (const p of ocr.pages) {
      expect(p.confidence).toBeGreaterThan(85)
      expect(p.words).toBeGreaterThan(100)
      expect(p.rotation).toBe(0)
      expect(p.uncertainWords).toBeLessThan(p.words / 5)
    }
    expect(docs.get('order-form-brightline-live-transfers.scan.pdf')!.ocr!.pages.map((p) => p.page)).toEqual([1, 2, 3])
    expect(reviews.get('devis-leadflow-assurance.scan.pdf')!.ocr).toEqual(ocr)
    // Text PDFs carry no OCR summary.
    expect(docs.get('devis-leadflow-assurance.pdf')!.ocr).toBeUndefined()
  })

  test('blocks keep their page and line on the page', () => {
    const doc = docs.get('devis-leadflow-assurance.scan.pdf')!
    expect(doc.pages).toBe(2)
    expect(doc.blocks.every((b) => b.page === 1 || b.page === 2)).toBe(true)
    const livraison = doc.blocks.find((b) => b.text === 'Livraison')
    expect(livraison).toMatchObject({ kind: 'heading', page: 2 })
    const text = docs.get('devis-leadflow-assurance.pdf')!.blocks.find((b) => b.text === 'Livraison')
    expect(livraison!.line).toBe(text!.line)
  })

  test('no network request was made while reading (main thread)', () => {
    expect(fetchSpy).not.toHaveBeenCalled()
  })
})

describe('a phone photo, a sideways scan, a mixed PDF', () => {
  test('the slightly turned JPEG photo of page 1 is reviewed: the quote, its red flag and its page-1 clauses', () => {
    const review = reviews.get('photo-devis-leadflow-p1.jpg')!
    const doc = docs.get('photo-devis-leadflow-p1.jpg')!
    expect(doc.format).toBe('image')
    expect(doc.pages).toBe(1)
    expect(doc.ocr!.pages).toHaveLength(1)
    expect(doc.ocr!.pages[0]!.confidence).toBeGreaterThan(80)
    expect(review).toMatchObject({ kind: 'quote', language: 'fr' })
    expect(review.facts.channels).toEqual(expect.arrayContaining(['email', 'sms']))
    const st = statuses('photo-devis-leadflow-p1.jpg')
    const text = statuses('devis-leadflow-assurance.pdf')
    for (const id of ['lead-definition', 'price-payment']) expect(st.get(id), id).toBe(text.get(id))
    const flag = review.findings.find((f) => f.ruleId === 'partner-consent-unnamed')
    expect(flag).toMatchObject({ page: 1 })
  })

  test('the page scanned sideways is turned and read', () => {
    const doc = docs.get('sideways-order-form-p3.png')!
    const page = doc.ocr!.pages[0]!
    expect([90, 270]).toContain(page.rotation)
    expect(page.confidence).toBeGreaterThan(85)
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(
      expect.arrayContaining(['Service Level Agreement', 'Consent Records', 'Other Changes to Standard Terms']),
    )
  })

  test('a mixed PDF: only the page without text is read by OCR, the text page as it is', () => {
    const doc = docs.get('mixed.pdf')!
    expect(doc.ocr!.pages.map((p) => p.page)).toEqual([1])
    // The text layer, exactly (the PDF reader's own grouping), not OCR's reading of it.
    expect(doc.blocks.filter((b) => b.page === 2).map((b) => b.text).join(' ')).toBe(
      'Conditions de règlement Paiement à 30 jours fin de mois par virement bancaire. Loi applicable Le présent devis est soumis au droit français.',
    )
    expect(doc.blocks.filter((b) => b.page === 2).some((b) => b.uncertain !== undefined)).toBe(false)
    expect(doc.blocks.find((b) => b.page === 1)?.text).toBe('DEVIS N° DV-2026-1187')
    expect(doc.blocks.findIndex((b) => b.page === 2)).toBeGreaterThan(doc.blocks.findLastIndex((b) => b.page === 1))
  })
})

describe('what the report says', () => {
  test('a page under the threshold gets an ocr-low-confidence warning on its page; none at the default', () => {
    const doc = docs.get('photo-devis-leadflow-p1.jpg')!
    expect(reviews.get('photo-devis-leadflow-p1.jpg')!.findings.some((f) => f.ruleId === 'ocr-low-confidence')).toBe(false)
    const strict: ReviewDocument = { ...doc, ocr: { ...doc.ocr!, threshold: 99 } }
    const finding = reviewDocuments(strict, [], options).findings.find((f) => f.ruleId === 'ocr-low-confidence')
    expect(finding).toMatchObject({ severity: 'warning', page: 1, line: 1 })
    expect(finding!.message).toMatch(/^La page 1 a été lue par OCR avec une confiance moyenne de \d{2} % \(sous le seuil de 99 %\) : des mots peuvent être mal lus et des clauses de cette page manquer à la revue ; vérifiez-la sur l’original$/)
  })

  test('stylish, JSON and HTML say that OCR was used, with the confidence per page', async () => {
    const name = 'devis-leadflow-assurance.scan.pdf'
    const input = { reviews: [reviews.get(name)!], documents: new Map([[name, docs.get(name)!]]), color: false }
    const stylish = String(await renderReport('stylish', input))
    expect(stylish.split('\n')[0]).toMatch(/^devis-leadflow-assurance\.scan\.pdf {2}quote, fr, \d+\/38 clauses present, \d+ referenced, read by OCR \(p1 \d{2}%, p2 \d{2}%\)$/)
    const json = jsonReportSchema.parse(JSON.parse(String(await renderReport('json', input))))
    expect(json.files[0]!.ocr!.pages.map((p) => p.page)).toEqual([1, 2])
    const html = String(await renderReport('html', input))
    expect(html).toMatch(/<dt>Lu par OCR<\/dt><dd>confiance moyenne p\. 1 : \d{2} %, p\. 2 : \d{2} % \(tesseract\.js 7\.0\.0\)<\/dd>/)
  })
})
