/**
 * Classes of French wordings seen on the fourth round of the French corpus (issue #11), each a
 * general way to say the clause, with traps that must stay out:
 * - delivery said as a request routed to its receiver: « la candidature est envoyée à
 *   l'entreprise », « le conseiller reçoit un besoin d'entreprise sur sa boîte mail », « l'agent
 *   transfère par mail au partenaire compétent … »;
 * - the controller named with « responsable de ce traitement » or « Le responsable de traitement
 *   est <nom> »;
 * - a permitted use said as « utiliser les données … uniquement à des fins de … »;
 * - the end of the contract said as its « rupture », and access to the data kept after it.
 */
import { describe, expect, test } from 'vitest'
import { presentIds } from './detection-harness.js'

// Patterns alone: the learned model is tested elsewhere, and a pattern test must not pass by it.
const present = (text: string) => presentIds(text)

describe('delivery said as a request routed to its receiver', () => {
  test.each([
    ["Une fois le formulaire validé, la demande est transmise directement au partenaire le plus proche."],
    ["Chaque candidature est envoyée par courriel à l'employeur choisi par le candidat."],
    ['Le professionnel reçoit les demandes de contact par e-mail et dans son espace.'],
    ["L'opérateur transmet au prestataire retenu la fiche complète du demandeur."],
  ])('%j → present', (text) => {
    expect(present(text)).toContain('delivery')
  })

  test.each([
    ["Votre demande d'exercice des droits peut être adressée à l'adresse suivante : dpo@example.fr."],
    ["L'équipe adresse une réponse par mail à l'entreprise lorsque aucun conseiller n'est disponible."],
    ["Les données collectées sont communiquées à l'opérateur du réseau pour prise de contact commercial."],
    ['La plateforme permet la mise en relation des membres via sa messagerie.'],
  ])('trap %j does not make it present', (text) => {
    expect(present(text)).not.toContain('delivery')
  })
})

describe('the controller named in the notice', () => {
  test.each([
    ['La société Exemple est le responsable de ce traitement.'],
    ["Le responsable de traitement est le président de l'association Exemple."],
  ])('%j → present', (text) => {
    expect(present(text)).toContain('data-protection-roles')
  })

  test.each([
    ["Le traitement est nécessaire au respect d'une obligation légale à laquelle le responsable du traitement est soumis."],
    ['Le responsable de la publication est le directeur général.'],
  ])('trap %j does not make it present', (text) => {
    expect(present(text)).not.toContain('data-protection-roles')
  })
})

describe('a permitted use said as « uniquement à des fins de »', () => {
  test.each([
    ['Le destinataire peut utiliser les informations relatives aux candidats, notamment leurs coordonnées, uniquement à des fins de recrutement.'],
    ['Le Prestataire utilise les données du Client uniquement pour exécuter le service.'],
  ])('%j → present', (text) => {
    expect(present(text)).toContain('data-use-restrictions')
  })

  test.each([
    ["L'utilisateur peut utiliser le service uniquement pour un usage personnel."],
    ['Les données sont conservées uniquement pendant la durée du contrat.'],
  ])('trap %j does not make it present', (text) => {
    expect(present(text)).not.toContain('data-use-restrictions')
  })
})

describe('the end of the contract said as its « rupture »', () => {
  test.each([
    ["En cas de rupture du contrat, l'éditeur maintient un accès aux données de l'utilisateur pendant soixante jours."],
    ['Après la rupture des relations contractuelles, le prestataire supprime les copies des fichiers du client.'],
  ])('%j → present', (text) => {
    expect(present(text)).toContain('termination-effects')
  })

  test.each([
    ["La rupture brutale d'une relation commerciale établie engage la responsabilité de son auteur."],
    ["L'éditeur maintient un accès au service pendant les opérations de maintenance."],
  ])('trap %j does not make it present', (text) => {
    expect(present(text)).not.toContain('termination-effects')
  })
})

describe('opt-outs: « Suppression » headings that delete an account, and deletion on objection', () => {
  test.each([
    ["En cas d'opposition de la personne, le destinataire supprime sans délai ses coordonnées de ses fichiers."],
    ['## Suppression lists\nThe Supplier keeps a suppression list and applies it before each campaign.'],
  ])('%j → present', (text) => {
    expect(present(text)).toContain('opt-out-propagation')
  })

  test.each([
    ["## Suppression du compte\nL'éditeur peut supprimer le compte d'un utilisateur qui ne respecte pas les présentes conditions."],
    ["## Suppression à la fin du contrat\nÀ la fin du contrat, le prestataire exporte puis efface les données."],
    ["## Droit d'opposition\nLes utilisateurs ont la possibilité de s'opposer au traitement de leurs données."],
  ])('trap %j does not make it present', (text) => {
    expect(present(text)).not.toContain('opt-out-propagation')
  })
})
