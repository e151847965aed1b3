import rule from '../../../src/review/rules/banned-sector-canvassing.js'
import { lines, ruleTester } from './harness.js'

ruleTester(rule, {
  valid: [
    {
      name: 'EN: energy supply contracts (not renovation)',
      text: lines('# Quote', 'Leads for electricity and gas supply contracts, collected with consent.'),
    },
    {
      name: 'FR: rénovation énergétique exclue',
      text: lines('# Contrat', "Sont exclues de la prestation toutes campagnes portant sur la rénovation énergétique ou l'adaptation du logement."),
    },
    {
      name: 'EN: insurance leads',
      text: lines('# Quote', 'Insurance leads: home and car insurance comparison requests.'),
    },
  ],
  invalid: [
    {
      name: 'FR: pompes à chaleur',
      text: lines('# Devis', 'Objet : génération de leads qualifiés pour l’installation de pompes à chaleur.', 'Appels sous 24 heures.'),
      errors: [{ message: 'Campagne dans un secteur interdit (« pompes a chaleur »', line: 2 }],
    },
    {
      name: 'EN: energy renovation, reported once',
      text: lines('# Quote', 'Campaign: energy renovation leads for homeowners.', 'Energy renovation leads are delivered by API.'),
      errors: [{ message: 'Campaign for a banned sector ("energy renovation"', line: 2 }],
    },
    {
      name: 'FR: adaptation du logement (seniors)',
      text: lines('# Bon de commande', 'Leads pour des travaux d’adaptation du logement (douche sécurisée, monte-escalier).'),
      errors: [{ message: 'loi n° 2025-594', line: 2 }],
    },
  ],
})
