/**
 * Which other terms a document incorporates (issue #11, « referenced »), as public buyers and
 * platforms write it: clauses of another instrument taken in by reference under their number or
 * title, language that a document deems incorporated into another agreement or that replaces
 * paragraphs of another clause, and a policy named as a link to its page. The documents are
 * written here, in the words of no document of the corpus.
 */
import { describe, expect, test } from 'vitest'
import { documentFacts } from '../../src/review/facts.js'
import { documentOf } from './rules/harness.js'

const names = (lines: readonly string[]) => documentFacts(documentOf(lines.join('\n'))).referencedTerms.map((r) => r.name)

describe('clauses of another instrument incorporated by reference', () => {
  test('a clause named by its number and title is referenced, under its number', () => {
    expect(names(['# Order conditions', 'Claims are settled under the clause at DAR 14.201-3, Claims Procedure, which is incorporated herein by reference.'])).toEqual(['clause dar 14.201-3'])
  })
  test('a list of clauses incorporated by reference is referenced', () => {
    expect(names(['# Order conditions', 'The Seller shall comply with the following regulation clauses, all incorporated by reference:', '(1) Payments.', '(2) Disputes.'])).toEqual(['clauses incorporated by reference'])
  })
  test('an order that incorporates clauses by reference is referenced', () => {
    expect(names(['# Purchase order', 'This order incorporates one or more clauses by reference, with the same force as if given in full.'])).toEqual(['clauses incorporated by reference'])
  })
  test('trap: the document’s own provisions incorporated into its orders take in nothing', () => {
    expect(names(['# Framework conditions', 'The provisions of this Framework are incorporated by reference into each call-off the parties sign.'])).toEqual([])
  })
})

describe('a document that supplements another agreement', () => {
  test('language deemed incorporated into the supplier’s licence agreement: that agreement is referenced', () => {
    expect(names(['# Public sector rider', 'Where software is bought under this order, the paragraphs below shall be deemed incorporated into the vendor end user licence agreement.'])).toEqual([
      'vendor end user licence agreement',
    ])
  })
  test('paragraphs that replace those of another clause: that clause is referenced', () => {
    expect(names(['# Agency deviation', 'This deviation replaces paragraphs (c) and (f) of the standard clause 31.205-6 in every order.'])).toEqual(['clause 31.205-6'])
  })
  test('trap: a document amending its own sections supplements nothing', () => {
    expect(names(['# Service terms', 'We may amend these sections of our terms from time to time.'])).toEqual([])
  })
})

describe('a policy named as a link to its page', () => {
  test('is another document, even where the terms once call themselves by that name', () => {
    expect(
      names([
        '# Terms of use',
        'These terms, together with our [privacy policy](privacy), govern your use of the platform.',
        '## Questions',
        'Write to us with any question about this privacy policy.',
      ]),
    ).toEqual(['privacy policy'])
  })
})
