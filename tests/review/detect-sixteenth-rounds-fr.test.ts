/**
 * Classes the fifteenth round of fresh French documents showed (a law firm's terms for a pack of court
 * decisions, a hosting provider's security sheet and reversibility policy), each a way of writing a
 * clause the patterns did not read, with the nearby wordings that are not the clause: the controller
 * role the reuser « devient » by importing data, the duty to answer requests to erase or rectify, bans
 * on re-identifying, cross-matching or profiling, service credits as a percentage of the monthly fee
 * for unavailability beyond the SLA, « aucune facturation supplémentaire » as a price term, and a
 * statement that no data leaves the EU, which sets no transfer terms.
 */
import { describe, expect, test } from 'vitest'
import { sentencesOf } from '../../src/review/text.js'
import { chargesPrice } from '../../src/review/rules/support/price.js'
import { presentIds } from './detection-harness.js'
import { documentOf, lines } from './rules/harness.js'

// Patterns alone: the learned model is tested elsewhere, and a pattern test must not pass by it.
const present = (text: string) => presentIds(text)

describe('stated: the clause is found', () => {
  test.each([
    ['data-protection-roles', 'the reuser becomes controller', "En téléchargeant le jeu de données, le Réutilisateur devient responsable du traitement des données qu'il contient."],
    ['data-protection-roles', 'the licensee will become sole controller', 'Dès la livraison du fichier, le Licencié deviendra seul responsable des traitements qu’il met en œuvre.'],
    ['data-subject-rights', 'answer requests to erase or rectify', "Le Licencié s'engage à répondre aux demandes d'effacement ou de rectification formulées par les personnes citées."],
    ['data-subject-rights', 'act on requests for access', 'Le Partenaire doit donner suite dans un délai d’un mois à toute demande d’accès d’une personne figurant dans les fichiers transmis.'],
    ['data-use-restrictions', 'a ban on re-identifying', 'Le Licencié ne doit jamais chercher à réidentifier les personnes figurant dans le fichier.'],
    ['data-use-restrictions', 'a ban on cross-matching', "Il est interdit de recouper les données transmises avec d'autres fichiers clients."],
    ['data-use-restrictions', 'a ban on profiling', 'Le Réutilisateur s’interdit tout profilage des personnes citées dans les décisions.'],
    ['penalties', 'a service credit for unavailability', "Un crédit de 10 % de la redevance mensuelle est accordé par heure d'indisponibilité au-delà du SLA."],
    ['penalties', 'unavailability first, then the credit', 'En cas de taux de disponibilité inférieur à 99,5 %, le Client bénéficie d’un crédit de 15 % du montant mensuel.'],
    ['price-payment', 'no extra charge for a service', "Aucuns frais supplémentaires ne sont facturés pour l'export des données."],
    ['security', 'a responsibility row: ensure the security of the servers', 'Le Prestataire doit assurer la sécurité physique des serveurs hébergés dans ses centres de données.'],
    ['security', 'manage the security of the hosted data', 'Gérer la sécurité des données hébergées sur la plateforme.'],
    ['international-transfers', 'no transfer without authorisation', "Aucun transfert vers un pays tiers n'est effectué sans l'autorisation écrite préalable du Client."],
    ['international-transfers', 'no data outside the EU unless', "Aucune donnée n'est hébergée hors de l'Union européenne, sauf accord du Responsable de traitement."],
    ['international-transfers', 'a transfer to a third country', 'Le Sous-traitant peut transférer les données vers un pays tiers dans le respect du chapitre V du RGPD.'],
  ])('%s: %s', (id, _name, text) => {
    expect(present(text)).toContain(id)
  })
})

describe('nearby wordings that are not the clause', () => {
  test.each([
    ['data-protection-roles', 'responsible for something other than processing', 'Vous devenez responsable de la conservation de vos identifiants de connexion.'],
    ['data-protection-roles', 'in charge of handling complaints', "L'agent devient responsable du traitement des réclamations de son secteur."],
    ['data-subject-rights', 'the controller answers the reader (a notice)', "Nous nous engageons à répondre à votre demande d'accès dans un délai d'un mois."],
    ['data-subject-rights', "a notice's promise to answer any request", "L'Association s'engage à répondre à toute demande d'accès ou de rectification sous un mois."],
    ['data-use-restrictions', 'a risk of re-identification, no ban', "Le risque de réidentification des personnes est évalué avant chaque publication."],
    ['data-use-restrictions', 'what a method cannot do, no ban', 'Le hachage des identifiants ne permet pas de réidentifier les personnes.'],
    ['data-use-restrictions', 'profiling described, not banned', 'Le profilage permet de proposer des offres adaptées à vos centres d’intérêt.'],
    ['penalties', 'a credit offered, not for unavailability', 'Un crédit de 20 % est offert sur votre première commande.'],
    ['penalties', 'a tax credit', "L'abonnement ouvre droit à un crédit d'impôt de 50 % des sommes versées."],
    ['price-payment', 'no extra delay', "Aucun délai supplémentaire n'est accordé après la date de remise."],
    ['security', "people's safety on site", 'Le Client doit assurer la sécurité des personnes présentes sur le site.'],
    ['international-transfers', 'no data leaves the EU', "Aucune donnée collectée n'est susceptible d'être transférée hors de l'Union européenne."],
    ['international-transfers', 'no access from a third country', 'Non, aucun accès aux données depuis un pays tiers à l’Espace économique européen.'],
  ])('%s: %s', (id, _name, text) => {
    expect(present(text)).not.toContain(id)
  })
})

describe('« aucune facturation supplémentaire » charges nothing', () => {
  const priced = (text: string) => chargesPrice(sentencesOf(documentOf(text)))

  test('a policy that bills nothing more for a migration makes nobody pay (no payment-term check)', () => {
    expect(priced(lines('# Coût et frais', "Aucune facturation supplémentaire n'est prévue pour les fonctionnalités de migration."))).toBe(false)
  })

  test('trap: a migration billed at a rate is a price', () => {
    expect(priced(lines('# Coût et frais', 'La migration est facturée 90 € HT par heure.'))).toBe(true)
  })
})
