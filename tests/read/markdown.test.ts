import { describe, expect, test } from 'vitest'
import type { TextBlock } from '../../src/read/document.js'
import { readBuffer } from '../../src/read/index.js'
import { FULL_PARSE_LIMIT, readMarkdown } from '../../src/read/markdown.js'

const brief = (blocks: readonly TextBlock[]): Array<[string, string, number, number, number?]> =>
  blocks.map((b) => (b.level === undefined ? [b.kind, b.text, b.line, b.column] : [b.kind, b.text, b.line, b.column, b.level]))

describe('readMarkdown', () => {
  test('headings with their level, paragraphs, list items, table cells, with mdast positions', () => {
    const md = [
      '# Purchase order', //                                  1
      '',
      'Ordered by **Acme SAS**, see [terms](https://x.test).', // 3
      '',
      '## 2. Delivery', //                                     5
      '',
      '- Delivery within *ten* days', //                       7
      '- Goods travel at the seller’s risk', //                8
      '  - nested item', //                                    9
      '',
      '| Item | Qty |', //                                     11
      '|------|----:|',
      '| Leads | 100 |', //                                   13
      '',
      'Setext title', //                                      15
      '------------',
      '',
      '> Quoted clause text.', //                             18
    ].join('\n')
    expect(brief(readMarkdown(md))).toEqual([
      ['heading', 'Purchase order', 1, 1, 1],
      ['paragraph', 'Ordered by Acme SAS, see terms.', 3, 1],
      ['heading', '2. Delivery', 5, 1, 2],
      ['list-item', 'Delivery within ten days', 7, 1],
      ['list-item', 'Goods travel at the seller’s risk', 8, 1],
      ['list-item', 'nested item', 9, 3],
      ['table-cell', 'Item', 11, 1],
      ['table-cell', 'Qty', 11, 8],
      ['table-cell', 'Leads', 13, 1],
      ['table-cell', '100', 13, 9],
      ['heading', 'Setext title', 15, 1, 2],
      ['paragraph', 'Quoted clause text.', 18, 3],
    ])
  })

  test('an ordered list keeps its numbers as written ("9."), so inline titles still show', async () => {
    const doc = await readBuffer(Buffer.from('9. Governing Law. This agreement is governed by French law.\n10) Notices. By letter.\n'), 'a.md', 'md')
    expect(brief(doc.blocks)).toEqual([
      ['heading', 'Governing Law', 1, 1, 2],
      ['list-item', '9. Governing Law. This agreement is governed by French law.', 1, 1],
      ['heading', 'Notices', 2, 1, 2],
      ['list-item', '10) Notices. By letter.', 2, 1],
    ])
  })

  test('a loose list item with two paragraphs: both are list items, the number only on the first', () => {
    expect(brief(readMarkdown('1. First paragraph.\n\n   Second paragraph.\n'))).toEqual([
      ['list-item', '1. First paragraph.', 1, 1],
      ['list-item', 'Second paragraph.', 3, 4],
    ])
  })

  test('"Note:foo" stays text (not a directive); container directives keep their content', () => {
    const md = 'Contact:sales@acme.test or call.\n\n::: en\nThe Generator keeps a record.\n:::\n\n:::fr{#x}\nLe Fournisseur conserve la preuve.\n:::\n'
    expect(brief(readMarkdown(md))).toEqual([
      ['paragraph', 'Contact:sales@acme.test or call.', 1, 1],
      ['paragraph', 'The Generator keeps a record.', 4, 1],
      ['paragraph', 'Le Fournisseur conserve la preuve.', 8, 1],
    ])
  })

  test('code, raw HTML, images and hard breaks', () => {
    const md = 'Line one  \nline two <br> end <!-- hidden -->\n\n<div>Block <b>html</b></div>\n\n<!-- a comment -->\n\n    indented code\n\n![Signature](sig.png)\n'
    expect(brief(readMarkdown(md))).toEqual([
      ['paragraph', 'Line one line two end', 1, 1],
      ['paragraph', 'Block html', 4, 1],
      ['paragraph', 'indented code', 8, 1],
      ['paragraph', 'Signature', 10, 1],
    ])
  })

  test('10,000 nested block quotes do not crash: read as plain text', () => {
    const blocks = readMarkdown('> '.repeat(10_000) + 'Deep clause.\n\nNext paragraph.\n')
    expect(brief(blocks)).toEqual([
      ['paragraph', 'Deep clause.', 1, 20_001],
      ['paragraph', 'Next paragraph.', 3, 1],
    ])
  })

  test('10,000 nested list levels do not crash', () => {
    const md = Array.from({ length: 10_000 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')
    const blocks = readMarkdown(md)
    expect(blocks).toHaveLength(10_000)
    expect(blocks[0]).toEqual({ kind: 'list-item', text: 'level 0', line: 1, column: 1 })
    expect(blocks[9_999]).toEqual({ kind: 'list-item', text: 'level 9999', line: 10_000, column: 19_999 })
  })

  test('deep inline lists, directives, emphasis and brackets are read as plain text, quickly', () => {
    const cases = [
      '- '.repeat(10_000) + 'x',
      ':::a\n'.repeat(10_000) + 'x',
      '*'.repeat(10_000) + 'x' + '*'.repeat(10_000),
      '*a '.repeat(5_000) + 'x' + ' a*'.repeat(5_000),
      '['.repeat(10_000) + 'x' + ']'.repeat(10_000),
    ]
    for (const md of cases) expect(readMarkdown(md).length).toBeGreaterThan(0)
  })

  test('signature blanks do not count as emphasis: the full parser still runs', () => {
    const md = ('Name: ' + '_'.repeat(80) + '  \nDate: ' + '_'.repeat(40) + '\n\n').repeat(50) + 'See [the terms][t].\n\n[t]: https://x.test\n'
    // A reference link resolves only with the full parser.
    expect(readMarkdown(md).at(-1)).toEqual({ kind: 'paragraph', text: 'See the terms.', line: 151, column: 1 })
  })

  test('a large Markdown file is read line by line, keeping headings and lists', () => {
    const section = '## 12. Governing Law\n\nThis agreement is governed by **French** law.\n\n- first item\n- second item\n\n'
    const md = section.repeat(Math.ceil((FULL_PARSE_LIMIT + 1) / section.length))
    const blocks = readMarkdown(md)
    expect(brief(blocks.slice(0, 5))).toEqual([
      ['heading', '12. Governing Law', 1, 1, 2],
      ['paragraph', 'This agreement is governed by French law.', 3, 1],
      ['list-item', 'first item', 5, 1],
      ['list-item', 'second item', 6, 1],
      ['heading', '12. Governing Law', 8, 1, 2],
    ])
    expect(blocks).toHaveLength(4 * Math.ceil((FULL_PARSE_LIMIT + 1) / section.length))
  })

  test('prose indented by four spaces (converted contracts) is read as text, with its headings', () => {
    const md = [
      '# Conditions générales', //                                              1
      '',
      '    ARTICLE 5 – RESPONSABILITÉ', //                                       3
      '',
      '    La responsabilité du Fournisseur est limitée au montant payé.', //   5
      '    5.1 Assurance', //                                                    6
      '',
      '        Le Fournisseur est assuré auprès d’une compagnie notoirement solvable.', // 8
      '',
      '    5.2 Durée', //                                                        10
      '',
      'Le contrat est conclu pour un an.', //                                     12
    ].join('\n')
    expect(brief(readMarkdown(md))).toEqual([
      ['heading', 'Conditions générales', 1, 1, 1],
      ['heading', 'ARTICLE 5 – RESPONSABILITÉ', 3, 5, 1],
      ['paragraph', 'La responsabilité du Fournisseur est limitée au montant payé.', 5, 5],
      ['heading', '5.1 Assurance', 6, 5, 3],
      ['paragraph', 'Le Fournisseur est assuré auprès d’une compagnie notoirement solvable.', 8, 9],
      ['heading', '5.2 Durée', 10, 5, 3],
      ['paragraph', 'Le contrat est conclu pour un an.', 12, 1],
    ])
  })

  test('real code stays code: an indented program, and a fenced block even of prose', () => {
    const md = [
      'Example:', //                                         1
      '',
      '    const total = price * quantity', //               3
      '    if (total > cap) { return cap }', //              4
      '    export function fee(total) { return total }', //  5
      '',
      '```', //                                              7
      'ARTICLE 5 – RESPONSABILITÉ',
      '',
      'La responsabilité du Fournisseur est limitée.',
      '```',
    ].join('\n')
    expect(brief(readMarkdown(md))).toEqual([
      ['paragraph', 'Example:', 1, 1],
      ['paragraph', 'const total = price * quantity if (total > cap) { return cap } export function fee(total) { return total }', 3, 1],
      ['paragraph', 'ARTICLE 5 – RESPONSABILITÉ La responsabilité du Fournisseur est limitée.', 7, 1],
    ])
  })

  test('a paragraph whose first line is a title over its text: a heading, then the text on the next line', () => {
    const md = [
      'ARTICLE 2 DOCUMENTS CONTRACTUELS', //                                      1
      "L'accord-cadre est constitué des documents contractuels ci-dessous.", //  2
      '',
      'Acme SAS', //                                                              4
      '12 rue de la Paix', //                                                    5
      '',
      'The Generator shall deliver the leads', //                                7
      'within five days of the order.', //                                       8
    ].join('\n')
    expect(brief(readMarkdown(md))).toEqual([
      ['heading', 'ARTICLE 2 DOCUMENTS CONTRACTUELS', 1, 1, 1],
      ['paragraph', "L'accord-cadre est constitué des documents contractuels ci-dessous.", 2, 1],
      ['paragraph', 'Acme SAS 12 rue de la Paix', 4, 1],
      ['paragraph', 'The Generator shall deliver the leads within five days of the order.', 7, 1],
    ])
  })
})
