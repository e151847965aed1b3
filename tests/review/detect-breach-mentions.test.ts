/**
 * A breach named in passing is not the duty to notify one (issue #11, session 14): on the dev split
 * breach-notification was found in 9 documents labelled without it, from sentences that name a data
 * breach or a security incident while stating something else — a user's duty to report misuse of its
 * own account, a definition of "personal data breach", the risks security measures weigh, a page to
 * report incidents to; and "inform" read inside "information" (« informatique »). The clause is a
 * party's duty to notify the other, the authority or the persons of a breach of the data; those
 * sentences still find it.
 */
import { describe, expect, test } from 'vitest'
import { presentIds } from './detection-harness.js'

// Patterns alone: the learned model is tested elsewhere, and a pattern test must not pass by it.
const present = (text: string) => presentIds(text)

describe('a breach named while another subject is stated: not the clause', () => {
  test.each([
    ["a user's own account (en)", 'The Member shall tell us at once of any security breach or unauthorised use of its account.'],
    ['a definition (en)', '"Data Breach" means any breach of security leading to the loss or unauthorised disclosure of Customer Data.'],
    ['the risks security weighs (en)', 'When assessing the level of security, the Vendor takes into account the risks of a personal data breach.'],
    ['a page to report on (en)', 'See our Trust page for how to report a security incident affecting the platform.'],
    ["'inform' inside « informatique » (fr)", "L'utilisateur s'interdit toute intrusion dans un système informatique et toute collecte illicite de données."],
  ])('%s', (_name, text) => {
    expect(present(text)).not.toContain('breach-notification')
  })
})

describe('the duty to notify: still the clause', () => {
  test.each([
    ['to the buyer (en)', 'The Supplier shall notify the Buyer of any personal data breach affecting the leads within 24 hours of becoming aware of it.'],
    ['a security incident (en)', 'In the event of a security incident involving Customer Data, the Processor will inform the Customer without undue delay.'],
    ['to the client (fr)', 'Le Prestataire notifie au Client toute violation de données à caractère personnel dans un délai de 48 heures.'],
  ])('%s', (_name, text) => {
    expect(present(text)).toContain('breach-notification')
  })
})
