/**
 * Classes found on the ninth round of English documents written by others (issue #11, the
 * lead-buying side's paper: a public buyer's purchase terms and cloud clause, data use terms under
 * which the reviewing party receives the data, an event organiser's advertising terms):
 * - the end of the contract named otherwise than termination or expiry — a project's close-out,
 *   its completion, its purposes accomplished — with the data returned, destroyed or disposed of;
 * - what is owed when the contract ends early: work stops and is paid as performed, refunds follow
 *   a discontinuation;
 * - retention and deletion of data named after the party that owns it ("Agency data", "Client
 *   data"), identifiable or confidential data, disposed of at close-out;
 * - the other data-protection duties over such data: its use barred unless authorised, its audits,
 *   its incidents reported, its localisation within a named country or area;
 * - an exit worded as cancelling an order or leaving the service, at any time or on notice;
 * - a payment term worded as the due date of invoice payments;
 * - the term of a grant of access or a licence, and a period of agreement whose dates are left blank;
 * - periodic progress reports on the use of what was supplied;
 * - a clause the contractor must copy into its subcontracts is a flow-down (subcontracting);
 * - a paragraph's own statement that it gives no right to audit is no audit clause;
 * - and a trap class: a bar on disclosing or providing information to any other person is a use
 *   restriction, not exclusivity.
 * Each class has its traps: the same words about something else. The sentences are written here,
 * in the words of no document of the corpus.
 */
import { describe, expect, test } from 'vitest'
import { presentIds } from './detection-harness.js'

// Patterns alone: the learned model is tested elsewhere, and a pattern test must not pass by it.
const present = (text: string) => presentIds(text)

describe('the end named otherwise than termination: close-out, completion, purposes accomplished', () => {
  test.each([
    ['a close-out with destruction', 'At study close-out, the Recipient shall destroy every copy of the extracts it holds.'],
    ['disposal under closing procedures', 'The Vendor shall dispose of all Agency data it stores in line with the contract closing procedures.'],
    ['purposes accomplished', 'The Licensee will delete the records it received once the purposes of the study have been achieved.'],
  ])('%s: termination effects are present', (_name, sentence) => {
    expect(present(sentence)).toContain('termination-effects')
  })
  test('trap: a close-out report with nothing returned or destroyed is no termination effect', () => {
    expect(present('At study close-out, the Recipient shall send a summary of its findings to the Agency.')).not.toContain('termination-effects')
  })
})

describe('what is owed when the contract ends early', () => {
  test.each([
    ['work stops', 'Upon any such cancellation, the Vendor shall stop all work under the order without delay.'],
    ['work paid as performed', 'The Vendor will be paid for the services rendered before the cancellation, and for nothing else.'],
    ['refunds on discontinuation', 'Following the discontinuation of a listing, refunds are handled under the refund rules published on the site.'],
  ])('%s: termination effects are present', (_name, sentence) => {
    expect(present(sentence)).toContain('termination-effects')
  })
  test('trap: refunds for a late delivery are not the effects of an end', () => {
    expect(present('Refunds are granted when a listing is published later than the date agreed.')).not.toContain('termination-effects')
  })
})

describe('retention and deletion of data named after its owner, identifiable or confidential data', () => {
  test.each([
    ['the owner’s data disposed of at close-out', 'The Vendor shall dispose of Client data and Client-related data at contract close-out and confirm it in writing.'],
    ['identifiable records destroyed once the purposes are achieved', 'The Recipient shall destroy the identifiable records as soon as the objectives of the project have been achieved.'],
  ])('%s: retention and deletion is present', (_name, sentence) => {
    expect(present(sentence)).toContain('retention-deletion')
  })
  test('trap: disposing of packaging has no data in it', () => {
    expect(present('The Vendor shall dispose of all packaging at close-out.')).not.toContain('retention-deletion')
  })
})

