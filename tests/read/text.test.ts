import { describe, expect, test } from 'vitest'
import { addInlineHeadings, inlineTitle, titleLevel } from '../../src/read/blocks.js'
import type { TextBlock } from '../../src/read/document.js'
import { readText } from '../../src/read/text.js'

/** Reads like the txt reader does (inline headings included). */
const read = (text: string): TextBlock[] => addInlineHeadings(readText(text))
const brief = (blocks: readonly TextBlock[]): Array<[string, string, number, number, number?]> =>
  blocks.map((b) => (b.level === undefined ? [b.kind, b.text, b.line, b.column] : [b.kind, b.text, b.line, b.column, b.level]))

describe('titleLevel: short lines standing alone', () => {
  test.each([
    ['12. LIMITATION OF LIABILITY', 2],
    ['ARTICLE 5 – DURÉE', 1],
    ['Article 5 - Durée du contrat', 1],
    ['ARTICLE FIVE CONFIDENTIALITY', 1],
    ['Section 9.2 Governing Law', 3],
    ['SECTION 4', 2],
    ['5.1 Term', 3],
    ['3.1   Term', 3],
    ['IV. Payment Terms', 1],
    ['A. Definitions', 2],
    ['GOVERNING LAW', 1],
    ['CONSULTING AGREEMENT', 1],
    ['Governing Law', 2],
    ['Limitation of Liability', 2],
    ['5. Durée du contrat', 2],
    ['Exhibit 10.7', 1],
  ])('%j → level %i', (line, level) => {
    expect(titleLevel(line)).toBe(level)
  })

  test.each([
    'The Generator shall provide leads to the Buyer',
    '5.1 The Generator shall provide',
    '1.4 HDI shall provide the Company with access to, and',
    'Aduro Biotech, Inc.',
    '740 Heinz Avenue',
    'Source: ATN INTERNATIONAL, INC., 10-Q, 11/8/2019',
    'Dated: July 6, 2020',
    'BPC Initials ___ Sanofi Pasteur Initials ___ 1',
    'US-DOCS\\105216871.19',
    'ADURO BIOTECH, INC. CONSULTANT',
    'ARTICLE 2 JOINT DEVELOPMENT COMMITTEE     8',
    'Payment Terms ........ 4',
    'and the Buyer shall pay',
    'Page 3',
    '12',
    'Whereas the parties wish to',
    'This line is far too long to be a title because it goes on and on well past eighty characters',
  ])('%j is no title', (line) => {
    expect(titleLevel(line)).toBeUndefined()
  })
})

describe('inlineTitle: a numbered title at the start of a paragraph', () => {
  test.each([
    ['9. Governing Law. This Agreement shall be governed by French law.', 'Governing Law', 2],
    ['1. Services. At the request and direction of Aduro…', 'Services', 2],
    ['2. Compensation and Expenses. Aduro shall pay Consultant…', 'Compensation and Expenses', 2],
    ['15.1 Relationship. The relationship of the Parties is…', 'Relationship', 3],
    ['4. Confidential Information.', 'Confidential Information', 2],
    ['3. EXCLUSIVITY. Auriemma expressly agrees…', 'EXCLUSIVITY', 2],
    ['7.2 DISCLAIMER. EXCEPT FOR THE EXPRESS WARRANTIES IN THIS AGREEMENT', 'DISCLAIMER', 3],
    ['Section 1. SERVICES.', 'SERVICES', 2],
    ['ARTICLE 5 – DURÉE. Le contrat est conclu pour un an.', 'DURÉE', 1],
    ['9. Droit applicable. Le présent contrat est régi par le droit français.', 'Droit applicable', 2],
    ['12. Indemnity and Liability 12.1 Each Party will defend…', 'Indemnity and Liability', 2],
    ['5. INDEMNIFICATION a. WPT shall indemnify…', 'INDEMNIFICATION', 2],
    ['SECTION 4. INDEMNIFICATION Section 4.1 The Fund authorizes…', 'INDEMNIFICATION', 2],
    ['ARTICLE FIVE CONFIDENTIAL INFORMATION; PUBLICATION 5.1 Confidentiality. During…', 'CONFIDENTIAL INFORMATION; PUBLICATION', 1],
    ['(a) Governing Law. This Agreement is governed by the laws of Delaware.', 'Governing Law', 3],
    ['d. Governing Law. This Agreement and all claims…', 'Governing Law', 3],
  ])('%j → %j level %i', (text, title, level) => {
    expect(inlineTitle(text)).toMatchObject({ title, level })
  })

  test.each([
    '5.1 The Generator shall provide leads. The Buyer pays.',
    '1.1 "Affiliate" means any entity controlling a Party.',
    'Section 8.3 This Agreement shall be construed in accordance with the laws of the State of Kansas.',
    '1. Acme Inc. shall deliver the goods.',
    '2. Except as otherwise specified above in this Amendment, all other terms, conditions and covenants remain.',
    '1. The Parties hereby agree to remove Section 2(c) in its entirety:',
    'Governing Law. This Agreement is governed by French law.',
    '3. Payment is due. The Buyer pays within 30 days.',
    '10. the seller agrees. Then more.',
    '(a) William L. Smith, as the Consultant.',
    '4. AND THE INDEMNIFICATION OBLIGATIONS OF IMPRESSE UNDER SECTION 9.1 ARE LIMITED.',
    '9.7. The provisions of this Section 9 shall survive the termination of this Agreement.',
    '9.1 In accordance with items 9.3, 9.4, and 10.3, this Contract shall come into force.',
  ])('%j has none', (text) => {
    expect(inlineTitle(text)).toBeUndefined()
  })

  test('a title running into sub-numbering yields both titles', () => {
    const blocks = addInlineHeadings([{ kind: 'paragraph', text: '15. Miscellaneous 15.1 Relationship. The relationship is…', line: 3, column: 5 }])
    expect(brief(blocks)).toEqual([
      ['heading', 'Miscellaneous', 3, 5, 2],
      ['heading', 'Relationship', 3, 5, 3],
      ['paragraph', '15. Miscellaneous 15.1 Relationship. The relationship is…', 3, 5],
    ])
  })
})

