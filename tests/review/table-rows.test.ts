/**
 * Two-cell table rows read as "label: value" lines (issue #11): an order form's table states its
 * terms in rows, and a row's wording spans its two cells (« | Retours | sous 72 h pour doublon | »).
 */
import { describe, expect, test } from 'vitest'
import type { ReviewDocument } from '../../src/read/document.js'
import { readHtml } from '../../src/read/html.js'
import { readBuffer } from '../../src/read/index.js'
import { readMarkdown } from '../../src/read/markdown.js'
import { isLabel, twoCellRows } from '../../src/review/table-rows.js'
import { sentencesOf } from '../../src/review/text.js'
import { makeDocx, p } from '../read/helpers.js'

const md = (text: string): ReviewDocument => ({ path: 'order.md', format: 'md', blocks: readMarkdown(text), lineLengths: text.split('\n').map((l) => l.length) })
const texts = (doc: ReviewDocument) => sentencesOf(doc).map((s) => s.text)

describe('two-cell table rows', () => {
  test('a Markdown row reads as one sentence, at its row', () => {
    const doc = md('# Bon de commande\n\n| | |\n|---|---|\n| Durée | 12 mois. Renouvelable une fois. |\n| Retours | sous 72 h |\n')
    const sentences = sentencesOf(doc)
    expect(sentences.map((s) => s.text)).toEqual(['Durée: 12 mois.', 'Renouvelable une fois.', 'Retours: sous 72 h'])
    expect(sentences.map((s) => s.block.line)).toEqual([5, 5, 6])
    expect(sentences[1]!.block.column).toBeGreaterThan(sentences[0]!.block.column)
  })

  test('rows of three cells, header rows and long first cells stay cells', () => {
    expect(texts(md('# Tarifs\n\n| Lead | Prix | Délai |\n|---|---|---|\n| Assurance | 30 € | 48 h |\n'))).toEqual(['Lead', 'Prix', 'Délai', 'Assurance', '30 €', '48 h'])
    expect(texts(md('# Order\n\n| Clause | Details |\n|---|---|\n'))).toEqual(['Clause', 'Details'])
    const long = 'The Supplier shall deliver the leads within two days.'
    expect(texts(md(`# Order\n\n| | |\n|---|---|\n| ${long} | yes |\n`))).toEqual([long, 'yes'])
  })

  test('a Word cell broken inside one phrase reads as one text; a cell of two sentences does not', async () => {
    const row = (a: string, b: string) => `<w:tbl><w:tr><w:tc>${p(a)}</w:tc><w:tc>${b}</w:tc></w:tr></w:tbl>`
    const read = async (body: string) => texts(await readBuffer(Buffer.from(makeDocx({ body: `${p('Order form', '<w:pStyle w:val="Title"/>')}${body}` })), 'o.docx', 'docx'))
    expect(await read(row('Termination', p('either party') + p('on 30 days’ notice')))).toEqual(['Termination: either party on 30 days’ notice'])
    expect(await read(row('Delivery', p('Daily CSV.') + p('Via SFTP.')))).toEqual(['Delivery: Daily CSV.', 'Via SFTP.'])
  })

  test('HTML cells carry their row and place, whatever their source lines', async () => {
    const blocks = await readHtml('<table>\n<tr>\n<td>Durée</td>\n<td><p>12 mois</p></td>\n</tr>\n<tr><td>Prix</td><td>30 €</td></tr>\n</table>')
    expect(blocks.map((b) => [b.text, b.row, b.cell])).toEqual([['Durée', 1, 0], ['12 mois', 1, 1], ['Prix', 2, 0], ['30 €', 2, 1]])
    const doc: ReviewDocument = { path: 'o.html', format: 'html', blocks }
    expect([...new Set(twoCellRows(doc).values())].map((r) => [r.label, r.value])).toEqual([['Durée', '12 mois'], ['Prix', '30 €']])
  })
})

describe("a label (a table row's first cell, the part of a line before its colon)", () => {
  test('a few words with a letter are a label', () => {
    expect(isLabel('Durée')).toBe(true)
    expect(isLabel('Governing law')).toBe(true)
    expect(isLabel('Délai de paiement des factures émises')).toBe(true)
  })
  test('a sentence, a number, a long phrase are not', () => {
    expect(isLabel('See art. 5')).toBe(false)
    expect(isLabel('12')).toBe(false)
    expect(isLabel('the price of each lead delivered under this order')).toBe(false)
    expect(isLabel(`Durée ${'x'.repeat(60)}`)).toBe(false)
  })
})
