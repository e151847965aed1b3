/**
 * One document model whatever the format: the same short contract as .md, .txt, .html, .docx and
 * .pdf (tests/fixtures/read/, made by scripts/make-read-fixtures.mjs) gives the same block texts.
 */
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { readDocument } from '../../src/read/index.js'
import { FIXTURES } from './helpers.js'

const EXPECTED = [
  'Lead Generation Agreement',
  'This agreement is made between Acme SAS (the Buyer) and Leadco SARL (the Generator).',
  '1. Purpose',
  'The Generator shall provide qualified leads to the Buyer under the conditions below, for the whole term of this agreement and in every country where the Buyer runs its campaigns, without any exclusivity.',
  '2. Consent',
  'The Generator keeps a record of each consent for five years.',
  'Proof of consent is delivered within five business days.',
  'Records include the date, the time and the source of the consent.',
  '3. Price',
  'Item',
  'Price',
  'Qualified lead',
  '12 EUR',
  'Governing Law',
  '9. Governing Law. This agreement is governed by French law.',
  'Signed in Paris, on 1 March 2026.',
]

describe('the same contract in every format', () => {
  test.each(['md', 'txt', 'html', 'docx', 'pdf'])('contract.%s gives the same block texts', async (ext) => {
    const doc = await readDocument(fileURLToPath(new URL(`contract.${ext}`, FIXTURES)), `contract.${ext}`)
    expect(doc.format).toBe(ext)
    expect(doc.blocks.map((b) => b.text)).toEqual(EXPECTED)
    // The structure agrees too, where the format carries it.
    const kinds = doc.blocks.map((b) => b.kind)
    expect(kinds.filter((k) => k === 'table-cell')).toHaveLength(4)
    expect(kinds.filter((k) => k === 'list-item').length).toBeGreaterThanOrEqual(2)
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      'Lead Generation Agreement',
      '1. Purpose',
      '2. Consent',
      '3. Price',
      'Governing Law',
    ])
  })

  test('the Word version carries the builder\u2019s bookmark', async () => {
    const doc = await readDocument(fileURLToPath(new URL('contract.docx', FIXTURES)))
    expect(doc.bookmarks).toEqual(['cl_governing-law_v1'])
  })
})
