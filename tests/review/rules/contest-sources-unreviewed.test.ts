import rule from '../../../src/review/rules/contest-sources-unreviewed.js'
import { lines, ruleTester } from './harness.js'

ruleTester(rule, {
  valid: [
    {
      name: 'EN (class: a contest that supplies no leads): quizzes as the product of a survey tool',
      text: lines('# Survey tool terms', 'Members may publish any quiz or poll and view the answers on their dashboard.'),
    },
    {
      name: 'EN: "to contest the termination" is not a contest',
      text: lines('# Agreement', 'In the event of termination, neither party shall issue any challenge whatsoever to contest the termination.'),
    },
    {
      name: 'FR: jeux-concours avec validation des formulaires par le Client',
      text: lines('# Devis', 'Sources : jeux-concours et tests de produits.', 'Le Client valide chaque formulaire de collecte avant sa mise en ligne.'),
    },
    {
      name: 'FR: « apporter son concours » is not a contest',
      text: lines('# Contrat', 'Le Prestataire apporte son concours au Client en cas de contrôle de la CNIL.'),
    },
    {
      name: 'EN: contests excluded',
      text: lines('# Quote', 'Leads are collected on our own comparison sites, excluding contests and sweepstakes.'),
    },
    {
      name: 'EN: competition law is not a contest',
      text: lines('# Agreement', 'Each party complies with competition law.'),
    },
  ],
  invalid: [
    {
      name: 'FR: leads issus de jeux-concours',
      text: lines('# Devis', 'Prix : 2 € par lead.', 'Les leads proviennent de jeux-concours en ligne et de coregistration.'),
      errors: [{ message: 'Leads issus de jeux-concours, tests de produits ou coregistration (« jeux-concours »', line: 3 }],
    },
    {
      name: 'EN: sweepstakes and product tests, an order form is not a collection form',
      text: lines('# Quote', 'Please review the order form.', 'Sources: sweepstakes and product testing sites.'),
      errors: [{ message: 'without any right for the Buyer to review the collection forms', line: 3 }],
    },
    {
      name: 'EN: co-registration',
      text: lines('# Insertion order', 'Leads are generated through co-registration on partner sites.'),
      errors: [{ message: 'CNIL SAN-2024-003 (FORIOU) §29–32', line: 2 }],
    },
  ],
})
