/**
 * Classes of failure seen on the ninth round of the French corpus (issue #11), each a general way
 * documents are written, with traps that must stay out. The sentences are written here, in the
 * words of no document of the corpus:
 * - a document that opens by calling itself supplementary terms (« Les conditions supplémentaires
 *   suivantes s'appliquent à … », "These supplemental terms apply to …") is an addendum to the
 *   agreement it names by its defined term (« en vertu de l'Accord », "under the Agreement"): that
 *   agreement is incorporated, as an order under an MSA;
 * - a service level agreement and an acceptable use policy are terms like any other (« l'accord sur
 *   les niveaux de service », « la Politique d'Utilisation Acceptable », "Service Level Agreement"),
 *   incorporated when the reader must accept or follow them or when the service is « décrit » there;
 *   terms that call themselves « une prolongation du contrat signé » sit under that contract;
 * - consents and notices the buyer needs for its own use of the service (« en relation avec son
 *   utilisation de ce canal ») are its own duty as controller, not compliance put on it;
 * - a list of what is not confidential, announced by a colon (« Ne sont pas considérées comme
 *   confidentielles : »), is the definition's exceptions, not a denial of confidentiality;
 * - obligations that « survivent à la fin » of the contract or programme are a consequence of its end;
 * - a party that « conserve l'intégralité de ses droits » on its data keeps title, it sets no retention;
 * - damages owed « dans la limite du préjudice effectivement subi et prouvé » are the law's full
 *   compensation of the proven loss, not a cap;
 * - a discount on a later, optional subscription (« en cas de souscription à une licence … une
 *   réduction de 20 % sur le prix catalogue ») is the price of another deal: a free pilot programme
 *   charges nothing, so its short exit is not flagged;
 * - a « Non-concurrence » heading announces a restriction on competing, not exclusive dealing: alone,
 *   it is no exclusivity clause;
 * - the buyer « seul responsable de l'obtention des consentements » for its own use of the service
 *   gives no compliance warranty on data it is supplied.
 */
import { describe, expect, test } from 'vitest'
import { documentFacts } from '../../src/review/facts.js'
import complianceShifted from '../../src/review/rules/compliance-shifted-to-buyer.js'
import liabilityNoCarveout from '../../src/review/rules/liability-cap-no-data-carveout.js'
import negatedClause from '../../src/review/rules/negated-clause.js'
import weakLiabilityCap from '../../src/review/rules/weak-liability-cap.js'
import weakNoticePeriod from '../../src/review/rules/weak-notice-period.js'
import { presentIds } from './detection-harness.js'
import { documentOf, findings } from './rules/harness.js'

// Patterns alone: the learned model is tested elsewhere, and a pattern test must not pass by it.
const present = (lines: readonly string[]) => presentIds(lines.join('\n\n'))
// With the learned model, as a review runs: an `unless` pattern must rule its sentences out too.
const found = (lines: readonly string[]) => presentIds(lines.join('\n\n'), true)
const referenced = (lines: readonly string[]) => documentFacts(documentOf(lines.join('\n\n'))).referencedTerms.map((r) => r.name)

describe('supplementary terms are an addendum to the agreement they name', () => {
  test.each([
    [
      [
        '# Conditions propres au canal de messagerie instantanée',
        '_Version du 2 mars 2026_',
        "Les conditions supplémentaires suivantes s'appliquent à l'utilisation du canal de messagerie par le client.",
        "Le client reste tenu de toutes ses obligations en vertu de l'Accord.",
      ],
      ['accord'],
    ],
    [
      [
        '# Chat channel terms',
        'These supplemental terms apply to the Customer’s use of the chat channel.',
        'All other obligations of the Customer under the Agreement remain unchanged.',
      ],
      ['agreement'],
    ],
  ])('%j references the main agreement', (lines, want) => {
    expect(referenced(lines)).toEqual(want)
  })

  test('trap: a contract that calls itself « le Contrat » is no addendum', () => {
    expect(referenced(['# Contrat de prestation', 'Le Prestataire exécute les prestations prévues au Contrat.', 'Le Contrat est conclu pour un an.'])).toEqual([])
  })

  test('trap: supplementary terms announced deep inside a contract, for one option, do not make it an addendum', () => {
    const body = Array.from({ length: 14 }, (_, i) => `Article ${i + 1}. Le Prestataire exécute la prestation numéro ${i + 1} prévue au Contrat.`)
    expect(referenced(['# Contrat de prestation', ...body, "Les conditions supplémentaires suivantes s'appliquent aux options payantes."])).toEqual([])
  })
})

describe('service levels, acceptable use and the contract a document extends', () => {
  test.each([
    [["# Conditions d'utilisation du service", "Pour utiliser le service, vous devez accepter l'accord sur les niveaux de service publié sur notre site."], ['accord sur les niveaux de service']],
    [['# Contrat d’hébergement', 'Les engagements de disponibilité sont décrits sur la page du Service Level Agreement : https://exemple.fr/sla.'], ['service level agreement']],
    [['# Contrat d’hébergement', "Le Client respecte les règles indiquées dans la Politique d'Utilisation Acceptable : https://exemple.fr/usage."], ["politique d'utilisation acceptable"]],
    [['# Conditions générales de vente', 'Les présentes conditions sont une prolongation du contrat signé entre les parties.', 'Les prix sont indiqués hors taxes.'], ['contrat signe']],
  ])('%j references %j', (lines, want) => {
    expect(referenced(lines)).toEqual(want)
  })

  test('trap: a service level agreement that names itself is not incorporated into itself', () => {
    expect(referenced(['# Accord sur les niveaux de service', 'Le présent accord sur les niveaux de service fixe la disponibilité mensuelle à 99,9 %.'])).toEqual([])
  })
})

