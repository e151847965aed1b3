import rule from '../../../src/review/rules/returns-exclude-consent.js'
import { lines, ruleTester } from './harness.js'

ruleTester(rule, {
  valid: [
    {
      name: 'EN: credit card numbers in a list of data not to send (a privacy rule, not a return policy)',
      text: lines('# Terms', 'Privacy and Security: You agree not to transmit any private or sensitive information through the service, including but not limited to credit card numbers, financial information, phone numbers, contact information, mailing addresses or any other sensitive information.'),
    },
    {
      name: 'EN: force majeure (labor disputes, regulations) is not a returns policy',
      text: lines('# Agreement', 'A Party will not be liable and will not be considered in breach for delays resulting from causes beyond its control, including labor disputes or new governmental regulations.'),
    },
    {
      name: "EN: the generator's delay to contest a return (library wording)",
      text: lines('# Agreement', 'The Generator may contest a return within 5 Business Days of its notification, by a reasoned answer with supporting evidence, including the Consent Record where the return concerns consent.'),
    },
    {
      name: 'EN: consent records deleted or returned at the end of the contract',
      text: lines('# Agreement', 'The Consent Records are the only exception: they are kept solely to demonstrate consent and compliance, and are then deleted or returned on the same terms.'),
    },
    {
      name: 'EN: short data window, consent defects at any time',
      text: lines(
        '# Agreement',
        'The Buyer may return a lead with a wrong number or a duplicate within 48 hours of delivery.',
        'Leads whose consent cannot be proven may be returned at any time and are credited in full.',
      ),
    },
    {
      name: 'FR: retour sous 10 jours, y compris pour défaut de consentement',
      text: lines('# Contrat', "Le Client peut retourner tout lead non conforme, y compris en l'absence de preuve du consentement, dans un délai de 10 jours ouvrés."),
    },
    {
      name: 'EN: "no returns after 7 days, except for consent defects" carves them in',
      text: lines('# Quote', 'No returns are accepted after 7 days, except for consent defects.'),
    },
    {
      name: 'FR: closed list of grounds that includes consent (list items)',
      text: lines(
        '# Devis',
        'Les retours sont acceptés uniquement dans les cas suivants :',
        '- numéro de téléphone erroné ;',
        '- doublon ;',
        '- absence de preuve du consentement.',
      ),
    },
    {
      name: 'EN: a short window with no consent mention is weak-return-window, not this rule',
      text: lines('# Quote', 'Returns accepted within 24 hours of delivery.'),
    },
    {
      name: 'FR: the proof delivery delay and a complaint are not a return window',
      text: lines('# Contrat', "Il remet la Preuve de consentement d'un Lead dans un délai de 48 heures suivant la demande du Client, et de 24 heures lorsque la demande fait suite à une réclamation."),
    },
    {
      name: 'EN: a 7-day window (the threshold) with no consent mention',
      text: lines('# Quote', 'Invalid leads may be returned within 7 days of delivery.'),
    },
    {
      name: 'EN: the generator credits within 30 days (its own delay, not a window)',
      text: lines('# Quote', 'Leads without valid consent may be returned; the Generator shall issue a credit note within 30 days.'),
    },
  ],
  invalid: [
    {
      name: 'EN: no credit for consent defects (a credit, not a credit card)',
      text: lines('# Quote', 'Price: €12 per lead.', 'No credit will be given for leads whose consent is disputed by the consumer.'),
      errors: [{ message: 'Returns exclude consent or compliance defects', line: 3 }],
    },
    {
      name: 'EN: consent disputes are not a valid reason for return',
      text: lines('# Quote', 'Price: €12 per lead.', 'Consent disputes are not a valid reason for return or refund.'),
      errors: [{ message: 'Returns exclude consent or compliance defects', line: 3 }],
    },
    {
      name: 'FR: aucun remboursement pour motif RGPD',
      text: lines('# Conditions générales', 'Aucun remboursement ne sera accordé pour un motif lié au consentement ou au RGPD.'),
      errors: [{ message: 'Les retours excluent les défauts de consentement', line: 2 }],
    },
    {
      name: 'EN: returns for any reason except consent',
      text: lines('# Terms', 'Returns are accepted for any reason except disputes about consent.'),
      errors: [{ message: 'GDPR art. 7(1)', line: 2 }],
    },
    {
      name: 'FR: réclamations relatives au consentement irrecevables',
      text: lines('# Devis', 'Les réclamations relatives au consentement des personnes sont irrecevables.'),
      errors: [{ message: 'RGPD art. 7(1)', line: 2 }],
    },
    {
      name: 'EN: closed list of grounds without consent',
      text: lines('# Quote', 'Leads may be returned only for the following reasons: wrong phone number, duplicate, out of target area.'),
      errors: [{ message: 'The return grounds are a closed list without consent or compliance defects', line: 2 }],
    },
    {
      name: 'FR: réclamations pour défaut de consentement sous 48 heures',
      text: lines('# Devis', "Les réclamations pour absence de consentement doivent être formulées sous 48 heures à compter de la livraison du lead."),
      errors: [{ message: 'Le délai de retour applicable aux défauts de consentement est de 48 heures', line: 2 }],
    },
    {
      name: 'EN: a consent window of 3 days is too short',
      text: lines('# Agreement', 'Leads whose consent cannot be proven may be returned within 3 days of delivery.'),
      errors: [{ message: 'is 3 days', line: 2 }],
    },
    {
      name: 'EN: a 10-day consent window is fine with minReturnDays 7, not with 14',
      thresholds: { minReturnDays: 14 },
      text: lines('# Quote', 'Leads without valid consent may be returned within 10 days.'),
      errors: [{ message: 'expected at least 14 days', line: 2 }],
    },
    {
      name: 'EN: rejections excluding any claim relating to consent (one finding for the sentence)',
      text: lines('# Insertion order', 'The Advertiser may reject leads within 10 days of delivery for an invalid mobile number or a duplicate, excluding any claim relating to consent or data provenance.'),
      errors: [{ message: 'Returns exclude consent or compliance defects', line: 2 }],
    },
    {
      name: 'FR: run-on paragraph, the exclusion is in its own clause',
      text: lines('# Bon de commande', "Le prix est de 20 € par lead ; les leads erronés peuvent être contestés sous 10 jours, à l'exclusion de tout motif tiré du consentement ; la responsabilité est limitée."),
      errors: [{ message: 'Les retours excluent les défauts de consentement', line: 2 }],
    },
  ],
})
