/**
 * Effects of termination on money, as terms written by others state them (issue #11, second round
 * of the English corpus): "If we terminate your access … we will refund the current month", "If we
 * terminate the agreement, any withstanding commission will be sent to you". The traps: payment
 * terms with no termination, and a termination with no effect stated.
 */
import { describe, expect, test } from 'vitest'
import { presentIds } from './detection-harness.js'

// Patterns alone: the learned model is tested elsewhere, and a pattern test must not pass by it.
const present = (text: string) => presentIds(text)

describe('refunds and payouts on termination are effects of termination', () => {
  test.each([
    ['If we terminate your access to the Service without specific cause, you will continue to have access for the current billing period or we will refund the current month.'],
    ['If we terminate the agreement, any withstanding commission will be sent to you on the first day of the next month.'],
    ['If the Affiliate terminates the agreement, no further payout will be made to the Affiliate.'],
  ])('%j → present', (text) => {
    expect(present(text)).toContain('termination-effects')
  })

  test.each([
    ['Commissions are paid yearly, no later than the first quarter of the following year.'],
    ['Refunds are processed within 30 days of the request.'],
    ['Either party may terminate this Agreement if the other party fails to cure a material breach within 30 days.'],
  ])('trap %j does not make it present', (text) => {
    expect(present(text)).not.toContain('termination-effects')
  })
})
