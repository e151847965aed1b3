import rule from '../../../src/review/rules/retention-until-opt-out.js'
import { lines, ruleTester } from './harness.js'

ruleTester(rule, {
  valid: [
    {
      name: 'EN: "without limitation" is not "without limit"',
      text: lines('# Agreement', 'Recipients are bound to retain the confidentiality thereof under provisions (including, without limitation, provisions relating to non-use) no less strict than these.'),
    },
    {
      name: 'EN: 3 years from the last contact',
      text: lines('# Agreement', "The Buyer retains prospects' data for 3 years from the last contact coming from the prospect, then deletes it."),
    },
    {
      name: 'FR: 3 ans à compter du dernier contact',
      text: lines('# Contrat', 'Les données des prospects sont conservées 3 ans à compter du dernier contact émanant du prospect.'),
    },
    {
      name: 'FR: une ouverture de courriel ne constitue pas un contact',
      text: lines('# Contrat', "La simple ouverture d'un courriel ne constitue pas un contact émanant du prospect."),
    },
    {
      name: 'EN: until opt-out, at most 3 years',
      text: lines('# Agreement', 'Data is kept until the person opts out, and at most 3 years from the last contact.'),
    },
    {
      name: 'FR: « supprimer définitivement » after the retention period is a deletion, not an indefinite retention',
      text: lines('# Conditions', 'Les données sont conservées pendant 12 mois.', 'Passés ces délais de conservation, l’éditeur s’engage à supprimer définitivement les données des personnes concernées.'),
    },
    {
      name: 'EN: retained for 3 years, then permanently deleted',
      text: lines('# Terms', 'Lead data is retained for 3 years and then permanently deleted.'),
    },
    {
      name: 'EN: the buyer stops contacting a person who opts out',
      text: lines('# Agreement', 'The Buyer stops all prospecting of a person as soon as that person opts out.'),
    },
  ],
  invalid: [
    {
      name: 'FR: conservées définitivement (no deletion word in between)',
      text: lines('# Devis', 'Les données des prospects sont conservées définitivement par le Fournisseur.'),
      errors: [{ message: "Conservation sans autre terme que l'opposition", line: 2 }],
    },
    {
      name: 'EN: kept permanently',
      text: lines('# Quote', 'Lead data is kept permanently in our database.'),
      errors: [{ message: 'Retention with no end other than an opt-out', line: 2 }],
    },
    {
      name: 'FR: conservées jusqu’à désinscription',
      text: lines('# Devis', 'Les données sont conservées par le Fournisseur jusqu’à la désinscription de la personne.'),
      errors: [{ message: "Conservation sans autre terme que l'opposition", line: 2 }],
    },
    {
      name: 'EN: retained until opt-out',
      text: lines('# Quote', 'Price: €9 per lead.', 'Lead data is retained until the data subject opts out.'),
      errors: [{ message: 'Retention with no end other than an opt-out', line: 3 }],
    },
    {
      name: 'EN: kept indefinitely',
      text: lines('# Quote', 'Consent records and lead data are kept indefinitely.'),
      errors: [{ message: 'CNIL délibération n° 2021-131', line: 2 }],
    },
    {
      name: 'EN: an email open counts as activity',
      text: lines('# Agreement', 'A contact is active for 12 months from its last activity; opening an email is considered activity.'),
      errors: [{ message: 'An email opening counts as activity', line: 2 }],
    },
    {
      name: "FR: l'ouverture d'un e-mail vaut contact",
      text: lines('# Contrat', "L'ouverture d'un e-mail par le prospect vaut contact et fait courir un nouveau délai de conservation."),
      errors: [{ message: "L'ouverture d'un e-mail est comptée comme une activité", line: 2 }],
    },
    {
      name: "FR: un membre est réputé actif dès qu'il a ouvert un email",
      text: lines('# Ordre d’insertion', "Un membre est réputé actif dès lors qu'il a ouvert au moins un email au cours des 24 derniers mois."),
      errors: [{ message: "L'ouverture d'un e-mail est comptée comme une activité", line: 2 }],
    },
  ],
})
