/**
 * The corpus's sentence-level evidence labels (eval/evidence/{fr,en}.yaml): every quote is
 * found in its document as the reviewer reads it (white space normalised), its id is one of the
 * chosen ids and is labelled present for that document, and the document is in the dev split
 * (test documents are never read to label them). These tests check the data, not the reviewer.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { parse } from 'yaml'
import { readDocument } from '../../src/read/index.js'
import { ROOT } from '../helpers.js'
// @ts-expect-error -- plain ESM script without type declarations
import { documentText, EVIDENCE_IDS, loadEvidence, normalise, overlaps } from '../../scripts/evidence-labels.mjs'

interface Label {
  file: string
  present?: string[]
  split: string
}
interface EvidenceLabel {
  file: string
  id: string
  quotes: string[]
}

for (const lang of ['fr', 'en'] as const) {
  const dir = join(ROOT, 'eval/corpus', lang)
  const labels = new Map((parse(readFileSync(join(dir, 'labels.yaml'), 'utf8')) as Label[]).map((l) => [l.file, l]))
  const evidence = loadEvidence(ROOT, lang) as EvidenceLabel[]
  const files = [...new Set(evidence.map((e) => e.file))]

  describe(`evidence labels, ${lang}`, () => {
    test('there are some, each (document, id) once', () => {
      expect(files.length).toBeGreaterThanOrEqual(20)
      const keys = evidence.map((e) => `${e.file} ${e.id}`)
      expect(new Set(keys).size).toBe(keys.length)
    })

    test.each(files.map((f) => [f] as const))('%s: dev document, ids chosen and labelled present, quotes found in its text', async (file) => {
      const label = labels.get(file)
      expect(label, `${file} is not in labels.yaml`).toBeDefined()
      expect(label!.split).toBe('dev')
      const doc = await readDocument(join(dir, file), file)
      const text = documentText(doc) as string
      for (const e of evidence.filter((x) => x.file === file)) {
        expect(EVIDENCE_IDS, e.id).toContain(e.id)
        expect(label!.present ?? [], `${file}: ${e.id} is not labelled present`).toContain(e.id)
        expect(e.quotes.length, `${file}: ${e.id} has no quote`).toBeGreaterThan(0)
        for (const q of e.quotes) {
          expect(normalise(q).length, `${file}: ${e.id}: quote too short to be unique`).toBeGreaterThanOrEqual(20)
          expect(text.includes(normalise(q)), `${file}: ${e.id}: not found: ${q}`).toBe(true)
        }
      }
    })
  })
}

describe('overlap of an evidence sentence with the quotes', () => {
  const quotes = ['Le prestataire supprime les données à la fin du contrat, sauf obligation légale de conservation.']
  test('a sentence that holds the quote, or a quote that holds the sentence, overlaps', () => {
    expect(overlaps('Article 9. Le prestataire supprime les données à la fin du contrat, sauf obligation légale de conservation. Il le certifie.', quotes)).toBe(true)
    expect(overlaps('Le prestataire supprime les données à la fin du contrat', quotes)).toBe(true)
  })
  test('six words in a row in common overlap; fewer, or the same words elsewhere, do not', () => {
    expect(overlaps('Au terme, le prestataire supprime les données à la fin du mandat.', quotes)).toBe(true)
    expect(overlaps('Le prestataire supprime les fichiers à la fin du contrat.', quotes)).toBe(false)
    expect(overlaps('Durée et résiliation.', quotes)).toBe(false)
  })
  test('a quote does not hold a sentence of fewer than six words: an enumerator or a run-in heading', () => {
    const english = ['Upon termination of the Agreement, Axiom may retain, use and disclose Usage Data for the purposes set forth above in Section 2.b (Usage Data)']
    expect(overlaps('b.', english)).toBe(false)
    expect(overlaps('Usage Data.', english)).toBe(false)
    expect(overlaps('Le prestataire supprime les données.', quotes)).toBe(false)
    expect(overlaps('Upon termination of the Agreement, Axiom may retain', english)).toBe(true)
  })
  test('typographic apostrophes, case and a truncation mark do not matter', () => {
    expect(overlaps('L’ACHETEUR N’UTILISE LES LEADS QU’À SES PROPRES FINS DE PROSPECTION…', ["L'acheteur n'utilise les leads qu'à ses propres fins"])).toBe(true)
  })
})
