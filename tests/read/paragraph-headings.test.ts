/**
 * Paragraphs marked as headings (issue #11, session 16): a source that turned whole provisions into
 * headings (`### Contractor shall not use … except as required.`) hid them from the reviewer, which
 * reads no provision in a heading. The reader gives such a block back as the paragraph it is; real
 * titles, questions, lead-ins and front matter stay headings.
 */
import { describe, expect, test } from 'vitest'
import { demoteParagraphHeadings, isParagraphHeading } from '../../src/read/blocks.js'
import { readBuffer } from '../../src/read/index.js'

describe('isParagraphHeading', () => {
  test.each([
    ['a duty of 20 words or more ending with a period', 'The Contractor shall not use, copy or disclose any data furnished by the Agency, except as required to perform this contract.'],
    ['a French duty ending with a semicolon', "Le Prestataire s'engage à supprimer l'ensemble des données transmises par le Client à l'issue de la prestation, sans en conserver de copie ;"],
    ['a long statement with no listed verb', 'The Agency retains sole ownership of all data for which it provides the Contractor access or that the Agency places, stores or generates on applications or infrastructure used by the Contractor in performing this contract.'],
  ])('%s: a paragraph', (_name, text) => {
    expect(isParagraphHeading(text)).toBe(true)
  })
  test.each([
    ['a numbered title', '12. Limitation of Liability'],
    ['a long title with no sentence end', 'Article 9 — Accord de responsabilité conjointe de traitement de données à caractère personnel entre les parties au présent contrat'],
    ['a question of a FAQ', 'What about anything I contribute to the Services? Do I have to grant any licenses to the Company or to other users of the Services?'],
    ['a lead-in ending with a colon', 'If our ability to perform the Services is prevented or delayed by any failure by you to fulfil any obligation listed in Clause 3.1:'],
    ['front matter read as a heading', 'title: Terms of Service description: All the terms that you agree to when you sign up for one of our products and services today.'],
    ['a short sentence', 'The Supplier shall keep the data confidential.'],
  ])('%s: a heading', (_name, text) => {
    expect(isParagraphHeading(text)).toBe(false)
  })
})

describe('demoteParagraphHeadings', () => {
  test('a paragraph heading becomes a paragraph at the same place, without a level; titles are kept as they are', () => {
    const duty = 'The Contractor shall not use, copy or disclose any data furnished by the Agency, except as required to perform this contract.'
    const blocks = demoteParagraphHeadings([
      { kind: 'heading', text: '6.10 Government Data', line: 1, column: 1, level: 3 },
      { kind: 'heading', text: duty, line: 3, column: 1, level: 3, page: 2 },
    ])
    expect(blocks).toEqual([
      { kind: 'heading', text: '6.10 Government Data', line: 1, column: 1, level: 3 },
      { kind: 'paragraph', text: duty, line: 3, column: 1, page: 2 },
    ])
  })

  test('the reader applies it: a Markdown `###` paragraph is read as a paragraph under the title before it', async () => {
    const md = '### 6.10 Government Data\n\n### The Contractor shall not use, copy or disclose any data furnished by the Agency, except as required to perform this contract.\n'
    const doc = await readBuffer(Buffer.from(md), 'pws.md')
    expect(doc.blocks.map((b) => [b.kind, b.line])).toEqual([
      ['heading', 1],
      ['paragraph', 3],
    ])
  })
})
