/**
 * Abbreviations that legal citations and amounts use do not end a sentence: « article L. 441-10 du
 * Code de commerce », « art. 1231-5 », "Art. 28 GDPR", "U.S. Dollars", "e.g."; a point after a
 * capital letter before a new sentence ("Exhibit A. The Buyer…") still does, as does a point after a
 * word before a number that starts a new sentence.
 */
import { expect, test } from 'vitest'
import { splitSentences } from '../../src/review/text.js'

test.each([
  ['Conformément à l’article L. 441-10 du Code de commerce, des pénalités sont dues.', ['Conformément à l’article L. 441-10 du Code de commerce, des pénalités sont dues.']],
  ['Voir l’art. 1231-5 du Code civil. Ensuite.', ['Voir l’art. 1231-5 du Code civil.', 'Ensuite.']],
  ['Selon l’al. 2 de l’article 12. La suite.', ['Selon l’al. 2 de l’article 12.', 'La suite.']],
  ['See Art. 28 GDPR. The processor shall act.', ['See Art. 28 GDPR.', 'The processor shall act.']],
  ['All amounts are in U.S. Dollars. The Buyer pays.', ['All amounts are in U.S. Dollars.', 'The Buyer pays.']],
  ['Payment in U.S. DOLLARS within 30 days.', ['Payment in U.S. DOLLARS within 30 days.']],
  ['Sources, e.g. Google Ads. The list is closed.', ['Sources, e.g. Google Ads.', 'The list is closed.']],
  ['Set out in Exhibit A. The Buyer pays.', ['Set out in Exhibit A.', 'The Buyer pays.']],
  ['The term is 12 months. 24 months apply to renewals.', ['The term is 12 months.', '24 months apply to renewals.']],
])('%j', (text, sentences) => {
  expect(splitSentences(text)).toEqual(sentences)
})