describe('readText', () => {
  test('blocks at blank lines, with the line and column of their first character', () => {
    const text = ['CONSULTING AGREEMENT', '', '   This Agreement is made', '   between Acme and Leadco.', '', '', 'Signed.'].join('\n')
    expect(brief(read(text))).toEqual([
      ['heading', 'CONSULTING AGREEMENT', 1, 1, 1],
      ['paragraph', 'This Agreement is made between Acme and Leadco.', 3, 4],
      ['paragraph', 'Signed.', 7, 1],
    ])
  })

  test('a title line directly above its text is a heading', () => {
    const text = ['Section 9.2 Governing Law', 'This Agreement shall be governed by the laws of France and the courts of Paris.', '', 'ARTICLE 5 – DURÉE', '5.1 Le contrat est conclu pour un an.', '5.2 Il est renouvelable.'].join('\n')
    expect(brief(read(text))).toEqual([
      ['heading', 'Section 9.2 Governing Law', 1, 1, 3],
      ['paragraph', 'This Agreement shall be governed by the laws of France and the courts of Paris.', 2, 1],
      ['heading', 'ARTICLE 5 – DURÉE', 4, 1, 1],
      ['paragraph', '5.1 Le contrat est conclu pour un an.', 5, 1],
      ['paragraph', '5.2 Il est renouvelable.', 6, 1],
    ])
  })

  test('a numbered line starts a new paragraph without a blank line, unless the previous line runs on', () => {
    const text = [
      '5.1 The Generator shall deliver the leads every day, in the format described',
      'in Schedule 2.',
      '5.2 The Buyer shall pay the invoices within thirty days, as set out in Section',
      '6.1 hereof.',
      '(a) a first case;',
      '(b) a second case.',
    ].join('\n')
    expect(brief(read(text))).toEqual([
      ['paragraph', '5.1 The Generator shall deliver the leads every day, in the format described in Schedule 2.', 1, 1],
      ['paragraph', '5.2 The Buyer shall pay the invoices within thirty days, as set out in Section 6.1 hereof.', 3, 1],
      ['paragraph', '(a) a first case;', 5, 1],
      ['paragraph', '(b) a second case.', 6, 1],
    ])
  })

  test('inline titles: the paragraph is kept and a heading is added at the same place', () => {
    const text = '9. Governing Law. This Agreement shall be governed by French law.\n\n  10. Notices. Notices are sent by registered letter.\n'
    expect(brief(read(text))).toEqual([
      ['heading', 'Governing Law', 1, 1, 2],
      ['paragraph', '9. Governing Law. This Agreement shall be governed by French law.', 1, 1],
      ['heading', 'Notices', 3, 3, 2],
      ['paragraph', '10. Notices. Notices are sent by registered letter.', 3, 3],
    ])
  })

  test('a numbered section after a sentence in the middle of a line starts a new paragraph (EDGAR pages on one line)', () => {
    const text =
      '14. Expiry or Termination 14.1 Either Party may terminate this Agreement on notice. 14.2 Each Party may terminate for breach. 15. Miscellaneous 15.1 Relationship. The Parties are independent contractors. Section 15.2 applies. 15.3 Governing Law. This Agreement is governed by the laws of California.'
    expect(brief(read(text))).toEqual([
      ['heading', 'Expiry or Termination', 1, 1, 2],
      ['paragraph', '14. Expiry or Termination 14.1 Either Party may terminate this Agreement on notice.', 1, 1],
      ['paragraph', '14.2 Each Party may terminate for breach.', 1, 85],
      ['heading', 'Miscellaneous', 1, 127, 2],
      ['heading', 'Relationship', 1, 127, 3],
      ['paragraph', '15. Miscellaneous 15.1 Relationship. The Parties are independent contractors.', 1, 127],
      ['paragraph', 'Section 15.2 applies.', 1, 205],
      ['heading', 'Governing Law', 1, 227, 3],
      ['paragraph', '15.3 Governing Law. This Agreement is governed by the laws of California.', 1, 227],
    ])
  })

  test('a lettered item after a sentence mid-line starts a paragraph, with its inline title', () => {
    const text = 'c. Waiver. No waiver is effective unless in writing. d. Governing Law. This Agreement is governed by Delaware law.'
    expect(brief(read(text))).toEqual([
      ['heading', 'Waiver', 1, 1, 3],
      ['paragraph', 'c. Waiver. No waiver is effective unless in writing.', 1, 1],
      ['heading', 'Governing Law', 1, 54, 3],
      ['paragraph', 'd. Governing Law. This Agreement is governed by Delaware law.', 1, 54],
    ])
  })

  test('a wrapped paragraph, an address and a signature block are not headings', () => {
    const text = [
      'EXCEPT AS EXPRESSLY PROVIDED IN THIS AGREEMENT, NEITHER PARTY MAKES ANY',
      'WARRANTY OF ANY KIND, WHETHER EXPRESS OR IMPLIED, INCLUDING MERCHANTABILITY.',
      '',
      'Aduro Biotech, Inc.',
      '740 Heinz Avenue',
      'Berkeley, CA 94710',
      '',
      'By: /s/ Mitesh Patel',
      'Name: Mitesh Patel',
    ].join('\n')
    expect(read(text).map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph'])
  })

  test('running headers repeated on every page are not headings', () => {
    const page = 'Google Confidential\n\nThe Supplier delivers the goods.\n\n'
    expect(read(page.repeat(3)).filter((b) => b.kind === 'heading')).toEqual([])
    expect(read(page).filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['Google Confidential'])
  })

  test('a title line at the very end has no text after it: a paragraph', () => {
    expect(brief(read('Some text.\n\nGOVERNING LAW\n'))).toEqual([
      ['paragraph', 'Some text.', 1, 1],
      ['paragraph', 'GOVERNING LAW', 3, 1],
    ])
  })

  test('bullets become list items (marker removed), pipe rows table cells', () => {
    const text = ['Deliverables:', '- leads with consent proof;', '• monthly reports,', '  continued on a second line.', '', '| Item | Price |', '|------|-------|', '| Lead | 12 € |'].join('\n')
    expect(brief(read(text))).toEqual([
      ['paragraph', 'Deliverables:', 1, 1],
      ['list-item', 'leads with consent proof;', 2, 1],
      ['list-item', 'monthly reports, continued on a second line.', 3, 1],
      ['table-cell', 'Item', 6, 3],
      ['table-cell', 'Price', 6, 10],
      ['table-cell', 'Lead', 8, 3],
      ['table-cell', '12 €', 8, 10],
    ])
  })

  test('a word cut by a hyphen at the end of a line is joined', () => {
    expect(read('travel and out-of-\npocket expenses, and the sub-\nContractors.')[0]?.text).toBe('travel and out-of-pocket expenses, and the sub- Contractors.')
  })

  test('markdown mode: ATX and setext headings, quotes, lists, fences, inline markup', () => {
    const text = [
      '# Quote **42**',
      '',
      'Intro with [a link](https://example.com) and `code`.',
      '',
      'Title',
      '=====',
      '',
      '> quoted *text*',
      '',
      '1. first',
      '2. second',
      '',
      '```',
      '# not a heading',
      '```',
      '## Closing ##',
    ].join('\n')
    expect(brief(readText(text, { markdown: true }))).toEqual([
      ['heading', 'Quote 42', 1, 1, 1],
      ['paragraph', 'Intro with a link and code.', 3, 1],
      ['heading', 'Title', 5, 1, 1],
      ['paragraph', 'quoted text', 8, 3],
      ['list-item', '1. first', 10, 1],
      ['list-item', '2. second', 11, 1],
      ['paragraph', '# not a heading', 14, 1],
      ['heading', 'Closing', 16, 1, 2],
    ])
  })

  // Speed is for the benchmark; this only shows pathological lines complete (a catastrophic
  // backtracking pattern would hang until the test timeout) and still give blocks.
  test('pathological lines complete', () => {
    const lines = ['.' + ' '.repeat(200_000) + 'x', '#'.repeat(100_000) + ' x', '|'.repeat(50_000), '1.' + '1.'.repeat(50_000)]
    for (const line of lines) {
      expect(Array.isArray(readText(line))).toBe(true)
      expect(Array.isArray(readText(line, { markdown: true }))).toBe(true)
    }
    expect(readText(lines[0]!).map((b) => b.text)).toEqual(['. x'])
  })
})
