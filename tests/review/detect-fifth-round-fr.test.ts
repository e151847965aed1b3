/**
 * Classes of failure seen on the fifth round of the French corpus (issue #11), each a general way
 * documents are written, with traps that must stay out:
 * - a section headed by the whole subject of personal data (« Données à caractère personnel »,
 *   "Personal data") is a topic section that holds several clauses: it is not the title of the
 *   breach clause, whose title only adds « Violations de » to it, and the security, retention and
 *   controller sentences under it count;
 * - a privacy notice's processors bound by contract: « le sous-traitant présente des garanties
 *   contractuelles suffisantes », « un contrat est signé entre les sous-traitants et la société »;
 * - delivery said as the receiver's « réception de candidatures en provenance de prescripteurs »
 *   (requests with their source, received by those who act on them);
 * - a liability cap written into the indemnification article ("Neither party shall be liable for
 *   any indirect damages" under "Section 9 — Indemnification"), while a sentence there that points
 *   to the cap elsewhere (« dans les limites prévues à l'article 25 », « à ce titre ») only mentions it;
 * - an unquoted term defined with its class and a relative clause (« Le sous-traitant désigne la
 *   personne qui… ») is a definition, for the model as for the patterns.
 */
import { describe, expect, test } from 'vitest'
import { loadLibrary } from '../../src/library/library.js'
import { normalizeText } from '../../src/library/detect-signals.js'
import { namedByTitle, titleIndex } from '../../src/review/concepts.js'
import { compileLibrary, detectClauses } from '../../src/review/detect.js'
import { isDefinition } from '../../src/review/text.js'
import { documentOf } from './rules/harness.js'

const library = await loadLibrary()
// Patterns alone: the learned model is tested elsewhere, and a pattern test must not pass by it.
const compiled = compileLibrary(library, {}, () => undefined)
const present = (text: string) => detectClauses([documentOf(text)], compiled).filter((c) => c.status === 'present').map((c) => c.id)
const titles = titleIndex(library)

describe('a heading naming the whole subject of personal data is no clause title', () => {
  test.each([['F. Données à caractère personnel'], ['Données à caractère personnel'], ['3 - Données personnelles'], ['Personal Data']])(
    '%j names no clause by title',
    (heading) => {
      expect(namedByTitle(titles, heading)).toEqual({ ids: [], only: false })
    },
  )

  test.each([
    ['Violations de données à caractère personnel', 'breach-notification'],
    ['12. Notification des violations de données à caractère personnel', 'breach-notification'],
    ['Sécurité des traitements', 'art28-security'],
  ])('trap: %j still names %s', (heading, id) => {
    expect(namedByTitle(titles, heading).ids).toContain(id)
  })

  const body = [
    'Le responsable des traitements des données à caractère personnel est l’Agence (51 boulevard de la Tour-Maubourg, Paris).',
    'L’Agence met en œuvre toutes les mesures techniques et organisationnelles afin d’assurer la sécurité et la conformité des traitements de données à caractère personnel.',
    'Les données sont conservées pendant une durée de trois ans à compter du dernier contact, puis supprimées.',
  ]
  const under = (heading: string) => ['# Conditions générales d’utilisation', `## ${heading}`, ...body].join('\n\n')
  const section = under('F. Données à caractère personnel')

  test('the clauses said under such a heading are found as under a neutral one', () => {
    const ids = present(section)
    expect(ids).toContain('security')
    expect(ids.filter((id) => id !== 'breach-notification').sort()).toEqual(present(under('Article 5')).sort())
  })

  test('trap: the heading alone does not make the breach clause present', () => {
    expect(present(section)).not.toContain('breach-notification')
  })

  test('trap: a breach article under its own title is still the breach clause', () => {
    const article = [
      '# Conditions',
      '## Violations de données à caractère personnel',
      'Le prestataire notifie au client toute violation de données à caractère personnel dans les meilleurs délais après en avoir pris connaissance.',
    ].join('\n\n')
    expect(present(article)).toContain('breach-notification')
  })
})

describe('processors bound by contract, in a privacy notice', () => {
  test.each([
    ["L'Agence s'engage à ce que le sous-traitant présente des garanties contractuelles suffisantes et appropriées pour respecter les droits des personnes."],
    ['Sous-traitants : dans ce cas un contrat est signé entre les sous-traitants et la société, qui détaille leurs responsabilités en matière de sécurité.'],
    ['Nos sous-traitants offrent des garanties suffisantes quant à la mise en œuvre de mesures techniques et organisationnelles appropriées.'],
  ])('%j → present', (text) => {
    expect(present(text)).toContain('subcontracting')
  })

  test.each([
    ['Le fournisseur présente des garanties suffisantes de solvabilité.'],
    ['Un contrat est signé entre le client et la société avant toute prestation.'],
    ['Les garanties légales de conformité et des vices cachés s’appliquent au contrat.'],
  ])('trap %j does not make it present', (text) => {
    expect(present(text)).not.toContain('subcontracting')
  })
})

