/**
 * The section model and the scope of evidence: tables of contents, signature blocks and
 * definitions are no evidence; under a clause's own title, other clauses are only mentioned;
 * a document naming itself incorporates nothing; French payment rules stay under French law.
 */
import { describe, expect, test } from 'vitest'
import { loadLibrary } from '../../src/library/library.js'
import { compileLibrary, detectClauses } from '../../src/review/detect.js'
import { documentFacts } from '../../src/review/facts.js'
import { governingLaw } from '../../src/review/law.js'
import { actorOf } from '../../src/review/parties.js'
import { hasWords, headingKey, layoutOf } from '../../src/review/sections.js'
import { isDefinition, sentencesOf } from '../../src/review/text.js'
import { documentOf } from './rules/harness.js'

const library = await loadLibrary()
const compiled = compileLibrary(library)
const statuses = (text: string) => detectClauses([documentOf(text)], compiled)
const present = (text: string) => statuses(text).filter((c) => c.status === 'present').map((c) => c.id)

describe('layout', () => {
  test('a titled table of contents is recognised, and its lines are no evidence', () => {
    const doc = documentOf('# Contrat\n\nSommaire\n\n- 1. Objet\n- 2. Limitation de responsabilité\n- 3. Loi applicable\n\n## 1. Objet\n\nLe Fournisseur livre des leads au Client chaque semaine.\n\n## 3. Loi applicable\n\nLe Contrat est soumis au droit français.')
    const layout = layoutOf(doc)
    expect(doc.blocks.filter((_, i) => layout.roles[i] === 'toc').map((b) => b.text)).toEqual(['Sommaire', '1. Objet', '2. Limitation de responsabilité', '3. Loi applicable'])
    const found = detectClauses([doc], compiled).filter((c) => c.status === 'present').map((c) => c.id)
    expect(found).toContain('governing-law')
    expect(found).not.toContain('liability-cap')
  })

  test('dot-leader lines are a table of contents; heading keys drop numbering and page numbers', () => {
    const doc = documentOf('Article 12 — Limitation of liability ........ 7\n\nThe parties agree on the services.')
    expect(layoutOf(doc).roles[0]).toBe('toc')
    expect(headingKey('12.3 Limitation of liability ..... 14')).toBe('limitation of liability')
  })

  test('a clause titled « Signature » about counterparts is a clause, not the signature block', () => {
    const doc = documentOf('# Agreement\n\n## 12. Signature\n\nThis Agreement may be signed in counterparts, including by electronic copies, and each copy is deemed an original.\n\n"Term" means the period of two years from the Effective Date.')
    expect(sentencesOf(doc).map((s) => s.text)).toEqual(['This Agreement may be signed in counterparts, including by electronic copies, and each copy is deemed an original.', '"Term" means the period of two years from the Effective Date.'])
  })

  test('a signature block is recognised and holds no sentence', () => {
    const doc = documentOf('# Agreement\n\nThe Generator delivers leads.\n\n## Signatures\n\nFor the Buyer: Name:\n\nIn witness whereof the parties have signed this agreement governed by the laws of England.')
    expect(sentencesOf(doc).map((s) => s.text)).toEqual(['The Generator delivers leads.'])
  })
})

describe('scope of evidence', () => {
  test('a denial of a liability cap in the insurance article is a mention, not a cap', () => {
    const text = '# 26. Assurances\n\nLe Fournisseur souscrit une assurance responsabilité civile professionnelle. Les montants garantis constituent des minimums : ils ne limitent pas la responsabilité du Fournisseur au titre du Contrat.'
    expect(statuses(text).find((c) => c.id === 'liability-cap')?.status).toBe('missing')
    expect(present(text)).toContain('insurance')
  })

  test('the same denial under no clause heading still counts (a quote without articles)', () => {
    expect(statuses("Prix : 20 € par lead. Le Fournisseur n'est pas responsable des amendes de la CNIL.").find((c) => c.id === 'liability-cap')).toMatchObject({ status: 'present', negated: true })
  })

  test('a definition is no clause (« "Données Client" désigne … informations confidentielles »)', () => {
    expect(isDefinition('"donnees client" designe les informations confidentielles du client.')).toBe(true)
    expect(present('« Données Client » désigne les données et informations confidentielles transmises par le Client.')).not.toContain('confidentiality')
  })

  test('a definition of the clause\'s own term counts ("Term" means …)', () => {
    expect(present('"Term" means the period of two years from the Effective Date, renewed automatically for one-year periods.')).toContain('term-renewal')
  })
})

describe('referenced terms', () => {
  test('a document naming itself incorporates nothing', () => {
    const doc = documentOf("Le présent document contractuel (les « Conditions générales d'utilisation ») régit l'accès au service. Les présentes Conditions générales d'utilisation sont applicables à tout utilisateur.")
    expect(documentFacts(doc).referencedTerms).toEqual([])
  })

  test('terms named only to exclude them are not incorporated; an order under an MSA incorporates it', () => {
    expect(documentFacts(documentOf("Les conditions générales de vente du Fournisseur ne s'appliquent pas.")).referencedTerms).toEqual([])
    const io = documentFacts(documentOf('This Order Form incorporates and is governed by the Master Lead Services Agreement dated 3 March 2026.'))
    expect(io.referencedTerms.map((t) => t.name)).toEqual(['master lead services agreement'])
  })
})

