/**
 * Classes found on the tenth round of English documents written by others (issue #11: an e-mail
 * service's terms, a notification platform's DPA, a public buyer's procurement terms, a land
 * registry's data licences):
 * - an exit open to either party "with immediate effect" and no ground stated is an exit at will
 *   (convenience), not a termination for cause;
 * - the writer's right at any time to end the licence, or to revoke access with or without a
 *   stated reason, is an exit at will;
 * - the end of a licence ending the right to use what it granted is a termination effect;
 * - a bar on assigning "rights and obligations under this Licence", with no possessive, and the
 *   contract named a licence;
 * - the law chosen as "the laws applicable in" a named place;
 * - courts named as those that "will decide" claims, the parties "subject to the jurisdiction of
 *   those courts", or the venue for claims stated before its place;
 * - the recipient's measures to ensure that the data it receives is secure from unauthorised use
 *   or access;
 * - an entire "agreement and understanding", and a document that may be superseded by another
 *   agreement (precedence);
 * - data supplied only if "lawfully and validly" collected (the data supplier's warranty);
 * - processing "in compliance with the instructions received from" the customer, and staff who
 *   respect the confidentiality of the personal data (Art. 28 items);
 * - data returned or destroyed within a number of days of the end of an assessment or event;
 * - third parties relied on, or used, to host, store or deliver (subcontracting);
 * - an account disabled or locked for spam, a violation or an unpaid balance (termination for cause);
 * - a user who stops using the service and asks for its data to be removed (termination effects);
 * - a named period of performance that will commence on an event (term).
 * Each class has its traps: the same words about something else. The sentences are written here,
 * in the words of no document of the corpus.
 */
import { describe, expect, test } from 'vitest'
import { detectClauses } from '../../src/review/detect.js'
import { compiledLibrary, presentIds } from './detection-harness.js'
import { documentOf } from './rules/harness.js'

// Patterns alone: the learned model is tested elsewhere, and a pattern test must not pass by it.
const present = (text: string) => presentIds(text)

describe('an exit with immediate effect open to either party, no ground stated', () => {
  test.each([
    ['a licence', 'Each party may terminate the licence with immediate effect.'],
    ['an agreement, at any time', 'Either party may terminate this agreement at any time with immediate effect.'],
  ])('%s: termination for convenience, not for cause', (_name, sentence) => {
    const found = present(sentence)
    expect(found).toContain('termination-for-convenience')
    expect(found).not.toContain('termination-for-cause')
  })
  test('trap: the same exit on a breach stays a termination for cause, not one at will', () => {
    const found = present('Either party may terminate this agreement with immediate effect if the other party commits a material breach of it.')
    expect(found).toContain('termination-for-cause')
    expect(found).not.toContain('termination-for-convenience')
  })
})

describe("the writer's right at any time to end the licence, or to revoke access with or without a reason", () => {
  test.each([
    ['a right at any time to end the licence', 'The Supplier has the right at any time to end the licence granted to you.'],
    ['access revoked with or without a stated reason', 'The Provider may revoke or refuse access to any user at any moment, with or without stated reason.'],
  ])('%s: termination for convenience is present', (_name, sentence) => {
    expect(present(sentence)).toContain('termination-for-convenience')
  })
  test('trap: a right at any time to terminate on events listed after it is no exit at will', () => {
    expect(present('Each party has the right at any time to terminate this agreement, without prejudice to its other rights, upon the occurrence of any of the events below.')).not.toContain('termination-for-convenience')
  })
  test('trap: access revoked for a breach is no exit at will', () => {
    expect(present('The Supplier has the right at any time to revoke your access if you breach these terms.')).not.toContain('termination-for-convenience')
  })
})

describe('the end of a licence ending the right to use what it granted', () => {
  test('the right to use ends with the licence: termination effects are present', () => {
    expect(present('The termination of the licence means that your right to use the dataset ends on that day.')).toContain('termination-effects')
  })
  test('trap: the licence period printed on an invoice is no effect of its end', () => {
    expect(present('The end of the licence period is shown on each invoice we send you.')).not.toContain('termination-effects')
  })
})

describe('a bar on assigning rights and obligations under the licence', () => {
  test('no possessive, the contract named a licence: assignment is present', () => {
    expect(present('The Licensee must not assign or transfer rights and obligations under this Licence.')).toContain('assignment')
  })
  test('trap: the rights the licence grants, with nothing about assigning them, are no assignment clause', () => {
    expect(present('The rights and obligations under this Licence are set out in the schedule.')).not.toContain('assignment')
  })
})

describe('the law chosen as the laws applicable in a named place', () => {
  test('a province: governing law is present', () => {
    expect(present('These terms are governed by and construed in accordance with the laws applicable in Ontario.')).toContain('governing-law')
  })
  test('trap: the laws applicable in any country other than the one chosen choose no law', () => {
    expect(present('Nothing in these terms is to be construed by the laws applicable in any other country.')).not.toContain('governing-law')
  })
})

describe('courts that will decide claims, and the venue for claims stated before its place', () => {
  test.each([
    ['courts that will decide', 'Any claim arising from these terms will be decided by the federal and state courts of Texas.'],
    ['subject to the jurisdiction of those courts', 'Each party agrees to be subject to the jurisdiction of those courts for any such claim.'],
    ['the venue for claims before its place', 'Venue for any claims shall lie in the county where the licensor has its seat.'],
  ])('%s: jurisdiction is present', (_name, sentence) => {
    expect(present(sentence)).toContain('jurisdiction')
  })
  test('trap: a claim once decided by a court elsewhere names no forum for this contract', () => {
    expect(present('A claim already decided by the courts of another country cannot be brought again.')).not.toContain('jurisdiction')
  })
})

