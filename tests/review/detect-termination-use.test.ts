/**
 * The general ways terms written by others state termination for convenience, use restrictions,
 * precedence and the effects of termination (issue #11): the user's own exit, a unilateral right
 * "at any time for any reason", either party's unconditioned right to end; "use the data only to…",
 * "not use … except", no sale of data; "is the entire agreement", the language version that
 * prevails; deletion "within N days of the end of the services", a prorated refund on termination.
 * Each class has its traps: what reads alike and is another clause.
 */
import { describe, expect, test } from 'vitest'
import { loadLibrary } from '../../src/library/library.js'
import { compileLibrary, detectClauses } from '../../src/review/detect.js'
import { splitSentences } from '../../src/review/text.js'
import { documentOf } from './rules/harness.js'

const library = await loadLibrary()
// Patterns alone: the learned model is tested elsewhere, and a pattern test must not pass by it.
const compiled = compileLibrary(library, {}, () => undefined)
const present = (text: string) => detectClauses([documentOf(text)], compiled).filter((c) => c.status === 'present').map((c) => c.id)

describe('termination for convenience, as terms of service and framework contracts state it', () => {
  test.each([
    ['Either party may terminate these Terms for any or no reason by giving the other party sixty days of written notice.'],
    ['The Publisher can end its participation in the Programme at any time and for any reason.'],
    ['You may close your account at any time from the settings page.'],
    ['You can stop using the Platform at any time.'],
    ['At any time, you may cancel your plan from your dashboard.'],
    ['Premium plans can be cancelled at any time from the billing page.'],
    ['You are free to stop using the application.'],
    ["L'usager peut à tout moment demander la suppression de son compte."],
    ["L'abonné peut cesser d'utiliser le service à tout moment, sans frais."],
    ['We may suspend or terminate your access to the Platform at any time.'],
    ['c. for any or no reason, following forty-five days notice to the other party.'],
    ["Chaque partie pourra résilier la convention par lettre recommandée avec accusé de réception, la résiliation prenant effet un mois après sa réception."],
    ["La convention à durée indéterminée peut être dénoncée par l'une ou l'autre des parties par courrier recommandé adressé trois mois à l'avance."],
    ["L'utilisateur peut à tout moment supprimer son compte depuis son espace personnel."],
    ["Tout membre pourra demander sa désinscription du service en écrivant à l'éditeur."],
  ])('%j → present', (text) => {
    expect(present(text)).toContain('termination-for-convenience')
  })

  test.each([
    ['The parties may end this Agreement at any time by mutual written agreement.'],
    ['Either party may terminate this Agreement at any time if the other party breaches a material obligation.'],
    ['We may change these Terms at any time for any reason by posting a new version.'],
    ['We may terminate your account at any time and immediately if you violate the rules of use.'],
    ["Les parties peuvent mettre fin au contrat d'un commun accord."],
    ["Chacune des parties pourra résilier le contrat en cas de manquement de l'autre partie à ses obligations."],
    ["Vous pouvez vous désinscrire de la newsletter à tout moment."],
  ])('trap %j does not make it present', (text) => {
    expect(present(text)).not.toContain('termination-for-convenience')
  })
})

describe('use restrictions on the data, in the words of SaaS terms, DPAs and public terms', () => {
  test.each([
    ['The Vendor will process and use Client Data solely to perform the Services.'],
    ['Supplier may store and use the Uploaded Content only as necessary to operate the platform.'],
    ['The Processor shall not use Personal Data except on the documented instructions of the Controller.'],
    ["The Vendor will not use the Client's Inputs to train its machine-learning models."],
    ['Do not sell personal information obtained through the API.'],
    ['Members may not harvest or scrape email addresses from the directory.'],
    ['You must not build or distribute databases of contact details taken from the Service.'],
    ["Le Partenaire s'engage à n'utiliser les données reçues que pour l'instruction des demandes."],
    ["Les parties s'interdisent toute commercialisation des informations échangées."],
    ["Le Client ne peut réutiliser les fichiers transmis à d'autres fins que la campagne convenue."],
    ["Toute extraction ou réutilisation de la base de données sans l'autorisation préalable de l'éditeur est interdite."],
    ["Le Prestataire s'interdit d'exploiter les informations collectées pour son propre compte."],
    ["Les coordonnées reçues ne sont pas utilisées à d'autres fins que l'envoi du devis."],
    ['The agency will never use campaign data for its own purposes.'],
  ])('%j → present', (text) => {
    expect(present(text)).toContain('data-use-restrictions')
  })

  test.each([
    ['The Recipient shall use the Confidential Information only for the purpose of evaluating the transaction.'],
    ['Customer may use the Service only for its internal business purposes.'],
    ["The Distributor will not use the Supplier's Proprietary Information for any purpose other than selling the Products."],
    ["Chacune des Parties s'interdit de céder le bénéfice du présent contrat sans l'accord de l'autre."],
    ["Le Prestataire n'est pas responsable des pertes de revenus ou de données subies par le Client."],
  ])('trap %j does not make it present', (text) => {
    expect(present(text)).not.toContain('data-use-restrictions')
  })
})

