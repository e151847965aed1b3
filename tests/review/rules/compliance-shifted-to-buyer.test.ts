import rule from '../../../src/review/rules/compliance-shifted-to-buyer.js'
import { lines, ruleTester } from './harness.js'

ruleTester(rule, {
  valid: [
    {
      name: "EN (class: the controller's own obligations under a law, sixth round): \"solely responsible for complying with its obligations under any incident notification laws\"",
      text: lines('# Security incidents', 'Customer is solely responsible for complying with its obligations under any incident notification laws.'),
    },
    {
      name: "EN (class: the lawfulness of the controller's own instructions to its processor, sixth round)",
      text: lines('# Representations', 'Customer is fully responsible for compliance of the instructions, requests and recommendations issued to the Processor with the Permitted Purpose of the Processing and any applicable Data Protection Laws.'),
    },
    {
      name: 'EN (class: "legal expenses" are costs, not compliance): the customer\'s indemnity for covered claims',
      text: lines('# Agreement', "Customer will indemnify, defend, and hold harmless Provider from and against all Customer Covered Claims made by someone other than Provider or its Affiliates, and all out-of-pocket damages, awards, settlements, costs, and expenses, including reasonable attorneys' fees and other legal expenses, that arise from the Customer Covered Claim."),
    },
    {
      name: "FR: the buyer's indemnity for its own use of the leads (library wording)",
      text: lines('# Contrat', 'Le Client garantit le Fournisseur dans les mêmes conditions contre les réclamations résultant exclusivement de sa propre utilisation des Leads.'),
    },
    {
      name: 'EN: a disclaimer about something else than the leads',
      text: lines('# Agreement', 'The Company makes no representation or warranty as to information contained in the Registration Statement.'),
    },
    {
      name: 'EN: the generator is solely responsible for consent',
      text: lines('# Agreement', 'The Generator is solely responsible for collecting valid consent and warrants that every lead was lawfully collected.'),
    },
    {
      name: 'FR: each party answers for its own obligations',
      text: lines('# Contrat', 'Chaque partie reste responsable du respect de ses propres obligations au titre du RGPD.'),
    },
    {
      name: 'EN: nothing releases the generator',
      text: lines('# Agreement', 'Nothing in this Agreement releases the Supplier from its liability for the compliance of the leads with data protection law.'),
    },
    {
      name: "EN: the buyer is solely responsible for paying invoices (not compliance)",
      text: lines('# Quote', 'The Client is solely responsible for paying the invoices on time.'),
    },
    {
      name: 'FR: le Client décharge… rien (negated)',
      text: lines('# Contrat', "La validation des formulaires par le Client ne décharge pas le Prestataire de sa responsabilité quant à la conformité de la collecte."),
    },
    {
      name: "EN (class: the buyer's own legal duty, laws applicable to it): solely responsible for notification laws applicable to Customer",
      text: lines('# Data protection addendum', 'Customer is solely responsible for complying with breach notification laws applicable to Customer and for giving any notices those laws require.'),
    },
    {
      name: 'FR (same class): les obligations légales qui lui sont applicables',
      text: lines('# Accord', 'Le Client est seul responsable du respect des obligations légales qui lui sont applicables en matière de notification des violations de données.'),
    },
  ],
  invalid: [
    {
      name: 'EN (trap for the sixth-round classes): the buyer solely responsible for the lawfulness of the leads it receives',
      text: lines('# Leads', 'The Client is solely responsible for the compliance of the leads it receives with applicable laws, including consent.'),
      errors: [{ message: 'Compliance is put on the Buyer alone', line: 2 }],
    },
    {
      name: 'EN (trap for the own-duty class: laws applicable to the leads are the generator\'s to answer for)',
      text: lines('# Order', 'Customer is solely responsible for the compliance of the leads with all laws applicable to lead collection.'),
      errors: [{ message: 'Compliance is put on the Buyer alone', line: 2 }],
    },
    {
      name: 'EN (class: "legal expenses" beside a release about lawfulness): the release is still reported',
      text: lines('# Agreement', 'The Customer releases and holds harmless the Provider from any claim about the legality of its marketing campaigns, including legal expenses.'),
      errors: [{ message: 'Compliance is put on the Buyer alone', line: 2 }],
    },
    {
      name: 'EN: the client is solely responsible for compliance',
      text: lines('# Quote', 'Price: €20 per lead.', 'The Client is solely responsible for the compliance of its marketing campaigns with applicable laws, including the GDPR.'),
      errors: [{ message: 'Compliance is put on the Buyer alone', line: 3 }],
    },
    {
      name: 'FR: le client décharge le prestataire',
      text: lines('# Conditions', "Le Client décharge le Prestataire de toute responsabilité relative à l'utilisation des leads et au respect du RGPD."),
      errors: [{ message: 'La conformité est mise à la charge du seul Client', line: 2 }],
    },
    {
      name: 'FR: fait son affaire de la conformité',
      text: lines('# Devis', 'Le Client fait son affaire de la conformité de ses campagnes de prospection.'),
      errors: [{ message: 'CNIL SAN-2024-003 (FORIOU) §27–28', line: 2 }],
    },
    {
      name: 'EN: the supplier makes no warranty as to consent',
      text: lines('# Terms', 'The Supplier makes no warranty as to the validity of the consent collected from the leads.'),
      errors: [{ message: 'Compliance is put on the Buyer alone', line: 2 }],
    },
    {
      name: 'FR: il appartient au seul client de vérifier',
      text: lines('# Devis', "Il appartient au seul Client de vérifier la licéité de la collecte des données avant toute prospection."),
      errors: [{ message: 'pas une décharge', line: 2 }],
    },
  ],
})
