/**
 * Classes of wording found on the fifth round of English documents written by others (issue #11):
 * affiliate programmes that pay a percentage commission, claw it back on refunds and chargebacks,
 * let affiliates view their statistics and leave at any time; use restrictions stated as "shall only
 * use the … for", "cannot be used for any other purpose", "prohibited from selling … the …"; a
 * breach stated as "any loss or unauthorised release of the data"; processing a third party carries
 * out "on its behalf". Each class has traps: the same words about something else.
 */
import { describe, expect, test } from 'vitest'
import { presentIds } from './detection-harness.js'

// Patterns alone: the learned model is tested elsewhere, and a pattern test must not pass by it.
const present = (text: string) => presentIds(text)

describe('an affiliate commission is the price', () => {
  test.each([
    ['Affiliates earn 20% commission on all sales made through their unique affiliate link.'],
    ['Partners receive a 15 percent revenue share on the first year of each referred subscription.'],
    ['The referral fee is paid at 10% of the net amount collected from the referred customer.'],
  ])('%j → present', (text) => {
    expect(present(text)).toContain('price-payment')
  })
  test.each([
    ['The European Commission adopted the standard contractual clauses in 2021.'],
    ['Uptime of 99.9% is measured each calendar month.'],
    ['20% of the respondents preferred the new design.'],
  ])('trap %j does not make it present', (text) => {
    expect(present(text)).not.toContain('price-payment')
  })
})

describe('commissions clawed back on refunds and chargebacks are returns and credits', () => {
  test.each([
    ['Chargebacks, self-purchases, and refunds will reduce your commission balance.'],
    ['If a referred purchase is refunded, the associated commission is reversed.'],
    ['Cancellations within the first 30 days void the related payouts.'],
  ])('%j → present', (text) => {
    expect(present(text)).toContain('lead-returns')
  })
  test.each([
    ['Upon termination, any unpaid commissions may be forfeited at our discretion.'],
    ['All purchases are final and non-refundable.'],
    ['Refunds are processed to the original payment method within ten days.'],
  ])('trap %j does not make it present', (text) => {
    expect(present(text)).not.toContain('lead-returns')
  })
})

describe('an affiliate that may leave the programme at any time', () => {
  test('present', () => {
    expect(present('Affiliates may leave the program at any time by using the leave command.')).toContain('termination-for-convenience')
  })
  test.each([
    ['You may withdraw your consent at any time.'],
    ['Partners may leave feedback on the platform at any time.'],
  ])('trap %j does not make it present', (text) => {
    expect(present(text)).not.toContain('termination-for-convenience')
  })
})

describe('statistics the affiliate can view are reporting', () => {
  test('present', () => {
    expect(present('Affiliates can view their statistics, including clicks, purchases, refunds and chargebacks, in the dashboard.')).toContain('reporting')
  })
  test.each([
    ['You can view your account settings at any time.'],
    ['Users may access their profile to update their details.'],
  ])('trap %j does not make it present', (text) => {
    expect(present(text)).not.toContain('reporting')
  })
})

describe('use restrictions: only for a purpose, no other purpose, no sale', () => {
  test.each([
    ['Each Party shall only use the Prospect Information for the purpose of providing the services contemplated by the Agreement.'],
    ['The data submitted via the collection is being used for research and analytical purposes only and cannot be used for any other purpose.'],
    ['Each Party expressly understands that it is prohibited from selling and otherwise sharing the Prospect Information with third parties.'],
  ])('%j → present', (text) => {
    expect(present(text)).toContain('data-use-restrictions')
  })
  test.each([
    ['The Recipient shall only use the Confidential Information for the purpose of evaluating the transaction.'],
    ['Confidential Information may not be used for any other purpose.'],
    ['You shall only use the Services for lawful purposes.'],
    ['The Partner is prohibited from bidding on branded keywords.'],
  ])('trap %j does not make it present', (text) => {
    expect(present(text)).not.toContain('data-use-restrictions')
  })
})

describe('a breach stated as loss or unauthorised release of the data', () => {
  test.each([
    ['Data providers will report to the Department any loss or unauthorised release of the Data as soon as possible and no later than 24 hours after it is identified.'],
    ['The Supplier shall notify the Customer without delay of any unauthorized disclosure of customer data.'],
  ])('%j → present', (text) => {
    expect(present(text)).toContain('breach-notification')
  })
  test.each([
    ['You must notify us of any unauthorised use of your account or password.'],
    ['We are not liable for any loss of data caused by your failure to keep backups.'],
  ])('trap %j does not make it present', (text) => {
    expect(present(text)).not.toContain('breach-notification')
  })
})

describe('a third party that carries out processing on a party’s behalf', () => {
  test('present', () => {
    expect(present('The Department may instruct a third party to carry out analysis on the dataset on their behalf.')).toContain('subcontracting')
  })
  test.each([
    ['You may instruct a third party to pay the invoice.'],
    ['Either party may appoint a representative to act on its behalf in disputes.'],
  ])('trap %j does not make it present', (text) => {
    expect(present(text)).not.toContain('subcontracting')
  })
})
