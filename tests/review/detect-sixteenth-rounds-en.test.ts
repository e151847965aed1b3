/**
 * Classes the fifteenth English round of fresh documents showed (issue #11, session 16), each a
 * way of writing a clause the patterns did not read, with the nearby wordings that are not the
 * clause (all wordings our own):
 * - force majeure written as the last paragraph of the limitation of liability: its own words
 *   count under that heading (a denial of it there still does not);
 * - assignment said as rights and obligations that are "not transferable", and as one party's
 *   right to transfer the whole agreement to a company of its choice;
 * - a law chosen with "shall be subject to German law" (no "of"), a forum chosen as the "place of
 *   jurisdiction"; a "Governing Law" heading over "governed by applicable laws" chooses nothing;
 * - the data supplier's warranty that the other party "is entitled to process" the personal data;
 * - the subscriber's own exit said as cancelling its account or subscription, and the writer's
 *   right to discontinue the whole service;
 * - a document incorporated with a link between its name and the verb ("the DPA at
 *   https://… applies"): the link's dots no longer hide the incorporation;
 * - the processing details given as an annex heading "Type of Personal Data" over its list (a
 *   heading that goes on, "Types of personal data we collect", is a privacy notice's);
 * - an exclusion of all liability whose list of persons spared is long ("In no event will we, our
 *   affiliates or their licensors, service providers, employees, agents, officers or directors be
 *   liable for damages of any kind … including any direct … damages"): a cap of zero, both flags;
 * - a numbered item ending with a colon whose sub-items complete it ("1. The Processor shall,
 *   without undue delay, notify the Controller if: – it becomes aware of a personal data breach"):
 *   each sub-item is read with it, up to the next item numbered alike.
 */
import { describe, expect, test } from 'vitest'
import { documentFacts } from '../../src/review/facts.js'
import liabilityCapNoDataCarveout from '../../src/review/rules/liability-cap-no-data-carveout.js'
import weakLiabilityCap from '../../src/review/rules/weak-liability-cap.js'
import { presentIds } from './detection-harness.js'
import { documentOf, findings } from './rules/harness.js'

// Patterns alone: the learned model is tested elsewhere, and a pattern test must not pass by it.
const present = (text: string) => presentIds(text)

describe('stated: the clause is found', () => {
  test.each([
    ['force-majeure', 'delays beyond control under the liability heading', '## Limitation of liability\n\n1. The Supplier excludes its liability for indirect losses.\n2. The limitation does not apply to wilful misconduct.\n3. The Supplier is not liable for any delay in performing the services caused by an event beyond its reasonable control, such as acts of God.'],
    ['assignment', 'rights and obligations not transferable', 'The rights and obligations under this Agreement are not transferable without the other side agreeing in writing.'],
    ['assignment', 'rights and obligations generally not assignable', 'Rights and obligations arising from the contract are generally non-assignable.'],
    ['assignment', "a party's right to transfer the agreement", 'The Vendor may transfer the contract with all rights and obligations to an affiliated company at any time.'],
    ['governing-law', 'subject to a named law, without "of"', 'This contract shall be subject to Austrian law, excluding its conflict rules.'],
    ['jurisdiction', 'the place of jurisdiction is a city', 'The exclusive place of jurisdiction for all disputes under this contract shall be Munich.'],
    ['compliance-warranty', 'the other party is entitled to process the data', 'The Customer warrants that the Vendor is entitled to process the personal data it uploads for the purposes of the service.'],
    ['termination-for-convenience', "the subscriber's own cancellation", 'Subscribers can cancel their monthly or annual plan from the billing page; the plan stays active until the period ends.'],
    ['termination-for-convenience', "the customer's own cancellation of its account", 'The customer may cancel its team account, and access continues until the end of the prepaid term.'],
    ['termination-for-convenience', 'the writer discontinues the whole service', 'We may suspend or discontinue the hosted platform in whole or in part.'],
  ])('%s: %s', (id, _name, text) => {
    expect(present(text)).toContain(id)
  })
})

describe('near misses: the clause is not found', () => {
  test.each([
    ['force-majeure', 'a denial of force majeure under the liability heading', '## Limitation of liability\n\n1. The Supplier excludes its liability for indirect losses.\n2. The limitation does not apply to wilful misconduct.\n3. The Customer may not invoke force majeure to delay any payment.'],
    ['assignment', 'a licence that is non-transferable', 'The Vendor grants a non-transferable right to use the software during the term.'],
    ['assignment', 'a transfer of data, not of the agreement', 'The Vendor may transfer the data to a hosting company located in the EU.'],
    ['governing-law', 'subject to applicable law', 'The contract is subject to applicable law and to the mandatory rules of each country.'],
    ['governing-law', 'subject to a named law of a field', 'These terms are subject to copyright law as far as the content is concerned.'],
    ['jurisdiction', 'the statutory place of jurisdiction left as it is', 'Any statutory place of jurisdiction remains unaffected.'],
    ['compliance-warranty', 'processing only on instructions', 'The Vendor is entitled to process the personal data only on documented instructions from the Customer.'],
    ['compliance-warranty', 'not entitled to process', 'The Vendor is not entitled to process the personal data for its own purposes.'],
    ['termination-for-convenience', 'the writer cancels a subscription for non-payment', 'We may cancel your subscription if you fail to pay an invoice when due.'],
    ['termination-for-convenience', 'a feature, not the service, discontinued', 'We may discontinue any feature of the service from time to time.'],
    ['termination-for-convenience', 'a campaign cancelled by the user', 'You can cancel a scheduled campaign from the dashboard before it is sent.'],
  ])('%s: %s', (id, _name, text) => {
    expect(present(text)).not.toContain(id)
  })
})

