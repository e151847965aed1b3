import rule from '../../../src/review/rules/payment-terms.js'
import { lines, ruleTester } from './harness.js'

const PENALTIES =
  "Tout retard de paiement entraîne de plein droit des pénalités de retard égales à trois fois le taux d'intérêt légal, ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40 euros."

ruleTester(rule, {
  valid: [
    {
      name: "FR (class: the payer's own programme, whatever it calls its members; session 12): « programme des ambassadeurs »",
      text: lines('# Conditions du programme des ambassadeurs', 'Chaque ambassadeur reçoit une commission de 50 € HT par client recommandé, versée par virement à 30 jours.'),
    },
    {
      name: 'FR (class: a payer that is not a business; session 12): a syndic mandate for a syndicate of co-owners, prices before tax',
      text: lines('# Mandat de gestion', "Le syndicat des copropriétaires de la résidence confie au cabinet la gestion de l'immeuble.", '# Rémunération', 'Les honoraires annuels du cabinet sont de 3 000 € HT, payables par trimestre à réception de la facture.'),
    },
    {
      name: "FR (class: the payer's own programme, whatever it calls its members; session 12): « programme d'annonces des affiliés »",
      text: lines('# Rejoindre le programme', "En rejoignant le programme d'annonces des affiliés, vous affichez nos annonces dans votre application.", '# Rémunération', 'Vous touchez une commission de 5 % sur chaque vente approuvée, payée chaque mois sur votre compte de paiement.'),
    },
    {
      name: 'FR (class: a free service makes nobody pay): a price clause that says « gratuit », the GDPR called « règlement »',
      text: lines(
        '# Conditions d\'utilisation du service',
        "Le présent service est régi par le règlement (UE) 2016/679 et les dispositions réglementaires en vigueur.",
        '# Prix',
        "L'utilisation du Service est facultative et gratuite : aucun paiement n'est demandé au Partenaire.",
        "Toute fausse déclaration expose son auteur à 45 000 euros d'amende.",
      ),
    },
    {
      name: 'FR (class: payments between users): a free platform that takes no part in what passengers pay drivers',
      text: lines(
        '# Conditions générales',
        "Les services de la Plateforme sont fournis à titre gracieux.",
        "La Plateforme n'intervient pas dans le paiement de la participation aux frais et ne perçoit aucune commission.",
        "Le Passager s'engage à payer au Conducteur le montant convenu.",
      ),
    },
    {
      name: "FR (class: the payer's own purchase terms): no late-payment mention asked of « conditions générales d'achat »",
      text: lines('# Conditions générales d\'achat', 'Prix : 3 € HT par lead validé.', 'Le Client règle les factures du Fournisseur à 30 jours à compter de leur réception.'),
    },
    {
      name: "FR (class: the payer's own programme terms): a partner programme paying its publishers",
      text: lines('# Programme de partenariat', "L'Éditeur facture chaque mois les leads validés au prix de 4 € HT.", "L'Annonceur paie chaque facture à 30 jours."),
    },
    {
      name: 'FR: paiement à 30 jours avec pénalités et indemnité de 40 €',
      text: lines('# Devis', 'Les factures sont payables à 30 jours date de facture.', PENALTIES),
    },
    {
      name: 'FR: 45 jours fin de mois',
      text: lines('# Contrat', 'Le paiement intervient à 45 jours fin de mois.', PENALTIES),
    },
    {
      name: 'EN: net 30 (English documents need no penalty mention)',
      text: lines('# Quote', 'Payment terms: net 30.'),
    },
    {
      name: 'EN: a 12-month term is not a payment term',
      text: lines('# Agreement', 'This Agreement is concluded for 12 months and invoiced monthly.'),
    },
    {
      name: 'FR (class: retention periods are not payment terms): « paiement : 10 ans » in a list of what is kept',
      text: lines(
        '# Conditions générales',
        "L'accès au Service est facturé 200 € HT par mois.",
        PENALTIES,
        'La fermeture du compte entraîne la suppression des données sous 30 jours, sauf obligations légales (paiement : 10 ans ; identité : 5 ans).',
      ),
    },
    {
      name: 'EN (class: retention periods are not payment terms): payment records retained for 7 years',
      text: lines('# Terms', 'Fees are invoiced monthly.', 'Payment records are retained for 7 years after the end of the contract.'),
    },
    {
      name: 'FR: no payment mentioned at all',
      text: lines('# Contrat', 'Le Fournisseur garantit la licéité de la collecte des données.'),
    },
    {
      name: 'FR (class: terms of sale to consumers are outside C. com. L. 441-10): TTC prices, a withdrawal right, no late-payment mentions',
      text: lines(
        '# Conditions générales de vente',
        'Les prix sont indiqués en euros toutes taxes comprises (TTC) ; le paiement est exigible à la commande.',
        "Conformément au Code de la consommation, l'acheteur dispose d'un droit de rétractation de quatorze jours.",
      ),
    },
  ],
  invalid: [
    {
      name: 'FR (look-alike of the non-business payer class): the same mandate for a company still owes the mentions',
      text: lines('# Mandat de gestion', "La société cliente confie au cabinet la gestion de l'immeuble.", '# Rémunération', 'Les honoraires annuels du cabinet sont de 3 000 € HT, payables par trimestre à réception de la facture.'),
      errors: [
        { message: 'Aucune mention des pénalités de retard', line: 4 },
        { message: "Aucune mention de l'indemnité forfaitaire pour frais de recouvrement de 40 euros", line: 4 },
      ],
    },
    {
      name: 'FR (trap for the payments-between-users class: a marketplace that bills its own commission still owes the mentions)',
      text: lines(
        '# Conditions générales',
        "Le paiement s'effectue directement entre l'acheteur et le vendeur.",
        'Les factures de commission de la Plateforme sont payables par le vendeur à 30 jours.',
      ),
      errors: [
        { message: 'Aucune mention des pénalités de retard', line: 2 },
        { message: "Aucune mention de l'indemnité forfaitaire pour frais de recouvrement de 40 euros", line: 2 },
      ],
    },
    {
      name: 'FR (trap for the consumer class: B2B terms with prices before tax still owe the mentions, whatever they say of consumers)',
      text: lines(
        '# Conditions générales',
        'Chaque lead est facturé 25 € HT ; les factures sont payables à 30 jours.',
        "Le Fournisseur rappelle aux consommateurs démarchés leur droit de rétractation prévu par le Code de la consommation.",
      ),
      errors: [
        { message: 'Aucune mention des pénalités de retard', line: 2 },
        { message: "Aucune mention de l'indemnité forfaitaire pour frais de recouvrement de 40 euros", line: 2 },
      ],
    },
    {
      name: 'FR (class: the price is what makes the rules apply): a priced service without the mentions',
      text: lines('# Conditions générales', "L'accès au Service est facturé 200 € HT par mois.", 'Les factures sont payables à 30 jours.'),
      errors: [
        { message: 'Aucune mention des pénalités de retard', line: 2 },
        { message: "Aucune mention de l'indemnité forfaitaire pour frais de recouvrement de 40 euros", line: 2 },
      ],
    },
    {
      name: 'FR: paiement à 90 jours',
      text: lines('# Devis', 'Paiement à 90 jours.', PENALTIES),
      errors: [{ message: 'Délai de paiement de 90 jours', line: 2 }],
    },
    {
      name: 'EN: net 90',
      text: lines('# Quote', 'Price: €12 per lead.', 'Payment terms: net 90.'),
      errors: [{ message: 'Payment term of 90 days', line: 3 }],
    },
    {
      name: 'FR: 60 jours fin de mois',
      text: lines('# Contrat', 'Les factures sont réglées à 60 jours fin de mois.', PENALTIES),
      errors: [{ message: 'Délai de paiement de 60 jours fin de mois', line: 2 }],
    },
    {
      name: 'EN: within 75 days of the invoice date',
      text: lines('# Agreement', 'Invoices are payable within 75 days of the invoice date.'),
      errors: [{ message: 'beyond 60 days from the invoice', line: 2 }],
    },
    {
      name: 'FR: no penalties, no €40 indemnity',
      text: lines('# Devis', 'Prix unitaire : 15 € HT par lead.', 'Les factures sont payables à 30 jours.'),
      errors: [
        { message: 'Aucune mention des pénalités de retard', line: 3 },
        { message: "Aucune mention de l'indemnité forfaitaire pour frais de recouvrement de 40 euros", line: 3 },
      ],
    },
    {
      name: 'FR: penalties but no €40 indemnity',
      text: lines('# Contrat', 'Le paiement intervient à 30 jours.', 'Tout retard de paiement entraîne des pénalités de retard au taux de la BCE majoré de 10 points.'),
      errors: [{ message: 'D. 441-5', line: 2 }],
    },
    {
      name: 'FR: playbook threshold',
      thresholds: { maxPaymentDays: 30 },
      text: lines('# Devis', 'Règlement : 45 jours date de facture.', PENALTIES),
      errors: [{ message: 'au-delà de 30 jours', line: 2 }],
    },
  ],
})
