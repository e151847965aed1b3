/**
 * One definition of "the reviewed document is an information (privacy) notice, not a deal"
 * (src/review/notice.ts, issue #11): the same answer decides whether the terms a document names are
 * `referenced` (facts.ts) and whether the red flags about a deal's terms judge it (isDeal). Titles
 * are read both ways, French and English; each notice has a deal that looks like it. The documents
 * are written here, in the words of no document of the corpus.
 */
import { describe, expect, test } from 'vitest'
import { readBuffer } from '../../src/read/index.js'
import { documentFacts } from '../../src/review/facts.js'
import { isInformationNotice } from '../../src/review/notice.js'
import { isDeal } from '../../src/review/rules/support/deal.js'
import { documentOf, findings, lines, ruleById } from './rules/harness.js'

const notice = (text: string) => isInformationNotice(documentOf(text))
const referenced = (text: string) => documentFacts(documentOf(text)).referencedTerms.map((r) => r.name)

describe('a notice by its title', () => {
  test.each([
    ['FR: « Politique de confidentialité » after the product', lines('# Agenda Pro — Politique de confidentialité', 'Nous traitons votre adresse e-mail pour vous envoyer les rappels.')],
    ['FR: « Notice d’information » on a survey', lines("# Notice d'information — enquête de satisfaction", 'Vos réponses sont conservées six mois.')],
    ['FR: « Déclaration de confidentialité » naming the GDPR', lines('# Déclaration de confidentialité au titre du règlement (UE) 2016/679', 'Le responsable du traitement est la société Y.')],
    ['FR: a numbered title on personal data', lines('# 1. Données personnelles', 'Le responsable du traitement est la mairie.')],
    ['EN: "Privacy Statement" of a newsletter', lines('# Newsletter Privacy Statement', 'We keep your e-mail address until you unsubscribe.')],
    ['EN: a "Fair processing notice"', lines('# Fair processing notice', 'We use your details to manage your membership.')],
    ['EN: a title in a first paragraph, no heading', lines('Data Protection Notice for Job Applicants', 'We collect your CV and keep it for one year.')],
    ['FR: a privacy policy named after its product', lines('# Monappli — Politique de confidentialité', 'Nous collectons votre adresse e-mail.')],
    ['FR: a notice on personal data', lines('# Protection de vos données à caractère personnel', 'Le responsable du traitement est la société X.')],
    ['FR: model information notices', lines('Modèles de mentions informatives', 'Vos données sont traitées pour gérer votre dossier.')],
    ['EN: a privacy notice for an event', lines('# Privacy notice – Customer days', 'We collect your name and e-mail address.')],
    ['EN: front matter carrying the title', lines('# layout: legal title: "Privacy Policy"', '# What we collect', 'We collect your name.')],
    ['EN: a cookie policy', lines('# Cookie Policy', 'We use cookies to measure traffic.')],
  ])('%s: a notice', (_name, text) => {
    expect(notice(text)).toBe(true)
  })

  test.each([
    ['FR: « CGU et politique de confidentialité »', lines('# CGU et politique de confidentialité', 'L’abonnement coûte 10 € par mois.')],
    ['FR: « Règlement du jeu et politique de confidentialité »', lines('# Règlement du jeu et politique de confidentialité', 'Le jeu est ouvert du 1er au 31 mars.')],
    ['FR: « Accord de traitement des données »', lines('# Accord de traitement des données personnelles', 'Le Sous-traitant agit sur instruction documentée du Responsable.')],
    ['EN: a DPA by its short name', lines('# DPA – Lead Supply', 'The Processor shall process Personal Data only on documented instructions.')],
    ['EN: a Data Processing Addendum', lines('# Data Processing Addendum', 'This Addendum forms part of the Master Services Agreement.')],
    ['EN: "Privacy Policy and Terms of Use"', lines('# Privacy Policy and Terms of Use', 'The Service costs USD 20 per month.')],
    ['FR: a quote whose first heading, after its terms, is its personal-data section', lines(
      'DEVIS N° 2026-114 — Fourniture de leads assurance emprunteur',
      'Le Fournisseur livre 500 leads par mois au prix unitaire de 18 € HT, payables à 30 jours fin de mois. Les leads sont livrés chaque jour par fichier chiffré, et tout lead en doublon ou injoignable peut être retourné sous 7 jours.',
      'Le présent devis est valable 30 jours à compter de sa date d’émission et vaut bon de commande une fois signé par le Client, qui accepte les conditions ci-dessous.',
      '# Données personnelles',
      'Le Fournisseur agit en qualité de responsable de traitement indépendant.',
    )],
    ['FR: terms of use that hold a privacy section', lines("# Conditions générales d'utilisation et politique de confidentialité", 'Le Service est payant.')],
    ['FR: a contract whose first article is about personal data', lines('# Contrat de fourniture de leads', '## Article 1 — Données personnelles', 'Le Fournisseur collecte les données.')],
    ['EN: a data protection agreement', lines('# Data Protection Agreement', 'Processor shall process Personal Data only on instructions.')],
    ['EN: terms of service that link to a privacy policy', lines('# Terms of Service', 'Our Privacy Policy explains how we use your data.')],
    ['EN: a paragraph that names a policy is no title', lines('This Privacy Policy and the Terms of Service together form the entire agreement between you and us for the paid plans described below, which are billed monthly in advance.')],
  ])('%s: a deal', (_name, text) => {
    expect(notice(text)).toBe(false)
  })
})

