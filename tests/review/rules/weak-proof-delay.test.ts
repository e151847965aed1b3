import rule from '../../../src/review/rules/weak-proof-delay.js'
import { lines, ruleTester } from './harness.js'

ruleTester(rule, {
  valid: [
    {
      name: 'FR: a fraud report with logs and timestamps is not the proof of consent',
      text: lines('# Contrat', 'Le Fournisseur mène immédiatement une enquête et remet au Client, dans un délai de 10 jours, un rapport écrit accompagné des journaux pertinents (horodatages, adresses IP).'),
    },
    {
      name: 'FR: the first deadline after the delivery verb is the delivery delay',
      text: lines(
        '# Contrat',
        "Le Fournisseur remet au Client, dans un délai de 5 jours ouvrés à compter de sa demande, les éléments dont le Client a besoin pour répondre à une personne dans le délai d'un mois, notamment la Preuve de Consentement.",
      ),
    },
    {
      name: 'FR: sous 48 heures',
      text: lines('# Contrat', 'Le Fournisseur remet la preuve du consentement de tout lead sous 48 heures à compter de la demande du Client.'),
    },
    {
      name: 'EN: 5 business days (the threshold)',
      text: lines('# Agreement', 'The Generator shall provide the consent record of any lead within 5 business days of the request.'),
    },
    {
      name: 'EN: proof kept for 5 years is retention, not delay',
      text: lines('# Agreement', 'The Generator keeps proof of consent for 5 years and provides it within 2 business days of a request.'),
    },
    {
      name: 'EN: records handed back at the end of the contract',
      text: lines('# Agreement', 'On termination, the Generator returns the Consent Records to the Buyer and deletes all copies within 30 days.'),
    },
    {
      name: 'FR: the word « Fournisseur » is not a delivery verb',
      text: lines('# Contrat', 'Le Fournisseur supprime les Leads livrés dans un délai de 30 jours, à l’exception des Preuves de consentement.'),
    },
    {
      name: 'EN: a window to ask, not to deliver',
      text: lines('# Agreement', 'The Buyer may request proof of consent within 30 days of delivery and the Generator shall provide it within 2 days.'),
    },
  ],
  invalid: [
    {
      name: 'EN: within 10 business days',
      text: lines('# Quote', 'Proof of consent will be provided within 10 business days of the request.'),
      errors: [{ message: 'Proof of consent delivered within 10 business days', line: 2 }],
    },
    {
      name: 'FR: sous 15 jours',
      text: lines('# Devis', 'Prix : 8 € par lead.', 'Les preuves de consentement sont transmises au Client dans un délai de 15 jours.'),
      errors: [{ message: 'Preuve du consentement remise sous 15 jours', line: 3 }],
    },
    {
      name: 'EN: playbook threshold 2 days',
      thresholds: { maxProofDays: 2 },
      text: lines('# Agreement', 'The Generator delivers the consent record within 3 days.'),
      errors: [{ message: "above the playbook's 2 days", line: 2 }],
    },
  ],
})
