/**
 * Integration (entire-agreement) clauses as terms written by others state them (issue #11, second
 * round of the English corpus): "the complete and exclusive statement of the mutual understanding",
 * "supersede and cancel all previous agreements", "contains the complete terms and conditions
 * between us", "There are no verbal collateral agreements". Each counts as documents-precedence, as
 * an entire-agreement clause does; the traps read alike and say something else.
 */
import { describe, expect, test } from 'vitest'
import { presentIds } from './detection-harness.js'

// Patterns alone: the learned model is tested elsewhere, and a pattern test must not pass by it.
const present = (text: string) => presentIds(text)

describe('integration clauses count as documents-precedence', () => {
  test.each([
    ['You and the Company agree that these Terms are the complete and exclusive statement of the mutual understanding between you and the Company.'],
    ['These Terms supersede and cancel all previous written and oral agreements, communications and other understandings relating to their subject matter.'],
    ['This Affiliate Agreement contains the complete terms and conditions between us and you regarding your participation in the Affiliate Program.'],
    ['The contracting parties agree upon the text form for amendments. There are no verbal collateral agreements to this agreement.'],
    ['This Agreement supersedes and replaces any prior agreement between the parties on the same subject.'],
  ])('%j → present', (text) => {
    expect(present(text)).toContain('documents-precedence')
  })

  test.each([
    ['Please read the complete terms and conditions of the promotion before taking part.'],
    ['The Provider will send a statement of the fees due at the end of each month.'],
    ['There are no fees for the first month of the subscription.'],
    ['The parties may enter into further agreements for additional services.'],
  ])('trap %j does not make it present', (text) => {
    expect(present(text)).not.toContain('documents-precedence')
  })
})
