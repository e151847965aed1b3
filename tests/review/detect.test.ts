import { describe, expect, test } from 'vitest'
import { loadLibrary } from '../../src/library/library.js'
import { compileLibrary, detectClauses } from '../../src/review/detect.js'
import { documentFacts } from '../../src/review/facts.js'
import { documentOf } from './rules/harness.js'

const library = await loadLibrary()
const compiled = compileLibrary(library)
const present = (text: string) => detectClauses([documentOf(text)], compiled).filter((c) => c.status === 'present').map((c) => c.id)

describe('clause detection', () => {
  test.each([
    ['This Agreement shall be governed by and construed in accordance with the laws of the State of New York.', 'governing-law'],
    ['Le présent contrat est soumis au droit français.', 'governing-law'],
    ['Either party may terminate this Agreement at any time, for any reason, upon sixty (60) days prior written notice to the other party.', 'termination-for-convenience'],
    ["Chacune des parties peut résilier le contrat à tout moment moyennant un préavis de trois mois.", 'termination-for-convenience'],
    ['Neither party may assign this Agreement without the prior written consent of the other party.', 'assignment'],
    ['Le Fournisseur remet la preuve du consentement de chaque lead sous 48 heures.', 'consent-proof'],
    ['IN NO EVENT SHALL EITHER PARTY\'S AGGREGATE LIABILITY EXCEED THE FEES PAID IN THE TWELVE MONTHS PRECEDING THE CLAIM.', 'liability-cap'],
    ['Supplier shall maintain commercial general liability insurance with limits of not less than $1,000,000 per occurrence.', 'insurance'],
  ])('%j → %s present', (text, id) => {
    expect(present(text)).toContain(id)
  })

  test.each([
    ['We generate home insurance leads for insurers.', 'insurance'],
    ['Our Exclusive Plus package is our best seller this year.', 'exclusivity'],
    ['Delivery of the vehicle is made at the dealership.', 'delivery'],
    ['The parties may terminate this Agreement immediately if the other party materially breaches it and fails to cure within 30 days.', 'termination-for-convenience'],
  ])('trap %j does not make %s present', (text, id) => {
    expect(present(text)).not.toContain(id)
  })

  test('a heading over text of its own makes a clause present, with the heading as evidence', () => {
    const [status] = detectClauses([documentOf('# Governing Law\nThe parties have agreed on the following terms.')], compiled).filter((c) => c.id === 'governing-law')
    expect(status?.status).toBe('present')
    expect(status?.evidence[0]).toMatchObject({ text: 'Governing Law', line: 1, signal: 'heading' })
  })

  test('a heading alone is not the clause ("15. DISPUTE RESOLUTION" over nothing, or a word or two)', () => {
    expect(present('# 15. Dispute resolution\n# 16. Notices\nNotices are sent by registered letter.')).not.toContain('jurisdiction')
    expect(present('# Governing Law\nSee below.')).not.toContain('governing-law')
  })

  test('a clause switched off by its title ("Section 8 (Audit) … does not apply") is present and negated', () => {
    const statuses = detectClauses([documentOf('Changes for this Order Form only: Section 8 (Audit) of the Framework Terms does not apply to this Order Form.')], compiled)
    expect(statuses.find((c) => c.id === 'audit-rights')).toMatchObject({ status: 'present', negated: true })
    expect(statuses.filter((c) => c.negated).map((c) => c.id)).toEqual(['audit-rights'])
  })

  test("a heading whose section opens with what the clause's unless patterns rule out is not evidence", () => {
    const staff = "# 5. Confidentialité\nLe Sous-traitant veille à ce que les personnes autorisées à traiter les données s'engagent à en respecter la confidentialité."
    expect(present(staff)).not.toContain('confidentiality')
    expect(present('# 5. Confidentialité\nLes conditions tarifaires sont tenues secrètes.')).toContain('confidentiality')
  })

  test('hyphenated "data-subject" reads as "data subject"', () => {
    expect(present('# 16. Data-subject requests and complaints\nSee Schedule 3.')).toContain('data-subject-rights')
  })

  test('a clause denied by its own words is present and negated', () => {
    const statuses = detectClauses([documentOf('No audit right is granted to the Buyer.')], compiled)
    const audit = statuses.find((c) => c.id === 'audit-rights')!
    expect(audit.status).toBe('present')
    expect(audit.negated).toBe(true)
  })

  test('a denial after the third piece of evidence still marks the clause negated, and nothing after that changes it', () => {
    const states = [
      'The Buyer may audit the Supplier once a year.',
      'The Buyer may audit the records of the Supplier on notice.',
      'The Buyer may audit the consent records of the Supplier.',
      'The Buyer may audit the call recordings of the Supplier.',
    ]
    const denied = 'No audit right is granted to the Buyer.'
    const audit = (lines: string[]) => detectClauses([documentOf(lines.join('\n\n'))], compiled).find((c) => c.id === 'audit-rights')!
    // The four statements alone: present, not negated, three pieces of evidence (the first three).
    expect(audit(states)).toMatchObject({ status: 'present', negated: false })
    expect(audit(states).evidence.map((e) => e.text)).toEqual(states.slice(0, 3))
    // The denial comes after the evidence is full: the clause is negated all the same, and a
    // statement after the denial adds no evidence.
    const after = audit([...states, denied, 'The Buyer may audit the Supplier again.'])
    expect(after).toMatchObject({ status: 'present', negated: true })
    expect(after.evidence.map((e) => e.text)).toEqual(states.slice(0, 3))
  })

  test('a bookmark written by the builder is evidence of its clause', () => {
    const doc = { ...documentOf('# Agreement\nText.'), bookmarks: ['cl_consent_proof_v1', '_Toc12'] }
    const status = detectClauses([doc], compiled).find((c) => c.id === 'consent-proof')!
    expect(status.status).toBe('present')
    expect(status.evidence[0]?.signal).toBe('bookmark')
  })
})

