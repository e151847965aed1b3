/**
 * Classes the sixteenth English round of fresh documents showed (issue #11, session 17), each a
 * way of writing a clause the detection read wrongly, with the nearby wordings that are not the
 * clause (all wordings our own, none copied from the documents):
 * - the customer's own exit said as cancelling services with a number of days' notice and no
 *   article before the services, or as "if you cancel your subscription … until the end of the
 *   billing period";
 * - the provider's purpose limitation said as not using the customer's data "for purposes beyond
 *   providing the service";
 * - insurance written as the last sentence of the limitation of liability;
 * - a sentence, or a whole section, that hands its subject to another document ("is governed by
 *   the limitation of liability provisions in the Master Services Agreement"): the clause is there,
 *   not here;
 * - a template's instructions to whoever fills it in ("Before production use, you must: update the
 *   governing law"): a clause to edit, not one agreed;
 * - documentary audit: audit reports and compliance documentation made available, compliance
 *   information on request;
 * - a breach-reporting sentence is no security undertaking;
 * - a warranty period is no contract term (patterns and model); a minimum commitment period is one;
 * - rules: a force-majeure sentence ("not liable for delays due to circumstances beyond reasonable
 *   control") is no cap; the notice to cancel one session is no notice to end the contract.
 */
import { describe, expect, test } from 'vitest'
import liabilityCapNoDataCarveout from '../../src/review/rules/liability-cap-no-data-carveout.js'
import weakNoticePeriod from '../../src/review/rules/weak-notice-period.js'
import { presentIds } from './detection-harness.js'
import { findings } from './rules/harness.js'

// Patterns alone: the learned model is tested elsewhere, and a pattern test must not pass by it.
const present = (text: string) => presentIds(text)

describe('stated: the clause is found', () => {
  test.each([
    ['termination-for-convenience', 'the customer cancels services on days of notice, no article', 'Clients may cancel monthly services with 60 days’ prior written notice.'],
    ['termination-for-convenience', 'the subscriber cancels and keeps access to the end of the period', 'If you cancel your plan, your workspace stays available until the end of the current billing cycle.'],
    ['data-use-restrictions', 'no use of customer data for purposes beyond the service', 'The Vendor will not use any customer records it hosts for purposes beyond delivering the hosted service.'],
    ['insurance', 'insurance as the last sentence of the liability article', '## Limitation of liability\n\nThe total liability of the Agency shall not exceed the fees paid in the preceding twelve months.\n\nThe Agency maintains professional indemnity insurance covering its obligations under this agreement.'],
    ['audit-rights', 'audit reports and compliance documentation made available', 'Third-party audit reports and compliance documentation are made available to the Customer in the trust portal.'],
    ['audit-rights', 'compliance information on request', 'Once a year the Customer may request additional compliance information from the Processor.'],
    ['security', 'a security measure beside the breach report', 'We encrypt stored files and data breaches will be reported within 72 hours.'],
    ['term-renewal', 'a contract term counted from delivery', 'This agreement has an initial term of 24 months from delivery of the first batch.'],
    ['term-renewal', 'a minimum commitment period', 'The Scale plan carries a minimum commitment of 12 months.'],
    ['term-renewal', 'a package with its minimum months of commitment', 'Content retainer: two articles a week (minimum 4 months commitment).'],
    ['governing-law', 'a law named outright under its heading', '## Governing law\n\nThis addendum is governed by the laws of Ireland.'],
    ['governing-law', 'a real choice of law after a template note', 'Before production use, you must:\n- Review the choice of law\n\n## Governing law\n\nThis agreement is governed by the laws of Belgium.'],
  ])('%s: %s', (id, _name, text) => {
    expect(present(text)).toContain(id)
  })
})

describe('near misses: the clause is not found', () => {
  test.each([
    ['termination-for-convenience', 'the supplier cancels services on notice if the customer does not pay', 'The Supplier may cancel services with 10 days’ notice if the Customer fails to pay an invoice.'],
    ['termination-for-convenience', 'cancelling one session, not the contract', 'Clients may cancel a coaching session with 24 hours’ notice.'],
    ['termination-for-convenience', 'the subscriber cancels and its data goes, no period kept', 'If you cancel your plan, your workspace is erased straight away.'],
    ['data-use-restrictions', 'a permission to use data beyond the service', 'The Vendor may use customer records for purposes beyond delivering the hosted service, such as benchmarking.'],
    ['data-use-restrictions', 'the service, not data, used beyond a purpose', 'The Customer will not use the hosted service for purposes beyond its internal business.'],
    ['liability-cap', 'a liability section that only points to the master agreement', '## Limitation of liability\n\nEach party’s liability under this addendum is governed by the limitation of liability provisions in the Master Services Agreement.'],
    ['governing-law', 'law and disputes handed to the terms of service', '## Governing law and disputes\n\nThis addendum is governed by and subject to the governing law and dispute resolution provisions set out in the Terms of Service.'],
    ['governing-law', 'a template note to update the law', 'Before production use, you must:\n- Update the governing law if you are not in Sweden'],
    ['confidentiality', 'a template note about staff confidentiality', 'Before production use, you must:\n- Make sure your staff have confidentiality obligations'],
    ['audit-rights', 'usage reports, not audit reports', 'Usage reports are made available in the customer dashboard every month.'],
    ['security', 'a breach-reporting sentence alone', 'Data security breaches will be notified to the Customer within 48 hours.'],
    ['term-renewal', 'a warranty period', 'The warranty period is 24 months from delivery of the goods.'],
    ['term-renewal', 'a minimum notice, not a minimum term', 'Either party may end the retainer with a minimum 2 months notice.'],
  ])('%s: %s', (id, _name, text) => {
    expect(present(text)).not.toContain(id)
  })
})

describe('the model does not take a warranty period for the term either', () => {
  test('a warranty period stated alone', () => {
    expect(presentIds('The minimum warranty period is 6 months from completion of the works, unless the order states otherwise.', true)).not.toContain('term-renewal')
  })

  test('a contract period still is the term', () => {
    expect(presentIds('The contract runs for an initial period of 18 months from signature and renews for one-year periods.', true)).toContain('term-renewal')
  })
})

describe('a force-majeure sentence is no cap', () => {
  const doc = (liability: string) =>
    ['# Conditions of purchase', '', '## Price', '', 'Invoices are payable within 30 days.', '', '## Liability', '', liability, '', '## Force majeure', '', 'Neither party is liable for delays due to circumstances beyond reasonable control.'].join('\n')

  test('unlimited liability beside a force-majeure sentence: no cap flag', () => {
    expect(findings(doc('The Supplier is liable for all damages it causes. Its liability is not limited except where the law requires.'), liabilityCapNoDataCarveout)).toEqual([])
  })

  test('a real cap with no carve-out beside it is still flagged', () => {
    expect(findings(doc('The Supplier’s total liability shall not exceed the fees paid under the order.'), liabilityCapNoDataCarveout).length).toBe(1)
  })
})

describe('the notice to cancel one session is no notice to end the contract', () => {
  const doc = (sentence: string) => ['# Terms of sale', '', '## Fees', '', 'Coaching costs EUR 2,000 per month, invoiced monthly in advance.', '', '## Sessions', '', sentence].join('\n')

  test('24 hours to cancel a session: no notice flag', () => {
    expect(findings(doc('A 24-hour notice is required for any session cancellation.'), weakNoticePeriod)).toEqual([])
  })

  test('24 hours to end the engagement is flagged', () => {
    expect(findings(doc('The Consultant may terminate the engagement for any reason with 24 hours’ notice.'), weakNoticePeriod).length).toBe(1)
  })
})
