/**
 * Termination for convenience as consumer and SaaS terms written by others state it (issue #11,
 * second round of the English corpus): the writer "is also free to terminate … for any reason",
 * or "reserves the right, without notice and in its sole discretion, to terminate your license to
 * use the Services". The traps: the same discretion used on a breach, or on something else than
 * ending the contract.
 */
import { describe, expect, test } from 'vitest'
import { presentIds } from './detection-harness.js'

// Patterns alone: the learned model is tested elsewhere, and a pattern test must not pass by it.
const present = (text: string) => presentIds(text)

describe('a discretionary exit is termination for convenience', () => {
  test.each([
    ['The Company is also free to terminate (or suspend access to) your use of the Services or your account for any reason at our sole discretion.'],
    ['Notwithstanding any of these Terms, the Company reserves the right, without notice and in its sole discretion, to terminate your license to use the Services.'],
    ['We reserve the right, at our absolute discretion, to terminate this Agreement on thirty days notice.'],
  ])('%j → present', (text) => {
    expect(present(text)).toContain('termination-for-convenience')
  })

  test.each([
    ['We reserve the right, in our sole discretion, to terminate your account if you violate these Terms.'],
    ['The Company reserves the right, in its sole discretion, to modify or discontinue any feature of the Services.'],
    ['We reserve the right, in our sole discretion, to terminate any account in the event of a breach of the rules of use.'],
  ])('trap %j does not make it present', (text) => {
    expect(present(text)).not.toContain('termination-for-convenience')
  })
})