describe('front matter', () => {
  test('the title in front matter makes a notice, whatever the first heading', () => {
    expect(notice(lines('# layout: legal title: "Cookie Policy"', '# Which cookies we set', 'We set a session cookie.'))).toBe(true)
  })
  test('front matter with another title does not hide the notice heading after it', () => {
    expect(notice(lines('# layout: legal title: Legal', '# Politique de protection des données', 'Nous collectons votre nom.'))).toBe(true)
  })
  test('trap: front matter titled as terms, then a heading on data, is a deal', () => {
    expect(notice(lines('# layout: legal title: Terms of Service', '# Your personal data', 'The Service costs USD 20 per month.'))).toBe(false)
  })
  test('Markdown front matter read by the real reader', async () => {
    const doc = await readBuffer(Buffer.from(['---', 'layout: policy', 'title: Privacy Policy', '---', '', 'This policy explains how we use your data.', '', '# Analytics', '', 'We use log files.', ''].join('\n')), 'policy.md')
    expect(isInformationNotice(doc)).toBe(true)
    const terms = await readBuffer(Buffer.from(['---', 'layout: legal', 'title: Terms of Service', '---', '', 'These terms govern your use of the service.', ''].join('\n')), 'terms.md')
    expect(isInformationNotice(terms)).toBe(false)
  })
})

describe('one answer for the referenced status and for the red flags', () => {
  const sharedWith = 'We use a mailing provider, whose terms of service apply to the newsletter.'
  test('a cookie policy names terms it does not incorporate, and is no deal', () => {
    const text = lines('# Cookie Policy', sharedWith)
    expect(referenced(text)).toEqual([])
    expect(isDeal({ documents: [documentOf(text)] })).toBe(false)
  })
  test('trap: the same sentence in terms of service references the terms, and the document is a deal', () => {
    const text = lines('# Newsletter Terms', sharedWith)
    expect(referenced(text)).toEqual(['terms of service'])
    expect(isDeal({ documents: [documentOf(text)] })).toBe(true)
  })
  test('a notice that incorporates terms in so many words references them (EN)', () => {
    expect(referenced(lines('# Privacy Statement', 'Our Terms of Use are incorporated into this notice by reference.'))).toEqual(['terms of use'])
  })
  test('a notice that incorporates terms in so many words references them (FR)', () => {
    expect(referenced(lines('# Politique de confidentialité', "Les conditions générales d'utilisation font partie intégrante de la présente politique."))).toEqual(["conditions generales d'utilisation"])
  })
  test('trap: a French notice that only names the terms takes none in', () => {
    expect(referenced(lines('# Politique de confidentialité', "Les conditions générales d'utilisation du service s'appliquent à votre compte."))).toEqual([])
  })
  test('red flags on a deal\'s terms stay silent on a notice and fire on the same words in a deal (FR)', () => {
    const rule = ruleById('weak-liability-cap')
    const cap = 'Notre responsabilité totale est limitée à 10 euros.'
    expect(findings(lines('# Mentions informatives', 'Vos données sont traitées pour gérer votre compte.', cap), rule)).toEqual([])
    expect(findings(lines('# Contrat de fourniture de leads', 'Le Fournisseur livre 100 leads par mois à 20 euros HT le lead.', cap), rule)).toHaveLength(1)
  })
})
