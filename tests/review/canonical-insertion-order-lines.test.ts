/**
 * Canonical insertion-order lines (issue #11: lead-generation documents written by others): the short
 * fields and remarks of an insertion order, « bon de commande » or « ordre d'insertion » for a lead
 * campaign, each as a row of a Markdown table (field | value) read by the Markdown reader, as such
 * orders are laid out. Written here in our own words from the domain brief's vocabulary and the
 * trade's terms (CPL, CPA, IO, SFTP, HLR, opt-in), not from any corpus document or example; the
 * companion of canonical-terse-lines.test.ts (whose lines are list items), with other fields: the
 * campaign's remarks, payout model, targeting, accepted and forbidden sources. Scored before any
 * pattern was changed for them (patterns and model, as a review runs): 10 of 52 rows missed, 0 of 20
 * near misses found; the classes they showed are listed below.
 * Near misses share a field's words with a clause and are not that clause.
 */
import { describe, expect, test } from 'vitest'
import { readMarkdown } from '../../src/read/markdown.js'
import { detectClauses } from '../../src/review/detect.js'
import { compiledLibrary } from './detection-harness.js'

const HEAD: Record<string, string> = { en: '# Insertion Order\n\n', fr: '# Ordre d’insertion\n\n' }
const present = (lang: string, field: string, value: string) => {
  const md = `${HEAD[lang]}| ${lang === 'fr' ? 'Rubrique' : 'Field'} | ${lang === 'fr' ? 'Valeur' : 'Value'} |\n|---|---|\n| ${field} | ${value} |\n`
  return detectClauses([{ path: 'io.md', format: 'md', blocks: readMarkdown(md) }], compiledLibrary(true))
    .filter((c) => c.status === 'present')
    .map((c) => c.id)
}

const ROWS: Array<[string, string, string, string]> = [
  ['price-payment', 'en', 'Payout', 'EUR 22 CPL, paid net 45'],
  ['price-payment', 'en', 'Billing', 'Monthly invoice based on the Advertiser’s validated count'],
  ['price-payment', 'fr', 'Rémunération', '15 € HT par lead validé, facturation mensuelle'],
  ['price-payment', 'fr', 'Conditions de paiement', '30 jours fin de mois par virement'],
  ['volumes', 'en', 'Caps', '200 leads per day, 4,000 per month'],
  ['volumes', 'fr', 'Plafond', '500 leads par semaine, pas de report'],
  ['volumes', 'fr', 'Volume estimé', 'entre 1 000 et 1 500 leads sur la campagne'],
  ['delivery', 'en', 'Lead delivery', 'real-time ping-post to the Advertiser’s endpoint'],
  ['delivery', 'fr', 'Transmission des leads', 'en temps réel par webservice, copie CSV hebdomadaire'],
  ['lead-definition', 'en', 'Valid lead definition', 'French resident aged 25–70, home owner, valid mobile number'],
  ['lead-definition', 'en', 'Required fields', 'first name, last name, email, phone, postcode'],
  ['lead-definition', 'fr', 'Définition du lead', 'demande de devis complète d’un particulier propriétaire'],
  ['lead-definition', 'fr', 'Champs obligatoires', 'civilité, nom, prénom, téléphone, code postal'],
  ['lead-sources', 'en', 'Allowed traffic', 'email, display, native; no incentivised traffic, no SMS'],
  ['lead-sources', 'en', 'Forbidden sources', 'co-registration, brand bidding, sweepstakes'],
  ['lead-sources', 'fr', 'Leviers autorisés', 'emailing, display et SEA hors marque'],
  ['lead-sources', 'fr', 'Sources interdites', 'coregistration, jeux-concours, trafic incité'],
  ['exclusivity', 'en', 'Lead type', 'exclusive, never resold'],
  ['exclusivity', 'fr', 'Type de leads', 'exclusifs, non revendus à d’autres annonceurs'],
  ['lead-returns', 'en', 'Rejections', 'duplicates and fake data rejected within 7 days, not payable'],
  ['lead-returns', 'fr', 'Contestation', 'leads non conformes contestés sous 10 jours, non facturés'],
  ['fraud-controls', 'en', 'Quality control', 'HLR lookup, email verification and IP fraud scoring'],
  ['fraud-controls', 'fr', 'Contrôle qualité', 'vérification HLR des numéros, détection des robots et des fausses identités'],
  ['consent-proof', 'en', 'Consent proof', 'opt-in timestamp, IP and form URL supplied with every lead'],
  ['consent-proof', 'fr', 'Preuve d’opt-in', 'date, heure, IP et URL du formulaire jointes à chaque lead'],
  ['compliance-warranty', 'en', 'Compliance', 'all leads GDPR-compliant, collected with explicit opt-in'],
  ['compliance-warranty', 'fr', 'Conformité', 'leads collectés avec consentement conforme au RGPD'],
  ['data-subject-information', 'fr', 'Mention partenaire', 'l’Annonceur est nommé dans la liste des partenaires du formulaire'],
  ['opt-out-propagation', 'en', 'Unsubscribes', 'forwarded to the Publisher within 48 hours'],
  ['opt-out-propagation', 'fr', 'Liste repoussoir', 'échangée chaque semaine entre les parties'],
  ['telemarketing-rules', 'fr', 'Appels', 'uniquement les jours ouvrés de 10 h à 13 h et de 14 h à 20 h, hors Bloctel'],
  ['telemarketing-rules', 'en', 'Calling rules', 'no calls to numbers on the do-not-call list; weekdays 9 am to 8 pm only'],
  ['term-renewal', 'en', 'Flight dates', 'from 1 March 2027 to 31 May 2027'],
  ['term-renewal', 'fr', 'Durée de la campagne', 'du 1er mars au 31 mai 2027'],
  ['termination-for-convenience', 'en', 'Cancellation', 'either party may cancel this IO on 7 days’ written notice'],
  ['termination-for-convenience', 'fr', 'Résiliation', 'chaque partie peut mettre fin à l’ordre d’insertion avec un préavis de 15 jours'],
  ['reporting', 'en', 'Reporting', 'daily stats of leads sent and validated via the platform'],
  ['reporting', 'fr', 'Suivi', 'rapport hebdomadaire des leads envoyés, validés et refusés'],
  ['documents-precedence', 'en', 'Terms', 'this IO is governed by the Master Services Agreement; the IO prevails in case of conflict'],
  ['documents-precedence', 'fr', 'Documents contractuels', 'le présent ordre d’insertion prévaut sur les conditions générales'],
  ['governing-law', 'en', 'Governing law', 'laws of the State of New York'],
  ['governing-law', 'fr', 'Loi applicable', 'loi française'],
  ['jurisdiction', 'en', 'Disputes', 'exclusive jurisdiction of the courts of London'],
  ['jurisdiction', 'fr', 'Juridiction', 'Tribunal de commerce de Nanterre'],
  ['retention-deletion', 'en', 'Data retention', 'the Publisher deletes leads 30 days after delivery'],
  ['retention-deletion', 'fr', 'Durée de conservation', '3 ans après le dernier contact'],
  ['data-use-restrictions', 'en', 'Use of leads', 'Advertiser’s own products only; no resale'],
  ['data-use-restrictions', 'fr', 'Usage des leads', 'réservé aux offres propres de l’Annonceur, revente interdite'],
  ['subcontracting', 'en', 'Sub-affiliates', 'not allowed without written approval'],
  ['subcontracting', 'fr', 'Sous-affiliation', 'interdite sauf accord écrit de l’Annonceur'],
  ['penalties', 'fr', 'Pénalité', '50 € HT par lead livré sans preuve de consentement'],
  ['confidentiality', 'en', 'Confidentiality', 'the payout and volumes of this IO are confidential'],
]

