/**
 * Classes of failure seen on the eighth round of the French corpus (issue #11), each a general way
 * documents are written, with traps that must stay out. The sentences are written here, in the
 * words of no document of the corpus:
 * - a document's own terms announced as the ones that follow (« les conditions d'utilisation
 *   suivantes », "the following terms") are the document itself, not terms incorporated;
 * - a title underlined with one repeated mark, as reStructuredText and plain-text contracts write it
 *   (« 6 Résiliation » over « ===== »), is a heading even when the text follows on the next line;
 * - the law said « gouverné par et interprété en accord avec la loi belge », a dispute that « ressort
 *   de l'application du droit belge », « les lois de Belgique seront applicables en cas de litige »,
 *   and the courts that « régleront » the dispute;
 * - data « détruites au bout de six mois »;
 * - data not used, sold or shared « à des fins commerciales »;
 * - a contract « automatiquement renouvelé » or that « restera en vigueur pendant un an », while
 *   certificates renewed automatically are no contract term;
 * - an account closed when the user « enfreint » (conjugated) the terms, and sale contracts that the
 *   seller may « rompre » for non-payment;
 * - a lump sum owed for a breach (« accepte de payer à l'autre partie la somme de … ») and an
 *   unpaid invoice « majorée de 15 % à titre d'indemnité forfaitaire »;
 * - processing only « sur instruction documentée du Client » or « quand et comme demandé par le
 *   Client » makes the supplier a processor, and the Art. 28 items said plainly: instructions that
 *   « vont à l'encontre de la législation », « tout accès ou divulgation non autorisés », requests
 *   « transmises au Client », a general authorisation to « faire appel à des prestataires tiers »,
 *   a « contrat entre X et le sous-traitant » offering the same guarantees;
 * - « aucune assurance qu'un investissement sera récupéré » is no insurance clause, nor one denied;
 * - checking a migrated database « afin de détecter tout bug » is acceptance, not compliance;
 * - the supplier's right to « arrêter le service » or to « interrompre définitivement » it is a
 *   convenience exit, a pause for maintenance is not;
 * - a third-party provider storing data « pour notre compte » is a processor the writer uses;
 * - an account's own information kept until its holder deletes the account is no prospect kept
 *   until opt-out.
 */
import { describe, expect, test } from 'vitest'
import { loadLibrary } from '../../src/library/library.js'
import { readText } from '../../src/read/text.js'
import { compileLibrary, detectClauses } from '../../src/review/detect.js'
import { documentFacts } from '../../src/review/facts.js'
import { governingLaw } from '../../src/review/law.js'
import complianceShifted from '../../src/review/rules/compliance-shifted-to-buyer.js'
import retentionUntilOptOut from '../../src/review/rules/retention-until-opt-out.js'
import { sentencesOf } from '../../src/review/text.js'
import { documentOf, findings } from './rules/harness.js'

const library = await loadLibrary()
// Patterns alone: the learned model is tested elsewhere, and a pattern test must not pass by it.
const compiled = compileLibrary(library, {}, () => undefined)
const statuses = (lines: readonly string[]) => detectClauses([documentOf(lines.join('\n\n'))], compiled)
const present = (lines: readonly string[]) =>
  statuses(lines)
    .filter((c) => c.status === 'present')
    .map((c) => c.id)
const referenced = (lines: readonly string[]) => documentFacts(documentOf(lines.join('\n'))).referencedTerms.map((r) => r.name)

describe("a document's own terms, announced as the ones that follow, are not referenced", () => {
  test.each([
    [["En ouvrant un compte, vous acceptez d'être lié par les conditions d'utilisation suivantes.", 'Le compte est personnel.']],
    [['En souscrivant aux services, le Client accepte les conditions générales suivantes (le « Contrat »).', 'Les prix sont en euros.']],
    [['By creating an account you agree to be bound by the following terms and conditions.', 'Your account is personal.']],
  ])('%j references nothing', (lines) => {
    expect(referenced(lines)).toEqual([])
  })

  test('trap: terms said to be found elsewhere are still referenced', () => {
    expect(referenced(['Le Client accepte les conditions générales de vente disponibles à l’adresse https://exemple.fr/cgv.'])).not.toEqual([])
  })
})

