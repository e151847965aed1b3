/**
 * Classes of wording found on the sixth round of English documents written by others (issue #11):
 * what ends at termination said as rights that terminate or use that stops ("no further use",
 * "cease all such use"); a payment "payable … within thirty (30) days" or "due within" a period
 * counted from something other than an invoice, and a duty to "continue to pay the fees"; a use
 * restriction stated as "use (or disclose) the data for any purpose other than"; a sentence that
 * incorporates another document's provisions by naming them, which states none of them; and the
 * referral-programme wordings (a "Referred Customer" definition, self-referral bans, referrals that
 * "shall not be considered" valid, commissions paid out or forfeited when the partner leaves, the
 * first referrer rewarded) and a penalty set as a share of the fees. Each class has traps: the same
 * words about something else.
 */
import { describe, expect, test } from 'vitest'
import { presentIds } from './detection-harness.js'

// Patterns alone: the learned model is tested elsewhere, and a pattern test must not pass by it.
const present = (text: string) => presentIds(text)

describe('rights that end, or use that stops, at termination are its effects', () => {
  test.each([
    ["Upon any termination of this Agreement, Partner's rights to use the Developer Resources and the Trademarks will immediately terminate and Partner will cease all such use."],
    ["Upon expiration or termination, no further use may be made by either Party of the other's name, marks or logo."],
    ['On termination of the Agreement, all licences granted to the Reseller shall automatically terminate.'],
  ])('%j → present', (text) => {
    expect(present(text)).toContain('termination-effects')
  })
  test.each([
    ['The licence granted to you will terminate if you breach these terms.'],
    ['Either party may terminate this Agreement on sixty days notice.'],
    ['Upon termination of a user account, the administrator may create a new one.'],
  ])('trap %j does not make it present', (text) => {
    expect(present(text)).not.toContain('termination-effects')
  })
})

describe('a payment payable or due within a period is the price', () => {
  test.each([
    ['The Sponsorship Payment is due within thirty (30) days of the Effective Date.'],
    ['The reward is payable by bank transfer to the account specified in the protocol within thirty (30) days from the date of the protocol signature.'],
    ['During the Transition Period you must continue to pay the Fees for the Services.'],
  ])('%j → present', (text) => {
    expect(present(text)).toContain('price-payment')
  })
  test.each([
    ['The report is due within ten (10) days of the end of each quarter.'],
    ['Each party shall pay its own costs and expenses.'],
    ['Notice of any claim must be given within thirty (30) days.'],
  ])('trap %j does not make it present', (text) => {
    expect(present(text)).not.toContain('price-payment')
  })
})

describe('using or disclosing the data for no other purpose is a use restriction', () => {
  test.each([
    ['The Service Provider will not retain, use, or disclose the Personal Data for any purpose other than for the business purposes specified in this Addendum.'],
    ['Partner shall first obtain customer consent before it may use Customer Data for purposes other than providing the Partner functionality.'],
    ['The Recipient may use the information for no purpose other than the evaluation.'],
  ])('%j → present', (text) => {
    expect(present(text)).toContain('data-use-restrictions')
  })
  test.each([
    ['The Supplier may use subcontractors for purposes other than hosting.'],
    ['Customer may use the Services for any lawful purpose.'],
    ['We use cookies for purposes other than advertising, such as security.'],
  ])('trap %j does not make it present', (text) => {
    expect(present(text)).not.toContain('data-use-restrictions')
  })
})

describe('provisions of another document named in an incorporation are referenced, not stated', () => {
  test.each([
    ['Provisions of the General Terms regarding liability, indemnity, governing law and choice of jurisdiction are incorporated herein by reference.', ['governing-law', 'jurisdiction', 'indemnity']],
    ['Sections 9 (Confidentiality) and 12 (Governing Law) of the Master Agreement are incorporated into this Order by reference.', ['confidentiality', 'governing-law']],
    ['Les stipulations des CGV relatives à la loi applicable et à la juridiction compétente sont intégrées par référence.', ['governing-law', 'jurisdiction']],
  ])('%j names clauses it does not state', (text, ids) => {
    for (const id of ids) expect(present(text)).not.toContain(id)
  })
  test.each([
    ['This Agreement is governed by the laws of England and Wales. The Order Forms are incorporated herein by reference.', 'governing-law'],
    ['Any dispute shall be submitted to the courts of Paris. The Acceptable Use Policy is incorporated by reference.', 'jurisdiction'],
  ])('trap: %j still states its own clause', (text, id) => {
    expect(present(text)).toContain(id)
  })
})

