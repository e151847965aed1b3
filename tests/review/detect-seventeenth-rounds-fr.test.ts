/**
 * Classes the sixteenth round of fresh French documents showed (three inter-professional agreements
 * on payment terms annexed to decrees, a freelance generator's B2B terms of sale and service
 * contract), each a way of writing that the reviewer misread, with the nearby wordings that must keep
 * their reading. The wordings are ours, written for the class, not the documents' sentences:
 * - a party's own general terms named as the place where it may write something (« libre de prévoir
 *   … dans ses CGV ») incorporates nothing, where terms « prévus dans ses conditions générales » do;
 * - « appel en garantie », « appel d'offres », « les parties rappellent que » and a party's contact
 *   telephone are no phone channel, where outbound calls to prospects are;
 * - a sentence that a party may process personal data « dans le respect du RGPD » names no role;
 * - a « garantie de conformité » of deliverables or goods is no warranty that data was lawfully
 *   collected;
 * - a late payment that makes penalties due « de plein droit » ends no contract;
 * - an agreement « applicable pour une durée de » two years states its term, a quote valid for three
 *   months does not.
 */
import { describe, expect, test } from 'vitest'
import { normalizeText } from '../../src/library/detect-signals.js'
import { documentFacts } from '../../src/review/facts.js'
import { compiledLibrary, presentIds } from './detection-harness.js'
import { documentOf } from './rules/harness.js'

// Patterns alone: the learned model is tested elsewhere, and a pattern test must not pass by it.
const present = (lines: readonly string[]) => presentIds(lines.join('\n\n'))
// With the learned model, as a review runs: an `unless` pattern must rule its sentences out too.
const found = (lines: readonly string[]) => presentIds(lines.join('\n\n'), true)
const facts = (lines: readonly string[]) => documentFacts(documentOf(lines.join('\n\n')))
const referenced = (lines: readonly string[]) => facts(lines).referencedTerms.map((r) => r.name)

describe("a party's own general terms named as where it may write something incorporate nothing", () => {
  test.each([
    ['a faculty to provide for discounts', ["Le distributeur reste libre, selon ses usages, de prévoir des remises de fin d'année dans ses conditions générales de vente."]],
    ['a right to set a rate', ['Chaque fabricant conserve la faculté, conformément au droit commun, de fixer un taux d’escompte dans ses propres CGV.']],
    ['English, after "may"', ['Under this agreement each supplier may specify a discount in its own general terms of sale.']],
  ])('%s', (_name, lines) => {
    expect(referenced(lines)).toEqual([])
  })

  test('trap: prices set in the supplier’s general terms are incorporated', () => {
    expect(referenced(['Les tarifs applicables sont ceux prévus dans ses conditions générales de vente en vigueur à la date de la commande.'])).not.toEqual([])
  })

  test('trap: "as set out in its" terms still incorporates them', () => {
    expect(referenced(['The Customer shall pay the fees as set out in its general terms and conditions.'])).not.toEqual([])
  })
})

describe('words that hold « appel » or « téléphone » without calling anyone are no phone channel', () => {
  test.each([
    ['a third party brought into proceedings', ["Le tribunal de commerce de Lyon est seul compétent, y compris en cas d'appel en garantie ou de pluralité de défendeurs."]],
    ['a call for tenders', ["Le marché est attribué à l'issue d'un appel d'offres ouvert publié au BOAMP."]],
    ['the parties recall a rule', ['Les organisations signataires rappellent que tout retard de facturation engage la responsabilité de son auteur.']],
    ['a contact telephone in the party block', ['Le Prestataire : SAS Exemple, 3 rue des Lilas, Nantes. Téléphone : 02 40 00 00 00.']],
    ['a contact placeholder', ['Pour toute question, le Client écrit au Prestataire à [adresse électronique] ou au [téléphone].']],
  ])('%s', (_name, lines) => {
    expect(facts(lines).channels).not.toContain('phone')
  })

  test('trap: outbound calls to prospects are the phone channel', () => {
    expect(facts(['Le Fournisseur réalise des appels sortants auprès des prospects qualifiés du lundi au vendredi.']).channels).toContain('phone')
  })

  test('trap: a call-back booked by the prospect is the phone channel', () => {
    expect(facts(['Le prospect demande un rappel par un conseiller dans les 24 heures.']).channels).toContain('phone')
  })
})

describe('stated: the clause is found', () => {
  test.each([
    ['data-protection-roles', 'a party processing data on behalf of the other, named processor', ['Amené à traiter des données personnelles pour le compte du Client, le Prestataire agit en qualité de sous-traitant au sens du RGPD.']],
    ['termination-for-cause', 'termination after an unremedied breach', ["En cas de manquement grave non réparé quinze jours après une mise en demeure restée sans effet, l'autre partie peut résilier le contrat de plein droit."]],
    ['term-renewal', 'an agreement applicable for two years', ['La présente convention sera applicable pendant une durée de deux ans à compter de sa signature.']],
    ['term-renewal', 'a contract in force for eighteen months', ['Le présent contrat restera en vigueur pour une période de dix-huit mois.']],
  ])('%s: %s', (id, _name, lines) => {
    expect(present(lines)).toContain(id)
  })
})

describe('nearby wordings that are not the clause', () => {
  test.each([
    ['data-protection-roles', 'processing in compliance with the GDPR, no role named', ["Dans le cadre de la mission, l'Agence peut être amenée à traiter des données à caractère personnel de ses clients, dans le respect du RGPD et de la loi Informatique et Libertés."]],
    ['compliance-warranty', 'a conformity warranty on goods (heading and text)', ['# Garantie de conformité des produits', 'Le Vendeur remplace à ses frais tout produit non conforme signalé dans les quinze jours de sa réception.']],
    ['termination-for-cause', 'late-payment penalties due as of right', ['# Article 4', '# Intérêts moratoires', 'Tout retard de règlement constitutif d’un manquement au présent protocole rendra exigible de plein droit une pénalité égale au taux de refinancement de la BCE majoré de dix points.', 'Cette pénalité court du lendemain de l’échéance jusqu’au paiement complet des sommes restant dues au fournisseur.']],
    ['term-renewal', 'a quote valid for three months', ['Le présent devis est valable pour une durée de trois mois à compter de son émission.']],
  ])('%s: %s', (id, _name, lines) => {
    expect(found(lines)).not.toContain(id)
  })
})

describe("termination for cause's `unless` rules a late-payment sentence out (for the model as for the patterns)", () => {
  const unless = compiledLibrary(false).clauses.find((c) => c.id === 'termination-for-cause')!.unless!
  const ruledOut = (sentence: string) => unless.test(normalizeText(sentence))

  test.each([
    ['the breach first, the penalty after', 'Tout défaut de règlement à l’échéance, qui constitue un manquement, rend exigible de plein droit une pénalité égale au taux de la BCE majoré de dix points.'],
    ['the interest first', 'Des intérêts moratoires courent de plein droit dès le lendemain de l’échéance en cas de manquement du débiteur.'],
  ])('%s', (_name, sentence) => {
    expect(ruledOut(sentence)).toBe(true)
  })

  test('trap: late payment that opens a termination is still the clause', () => {
    expect(ruledOut('En cas de retard de paiement de plus de trente jours, le fournisseur peut résilier le contrat de plein droit, les pénalités de retard restant dues.')).toBe(false)
  })
})