describe('a title underlined with one repeated mark is a heading', () => {
  test('the underline makes the line above a heading, and the text below stays a paragraph', () => {
    const blocks = readText('3 Durée\n========\nLe contrat est conclu pour deux ans.\n\n3.1 Fin anticipée\n-----------------\nChaque partie peut y mettre fin.\n')
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', '3 Durée'],
      ['paragraph', 'Le contrat est conclu pour deux ans.'],
      ['heading', '3.1 Fin anticipée'],
      ['paragraph', 'Chaque partie peut y mettre fin.'],
    ])
  })

  test('a line of marks under a paragraph of several lines is a separator, not text', () => {
    const blocks = readText('Le contrat est conclu\npour deux ans.\n=======\nChaque partie peut y mettre fin.\n')
    expect(blocks.map((b) => b.text)).toEqual(['Le contrat est conclu pour deux ans.', 'Chaque partie peut y mettre fin.'])
    expect(blocks.every((b) => b.kind === 'paragraph')).toBe(true)
  })
})

describe('law and courts said in other words', () => {
  test.each([
    ['Le présent contrat est gouverné par et interprété en accord avec la loi belge.'],
    ["Tout litige né du présent contrat ressort de l'application du droit luxembourgeois."],
  ])('%j holds governing-law', (sentence) => {
    expect(present(['# Conditions', sentence])).toContain('governing-law')
  })

  test('trap: a law cited for what it requires is no choice of law', () => {
    expect(present(['# Conditions', "Les données sont traitées en application de la loi du 6 janvier 1978 relative à l'informatique."])).not.toContain('governing-law')
  })

  test('a dispute « réglé par les tribunaux » holds jurisdiction', () => {
    expect(present(['# Conditions', 'Tout différend que les parties ne règlent pas à l’amiable sera définitivement réglé par les tribunaux de Liège.'])).toContain('jurisdiction')
  })

  test.each([
    ['Les lois de Belgique seront applicables en cas de litige relatif au présent contrat.', 'foreign'],
    ["Tout litige relatif aux présentes ressort de l'application du droit belge.", 'foreign'],
    ["Tout litige relatif aux présentes ressort de l'application du droit français.", 'french'],
  ])('%j: the document chooses a %s law', (sentence, law) => {
    expect(governingLaw(sentencesOf(documentOf(sentence)))).toBe(law)
  })
})

describe('retention, use of data and term said plainly', () => {
  test.each([
    ['Les journaux de connexion sont détruits au bout de douze mois.', 'retention-deletion'],
    ['Les adresses collectées seront effacées après 3 mois.', 'retention-deletion'],
    ["Le Prestataire n'utilisera aucune de ces données à des fins commerciales.", 'data-use-restrictions'],
    ['Nous ne les louons, vendons ou cédons pas à des tiers à des fins publicitaires.', 'data-use-restrictions'],
    ['Le contrat est automatiquement renouvelé pour une période identique.', 'term-renewal'],
    ['Le présent accord restera en vigueur pendant deux ans à compter de sa signature.', 'term-renewal'],
  ])('%j holds %s', (sentence, id) => {
    expect(present(['# Conditions', sentence])).toContain(id)
  })

  test.each([
    ["Le licencié ne peut pas utiliser l'œuvre à des fins commerciales.", 'data-use-restrictions'],
    ['Le serveur renouvelle automatiquement les certificats de sécurité du site.', 'term-renewal'],
  ])('trap: %j does not hold %s', (sentence, id) => {
    expect(present(['# Conditions', sentence])).not.toContain(id)
  })
})

describe('termination for cause and penalties in other words', () => {
  test.each([
    ["Si vous enfreignez ces règles, l'éditeur peut clôturer votre compte sans préavis.", 'termination-for-cause'],
    ['En cas de non-paiement, le vendeur a le droit de rompre les contrats de vente en cours.', 'termination-for-cause'],
    ["En cas d'embauche d'un salarié de l'autre partie, la partie fautive accepte de payer à l'autre partie la somme de 20 000 euros.", 'penalties'],
    ['Toute facture impayée à son échéance sera, à titre d’indemnité forfaitaire, majorée de 10 %.', 'penalties'],
  ])('%j holds %s', (sentence, id) => {
    expect(present(['# Conditions', sentence])).toContain(id)
  })

  test('trap: the legal recovery indemnity is no penalty clause', () => {
    expect(present(['# Conditions', 'Tout retard de paiement rend exigible une indemnité forfaitaire pour frais de recouvrement de 40 euros.'])).not.toContain('penalties')
  })
})