describe('delivery said as the receipt of requests from their source', () => {
  test.each([
    ['Le site a pour objet de proposer aux recruteurs la réception de candidatures en provenance de prescripteurs ou de candidats eux-mêmes.'],
    ["Le service permet aux conseillers la réception des besoins d'entreprises émanant des formulaires partenaires."],
    ['La plateforme assure la réception des demandes de contact en provenance des sites partenaires.'],
  ])('%j → present', (text) => {
    expect(present(text)).toContain('delivery')
  })

  test.each([
    ["Nous accusons réception de votre demande dans un délai d'un mois."],
    ["La réception des demandes d'exercice des droits transmises par les personnes concernées est assurée par le délégué."],
    ['Le Client vérifie la conformité des marchandises dès leur réception.'],
  ])('trap %j does not make it present', (text) => {
    expect(present(text)).not.toContain('delivery')
  })
})

describe('a liability cap written into the indemnification article', () => {
  const contract = (heading: string, sentence: string) =>
    [
      '# Promotion Agreement',
      '## Section 2 — Term',
      'This Agreement begins on the Effective Date and ends two years later.',
      `## Section 9 — ${heading}`,
      '9.1. The Distributor shall indemnify and hold the Company harmless from and against any and all claims arising out of its breach of this Agreement.',
      `9.8. ${sentence}`,
      '## Section 10 — Confidentiality',
      'Each party shall keep the other party’s Confidential Information confidential.',
      '## Section 13 — Governing Law',
      'This Agreement is governed by the laws of the State of New York.',
      '## Section 18 — Termination',
      'Either party may terminate this Agreement for material breach on thirty days’ written notice.',
    ].join('\n\n')
  const cap = 'NOTWITHSTANDING THE FOREGOING, NEITHER PARTY SHALL BE LIABLE TO THE OTHER PARTY, UNDER ANY LEGAL OR EQUITABLE THEORY, FOR ANY INCIDENTAL, SPECIAL OR INDIRECT DAMAGES OF ANY KIND ARISING OUT OF THIS AGREEMENT.'

  test('the exclusion of indirect damages under "Indemnification" is a liability cap', () => {
    const ids = present(contract('Indemnification', cap))
    expect(ids).toContain('liability-cap')
    expect(ids).toContain('indemnity')
  })

  test('trap: under another clause’s title (Confidentiality) the same words still do not count', () => {
    const text = contract('Indemnification', 'The Distributor shall promptly notify the Company of any claim.').replace(
      'Each party shall keep the other party’s Confidential Information confidential.',
      `Each party shall keep the other party’s Confidential Information confidential. ${cap}`,
    )
    expect(present(text)).not.toContain('liability-cap')
  })

  test('trap: an indemnification article without such words holds no cap', () => {
    expect(present(contract('Indemnification', 'The indemnified party shall promptly notify the indemnifying party of any claim.'))).not.toContain('liability-cap')
  })
})

describe('a sentence that points to the clause elsewhere, under another clause’s title, only mentions it', () => {
  const contract = (sentence: string) =>
    [
      '# Contrat de prestation',
      '## Article 2 — Durée',
      'Le Contrat est conclu pour une durée de deux ans.',
      '## Article 24 — Indemnisation',
      'Le Fournisseur indemnise le Client de toute réclamation d’un tiers née d’un manquement du Fournisseur à ses obligations.',
      sentence,
      '## Article 26 — Confidentialité',
      'Chaque partie garde confidentielles les informations de l’autre partie.',
      '## Article 30 — Droit applicable',
      'Le Contrat est régi par le droit français.',
      '## Article 31 — Résiliation',
      'Chaque partie peut résilier le Contrat en cas de manquement grave, après mise en demeure restée sans effet pendant trente jours.',
    ].join('\n\n')

  test.each([
    ['24.5 Le présent article n’est pas soumis au plafond général ; la responsabilité totale du Fournisseur à ce titre est limitée à 2 000 000 €, sauf faute lourde.'],
    ['Les autres manquements relèvent du droit commun de la responsabilité contractuelle, dans les limites prévues à l’article 25.'],
  ])('trap: %j under « Indemnisation » is no liability cap', (sentence) => {
    expect(present(contract(sentence))).not.toContain('liability-cap')
  })

  test('the cap of the whole contract under the same title still counts', () => {
    expect(present(contract('En aucun cas la responsabilité totale de chaque partie au titre du Contrat ne peut excéder le montant des sommes payées au cours des douze derniers mois.'))).toContain('liability-cap')
  })
})

describe('an unquoted term defined with its class and a relative clause is a definition', () => {
  test.each([
    ['Le sous-traitant désigne la personne qui traite des données pour le compte du responsable de traitement.'],
    ['Les données à caractère personnel désignent toute information qui se rapporte à une personne physique identifiée.'],
    ['The processor means the entity which processes personal data on behalf of the controller.'],
  ])('%j is a definition', (text) => {
    expect(isDefinition(normalizeText(text))).toBe(true)
  })

  test.each([
    ['Le Client désigne un référent unique pour le projet.'],
    ['Le Fournisseur désigne la personne habilitée à signer les bons de commande.'],
    ['The Supplier shall appoint a project manager who reports to the Customer.'],
  ])('trap: %j appoints someone, it defines nothing', (text) => {
    expect(isDefinition(normalizeText(text))).toBe(false)
  })

  test('trap: the definition of a processor does not make subcontracting present (patterns and model)', () => {
    const withModel = compileLibrary(library)
    const ids = detectClauses([documentOf('Le sous-traitant désigne la personne qui traite des données pour le compte du responsable de traitement.')], withModel)
      .filter((c) => c.status === 'present')
      .map((c) => c.id)
    expect(ids).not.toContain('subcontracting')
  })
})
