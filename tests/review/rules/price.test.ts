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