describe('a heading that names the clause over a body that chooses nothing', () => {
  test('"Governing Law" over "governed by applicable laws" is no choice of law', () => {
    expect(present('# Terms\n\n## Governing Law\n\nThese terms are governed by applicable laws, without regard to conflict of laws principles.')).not.toContain('governing-law')
  })

  test('"Governing Law" over a named law still is', () => {
    expect(present('# Terms\n\n## Governing Law\n\nThese terms are governed by the laws of Ireland.')).toContain('governing-law')
  })

  test('"governed by applicable law, namely the laws of a place" still chooses it', () => {
    expect(present('# Terms\n\n## Governing Law\n\nThese terms are governed by applicable law, namely the laws of Ireland.')).toContain('governing-law')
  })
})

describe('a document incorporated with a link between its name and the verb', () => {
  const referenced = (text: string) => documentFacts(documentOf(text)).referencedTerms.map((r) => r.name)

  test('"the data processing agreement at <link> applies" incorporates it', () => {
    expect(referenced('# Terms\n\nWhere we process personal data for you, the data processing agreement at https://example.com/legal/dpa.html applies.')).toContain('data processing agreement')
  })

  test('a link to a policy the reader is only pointed to incorporates nothing', () => {
    expect(referenced('# Terms\n\nFor more on how we use data, see our privacy policy at https://example.com/privacy.html.')).toEqual([])
  })
})

describe('a numbered item that ends with a colon is the lead-in of its sub-items', () => {
  test('the breach notice whose duty is in the numbered item and whose event is a sub-item', () => {
    const text = [
      '# Data processing agreement',
      '',
      '## Notices',
      '',
      '1. The Processor shall, without undue delay, notify the Controller if:',
      '- it becomes aware of a personal data breach; or',
      '- it receives a complaint from a supervisory authority.',
      '2. The Processor shall keep a record of all processing activities.',
    ].join('\n')
    expect(present(text)).toContain('art28-breach-notice')
  })

  test('the next item numbered alike is not read with the lead-in', () => {
    const text = [
      '# Data processing agreement',
      '',
      '## Records',
      '',
      '1. Within 24 hours of a request, the Processor shall inform the Controller of the following:',
      '- the categories of data it holds;',
      '- the sub-processors it uses.',
      '2. Any personal data breach is entered in the internal register of the Processor.',
    ].join('\n')
    expect(present(text)).not.toContain('art28-breach-notice')
  })
})

describe('the processing details as an annex heading over its list', () => {
  test('"Type of Personal Data" over a filled list in processor terms', () => {
    const text = ['# Data processing agreement', '', 'The Processor processes personal data on behalf of the Controller.', '', '## Annex 1', '', '### Type of Personal Data', '', '- Names and e-mail addresses of users', '- Log data created by the service'].join('\n')
    expect(present(text)).toContain('art28-processing-details')
  })

  test('a privacy notice heading "Types of personal data we collect" is not it', () => {
    const text = ['# Privacy notice', '', '## Types of personal data we collect', '', '- Your name and e-mail address', '- The pages you visit'].join('\n')
    expect(present(text)).not.toContain('art28-processing-details')
  })
})

describe('an exclusion of all liability with a long list of the persons it spares', () => {
  const long = 'IN NO EVENT WILL WE, OUR AFFILIATES OR THEIR LICENSORS, SERVICE PROVIDERS, EMPLOYEES, AGENTS, OFFICERS OR DIRECTORS BE LIABLE FOR DAMAGES OF ANY KIND ARISING OUT OF YOUR USE OF THE SERVICE, INCLUDING ANY DIRECT, INDIRECT, SPECIAL OR CONSEQUENTIAL DAMAGES.'
  const indirectOnly = 'IN NO EVENT WILL WE, OUR AFFILIATES OR THEIR LICENSORS, SERVICE PROVIDERS, EMPLOYEES, AGENTS, OFFICERS OR DIRECTORS BE LIABLE FOR ANY INDIRECT, SPECIAL OR CONSEQUENTIAL DAMAGES ARISING OUT OF YOUR USE OF THE SERVICE.'
  const doc = (sentence: string) => ['# Terms of Service', '', '## Limitation of Liability', '', sentence].join('\n')

  test('is a cap of zero with nothing carved out: both flags', () => {
    expect(findings(doc(long), weakLiabilityCap).length).toBe(1)
    expect(findings(doc(long), liabilityCapNoDataCarveout).length).toBe(1)
  })

  test('a waiver of indirect damages only, with the same list, caps nothing', () => {
    expect(findings(doc(indirectOnly), weakLiabilityCap)).toEqual([])
  })
})
