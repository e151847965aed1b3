import rule from '../../../src/review/rules/negated-clause.js'
import { lines, ruleTester } from './harness.js'

ruleTester(rule, {
  valid: [
    {
      name: 'EN (class: a prohibition with exceptions is the restriction itself; session 12): "Neither party may assign … except to an affiliate"',
      text: lines('# Assignment', 'Neither party may assign this Agreement without the prior written consent of the other party, except that either party may assign it to an affiliate without consent.'),
    },
    {
      name: 'EN (class: a grant, then a limit on how it is exercised, in the same paragraph; session 12): audits by questionnaire first',
      text: lines('# Processor terms', 'The Processor processes the personal data only on documented instructions from the Controller.', '# Audits', 'The Processor shall make available to the Controller all information necessary to demonstrate compliance with Article 28 and shall allow for and contribute to audits, including inspections, conducted by the Controller. The Controller agrees that it will only exercise its audit rights by requesting the Processor to answer a written security questionnaire once a year.'),
    },
    {
      name: 'EN (class: assignment without consent on a merger, a change of control or to an affiliate is the usual exception, not a denial)',
      text: lines('# Assignment', 'Supplier may assign this Agreement without consent in connection with a merger, acquisition, sale of all or substantially all of its assets, or change of control, or to an Affiliate.', "Any other assignment requires the non-assigning Party's prior written consent."),
    },
    {
      name: 'EN (class: a cap that does not apply to named claims is a carve-out, not a denial): Unlimited Claims',
      text: lines('# Limitation of Liability', "Each party's total cumulative liability will not be more than the General Cap Amount.", 'Section 7.1 (Liability Caps) does not apply to any Unlimited Claims.'),
    },
    {
      name: 'FR (class: un plafond écarté pour certains dommages est une exception, pas une négation)',
      text: lines('# Responsabilité', 'La responsabilité du Prestataire est plafonnée au montant payé au cours des douze derniers mois.', "Ce plafond ne s'applique pas aux dommages causés par une faute lourde ou une fraude."),
    },
    {
      name: 'EN (class: payment in advance as one option among others is no denial): "payable in advance, in arrears, per usage"',
      text: lines('# Terms', 'You agree to pay all charges for the Paid Services at the prices then in effect.', 'Your charges may be payable in advance, in arrears, per usage, or as otherwise described when you initially selected to use the Paid Service.'),
    },
    {
      name: "FR (class: a definition's exception is no denial): information already held",
      text: lines('# Confidentialité', 'Chaque partie garde secrètes les informations confidentielles de l’autre.', 'Ne sont pas considérées comme confidentielles, au sens du présent article, les données que le destinataire détenait déjà de façon licite.'),
    },
    {
      name: "EN (class: a definition's exception is no denial): public information",
      text: lines('# Confidentiality', 'Each party keeps the other party’s confidential information secret.', 'Information is not deemed confidential where it was already public when received.'),
    },
    {
      name: 'EN (class: a tax gross-up is no waiver of set-off): paid without deduction or withholding for tax',
      text: lines('# Payment', 'The Customer pays each invoice within 30 days by bank transfer.', 'All amounts payable under this Agreement must be paid without any deduction or withholding for or on account of any present or future tax.'),
    },
    {
      name: 'EN (class: waiving objections to venue is a submission to the courts)',
      text: lines('# Jurisdiction', 'The courts of Paris have exclusive jurisdiction over any dispute.', 'The parties irrevocably waive any objection to the laying of venue in those courts.'),
    },
    {
      name: 'EN (class: a prohibition with exceptions is the restriction itself): may not assign, except amounts due, freely assignable',
      text: lines('# Assignment', 'The Distributor may not assign this Agreement without the prior written consent of the Supplier, other than the right to receive any amount due, which shall be freely assignable.'),
    },
    {
      name: "FR (class: a prohibition with exceptions is the restriction itself): ne peut céder, sauf les créances, librement cessibles",
      text: lines('# Cession', "Le Fournisseur ne peut céder le contrat sans l'accord écrit du Client, à l'exception de ses créances, qui sont librement cessibles."),
    },
    {
      name: 'EN: an ordinary confidentiality undertaking',
      text: lines('# Confidentiality', 'The Supplier keeps the price list and the volumes confidential.'),
    },
    {
      name: 'FR (class: where it applies — a subscription paid in advance, with no lead supplied, is the ordinary price of a service)',
      text: lines('# Abonnement', 'L’abonnement mensuel coûte 9 € TTC.', 'Les frais d’abonnement sont payables d’avance, à la date de chaque renouvellement.'),
    },
    {
      name: 'EN (class: where it applies — a SaaS plan paid upfront, with no lead supplied)',
      text: lines('# Fees', 'The Pro plan costs USD 49 per month.', 'Subscription fees are payable in advance for each billing period.'),
    },
  ],
  invalid: [
    {
      name: 'EN (look-alike of the grant-then-limit class): the same limit with no grant in its paragraph still denies the audit',
      text: lines('# Processor terms', 'The Processor processes the personal data only on documented instructions from the Controller.', '# Audits', 'The Controller agrees that it will only exercise its audit rights by requesting the Processor to answer a written security questionnaire once a year.'),
      errors: [{ message: 'The document denies', line: 4 }],
    },
    {
      name: 'FR (class: where it applies — leads paid at order, before they are delivered)',
      text: lines('# Prix et livraison', 'Le prix est de 25 € HT par lead qualifié.', 'Les leads sont livrés chaque jour par fichier CSV sur le serveur SFTP de l’acheteur.', 'Les commandes de leads sont payables à la commande, par virement.'),
      errors: [{ message: 'Le document écarte « Prix', line: 4 }],
    },
    {
      name: 'EN: an unconditioned right to assign without consent denies the restriction',
      text: lines('# Assignment', 'The Generator may assign this Agreement without the consent of the Client.'),
      errors: [{ message: 'Assignment', line: 2 }],
    },
    {
      name: 'EN (trap for the carve-out class: a cap declared inapplicable as a whole is still a denial)',
      text: lines('# Limitation of Liability', "Each party's total liability will not exceed the fees paid in the last 12 months.", 'Section 9 (Limitation of Liability) does not apply to this Order.'),
      errors: [{ message: 'The document denies "Limitation of liability', line: 3 }],
    },
    {
      name: 'EN (class: payment in advance alone is still reported, beside the trap of options)',
      text: lines('# Terms', 'The price is EUR 10 per lead.', 'All fees are payable in advance before each delivery of leads.'),
      errors: [{ message: 'The document denies "Price, invoicing and payment"', line: 3 }],
    },
    {
      name: 'FR: the exchanged information is declared not confidential',
      text: lines('# Confidentialité', 'Les informations échangées au titre du contrat ne sont pas considérées comme confidentielles.'),
      errors: [{ message: 'Le document écarte « Confidentialité »', line: 2 }],
    },
    {
      name: 'EN: the exchanged information is declared not confidential',
      text: lines('# Confidentiality', 'Information exchanged under this Agreement is not confidential.'),
      errors: [{ message: 'The document denies "Confidentiality"', line: 2 }],
    },
  ],
})
