/**
 * Findings point at their sentence, not at the start of its paragraph: a one-paragraph document
 * (text without line breaks, as a PDF often comes out of a converter) gives each finding the
 * column where its sentence starts, and a paragraph wrapped over several lines gives the line.
 */
import { describe, expect, test } from 'vitest'
import { loadLibrary } from '../../src/library/library.js'
import { readBuffer } from '../../src/read/read.js'
import { compileLibrary } from '../../src/review/detect.js'
import { reviewDocuments } from '../../src/review/engine.js'
import { defaultPlaybook } from '../../src/review/playbook/schema.js'
import weakNotice from '../../src/review/rules/weak-notice-period.js'
import paymentTerms from '../../src/review/rules/payment-terms.js'
import { sentencesOf } from '../../src/review/text.js'

const library = await loadLibrary()
const options = { library, compiled: compileLibrary(library), rules: [weakNotice, paymentTerms], playbook: defaultPlaybook(), today: '2026-11-29' }

const NOTICE = 'Le Fournisseur peut résilier le contrat à tout moment moyennant un préavis de 10 jours.'
const PAYMENT = 'Les factures sont payables à 90 jours à compter de leur date d’émission.'

describe('positions of sentences in the source', () => {
  test('a one-paragraph document: each finding at its own sentence on the one line', async () => {
    const paragraph = `Devis pour des leads de rénovation, prix de 4 € HT par lead validé. ${NOTICE} Les leads sont livrés chaque jour par API. ${PAYMENT} Le contrat est régi par le droit français.`
    const source = `DEVIS N° 42\n\n${paragraph}\n`
    const doc = await readBuffer(Buffer.from(source), 'devis.txt', 'txt')
    const review = reviewDocuments(doc, [], options)
    const notice = review.findings.find((f) => f.ruleId === 'weak-notice-period')
    const payment = review.findings.find((f) => f.message.includes('90 jours'))
    expect(notice?.line).toBe(3)
    expect(payment?.line).toBe(3)
    expect(notice?.column).toBe(paragraph.indexOf(NOTICE) + 1)
    expect(payment?.column).toBe(paragraph.indexOf(PAYMENT) + 1)
    expect(source.split('\n')[2]!.slice(notice!.column! - 1)).toMatch(/^Le Fournisseur peut résilier/)
  })

  test('a paragraph wrapped over lines: a sentence on its third line is found there', async () => {
    const source = ['Conditions', '', 'Le prix est de 4 € HT par lead validé et livré', 'chaque jour ouvré par API sécurisée. Les leads', 'sont exclusifs. ' + NOTICE, ''].join('\n')
    const doc = await readBuffer(Buffer.from(source), 'conditions.txt', 'txt')
    const sentences = sentencesOf(doc)
    const notice = sentences.find((s) => s.text.startsWith('Le Fournisseur'))
    expect(notice?.block.line).toBe(5)
    expect(notice?.block.column).toBe('sont exclusifs. '.length + 1)
    // The first sentence keeps the block's own position.
    expect(sentences[0]?.block.line).toBe(3)
    expect(sentences[0]?.block.column).toBe(1)
  })

  test('a document without line lengths (docx paragraphs) keeps the block position', async () => {
    const doc = await readBuffer(Buffer.from(`Titre\n\nPremière phrase du texte. ${NOTICE}\n`), 'x.txt', 'txt')
    const { lineLengths: _lengths, ...withoutLengths } = doc
    const s = sentencesOf(withoutLengths).find((x) => x.text.startsWith('Le Fournisseur'))
    expect(s?.block.line).toBe(3)
    expect(s?.block.column).toBe(1)
  })
})
