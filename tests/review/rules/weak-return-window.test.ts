import rule from '../../../src/review/rules/weak-return-window.js'
import { lines, ruleTester } from './harness.js'

ruleTester(rule, {
  valid: [
    {
      name: 'FR: telling the other party of a complaint is not a return window',
      text: lines('# Contrat', "Chaque Partie informe l'autre, dans un délai de 2 jours ouvrés, de toute réclamation relative à un Lead ou aux conditions de sa collecte."),
    },
    {
      name: 'EN: 7 days (the threshold)',
      text: lines('# Quote', 'Leads may be returned within 7 days. Leads without valid consent may be returned at any time.'),
    },
    {
      name: 'EN: a short window for consent defects is returns-exclude-consent, not this rule',
      text: lines('# Quote', 'Leads without valid consent may be returned within 3 days.'),
    },
    {
      name: "FR: the generator's own verification delay is not a window",
      text: lines('# Contrat', 'Le Client peut contester un Lead dans un délai de sept jours.', 'Le Fournisseur dispose de cinq jours ouvrés pour vérifier la contestation.'),
    },
    {
      name: "EN: the generator's answer delay is not a window",
      text: lines('# Agreement', 'Harbourline shall respond within 5 business days, failing which the rejection is accepted.'),
    },
    {
      name: 'FR: 10 jours ouvrés',
      text: lines('# Devis', 'Le Client peut contester un lead dans un délai de 10 jours ouvrés. Les leads sans preuve du consentement peuvent être retournés à tout moment.'),
    },
    {
      name: 'EN: lead age is not a window',
      text: lines('# Quote', 'Leads older than 2 days may be returned. Consent defects may be returned at any time.'),
    },
    {
      name: 'no returns clause: the missing clause is the finding, not a window',
      text: lines('# Quote', 'Price: EUR 20 per lead, delivered within 24 hours.'),
    },
  ],
  invalid: [
    {
      name: 'EN: returns accepted within 24 hours',
      text: lines('# Quote', 'Invalid leads may be returned within 24 hours for a credit.'),
      errors: [{ message: 'Return window of 24 hours', line: 2 }],
    },
    {
      name: 'FR: signalés dans les 48 heures puis remplacés (run-on paragraph)',
      text: lines('# Bon de commande', "la preuve du consentement est adressée sous 2 jours ; les leads comportant un numéro erroné peuvent être signalés dans les 48 heures de leur réception et sont alors remplacés ; la responsabilité est limitée."),
      errors: [{ message: 'Délai de retour de 48 heures', line: 2 }],
    },
    {
      name: 'EN: a short data window beside an exclusion of consent is still reported here',
      text: lines('# Insertion order', 'The Advertiser may reject leads within 3 days of delivery for an invalid number, excluding any claim relating to consent.'),
      errors: [{ message: 'Return window of 3 days', line: 2 }],
    },
    {
      name: 'EN: 48-hour data window beside a consent route',
      text: lines('# Agreement', 'Wrong numbers may be returned within 48 hours of delivery.', 'Leads whose consent cannot be proven may be returned at any time.'),
      errors: [{ message: 'Return window of 48 hours', line: 2 }],
    },
    {
      name: 'FR: 3 jours pour les données, consentement à tout moment',
      text: lines(
        '# Conditions particulières',
        'Le Client dispose de 3 jours pour retourner un lead erroné ou en doublon.',
        'Les leads dont le consentement ne peut être prouvé peuvent être retournés à tout moment.',
      ),
      errors: [{ message: 'Délai de retour de 3 jours', line: 2 }],
    },
    {
      name: 'EN: threshold from the playbook',
      thresholds: { minReturnDays: 10 },
      text: lines('# Quote', 'Leads may be returned within 7 days.', 'Leads without valid consent may be returned at any time.'),
      errors: [{ message: "below the playbook's 10 days", line: 2 }],
    },
  ],
})
