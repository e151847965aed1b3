import rule from '../../../src/review/rules/sample-proof.js'
import { lines, ruleTester } from './harness.js'

ruleTester(rule, {
  valid: [
    {
      name: "FR: the library's wording says a sample form is NOT proof",
      text: lines(
        '# Contrat',
        'Le Fournisseur conserve, pour chaque Lead, une Preuve de Consentement individuelle.',
        'Un modèle ou un exemplaire vierge de formulaire ne constitue pas une Preuve de Consentement.',
      ),
    },
    {
      name: 'EN: a blank or sample form is not a consent record',
      text: lines('# Agreement', 'A blank or sample form is not a Consent Record.'),
    },
    {
      name: 'EN: per-lead record including a screenshot of the form as displayed',
      text: lines('# Agreement', 'For each lead the Generator keeps a consent record with the timestamp, the IP address and a screenshot of the form as displayed.'),
    },
    {
      name: 'FR: a model contract mentioned without proof context',
      text: lines('# Devis', 'Le présent devis reprend le modèle de formulaire de commande du Fournisseur.'),
    },
  ],
  invalid: [
    {
      name: 'FR: « modèle de formulaire » as proof',
      text: lines('# Devis', 'Prix : 10 € par lead.', 'La preuve du consentement est apportée par la communication du modèle de formulaire de collecte utilisé.'),
      errors: [{ message: 'La preuve du consentement est un modèle de formulaire', line: 3 }],
    },
    {
      name: 'EN: a sample form as evidence of consent',
      text: lines('# Quote', 'Evidence of consent: the Generator will provide a sample opt-in form for each campaign.'),
      errors: [{ message: 'Proof of consent is a sample or template form', line: 2 }],
    },
    {
      name: 'EN: a screenshot of the collection form shall constitute proof',
      text: lines('# Insertion order', 'Leads are delivered daily.', 'A screenshot of the collection form shall constitute sufficient proof of consent.'),
      errors: [{ message: 'CNIL SAN-2022-021 (EDF) §20', line: 3 }],
    },
    {
      name: 'FR: formulaire type qui vaut preuve',
      text: lines('# Bon de commande', 'Le formulaire type de collecte vaut preuve du consentement des prospects.'),
      errors: [{ message: 'exigez une preuve individuelle par lead', line: 2 }],
    },
  ],
})
