import rule from '../../../src/review/rules/unlimited-subcontracting.js'
import { lines, ruleTester } from './harness.js'

ruleTester(rule, {
  valid: [
    {
      name: 'EN (class: data shared with service providers as required to fulfil the service is processing on its behalf, not resale)',
      text: lines('# Privacy Policy', 'We use a language model provider for chat requests. Data necessary for these operations may be shared with these providers as required to fulfill the services.'),
    },
    {
      name: 'FR (class: données transmises aux prestataires nécessaires à l’exécution du service)',
      text: lines('# Politique de confidentialité', "Les données peuvent être transmises à des tiers prestataires strictement nécessaires à l'exécution du service."),
    },
    {
      name: 'FR (class: a permission with a condition in its article is not free)',
      text: lines('# Sous-traitance', 'Le Prestataire pourra confier une partie des appels à un centre partenaire.', 'Il en informe le Client un mois à l’avance, et le Client peut s’y opposer.'),
    },
    {
      name: 'EN: using materials "in whole or in part", appointing counsel "of its choice"',
      text: lines('# Agreement', "Wade may use said materials in whole or in part for Wade's personal portfolio.", 'Distributor may appoint its own supervising counsel of its choice at its own expense.'),
    },
    {
      name: 'FR: sous-traitance soumise à accord préalable écrit',
      text: lines('# Contrat', "Le Prestataire ne peut sous-traiter tout ou partie des prestations sans l'accord préalable écrit du Client."),
    },
    {
      name: 'EN: approved subcontractors listed in an annex',
      text: lines('# Agreement', 'The Generator may use the subcontractors listed in Annex 2, approved by the Buyer.'),
    },
    {
      name: 'EN: exclusive leads, no resale',
      text: lines('# Quote', 'Leads are exclusive and shall not be resold or shared with any third party.'),
    },
    {
      name: 'EN: shared leads, at most three buyers',
      text: lines('# Quote', 'Shared leads may be sold to up to 3 buyers named on the partner list.'),
    },
    {
      name: 'EN: the buyer may share the leads with its group',
      text: lines('# Agreement', 'The Buyer may share the leads with its affiliates for its own prospecting.'),
    },
    {
      name: 'EN: disclosure required by law',
      text: lines('# Agreement', 'The Generator may disclose the data to third parties where required by law.'),
    },
  ],
  invalid: [
    {
      name: 'EN (trap for the service-provider class): data shared with third parties for their own marketing is resale',
      text: lines('# Terms', 'Lead data may be shared with third parties for their own marketing purposes.'),
      errors: [{ message: 'Unlimited right to resell or share the leads', line: 2 }],
    },
    {
      name: 'FR (class: a bare permission to subcontract is unlimited)',
      text: lines('# Contrat', 'Le Prestataire pourra sous-traiter la réalisation des campagnes.'),
      errors: [{ message: 'sous-trait', line: 2 }],
    },
    {
      name: 'EN (class: acting through third parties is subcontracting)',
      text: lines('# Performance', 'The Vendor may perform the campaign directly or through third parties of its choosing.'),
      errors: [{ message: 'subcontract', line: 2 }],
    },
    {
      name: 'FR: sous-traiter librement',
      text: lines('# Devis', 'Prix : 10 € HT par lead.', 'Le Prestataire pourra librement sous-traiter tout ou partie de la collecte à tout éditeur de son choix.'),
      errors: [{ message: 'Droit de sous-traiter sans limite', line: 3 }],
    },
    {
      name: 'EN: subcontract without consent',
      text: lines('# Terms', 'The Supplier may subcontract any part of the services without the prior consent of the Client.'),
      errors: [{ message: 'Unlimited right to subcontract', line: 2 }],
    },
    {
      name: 'EN: resell the leads to other clients',
      text: lines('# Quote', 'The Generator reserves the right to resell the leads to other clients.'),
      errors: [{ message: 'Unlimited right to resell or share the leads', line: 2 }],
    },
    {
      name: 'FR: les leads peuvent être revendus à des tiers',
      text: lines('# Conditions', 'Les leads livrés sont non exclusifs et peuvent être revendus à des tiers.'),
      errors: [{ message: 'Droit de revendre ou de partager les leads sans limite', line: 2 }],
    },
  ],
})
