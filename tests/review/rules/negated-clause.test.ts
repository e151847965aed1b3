import rule from '../../../src/review/rules/negated-clause.js'
import { lines, ruleTester } from './harness.js'

ruleTester(rule, {
  valid: [
    {
      name: "FR (class: a definition's exception is no denial): information already held",
      text: lines('# Confidentialité', 'Chaque partie garde secrètes les informations confidentielles de l’autre.', 'Ne sont pas considérées comme confidentielles, au sens du présent article, les données que le destinataire détenait déjà de façon licite.'),
    },
    {
      name: "EN (class: a definition's exception is no denial): public information",
      text: lines('# Confidentiality', 'Each party keeps the other party’s confidential information secret.', 'Information is not deemed confidential where it was already public when received.'),
    },
    {
      name: 'EN: an ordinary confidentiality undertaking',
      text: lines('# Confidentiality', 'The Supplier keeps the price list and the volumes confidential.'),
    },
  ],
  invalid: [
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
