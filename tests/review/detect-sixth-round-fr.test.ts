/**
 * Classes of failure seen on the sixth round of the French corpus (issue #11), each a general way
 * documents are written, with traps that must stay out. The sentences are written here, in the
 * words of no document of the corpus:
 * - a document's own terms named with « qui suivent », « ci-dessous », "set out below", or said to
 *   be changeable (« Les conditions générales d'utilisation peuvent être modifiées », "may be
 *   amended") are the document itself, not terms incorporated from elsewhere;
 * - a privacy notice's processors said without the word « sous-traitant »: data shared with third
 *   companies « afin de fournir le service », agreements made « avec ces sociétés » to protect it;
 *   and « utilisateur » is no « utilisation » of a subcontractor;
 * - « recours à des tiers » (subcontracting) is no restriction on passing data « à des tiers »;
 * - « résilier à tout moment, sans motif et sans préavis » is termination for convenience, not
 *   for cause, while « résilié de plein droit et sans préavis » after a breach still is;
 * - a renewal said to be automatic (« renouvelé automatiquement », « le renouvellement est
 *   automatique ») or refused by a « dénonciation … avant l'échéance »;
 * - what happens « en cas de non-renouvellement » (data handed back, the service no longer used)
 *   is an effect of the end of the contract;
 * - data kept « jusqu'au retrait du consentement » is a retention period, not the propagation of
 *   an opt-out to partners.
 */
import { describe, expect, test } from 'vitest'
import { documentFacts } from '../../src/review/facts.js'
import { presentIds } from './detection-harness.js'
import { documentOf } from './rules/harness.js'

// Patterns alone: the learned model is tested elsewhere, and a pattern test must not pass by it.
const present = (lines: readonly string[]) => presentIds(lines.join('\n\n'))
const referenced = (lines: readonly string[]) => documentFacts(documentOf(lines.join('\n'))).referencedTerms.map((r) => r.name)

describe("a document's own terms, said to follow or to be changeable, are not referenced", () => {
  test.each([
    [['Les conditions générales qui suivent sont applicables à toute prestation commandée sur devis, lequel les mentionne.', 'Les applications restent la propriété de l’éditeur.']],
    [['# Offre', 'Les conditions générales qui suivent sont applicables à toute prestation commandée sur devis.']],
    [['Le client accepte les conditions générales ci-dessous, applicables à toute commande.', 'Les applications restent la propriété de l’éditeur.']],
    [['The terms and conditions set out below apply to every order placed on a quote.', 'Apps remain the property of the publisher.']],
    [['Le site du fonds est ouvert à tous.', '', 'Les conditions générales d’utilisation peuvent être modifiées à tout moment, selon l’article 12 des présentes CGU.']],
    [
      [
        'Les présentes conditions générales (les « Conditions Générales ») fixent les règles d’accès au site du fonds.',
        '',
        'Les Conditions Générales d’Utilisation peuvent être modifiées à tout moment, selon l’article 12 des présentes CGU.',
      ],
    ],
    [['The fund’s website is open to all.', '', 'The general terms of use may be amended at any time, under section 12 of these Terms.']],
  ])('%j names no other terms', (lines) => {
    expect(referenced(lines)).toEqual([])
  })

  test('trap: terms of another service found at an address are still referenced', () => {
    const got = referenced([
      '# Offre d’abonnement Kiosque',
      'Les paiements sont soumis aux conditions générales du prestataire de paiement, disponibles à l’adresse https://paiement.example/cg.',
    ])
    expect(got.length).toBe(1)
  })
})

