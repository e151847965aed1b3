/**
 * Red flags about a deal's terms stay silent on a notice that informs the people whose data it
 * describes (src/review/rules/support/deal.ts; issue #11, part 4). Each case where a rule must stay
 * silent on a notice has its look-alike in a deal, where it must still fire. Which titles make a
 * notice: tests/review/notice.test.ts.
 */
import { describe, expect, test } from 'vitest'
import { findings, lines, ruleById } from './harness.js'

describe('rules about the terms of a deal stay silent on a notice, and fire on the same words in a deal', () => {
  const cap = 'Our total liability to you for any claim is limited to EUR 100.'
  test('liability-cap-no-data-carveout: a notice limiting its writer\'s liability is no supplier\'s cap', () => {
    const rule = ruleById('liability-cap-no-data-carveout')
    expect(findings(lines('# Privacy notice – Webinars', 'We collect your name and e-mail address to run the webinar.', cap), rule)).toEqual([])
    expect(findings(lines('# Terms of Service', 'The Service costs EUR 50 per month.', cap), rule)).toHaveLength(1)
  })

  const exit = 'We may terminate your access at any time, for any reason, without notice.'
  test('weak-notice-period: the writer ending "access" in a notice ends no paid supply', () => {
    const rule = ruleById('weak-notice-period')
    expect(findings(lines('# Politique de confidentialité', 'Les paiements sont traités par notre prestataire, qui facture 2 % de frais.', exit), rule)).toEqual([])
    expect(findings(lines("# Conditions générales d'utilisation", 'Les paiements sont traités par notre prestataire, qui facture 2 % de frais.', exit), rule)).toHaveLength(1)
  })

  test("unlimited-subcontracting: a notice's service providers are no subcontracting permission, but sharing the people's data with anyone still is reported", () => {
    const rule = ruleById('unlimited-subcontracting')
    const subcontract = 'We may use any subcontractors to provide the services.'
    expect(findings(lines('# Privacy Policy', subcontract), rule)).toEqual([])
    expect(findings(lines('# Lead Supply Agreement', subcontract), rule)).toHaveLength(1)
    const resale = 'We may sell or share your personal data with any third party, including our business partners.'
    expect(findings(lines('# Privacy Policy', resale), rule)).toHaveLength(1)
  })
})