describe('precedence, effects of termination and the term of an authorisation', () => {
  test.each([
    ['These Conditions are the entire agreement between the Supplier and you regarding the Platform.', 'documents-precedence'],
    ['If there is any conflict between the English version of these Terms and a translation, the English version applies.', 'documents-precedence'],
    ["La présente convention constitue l'accord complet des parties sur son objet.", 'documents-precedence'],
    ['The Processor shall delete the Personal Data within sixty days of the end of the Services.', 'termination-effects'],
    ['If the Client terminates an order under this clause, the Supplier will refund the prepaid fees for the unused part of the term.', 'termination-effects'],
    ["L'habilitation est accordée pour une durée maximale de trois ans, renouvelable sur demande.", 'term-renewal'],
    ['Published content will remain visible on the site even after the account is terminated.', 'termination-effects'],
    ["Les contenus publiés restent accessibles au public après la résiliation du compte.", 'termination-effects'],
  ])('%j → %s present', (text, id) => {
    expect(present(text)).toContain(id)
  })

  test.each([
    ['The Supplier will refund any fee paid twice by mistake.', 'termination-effects'],
    ['This Agreement shall remain in full force and effect after the initial term unless terminated by either party.', 'termination-effects'],
    ['The price will remain fixed if the order is not terminated before June.', 'termination-effects'],
    ["Les honoraires échus restent dus au Prestataire nonobstant la résiliation du contrat.", 'termination-effects'],
    ['The full agreement of the Client is required before any subcontracting.', 'documents-precedence'],
    ["Les codes d'accès sont conservés pendant une durée de deux ans.", 'term-renewal'],
  ])('trap %j does not make %s present', (text, id) => {
    expect(present(text)).not.toContain(id)
  })
})

describe('lettered list items are provisions of their own', () => {
  test('a lettered item after a colon or "; or" is its own sentence, so its conditions stay its own', () => {
    const text = 'Either party may end the Order: a. at once if the other party breaches it; or b. for any reason, following sixty days notice.'
    expect(splitSentences(text)).toEqual(['Either party may end the Order:', 'a. at once if the other party breaches it; or', 'b. for any reason, following sixty days notice.'])
    const statuses = detectClauses([documentOf(text)], compiled).filter((c) => c.status === 'present')
    expect(statuses.find((c) => c.id === 'termination-for-convenience')?.evidence[0]?.text).toBe('b. for any reason, following sixty days notice.')
  })

  test('abbreviations and lower-case words after a semicolon do not split', () => {
    expect(splitSentences('The fees are due monthly; e.g. on the first day; and in euros.')).toEqual(['The fees are due monthly; e.g. on the first day; and in euros.'])
  })
})

test('a no-waiver sentence is never evidence of termination for cause, for the patterns or the learned model', () => {
  const withModel = compileLibrary(library)
  const text = "# 43. Miscellaneous\n43.2 A Party's failure to rely on a breach by the other Party does not waive its right to rely on it later."
  expect(detectClauses([documentOf(text)], withModel).find((c) => c.id === 'termination-for-cause')?.status).toBe('missing')
})

describe('termination for cause as hosting and public-service terms state it: an account closed or the service suspended for abuse', () => {
  test.each([
    ["Tout abus peut entraîner la fermeture d'un compte."],
    ["En cas d'usage prohibé, l'association peut déclencher la suspension totale ou partielle du service."],
    ['Any abuse may lead to the suspension of the service for the member concerned.'],
  ])('%j → present', (text) => {
    expect(present(text)).toContain('termination-for-cause')
  })

  test.each([
    ["L'éditeur peut suspendre le service pour des raisons de maintenance."],
    ["Les termes des présentes conditions d'utilisation peuvent être amendés à tout moment, en fonction des modifications apportées au Service, de l'évolution de la législation ou pour tout autre motif jugé nécessaire."],
    ['These terms may be amended at any time to follow a change in the law or regulation.'],
  ])('trap %j does not make it present', (text) => {
    expect(present(text)).not.toContain('termination-for-cause')
  })
})

describe('effects of termination stated as what follows the closing of an account', () => {
  test.each([
    ["Une fois le compte clôturé, l'association peut procéder à la suppression des données."],
    ["Après la fermeture de son compte, les données de l'utilisateur sont supprimées sous trente jours."],
    ['Once your account is closed, we delete your files within 30 days.'],
  ])('%j → present', (text) => {
    expect(present(text)).toContain('termination-effects')
  })

  test.each([
    ["Une fois le compte créé, l'utilisateur peut supprimer ses propres fichiers à tout moment."],
    ['Once your account is created, you may delete your files at any time.'],
  ])('trap %j does not make it present', (text) => {
    expect(present(text)).not.toContain('termination-effects')
  })
})

describe('termination for cause: suspension or revocation when use harms the service or breaks its rules', () => {
  test.each([
    ["L'éditeur s'autorise à suspendre ou révoquer n'importe quel compte, s'il estime que l'usage réalisé du service porte préjudice à son image ou ne correspond pas aux exigences de sécurité."],
    ["L'Éditeur se réserve le droit de suspendre l'accès temporairement ou définitivement à un Utilisateur qui ne respecterait pas les présentes conditions générales d'utilisation."],
    ['The publisher may suspend any account whose use harms its reputation or does not meet the security requirements.'],
  ])('%j → present', (text) => {
    expect(present(text)).toContain('termination-for-cause')
  })

  test.each([
    ["L'éditeur peut suspendre l'accès au service pour respecter les exigences de sécurité lors des opérations de maintenance."],
  ])('trap %j does not make it present', (text) => {
    expect(present(text)).not.toContain('termination-for-cause')
  })
})

describe('price: a service stated to be free of charge (the price clause of public-service terms)', () => {
  test.each([
    ["L'utilisation du Service est libre, facultative et gratuite."],
    ["L'éditeur fournit les moyens nécessaires pour assurer un accès continu, sans contrepartie financière, à la Plateforme."],
    ['Access to the API is free of charge for all public bodies.'],
    ['The Service is provided free for non-commercial use.'],
  ])('%j → present', (text) => {
    expect(present(text)).toContain('price-payment')
  })

  test.each([
    ['The Service is free from viruses and other harmful components.'],
    ["L'utilisateur est libre de quitter le service quand il le souhaite."],
  ])('trap %j does not make it present', (text) => {
    expect(present(text)).not.toContain('price-payment')
  })
})
