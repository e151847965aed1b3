/**
 * Whether the reviewed document is a deal whose terms red flags judge, or a notice that informs the
 * people whose data it describes (src/review/notice.ts, src/review/rules/support/deal.ts; issue #11, part 4). Each case
 * where a rule must stay silent on a notice has its look-alike in a deal, where it must still fire.
 */
import { describe, expect, test } from 'vitest'
import { isInformationNotice } from '../../../src/review/notice.js'
import { documentOf, findings, lines, ruleById } from './harness.js'

const notice = (text: string) => isInformationNotice(documentOf(text))

describe('isInformationNotice: what the document says it is, in its title', () => {
  test.each([
    ['FR: a privacy policy named after its product', lines('# Monappli — Politique de confidentialité', 'Nous collectons votre adresse e-mail.')],
    ['FR: a notice on personal data', lines('# Protection de vos données à caractère personnel', 'Le responsable du traitement est la société X.')],
    ['FR: model information notices', lines('Modèles de mentions informatives', 'Vos données sont traitées pour gérer votre dossier.')],
    ['EN: a privacy notice for an event', lines('# Privacy notice – Customer days', 'We collect your name and e-mail address.')],
    ['EN: front matter carrying the title', lines('# layout: legal title: "Privacy Policy"', '# What we collect', 'We collect your name.')],
    ['EN: a cookie policy', lines('# Cookie Policy', 'We use cookies to measure traffic.')],
  ])('%s: a notice', (_name, text) => {
    expect(notice(text)).toBe(true)
  })

  test.each([
    ['FR: terms of use that hold a privacy section', lines("# Conditions générales d'utilisation et politique de confidentialité", 'Le Service est payant.')],
    ['FR: a contract whose first article is about personal data', lines('# Contrat de fourniture de leads', '## Article 1 — Données personnelles', 'Le Fournisseur collecte les données.')],
    ['EN: a data protection agreement', lines('# Data Protection Agreement', 'Processor shall process Personal Data only on instructions.')],
    ['EN: terms of service that link to a privacy policy', lines('# Terms of Service', 'Our Privacy Policy explains how we use your data.')],
    ['EN: a paragraph that names a policy is no title', lines('This Privacy Policy and the Terms of Service together form the entire agreement between you and us for the paid plans described below, which are billed monthly in advance.')],
  ])('%s: a deal', (_name, text) => {
    expect(notice(text)).toBe(false)
  })
})

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
