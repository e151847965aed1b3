import rule from '../../../src/review/rules/weak-liability-cap.js'
import { lines, ruleTester } from './harness.js'

ruleTester(rule, {
  valid: [
    {
      name: 'FR (class: material and immaterial damages exclude every loss but name no direct damages: no cap of zero here)',
      text: lines('# Mentions', "Les autorités ne sauraient être tenues pour responsables des dommages matériels ou immatériels résultant de l'utilisation du portail."),
    },
    {
      name: "FR (trap for the acknowledgement class): the supplier accepting that the Client is not liable is the Buyer's own exclusion",
      text: lines('# Contrat', "Le Prestataire accepte que le Client ne puisse être tenu responsable des dommages directs ou indirects subis par le Prestataire."),
    },
    {
      name: "EN (class: the Buyer's own exclusion is in its favour): the Customer is not liable for direct or indirect damages",
      text: lines('# Agreement', 'The Customer shall not be liable for any direct or indirect damages arising out of this Agreement.'),
    },
    {
      name: 'FR (class: an exclusion for an outside cause is no cap): force majeure',
      text: lines('# Contrat', 'Le Prestataire ne pourra être tenu responsable des dommages directs ou indirects causés par un cas de force majeure.'),
    },
    {
      name: "EN (class: 'direct' must qualify damages): a direct action for indirect damages is a waiver, not a cap of zero",
      text: lines('# Agreement', 'In no event shall either party be liable to the other party in a direct action between the parties for special, indirect, incidental or consequential damages.'),
    },
    {
      name: 'EN (class: a waiver of indirect damages only is no cap of zero)',
      text: lines('# Agreement', 'Neither party shall be liable for any indirect, incidental or consequential damages whatsoever.'),
    },
    {
      name: 'EN (class: a cap on a free offering only): trial accounts capped at 200 dollars',
      text: lines('# Terms', "For free trial accounts, the Provider's total liability shall not exceed USD 200."),
    },
    {
      name: 'EN: 12 months of fees',
      text: lines('# Liability', "The Generator's aggregate liability is limited to the fees paid in the 12 months preceding the claim."),
    },
    {
      name: 'FR: 200 000 €',
      text: lines('# Responsabilité', 'La responsabilité du Prestataire est plafonnée à 200 000 € par année contractuelle.'),
    },
    {
      name: 'EN: greater of €20,000 and 12 months of fees',
      text: lines('# Liability', "The Supplier's total liability shall not exceed the greater of €20,000 and the fees paid over the last 12 months."),
    },
    {
      name: 'EN: insurance is not a cap',
      text: lines('# Insurance', 'The Generator holds cyber insurance with cover limited to €5,000 per claim.'),
    },
  ],
  invalid: [
    {
      name: "FR (class: the future passive without « être »; session 12): « le Concédant ne sera en aucun cas tenu responsable » of direct damages",
      text: lines('# Responsabilité', "Le Concédant ne sera en aucun cas tenu responsable envers le Licencié d'aucun préjudice direct ou indirect résultant de l'utilisation de la base."),
      errors: [{ message: 'Responsabilité exclue, dommages directs compris', line: 2 }],
    },
    {
      name: "FR (class: a subjunctive exclusion the user acknowledges; the party excluded is the one after « que »)",
      text: lines('# Conditions', "L'Utilisateur accepte que l'Association ne puisse être tenue responsable des dommages directs ou indirects liés au service."),
      errors: [{ message: 'Responsabilité exclue, dommages directs compris', line: 2 }],
    },
    {
      name: 'FR (class: a loss suffered « directement ou indirectement » names direct damages)',
      text: lines('# Conditions', "L'Éditeur ne saurait être tenu pour responsable d'un quelconque dommage que l'utilisateur subirait directement ou indirectement du fait du site."),
      errors: [{ message: 'Responsabilité exclue, dommages directs compris', line: 2 }],
    },
    {
      name: 'FR (class: a cap at one transaction\'s price; « en tout état de cause » between the modal and the verb): la commission perçue',
      text: lines('# Contrat', 'Le montant des dommages et intérêts mis à la charge du Prestataire ne pourra en tout état de cause excéder le montant de la commission perçue par le Prestataire.'),
      errors: [{ message: "le prix d'une seule commande, d'un livrable, d'une commission ou d'un lot", line: 2 }],
    },
    {
      name: 'EN (class: a cap at one transaction\'s price): the fees paid for the deliverable concerned',
      text: lines('# Agreement', "The Provider's liability is limited to the fees paid for the deliverable concerned."),
      errors: [{ message: 'the price of one order, deliverable, commission or prize', line: 2 }],
    },
    {
      name: 'EN (class: excluding direct damages is a cap of zero)',
      text: lines('# Terms', 'Neither the Provider nor its affiliates shall be liable for any direct, indirect, incidental or consequential damages arising out of this Agreement or the use of the Services.'),
      errors: [{ message: 'Liability excluded, direct damages included', line: 2 }],
    },
    {
      name: 'FR (class: excluding direct damages is a cap of zero)',
      text: lines('# Contrat', 'Le Prestataire ne pourra en aucun cas être tenu responsable des dommages directs ou indirects résultant de l\'exécution du contrat.'),
      errors: [{ message: 'Responsabilité exclue, dommages directs compris', line: 2 }],
    },
    {
      name: 'EN: limited to €5,000',
      text: lines('# Quote', "The Generator's liability is limited to €5,000."),
      errors: [{ message: 'Liability cap too low ("', line: 2 }],
    },
    {
      name: 'FR: plafonnée à 5 000 € (message en français)',
      text: lines('# Devis', 'La responsabilité du Prestataire est plafonnée à 5 000 € HT.'),
      errors: [{ message: '5 000 EUR est inférieur à 100 000', line: 2 }],
    },
    {
      name: 'EN: fees paid in the last 3 months',
      text: lines('# Agreement', "Each party's aggregate liability shall not exceed the fees paid in the last 3 months."),
      errors: [{ message: 'fees over 3 months are fewer than 12 months', line: 2 }],
    },
    {
      name: 'FR: sommes versées au cours des 6 derniers mois',
      text: lines('# Contrat', 'La responsabilité totale du Prestataire ne pourra excéder les sommes versées par le Client au cours des 6 derniers mois.'),
      errors: [{ message: 'les sommes versées sur 6 mois représentent moins de 12 mois de prix', line: 2 }],
    },
    {
      name: 'EN: the price of the leads concerned',
      text: lines('# Terms', "The Supplier's liability is limited to the price of the leads concerned."),
      errors: [{ message: 'the price of the leads concerned is a few euros', line: 2 }],
    },
    {
      name: 'EN: playbook threshold',
      thresholds: { minLiabilityCap: 500_000 },
      text: lines('# Agreement', "The Generator's aggregate liability is capped at EUR 250,000."),
      errors: [{ message: 'expected at least 500,000', line: 2 }],
    },
  ],
})
