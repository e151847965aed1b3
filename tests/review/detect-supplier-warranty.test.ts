/**
 * The data supplier's compliance warranty, in the words of terms written by others (issue #11,
 * second round of the English corpus): "represent and warrant that each person you register … has
 * consented to receive communications", "have collected, stored, used, and transferred all data …
 * in compliance with all data protection laws", "has complied with … Applicable Data Protection
 * Laws concerning its provision of Customer Personal Data". The traps: the writer's own privacy
 * practice, a processor's compliance covenant, a user's consent to its own messages.
 */
import { describe, expect, test } from 'vitest'
import { presentIds } from './detection-harness.js'

// Patterns alone: the learned model is tested elsewhere, and a pattern test must not pass by it.
const present = (text: string) => presentIds(text)

describe("the data supplier's warranty of consent and lawful collection", () => {
  test.each([
    ['You represent and warrant that each person you register for the Services or for whom you provide a wireless phone number has consented to receive communications from us.'],
    ['The Partner represents that every consumer whose record it submits has given express consent to be contacted by the Buyer.'],
    ['You represent and warrant that you have collected, stored, used, and transferred all data relating to any individual in compliance with all data protection laws and regulations.'],
    ['Customer has complied with and will continue to comply with all Applicable Data Protection Laws concerning its provision of Customer Personal Data to Provider, including obtaining all consents.'],
  ])('%j → present', (text) => {
    expect(present(text)).toContain('compliance-warranty')
  })

  test.each([
    ['We collect, store and use your data in accordance with our Privacy Policy.'],
    ['Provider will comply with all data protection laws in its processing of Customer Personal Data on behalf of Customer.'],
    ['By providing your phone number, you agree to receive text messages about your account from us.'],
    ['Each person you invite will receive an email asking whether they want to join the organization.'],
  ])('trap %j does not make it present', (text) => {
    expect(present(text)).not.toContain('compliance-warranty')
  })
})
