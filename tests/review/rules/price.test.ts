import { describe, expect, test } from 'vitest'
import { sentencesOf } from '../../../src/review/text.js'
import { chargesPrice } from '../../../src/review/rules/support/price.js'
import { documentOf, lines } from './harness.js'

const priced = (text: string) => chargesPrice(sentencesOf(documentOf(text)))

describe('chargesPrice: whether a document makes someone pay', () => {
  test.each([
    ['FR: a price per lead', lines('# Devis', 'Prix unitaire : 15 € HT par lead validé.')],
    ['FR: invoices to pay', lines('# Contrat', 'Le Fournisseur facture chaque mois les leads livrés.')],
    ['FR: a paid subscription next to a free offer', lines('# CGU', "L'offre Découverte est gratuite.", "L'offre Pro est facturée 49 € HT par mois.")],
    ['EN: fees', lines('# Order', 'Customer shall pay the Fees set out in the Order Form.')],
    ['EN: an amount with no price word', lines('# Order', 'Set-up: EUR 1,500 excl. VAT.')],
  ])('%s: priced', (_name, text) => {
    expect(priced(text)).toBe(true)
  })

  test('EN (class: pricing as a kind of confidential information, sixth round): no price', () => {
    expect(priced(lines('# Confidentiality', 'Confidential Information includes roadmaps, marketing plans, pricing, discounts and proposals.', 'Either party may terminate this Agreement on sixty days notice.'))).toBe(false)
    // Trap: a pricing schedule is a price.
    expect(priced(lines('# Pricing', 'Pricing is set out in the Order Form.'))).toBe(true)
  })

  test.each([
    ['FR: a free public service', lines('# CGU', "L'utilisation du Service est facultative et gratuite.")],
    ['FR: a criminal fine recalled by the terms', lines('# CGU', "Toute fausse déclaration est punie de 45 000 euros d'amende.")],
    ['FR: a regulation and a destination country', lines('# Politique', 'Le traitement est conforme au règlement (UE) 2016/679.', 'Pays destinataire : Allemagne.')],
    ['FR: payment data in a privacy policy', lines('# Politique', 'Nous ne conservons pas les données de votre carte de paiement.', 'Le traitement des paiements est confié à un prestataire de paiement.')],
    ["EN: an indemnity's attorneys' fees", lines('# Terms', "You will indemnify us against any claim, including reasonable attorneys' fees.")],
    ['EN: a liability cap and share capital', lines('# Terms', 'Our liability will not exceed $500.', 'Mozilla SARL, with a share capital of EUR 10,000.')],
    ['EN: free of charge', lines('# Terms', 'The newsletter is provided free of charge.')],
  ])('%s: not priced', (_name, text) => {
    expect(priced(text)).toBe(false)
  })
})

describe('chargesPrice: a price the writer may set later is no price yet', () => {
  test.each([
    ['EN: paid functionality not yet released', lines('# Terms of Service', 'Purchases will be governed by our terms of sale, to be posted upon the launch of paid features.')],
    ['EN: the right to start charging', lines('# Terms of Service', 'We reserve the right to charge for the Services in the future.')],
    ['FR: un service qui pourra devenir payant', lines("# Conditions générales d'utilisation", "L'Éditeur se réserve le droit de rendre l'accès au service payant.")],
    ['FR: ultérieurement payant', lines('# CGU', 'Certaines fonctions pourront devenir payantes à l’avenir.')],
  ])('%s: not priced', (_name, text) => {
    expect(priced(text)).toBe(false)
  })

  test.each([
    // Look-alikes: a price that exists and may change, or a charge on an existing plan.
    ['EN: fees that exist and may change', lines('# Terms', 'The Pro plan costs EUR 20 per month.', 'We reserve the right to change our prices on 30 days notice.')],
    ['EN: paid plans offered now or later', lines('# Terms', 'Paid plans are billed monthly in advance; we may introduce new plans in the future.')],
    ['FR: un abonnement payant et une évolution des tarifs', lines('# CGV', "L'abonnement est facturé 30 € HT par mois.", 'Les tarifs pourront évoluer à l’avenir.')],
  ])('%s: priced', (_name, text) => {
    expect(priced(text)).toBe(true)
  })
})