describe("the recipient's measures to keep the data secure from unauthorised use or access", () => {
  test('measures to ensure the data is secure: security is present', () => {
    expect(present('The Recipient shall take appropriate measures to ensure that the extracts are secure from unauthorised access.')).toContain('security')
  })
  test('trap: a warning that no measure can make internet traffic secure is no undertaking', () => {
    expect(present('No measures can ensure that messages sent over the internet are secure from unauthorised access.')).not.toContain('security')
  })
})

describe('an entire agreement and understanding; a document another agreement may supersede', () => {
  test.each([
    ['agreement and understanding', 'These terms set out the entire agreement and understanding between the licensor and the licensee.'],
    ['superseded by another agreement', 'This notice may be superseded by a signed enterprise agreement between the parties.'],
  ])('%s: documents precedence is present', (_name, sentence) => {
    expect(present(sentence)).toContain('documents-precedence')
  })
  test('trap: a version superseded by a later release of the software is no contract document', () => {
    expect(present('Version 2 of the application may be superseded by a later release at any time.')).not.toContain('documents-precedence')
  })
})

describe('data supplied only if lawfully and validly collected', () => {
  test("the supplier's undertaking: the compliance warranty is present", () => {
    expect(present('The Client shall upload only contacts that were lawfully and validly obtained.')).toContain('compliance-warranty')
  })
  test('trap: the provider saying it does not check the collection gives no warranty', () => {
    expect(present('The Provider does not verify whether the contacts were lawfully and validly obtained.')).not.toContain('compliance-warranty')
  })
})

describe('Art. 28 items worded otherwise: instructions received, staff respecting confidentiality', () => {
  test('processing in compliance with the instructions received from the customer', () => {
    expect(present('The Vendor handles the personal data in compliance with the instructions received from the Customer.')).toContain('art28-instructions')
  })
  test('staff who respect the confidentiality of the personal data', () => {
    expect(present('The Vendor ensures that its staff and agents respect the confidentiality of the personal data.')).toContain('art28-personnel-confidentiality')
  })
  test('trap: instructions for installing the software are no processing instructions', () => {
    expect(present('The Customer installs the agent in compliance with the instructions received from the Vendor.')).not.toContain('art28-instructions')
  })
})

describe('data returned or destroyed within days of the end of an assessment or event', () => {
  test('the end of an evaluation: retention and deletion are present', () => {
    expect(present('Any sample records must be destroyed within 10 days of the end of the evaluation.')).toContain('retention-deletion')
  })
  test('trap: a report sent within days of the end of an event deletes nothing', () => {
    expect(present('A summary is sent within 10 days of the end of the event.')).not.toContain('retention-deletion')
  })
})

describe('third parties relied on or used to host, store or deliver', () => {
  test.each([
    ['relies on third-party hosts', 'The service relies on third-party hosting providers located in several regions.'],
    ['uses a third party to deliver', 'We may use a third party to deliver the messages you send.'],
    ['delivered by a third party', 'Outgoing messages may be relayed by a third party.'],
  ])('%s: subcontracting is present', (_name, sentence) => {
    expect(present(sentence)).toContain('subcontracting')
  })
  test('trap: third-party content the user reads is no subcontractor', () => {
    expect(present('The service displays links to third party websites.')).not.toContain('subcontracting')
  })
})

describe('an account disabled or locked for spam, a violation or an unpaid balance', () => {
  test.each([
    ['spam', 'Sending unsolicited bulk messages may result in the account being immediately disabled.'],
    ['unpaid balance', 'Accounts with an unpaid balance will be locked until the invoice is settled.'],
  ])('%s: termination for cause is present', (_name, sentence) => {
    expect(present(sentence)).toContain('termination-for-cause')
  })
  test('trap: an account the user closes is no termination for cause', () => {
    expect(present('You may close your account from the settings page.')).not.toContain('termination-for-cause')
  })
})

describe('a user who stops using the service and asks for its data to be removed', () => {
  test('termination effects are present', () => {
    expect(present('A member may stop using the platform and ask that its content be deleted.')).toContain('termination-effects')
  })
  test('trap: content removed for a breach while the service goes on is no effect of an end', () => {
    expect(present('We may ask that content breaching these rules be deleted.')).not.toContain('termination-effects')
  })
})

describe('a named period of performance that will commence on an event', () => {
  test('the performance period will commence: the term is present', () => {
    expect(present('The performance period will commence on the date the award is published.')).toContain('term-renewal')
  })
  test('trap: a notice period that starts on receipt is no term of the contract', () => {
    expect(present('The notice period will commence on receipt of the letter.')).not.toContain('term-renewal')
  })
})

describe('what crawlers or search engines keep is no denial of the parties\' retention', () => {
  const negated = (text: string, id: string) => detectClauses([documentOf(text)], compiledLibrary(false)).find((c) => c.id === id)?.negated
  test('search engines keeping public pages indefinitely: retention is not denied', () => {
    expect(negated('Search engines that crawl the public pages may retain that information indefinitely.', 'retention-deletion')).toBe(false)
  })
  test('trap: the provider keeping the data indefinitely still denies a retention limit', () => {
    expect(negated('The Provider may retain that information indefinitely.', 'retention-deletion')).toBe(true)
  })
})