describe('processors named without the word « sous-traitant »', () => {
  test('data shared with third companies to provide the service, under agreements with them', () => {
    expect(
      present([
        '# Avis de confidentialité de l’application Boussole',
        'Nous partageons certaines données techniques avec des sociétés tierces afin de fournir le service de synchronisation.',
      ]),
    ).toContain('subcontracting')
    expect(
      present([
        '# Avis de confidentialité de l’application Boussole',
        'Nous avons conclu des contrats avec ces prestataires pour garantir la confidentialité des informations qu’ils reçoivent.',
      ]),
    ).toContain('subcontracting')
  })

  test('trap: data shared with third companies for their own advertising is no subcontracting', () => {
    expect(
      present(['# Avis de confidentialité de l’application Boussole', 'Nous ne vendons pas vos données à des sociétés tierces à des fins publicitaires.']),
    ).not.toContain('subcontracting')
  })

  test('trap: an « utilisateur » authorised by a publisher is no use of a subcontractor', () => {
    expect(
      present([
        '# Conditions de l’espace partenaires',
        'Chaque éditeur autorise un utilisateur référent, qui peut s’opposer à la publication de ses fiches.',
      ]),
    ).not.toContain('subcontracting')
  })
})

describe('« recours à des tiers » is no data-use restriction', () => {
  test('a provider calling on third parties to host data restricts no use of it', () => {
    expect(
      present(['# Politique de données du service', 'Le prestataire peut avoir recours à des tiers pour héberger les données collectées.']),
    ).not.toContain('data-use-restrictions')
  })

  test('trap: data not passed on to third parties still restricts its use', () => {
    expect(
      present(['# Politique de données du service', 'Les données des prospects ne sont jamais cédées à des tiers.']),
    ).toContain('data-use-restrictions')
  })
})

describe('termination « à tout moment, sans motif et sans préavis » is not termination for cause', () => {
  test('a subscriber free to end the subscription at any time', () => {
    expect(present(['# Abonnement', 'L’abonné peut résilier son abonnement à tout moment, sans motif et sans préavis, depuis son espace.'])).not.toContain(
      'termination-for-cause',
    )
  })

  test('trap: a contract ended automatically without notice after a breach still is', () => {
    expect(present(['# Contrat', 'En cas de manquement grave, le contrat pourra être résilié sans préavis par la partie lésée.'])).toContain(
      'termination-for-cause',
    )
  })
})

describe('a renewal said to be automatic, or refused before the due date', () => {
  test.each([
    ['L’abonnement est renouvelé automatiquement pour une nouvelle année.'],
    ['Le renouvellement de la licence annuelle est automatique.'],
    ['La dénonciation de l’abonnement doit parvenir à l’éditeur un mois avant l’échéance.'],
  ])('%j states the term and its renewal', (sentence) => {
    expect(present(['# Abonnement', sentence])).toContain('term-renewal')
  })

  test('trap: a price that is updated automatically is no renewal', () => {
    expect(present(['# Abonnement', 'Le prix est actualisé automatiquement selon l’indice publié.'])).not.toContain('term-renewal')
  })
})

describe('what happens when a contract is not renewed is an effect of its end', () => {
  test.each([
    ['En cas de non-renouvellement, les fichiers sources de l’application sont remis au client.'],
    ['Quelle que soit la cause du non-renouvellement, le client ne pourra plus utiliser l’application publiée.'],
  ])('%j', (sentence) => {
    expect(present(['# Conditions générales', sentence])).toContain('termination-effects')
  })

  test('trap: notice of non-renewal alone says nothing of what follows', () => {
    expect(present(['# Conditions générales', 'En cas de non-renouvellement, le client en informe l’éditeur par courrier.'])).not.toContain(
      'termination-effects',
    )
  })
})

describe('data kept until consent is withdrawn is no opt-out propagation', () => {
  test.each([
    ['Les données sont conservées jusqu’au retrait du consentement de la personne, puis supprimées.'],
    ['Les adresses sont supprimées dès le retrait du consentement ou au plus tard trois ans après le dernier contact, et cette suppression est appliquée à nos fichiers.'],
  ])('%j', (sentence) => {
    expect(present(['# Politique de confidentialité', sentence])).not.toContain('opt-out-propagation')
  })

  test('trap: an opt-out passed on to partners within a stated delay still is', () => {
    expect(
      present(['# Politique de confidentialité', 'Toute opposition à la prospection est transmise à nos partenaires dans un délai de 48 heures.']),
    ).toContain('opt-out-propagation')
  })
})