describe('processor terms said plainly', () => {
  test.each([
    ["Le Prestataire s'engage à ne traiter les données personnelles que sur instruction documentée du Client."],
    ['Le fournisseur ne doit traiter les données des utilisateurs que quand et comme demandé par le client.'],
  ])('%j makes the supplier a processor', (sentence) => {
    expect(documentFacts(documentOf(sentence)).role).toBe('processor')
  })

  test('trap: processing for its own purposes is no processor undertaking', () => {
    expect(documentFacts(documentOf("L'éditeur traite les données de ses clients pour gérer leurs abonnements.")).role).toBeUndefined()
  })

  test.each([
    ['Le fournisseur ne traite les données que quand et comme demandé par le client.', 'art28-instructions'],
    ['Le fournisseur avertit le client lorsque des instructions de traitement lui paraissent aller à l’encontre de la législation sur la protection des données.', 'art28-infringing-instruction'],
    ['Le fournisseur avertit le client dès qu’il constate tout accès ou toute divulgation non autorisés des données.', 'art28-breach-notice'],
    ['Le fournisseur transmet sans délai au client toute demande portant sur des données le concernant.', 'art28-rights-assistance'],
    ['Le client accepte que le fournisseur puisse faire appel à des prestataires tiers pour traiter les données.', 'art28-subprocessor-authorisation'],
    ['Chaque recours fait l’objet d’un contrat entre le fournisseur et le sous-traitant qui apporte les mêmes garanties.', 'art28-subprocessor-flow-down'],
  ])('%j holds %s', (sentence, id) => {
    expect(present(['# Protection des données', 'Le fournisseur agit en qualité de sous-traitant du client.', sentence])).toContain(id)
  })
})

describe('words that look like a clause and are not', () => {
  test('« aucune assurance que » is no insurance clause, present or denied', () => {
    const insurance = statuses(['# Divers', "Le partenaire n'a reçu aucune assurance que ses investissements seront rentabilisés."]).find((c) => c.id === 'insurance')
    expect(insurance?.status).toBe('missing')
  })

  test('trap: no duty to insure is still an insurance clause denied', () => {
    const insurance = statuses(['# Assurances', "Le prestataire n'a aucune obligation d'assurance au titre du présent contrat."]).find((c) => c.id === 'insurance')
    expect(insurance?.status).toBe('present')
  })

  test('checking a migrated database for bugs is not compliance put on the buyer', () => {
    expect(findings("# Migration\n\nIl incombe au Client de vérifier la base de données migrée afin de détecter toute anomalie.", complianceShifted)).toEqual([])
  })

  test('trap: checking that the data were lawfully collected still is', () => {
    expect(findings("# Données\n\nIl incombe au seul Client de vérifier la licéité de la collecte des données.", complianceShifted).length).toBe(1)
  })
})

describe("the supplier's exit, its providers and the account's own data", () => {
  test.each([
    ["Le prestataire se réserve le droit d'arrêter la plateforme pour l'ensemble de ses clients.", 'termination-for-convenience'],
    ['Nous pouvons interrompre définitivement les services, avec ou sans préavis.', 'termination-for-convenience'],
    ['Un prestataire de paiement tiers conserve les coordonnées bancaires pour notre compte.', 'subcontracting'],
  ])('%j holds %s', (sentence, id) => {
    expect(present(['# Conditions', sentence])).toContain(id)
  })

  test('trap: a pause for maintenance is no exit', () => {
    expect(present(['# Conditions', "L'éditeur peut interrompre temporairement le service pour des opérations de maintenance."])).not.toContain('termination-for-convenience')
  })

  test("an account's information kept until its holder deletes the account is not kept until opt-out", () => {
    expect(findings('# Données\n\nNous conservons les informations de votre compte indéfiniment, à moins que vous ne supprimiez votre compte.', retentionUntilOptOut)).toEqual([])
  })

  test('trap: prospects kept indefinitely still are', () => {
    expect(findings('# Données\n\nNous conservons indéfiniment les coordonnées des prospects collectées sur le site.', retentionUntilOptOut).length).toBe(1)
  })
})