describe('duties over data named after the party that owns it', () => {
  test('its use and disclosure barred unless authorised: a use restriction', () => {
    expect(present('The Vendor shall not copy, use or disclose Agency-related data unless expressly authorized in the order.')).toContain('data-use-restrictions')
  })
  test('access to it and to the facilities holding it for audits: audit rights', () => {
    expect(present('The Vendor shall give the Agency access to Agency data and to its hosting facilities for audits and inspections.')).toContain('audit-rights')
  })
  test('cyber incidents affecting it reported: breach notification', () => {
    expect(present('The Vendor shall report every cyber incident affecting Agency data to the Agency.')).toContain('breach-notification')
  })
  test('kept within a named area: international transfers (localisation)', () => {
    expect(present('The Vendor shall store all Agency data within the European Union unless the Agency agrees otherwise in writing.')).toContain('international-transfers')
  })
  test('trap: offices kept within a country say nothing of data', () => {
    expect(present('The Vendor shall maintain a support office within the United Kingdom.')).not.toContain('international-transfers')
  })
  test('trap: a bar on disclosing data unless authorised says nothing of products sold', () => {
    expect(present('The Vendor shall not use the Agency logo unless expressly authorized.')).not.toContain('data-use-restrictions')
  })
})

describe('a bar on disclosing or providing information to any other person is no exclusivity', () => {
  test('trap: disclosure barred to any other person', () => {
    expect(present('Recipients shall not disclose or provide to any other person the details of a participant.')).not.toContain('exclusivity')
  })
  test('a bar on selling the products to any other buyer still is', () => {
    expect(present('The Supplier shall not sell the products to any other distributor in the territory.')).toContain('exclusivity')
  })
})

describe('an exit worded as cancelling an order or leaving the service', () => {
  test.each([
    ['cancel an order on notice', 'Sponsors may cancel their booking order from the dashboard or, failing that, on prior written notice to the organiser.'],
    ['leave the service at any time', 'Each member has the right to leave the service at any time and close the account.'],
  ])('%s: termination for convenience is present', (_name, sentence) => {
    expect(present(sentence)).toContain('termination-for-convenience')
  })
  test('trap: cancelling an order within a withdrawal period is no exit at will', () => {
    expect(present('Consumers may cancel their order within fourteen days of delivery.')).not.toContain('termination-for-convenience')
  })
})

describe('a payment term worded as the due date of invoice payments', () => {
  test('is price and payment', () => {
    expect(present('The due date for making invoice payments is the 20th day after the paying office receives a proper invoice.')).toContain('price-payment')
  })
  test('trap: a due date for delivering reports says nothing of payment', () => {
    expect(present('The due date for delivering the monthly report is the fifth working day of each month.')).not.toContain('price-payment')
  })
})

describe('a paragraph that says it gives no right to audit is no audit clause', () => {
  test.each([
    ['this paragraph does not give', 'On such an exit the Seller is paid for the work done. This section does not give the Buyer any right to audit the Seller’s books.'],
    ['nothing in this clause gives', 'Nothing in this clause gives the Buyer a right to audit or inspect the Seller’s accounts.'],
  ])('%s: audit rights are absent', (_name, text) => {
    expect(present(text)).not.toContain('audit-rights')
  })
  test('an audit right granted in the same words is still one', () => {
    expect(present('The Buyer may audit the Seller’s compliance with this section once a year on notice.')).toContain('audit-rights')
  })
})

describe('the term of a grant of access, a period of agreement left blank', () => {
  test.each([
    ['access granted for a period', 'Access to the archive is granted for a period of two years, renewable once on request.'],
    ['a period of agreement with blank dates', 'The period of this agreement shall run from ________ to ________.'],
  ])('%s: term and renewal is present', (_name, sentence) => {
    expect(present(sentence)).toContain('term-renewal')
  })
  test('trap: a licence granted for a purpose states no period', () => {
    expect(present('The licence is granted for the purpose of internal research only.')).not.toContain('term-renewal')
  })
})

describe('periodic progress reports on the use of what was supplied', () => {
  test('are reporting', () => {
    expect(present('The investigator shall send the provider an annual progress report on how the extracts were used.')).toContain('reporting')
  })
  test('trap: an annual report to shareholders is no reporting between the parties', () => {
    expect(present('The company publishes its annual financial statements on its website.')).not.toContain('reporting')
  })
})

describe('a clause the contractor must copy into its subcontracts', () => {
  test('is a flow-down: subcontracting is present', () => {
    expect(present('The Vendor shall insert the substance of this section into every lower-tier subcontract for hosting.')).toContain('subcontracting')
  })
  test('trap: copying a clause into purchase orders says nothing of subcontracts', () => {
    expect(present('The Vendor shall include this section in all invoices it issues under the order.')).not.toContain('subcontracting')
  })
})
