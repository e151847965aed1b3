/**
 * Hard-wrapped text (PDF and OCR conversions, e-mails) where one sentence continues after a blank
 * line: the reader joins the two paragraphs into the block where the sentence starts, so that the
 * sentence is matched whole and its evidence points at its first line. Two real sentences, list
 * items, text after a colon and titles stay apart.
 */
import { describe, expect, test } from 'vitest'
import type { TextBlock } from '../../src/read/document.js'
import { continuesSentence, joinSplitSentences } from '../../src/read/blocks.js'
import { readBuffer } from '../../src/read/read.js'
import { sentencesOf } from '../../src/review/text.js'

const brief = (blocks: readonly TextBlock[]): Array<[string, string, number, number?]> =>
  blocks.map((b) => (b.page === undefined ? [b.kind, b.text, b.line] : [b.kind, b.text, b.line, b.page]))

const para = (text: string, line: number, extra: Partial<TextBlock> = {}): TextBlock => ({ kind: 'paragraph', text, line, column: 1, ...extra })

describe('sentences split by blank lines', () => {
  test('plain text: a sentence continued in lower case, and after a conjunction or a comma, is one block at its first line', async () => {
    const source = [
      'The Generator shall deliver the leads to the Buyer within five', //  1
      '',
      'business days of the order, and', //                                  3
      '',
      'Leads shall carry the proof of consent. The price is fixed.', //    5
      '',
      'Le Fournisseur conserve la preuve du consentement de', //            7
      '',
      'chaque personne pendant trois ans.', //                              9
    ].join('\n')
    const doc = await readBuffer(Buffer.from(source), 'quote.txt', 'txt')
    expect(brief(doc.blocks)).toEqual([
      ['paragraph', 'The Generator shall deliver the leads to the Buyer within five business days of the order, and Leads shall carry the proof of consent. The price is fixed.', 1],
      ['paragraph', 'Le Fournisseur conserve la preuve du consentement de chaque personne pendant trois ans.', 7],
    ])
    // Each sentence points at its own first line: the joined one at line 1, the next one at line 5.
    const sentences = sentencesOf(doc).map((s) => [s.text.slice(0, 20), s.block.line])
    expect(sentences).toEqual([
      ['The Generator shall ', 1],
      ['The price is fixed.', 5],
      ['Le Fournisseur conse', 7],
    ])
  })

  test('Markdown and PDF blocks: the joined block keeps the kind, line and page where the sentence starts', () => {
    const blocks: TextBlock[] = [
      { kind: 'list-item', text: 'l’acte d’engagement, dont l’original conservé par l’administration fait', line: 3, column: 5 },
      para('seul foi ;', 5, { column: 10 }),
      para('The Supplier shall indemnify the Buyer against all claims arising from', 40, { page: 2 }),
      para('any breach of the data protection laws.', 1, { page: 3 }),
    ]
    expect(joinSplitSentences(blocks)).toEqual([
      { kind: 'list-item', text: 'l’acte d’engagement, dont l’original conservé par l’administration fait seul foi ;', line: 3, column: 5 },
      para('The Supplier shall indemnify the Buyer against all claims arising from any breach of the data protection laws.', 40, { page: 2 }),
    ])
  })

  test('look-alikes stay apart: two sentences, list items, after a colon or a semicolon, a title, a numbered item, a table cell', () => {
    const apart: Array<[TextBlock, TextBlock]> = [
      [para('The price is fixed.', 1), para('the Buyer pays within thirty days.', 3)],
      [para('The price is fixed', 1), para('The Buyer pays within thirty days.', 3)],
      [para('La tranche ferme comporte :', 1), para('la maintenance corrective', 3)],
      [para('fait seul foi ;', 1), para('le cahier des clauses techniques particulières', 3)],
      [{ kind: 'list-item', text: 'la phase d’initialisation', line: 1, column: 1 }, { kind: 'list-item', text: 'la maintenance évolutive', line: 2, column: 1 }],
      [para('ARTICLE 5 – RESPONSABILITÉ', 1), para('la responsabilité du Fournisseur est limitée.', 3)],
      [para('Governing Law', 1), para('the laws of France govern this agreement.', 3)],
      [para('The Supplier may terminate the agreement for', 1), para('a. any breach of its terms;', 3)],
      [para('disputes go to the courts of the Member State; and', 1), para('vii. The Cover Page holds the details.', 3)],
      [{ kind: 'list-item', text: 'violate any person’s rights of privacy,', line: 1, column: 1 }, para('You may not resell the service.', 3)],
      [{ kind: 'heading', text: 'Durée et', line: 1, column: 1, level: 2 }, para('résiliation du contrat', 3)],
      [{ kind: 'table-cell', text: 'Prix par lead et', line: 1, column: 1 }, para('livraison quotidienne', 1)],
    ]
    for (const [a, b] of apart) expect([a.text, b.text, continuesSentence(a, b)]).toEqual([a.text, b.text, false])
  })
})