describe('referenced terms, one occurrence at a time', () => {
  const names = (text: string) => documentFacts(documentOf(text)).referencedTerms.map((t) => t.name)

  test('a template placeholder is no name (« {{cgv.start_date}} »)', () => {
    expect(names("Conditions générales d'achat de {{company.name}} applicables à compter du {{cgv.start_date}}\n\nLe Fournisseur livre les travaux commandés.")).toEqual([])
  })

  test('the same generic name, once for the document and once for terms found elsewhere', () => {
    const terms = documentFacts(documentOf("L'accès au service est soumis aux présentes conditions d'utilisation ainsi qu'aux conditions d'utilisation du portail national, consultables à l'adresse https://portail.example/cgu.")).referencedTerms
    expect(terms).toEqual([{ name: "conditions d'utilisation", url: 'https://portail.example/cgu', location: { line: 1, column: 1 } }])
  })

  test('"the terms and conditions of this Agreement", a change clause and "liability under" name the document itself', () => {
    expect(names('Subject to the terms and conditions of this Agreement, Provider grants Customer a licence to use the platform.')).toEqual([])
    expect(names('We will give notice of any change to the terms and conditions applicable to the paid service thirty days in advance.')).toEqual([])
    expect(names("Each party's liability under the terms and conditions hereof is limited to the fees paid.")).toEqual([])
  })

  test('the terms "between us" that a document says it contains are its own (class: self-description)', () => {
    expect(names('This Affiliate Agreement contains the complete terms and conditions between us and you regarding your participation in the Affiliate Program.')).toEqual([])
    expect(names('Le présent accord reprend les conditions générales entre les parties pour la durée du programme.')).toEqual([])
    // Trap: terms between the parties that the document places under another one stay incorporated.
    expect(names('This Order Form is governed by the Master Services Agreement between Customer and Provider dated 1 March 2026.')).toEqual(['master services agreement'])
  })

  test('a policy said to bind no one is not incorporated', () => {
    expect(names('You agree to read our Privacy Policy, which explains how we use your data. Our Privacy Policy is not a legal agreement and creates no contractual obligations.')).toEqual([])
  })

  test('cover pages, order forms and services agreements holding the terms are incorporated; a privacy notice only described is not', () => {
    expect(names('Provider will maintain the security measures identified on the Cover Page.')).toEqual(['cover page'])
    expect(names('"Agreement" means these Standard Terms, the Order Form and any policy it refers to.')).toEqual(['order form'])
    expect(names('Controller and Processor agree to add the following terms to their Services Agreement.')).toEqual(['services agreement'])
    // A policy that describes the writer's processing is a mere mention unless the reader is bound to it (issue #11, 3).
    expect(names('We use the information we receive through the service as described in our Privacy Notice.')).toEqual([])
    expect(names('You agree to the Terms of Service and the Privacy Notice of your account.')).toEqual(['terms of service'])
  })
})

describe('parties and law', () => {
  test('who may terminate', () => {
    const verb = /resili|terminat/
    expect(actorOf('le client peut resilier la commande a tout moment', verb)).toBe('buyer')
    expect(actorOf('le fournisseur peut resilier le contrat', verb)).toBe('generator')
    expect(actorOf('either party may terminate this agreement', verb)).toBe('both')
  })

  test('who may terminate, in the passive voice: the agent right after "by" / « par »', () => {
    const verb = /resili|terminat/
    expect(actorOf('this agreement may be terminated by the customer at any time subject to a notice period of 4 weeks', verb)).toBe('buyer')
    expect(actorOf('le contrat peut etre resilie par le client moyennant un preavis de 15 jours', verb)).toBe('buyer')
    expect(actorOf('this agreement may be terminated by the provider on 30 days notice', verb)).toBe('generator')
    expect(actorOf('this agreement may be terminated at any time by either party upon 30 days notice', verb)).toBe('both')
    // Traps: "by" followed by the means names no one; an impersonal sentence names no one.
    expect(actorOf('this agreement may be terminated by notice to the customer upon 15 days notice', verb)).toBeUndefined()
    expect(actorOf('this agreement may be terminated by written notice by the provider', verb)).toBeUndefined()
    expect(actorOf('this agreement may be terminated at any time upon 30 days notice', verb)).toBeUndefined()
  })

  test('the governing law: French, foreign, or not said', () => {
    const law = (text: string) => governingLaw(sentencesOf(documentOf(text)))
    expect(law('Le Contrat est régi par la loi de Singapour.')).toBe('foreign')
    expect(law('Le Contrat est soumis au droit français.')).toBe('french')
    expect(law('This Agreement is governed by the laws of the State of New York.')).toBe('foreign')
    expect(law('Les prix sont en euros.')).toBeUndefined()
  })
})

test('hasWords answers as counting every word of the text would, reading no further than it needs', () => {
  const count = (text: string) => text.split(/\s+/).filter(Boolean).length
  const texts = ['', ' ', 'one', ' one ', 'one two', 'one  two\tthree', '\u00a0a\u2003b\nc ', 'a b c d e f', '\t\n', 'é à ü', 'x\u00a0\u00a0y']
  for (const text of texts) for (const n of [0, 1, 2, 3, 4]) expect({ text, n, yes: hasWords(text, n) }).toEqual({ text, n, yes: count(text) >= n })
})
