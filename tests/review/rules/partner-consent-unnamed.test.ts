import rule from '../../../src/review/rules/partner-consent-unnamed.js'
import { lines, ruleTester } from './harness.js'

ruleTester(rule, {
  valid: [
    {
      name: 'FR: consent to be put in touch with a named company is not a category',
      text: lines('# Conditions du service', 'Prix : 6 € HT par demande transmise.', "Chaque demande vient d'un particulier acceptant la mise en relation avec Rénovia SAS, nommée sur le formulaire."),
    },
    {
      name: 'EN: the partners of a partnership, and a party consenting to the use of its name',
      text: lines(
        '# Agreement',
        'If you are a partnership, then the partners of that partnership will not, without our prior written consent, admit additional partners.',
        "Channel Partner consents to the use of its name and logo in iPass' Channel Partner lists.",
      ),
    },
    {
      name: 'FR: partners, and the buyer named on the partner list',
      text: lines(
        '# Devis',
        "Les leads sont collectés avec le consentement des personnes à recevoir des offres de nos partenaires.",
        'Le Client figure nommément sur la liste des partenaires présentée lors de la collecte.',
      ),
    },
    {
      name: 'EN: the partner list names the buyer',
      text: lines('# Quote', 'Consent is collected for offers from our partners.', 'The partner list shown on the collection form names the Buyer individually.'),
    },
    {
      name: "EN: the party's consent to appoint partners is not a data subject's",
      text: lines('# Agreement', 'With the prior written consent of the Buyer, the Generator may engage partners to host the forms.'),
    },
    {
      name: 'FR: a clause explaining that a category of partners is not enough',
      text: lines('# Contrat', "Un consentement donné pour des « partenaires » sans désignation nominative ne suffit pas : le Client est expressément nommé sur le formulaire."),
    },
    {
      name: 'EN: no partners at all',
      text: lines('# Quote', 'Consent is collected by the Generator on behalf of the Buyer, named on the form.'),
    },
  ],
  invalid: [
    {
      name: 'FR (class: consent to a « mise en relation » with a category of professionals)',
      text: lines('# Conditions du service', 'Prix : 6 € HT par demande transmise.', "Chaque demande vient d'un particulier acceptant la mise en relation avec des artisans de la région."),
      errors: [{ message: 'artisans', line: 3 }],
    },
    {
      name: 'FR: consent for « partenaires »',
      text: lines(
        '# Devis n° 2026-114',
        'Prix unitaire : 12 € HT par lead.',
        "Les prospects ont accepté de recevoir des offres commerciales de nos partenaires en cochant la case prévue à cet effet.",
      ),
      errors: [{ message: 'Consentement recueilli pour des « partenaires » sans nommer le Client', line: 3 }],
    },
    {
      name: 'EN: opt-in to partner offers',
      text: lines('# Quote', 'Each lead has opted in to receive marketing from our selected partners.', 'Price: €15 per lead.'),
      errors: [{ message: 'Consent is collected for "partners" without naming the Buyer', line: 2 }],
    },
    {
      name: 'EN: consent to sharing with third-party partners, twice on two lines',
      text: lines('# Insertion order', 'Consent to share data with third-party partners is collected on the form.', 'Leads consented to partner offers and may be contacted.'),
      errors: [
        { message: 'CNIL SAN-2022-021 (EDF) §22', line: 2 },
        { message: 'without naming the Buyer', line: 3 },
      ],
    },
  ],
})