/** Fields that share words with a clause and are not it. */
const NEAR_MISSES: Array<[string, string, string, string]> = [
  ['term-renewal', 'en', 'Offer validity', 'this IO must be signed within 15 days'],
  ['term-renewal', 'fr', 'Validité de l’offre', '30 jours'],
  ['fraud-controls', 'fr', 'Dédoublonnage', 'sur 90 jours avec la base de l’Annonceur'],
  ['telemarketing-rules', 'en', 'Account manager hours', 'Monday to Friday, 9 am to 6 pm'],
  ['telemarketing-rules', 'fr', 'Horaires du support', 'du lundi au vendredi de 9 h à 18 h'],
  ['lead-definition', 'en', 'Price', 'EUR 30 per qualified lead'],
  ['lead-definition', 'fr', 'Tarif', '30 € HT par lead validé'],
  ['governing-law', 'en', 'Advertiser contact', 'legal@advertiser.example'],
  ['delivery', 'en', 'Invoice delivery', 'by email to accounts@advertiser.example'],
  ['volumes', 'en', 'Email volume sent', '2 million emails'],
  ['lead-returns', 'en', 'Return address', '10 Market Street, Leeds'],
  ['confidentiality', 'en', 'Document classification', 'internal'],
  ['penalties', 'en', 'Late payment', 'interest at 1% per month on overdue invoices'],
  ['reporting', 'fr', 'Contact reporting', 'stats@annonceur.example'],
  ['jurisdiction', 'fr', 'Zone géographique', 'France métropolitaine'],
  ['exclusivity', 'en', 'Targeting', 'exclusively homeowners in Texas'],
  ['insurance', 'fr', 'Vertical', 'assurance emprunteur'],
  ['data-subject-rights', 'en', 'Advertiser rights', 'may pause the campaign at any time'],
  ['international-transfers', 'fr', 'Paiement', 'virement international en euros'],
  ['audit-rights', 'fr', 'Contrôle des factures', 'rapprochement mensuel avec les statistiques'],
  ['price-payment', 'en', 'Billing address', '10 Market Street, Leeds'],
  ['volumes', 'fr', 'Volume estimé de la base', '2 millions de contacts'],
  ['lead-definition', 'fr', 'Champs obligatoires du compte', 'identifiant et mot de passe'],
  ['fraud-controls', 'en', 'Fraud contact', 'fraud@advertiser.example'],
]

/**
 * Scored before any pattern was changed (session 17): 10 of the 52 rows above were missed, and none
 * of the 20 near misses was found. The classes they showed, fixed since: sub-affiliation with an
 * approval or a prohibition (2); verbless compliance (« leads collectés avec consentement »,
 * "all leads GDPR-compliant") (2); allowed channels (« Leviers autorisés ») (1); the fields' labels
 * "Billing", « Volume estimé », "Required fields" / « Champs obligatoires » (4); an HLR lookup or
 * fraud scoring (1).
 */

describe('an insertion order’s fields state their clause', () => {
  test.each(ROWS)('%s (%s): %s | %s', (id, lang, field, value) => {
    expect(present(lang, field, value)).toContain(id)
  })
})

describe('insertion-order near misses share words with a clause and are not that clause', () => {
  test.each(NEAR_MISSES)('not %s (%s): %s | %s', (id, lang, field, value) => {
    expect(present(lang, field, value)).not.toContain(id)
  })
})
