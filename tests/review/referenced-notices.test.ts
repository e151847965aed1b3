/**
 * Which other terms a document incorporates (issue #11, « referenced »), seventh round: a privacy
 * notice informs the people whose data it describes and takes in no terms by naming them, unless it
 * says they are incorporated; the terms a third party sets for its own service are not the
 * document's. And a document's own facts: processing "outside of" the EEA is offshore. The documents
 * are written here, in the words of no document of the corpus.
 */
import { describe, expect, test } from 'vitest'
import { documentFacts } from '../../src/review/facts.js'
import { documentOf } from './rules/harness.js'

const facts = (lines: readonly string[]) => documentFacts(documentOf(lines.join('\n')))
const names = (lines: readonly string[]) => facts(lines).referencedTerms.map((r) => r.name)

describe('a privacy notice incorporates nothing by naming other terms', () => {
  test('the terms that "will apply" to a portal, named in its privacy notice, are not referenced', () => {
    expect(names(['# Privacy notice – Reseller portal', 'When you use the portal, our portal terms and conditions will apply as well as the terms of your contract with us.'])).toEqual([])
  })
  test("a platform's privacy policy its collection is subject to is not referenced", () => {
    expect(names(['# Privacy Policy', 'The event platform collects your details as a data controller and its collection may be subject to their privacy policy.'])).toEqual([])
  })
  test('front matter before the title does not hide the notice', () => {
    expect(names(['# layout: legal title: Notice', '# Privacy notice – Events', 'We use your details in accordance with the terms and conditions of the event.'])).toEqual([])
  })
  test('a notice that incorporates terms in so many words still references them', () => {
    expect(names(['# Privacy notice', 'Our Terms of Service are incorporated into this notice by reference.'])).toEqual(['terms of service'])
  })
  test('trap: terms of service that incorporate a policy still reference it', () => {
    expect(names(['# Terms of Service', 'Your use of the Service is subject to our Acceptable Use Policy.'])).toEqual(['acceptable use policy'])
  })
})

describe("a third party's own terms are not the document's", () => {
  test('the terms of the relevant third-party platform providers are not referenced', () => {
    expect(names(['# Terms and conditions', 'Your engagement on social media is in part governed by the Terms of Service/Use of the relevant third-party social media platform providers.'])).toEqual([])
  })
  test("a third party's terms of service are not referenced", () => {
    expect(names(['# Terms and conditions', "Use of the map widget is subject to a third party's terms of service."])).toEqual([])
  })
  test('trap: the provider’s own terms of service still are', () => {
    expect(names(['# Order', 'This order is governed by the Provider’s terms of service available at https://example.com/terms.'])).toEqual(['terms of service'])
  })
})

describe("terms accepted or agreed to under their owner's name are incorporated", () => {
  test("agreeing to a named service's privacy notice incorporates it", () => {
    expect(names(['# Terms of use', "You agree to the Widget Library's privacy notice and service level agreement."])).toEqual(['privacy notice'])
  })
  test("accepting another service's terms of use incorporates them", () => {
    expect(names(['# Terms of use', "Accepting the Messaging Service's terms of use is required before sending."])).toEqual(['terms of use'])
  })
  test('trap: accepting these terms of use names the document itself', () => {
    expect(names(['# Terms of use', 'By using the service you accept these terms of use.'])).toEqual([])
  })
})

describe('processing "outside of" the EEA makes the document offshore', () => {
  test('"may be processed outside of the European Economic Area" → offshore', () => {
    expect(facts(['# Privacy notice', 'Your information may be processed outside of the European Economic Area.']).offshore).toBe(true)
  })
  test('trap: "outside of business hours" says nothing of where data is processed', () => {
    expect(facts(['# Support terms', 'Requests received outside of business hours are handled the next day.']).offshore).toBe(false)
  })
})