describe('plain wordings of security and deletion', () => {
  test('security stated without "measures": "keep appropriate security for the prospect data"', () => {
    expect(present('The Supplier shall keep appropriate security in place for all prospect data it holds.')).toContain('security')
    expect(present('The Supplier pays the social security contributions of its staff who process the leads.')).not.toContain('security')
  })

  test('deletion on request, without a period', () => {
    expect(present("Vendor will erase lead data at the Customer's written request.")).toContain('retention-deletion')
    expect(present('Le Fournisseur supprime les données des prospects sur simple demande du Client.')).toContain('retention-deletion')
  })
})

describe('termination for cause in terms of service', () => {
  test('suspending or closing an account for a violation is termination for cause, both languages', () => {
    expect(present('The Provider may suspend user accounts it finds in violation of these rules.')).toContain('termination-for-cause')
    expect(present("L'éditeur peut désactiver le compte de l'utilisateur en cas d'utilisation frauduleuse du service.")).toContain('termination-for-cause')
  })

  test('a survival clause that names breaches is not termination for cause', () => {
    expect(present('Termination does not affect the rights of either party for any breach that occurred prior to the termination.')).not.toContain('termination-for-cause')
  })
})

describe('document facts', () => {
  test('a French quote with email and SMS, terms by reference', () => {
    const facts = documentFacts(documentOf(['# Devis n° D-2026-118', 'Campagne de leads par e-mailing et SMS.', 'Prix : 12 € HT par lead.', 'Le présent devis est soumis à nos CGV disponibles sur https://leads.example/cgv.'].join('\n')))
    expect(facts.kind).toBe('quote')
    expect(facts.language).toBe('fr')
    expect(facts.channels).toEqual(['email', 'sms'])
    expect(facts.referencedTerms).toHaveLength(1)
    expect(facts.referencedTerms[0]).toMatchObject({ url: 'https://leads.example/cgv', location: { line: 4, column: 1 } })
  })

  test('an English purchase order for calls by an offshore call centre, generator as processor', () => {
    const facts = documentFacts(documentOf(['# Purchase Order PO-77', 'Outbound phone calls and live transfers from our call centre in Morocco.', 'The Vendor acts as a processor on behalf of the Buyer.'].join('\n')))
    expect(facts.kind).toBe('purchase-order')
    expect(facts.language).toBe('en')
    expect(facts.channels).toContain('phone')
    expect(facts.offshore).toBe(true)
    expect(facts.role).toBe('processor')
  })

  test('a party the document names "Processor" (« le Sous-traitant ») is one, with no other statement of its role', () => {
    expect(documentFacts(documentOf('Between Acme Ltd ("Processor") and Beta SAS ("Controller").\n\nThe Processor will notify the Controller before engaging a new subprocessor.')).role).toBe('processor')
    expect(documentFacts(documentOf("Entre la société Alpha (ci-après « le Sous-traitant ») et la société Beta (ci-après « le Client »).")).role).toBe('processor')
    // A sub-processor named in a definition makes no party a processor.
    expect(documentFacts(documentOf('Any vendor engaged by the Supplier (a "Sub-processor") must sign our terms.')).role).toBeUndefined()
  })

  test('no transfer outside the EEA is not offshore processing', () => {
    expect(documentFacts(documentOf('The Generator shall not transfer any data outside the EEA.')).offshore).toBe(false)
  })
})