describe("the buyer's own use of the service", () => {
  test('consents the buyer needs for its own use of the service are its own duty', () => {
    const text = "# Canal\n\nLe Client est seul responsable de l'obtention de tous les consentements nécessaires en relation avec son utilisation de ce service."
    expect(findings(text, complianceShifted)).toEqual([])
  })

  test('trap: the lawfulness of what the supplier collects, put on the buyer alone, is still shifted', () => {
    const text = '# Données\n\nLe Client est seul responsable de la conformité des données collectées et transmises par le Prestataire.'
    expect(findings(text, complianceShifted).length).toBe(1)
  })
})

describe('what the definition of confidential information leaves out', () => {
  test('a list of exceptions announced by a colon denies nothing', () => {
    const text = [
      '# Confidentialité',
      "Chaque partie garde strictement confidentielles les informations que l'autre lui communique et ne les divulgue à aucun tiers.",
      'Ne sont pas considérées comme confidentielles :',
      '- les informations publiées par leur titulaire ;',
      '- les informations déjà connues du destinataire.',
    ].join('\n\n')
    expect(findings(text, negatedClause).filter((f) => f.clauseId === 'confidentiality')).toEqual([])
  })

  test('trap: information said outright not to be confidential is still a denial', () => {
    const text = ['# Confidentialité', 'Les informations échangées entre les parties ne sont pas confidentielles et peuvent être divulguées à tout tiers.'].join('\n\n')
    expect(findings(text, negatedClause).filter((f) => f.clauseId === 'confidentiality').length).toBe(1)
  })
})

describe('obligations surviving the end', () => {
  test('obligations that survive the end of the programme are a consequence of its end', () => {
    expect(present(['# Durée', 'Les obligations de confidentialité survivent à la fin du programme pour une durée de trois ans.'])).toContain('termination-effects')
  })

  test('trap: obligations that start at the end of a trial period are no consequence of termination', () => {
    expect(present(['# Durée', "Les obligations de paiement du client commencent à la fin de la période d'essai."])).not.toContain('termination-effects')
  })
})

describe('rights kept and the buyer\'s own consents', () => {
  test('a party keeping all its rights on its data sets no retention period', () => {
    expect(found(['# Contrat', '## 5. Propriété', 'Le Licencié conserve tous ses droits sur ses données et ses contenus.'])).not.toContain('retention-deletion')
  })

  test('trap: data kept for a stated period is still retention', () => {
    expect(found(['# Données', 'Les données personnelles des prospects sont conservées pendant trois ans à compter du dernier contact.'])).toContain('retention-deletion')
  })

  test("the buyer's consents for its own use of the service are no compliance warranty", () => {
    expect(present(['# Canal', "Le client est seul responsable de l'obtention de tous les consentements requis en relation avec son utilisation du service."])).not.toContain('compliance-warranty')
  })

  test('trap: the buyer alone responsible for obtaining consents to the leads it is supplied still holds it', () => {
    expect(present(['# Conformité', "Le client est seul responsable de l'obtention des consentements des prospects figurant dans le fichier."])).toContain('compliance-warranty')
  })
})

describe('a non-compete is not exclusivity', () => {
  test('a « Non-concurrence » article about competing products is no exclusivity clause', () => {
    expect(present(['# Accord de test', '## Non-concurrence', "Le testeur ne développe aucun logiciel concurrent de la plateforme pendant un an à compter de la signature."])).not.toContain('exclusivity')
  })

  test('trap: leads sold to one buyer only are still exclusivity', () => {
    expect(present(['# Contrat', '## Exclusivité', 'Chaque lead est vendu à un seul client.'])).toContain('exclusivity')
  })
})

describe('the proven loss is no ceiling', () => {
  const text = '# Responsabilité\n\nEn cas de manquement, le Prestataire répond des dommages directs causés au Client, dans la limite du préjudice effectivement subi et prouvé.'
  test('damages owed « dans la limite du préjudice effectivement subi et prouvé » are no cap', () => {
    expect(findings(text, liabilityNoCarveout)).toEqual([])
    expect(findings(text, weakLiabilityCap)).toEqual([])
  })

  test('trap: a ceiling at the fees of twelve months is still a cap without carve-out', () => {
    expect(findings('# Responsabilité\n\nLa responsabilité du Prestataire est limitée au montant des sommes versées par le Client au cours des douze derniers mois.', liabilityNoCarveout).length).toBe(1)
  })
})

describe('a discount on a later subscription is no price of a free programme', () => {
  const pilot = [
    '# Programme pilote',
    'Chaque partie peut résilier le présent accord à tout moment avec un préavis de trente jours.',
    "En cas de souscription à une licence dans l'année qui suit, le partenaire bénéficie d'une remise de 10 % sur le prix catalogue.",
  ]
  test('the short exit of a free pilot with a later-subscription discount is not flagged', () => {
    expect(findings(pilot.join('\n\n'), weakNoticePeriod)).toEqual([])
  })

  test('trap: a pilot that charges a monthly fee is still flagged', () => {
    expect(findings([...pilot, 'Le partenaire paie un abonnement de 500 euros par mois.'].join('\n\n'), weakNoticePeriod).length).toBe(1)
  })
})