describe('referral programmes: the billable referral, its fraud rules, its invalidity and attribution', () => {
  test.each([
    ['lead-definition', '3.1. "Referred Customer" is a natural person or a company who subscribed to the Platform using the Referral Link.'],
    ['lead-definition', '"Qualified Referral" means a prospect introduced by the Partner that signs an order within 90 days.'],
    ['fraud-controls', 'The Affiliate Partner must not use its Referral Link for self-referral, i.e. its own or its friends sign-ups.'],
    ['fraud-controls', 'Self-purchases are tracked and any commission on them is void.'],
    ['lead-returns', 'Any customer referred in breach of this clause shall not be considered a Referred Customer.'],
    ['lead-returns', 'Leads generated through incentivised forms will not be deemed valid leads.'],
    ['termination-effects', 'Commission earned during the month when the Affiliate ceased to be part of the Program will be paid out in the usual term.'],
    ['termination-effects', 'If we terminate your participation for breach, all commissions will be forfeited.'],
    ['exclusivity', 'If two people recommend the same candidate, the reward goes to the individual who recommended the Candidate first.'],
  ])('%s: %j → present', (id, text) => {
    expect(present(text)).toContain(id)
  })
  test.each([
    ['lead-definition', 'A Referred Customer is not eligible for the introductory discount.'],
    ['fraud-controls', 'The Stark Law restricts physician self-referral for designated health services.'],
    ['lead-returns', 'Such information shall not be considered Confidential Information.'],
    ['termination-effects', 'Commissions are paid monthly within 15 business days.'],
    ['exclusivity', 'The Supplier registered the trademark first in France.'],
  ])('trap %s: %j does not make it present', (id, text) => {
    expect(present(text)).not.toContain(id)
  })
})

describe('a penalty set as a share of the fees is a penalty clause', () => {
  test.each([
    ['Failure to use a reserved space will result in penalties (up to 50% of your Sponsorship Payment).'],
    ['A penalty of 10% of the monthly fees applies for each missed delivery.'],
  ])('%j → present', (text) => {
    expect(present(text)).toContain('penalties')
  })
  test.each([
    ['Infringements are subject to administrative fines of up to 4% of the total worldwide annual turnover.'],
    ['Late payment penalties are charged at three times the legal interest rate.'],
  ])('trap %j does not make it present', (text) => {
    expect(present(text)).not.toContain('penalties')
  })
})

describe('notice of proceedings about the processing, and a term that lasts as long as something else', () => {
  test.each([
    ['regulator-cooperation', 'Each Party shall promptly notify the other Party of any proceedings, in particular administrative or court proceedings, relating to Personal Data Processing hereunder, and of any administrative decision or judgment concerning the Processing, as well as of any inspections.'],
    ['term-renewal', 'This Candidate Referral Program is effective from its publication and remains in effect as long as it is published on the website.'],
    ['term-renewal', 'The obligations placed upon the Processor under this DPA shall survive so long as it Processes Personal Data.'],
    ['term-renewal', 'This Agreement will continue in force for as long as any Order Form remains in effect.'],
  ])('%s: %j → present', (id, text) => {
    expect(present(text)).toContain(id)
  })
  test.each([
    ['regulator-cooperation', 'The Supplier shall notify the Client of any court proceedings relating to unpaid invoices.'],
    ['term-renewal', 'The licence remains valid as long as you comply with these terms.'],
    ['term-renewal', 'Your content remains on the platform as long as your account is open.'],
  ])('trap %s: %j does not make it present', (id, text) => {
    expect(present(text)).not.toContain(id)
  })
})
