/**
 * In-memory reviews and documents for the reporter tests: no reader, no review engine. A French
 * quote whose text is hostile (markup, pipes, a <script>), and an English contract read from a PDF.
 */
import type { ReviewDocument, TextBlock } from '../../src/read/document.js'
import type { ClauseStatus, DocumentFacts, Evidence, FileReview, Finding } from '../../src/review/types.js'

/**
 * A document from text: one block per non-empty line, its line number the line's index + 1.
 * `# ` starts a heading (level = number of #), `- ` a list item; `@2 ` before a line puts it on page 2.
 */
export function documentOf(text: string, path: string, format: ReviewDocument['format'] = 'md'): ReviewDocument {
  const blocks: TextBlock[] = []
  let pageLine = 0
  let currentPage: number | undefined
  text.split('\n').forEach((raw, i) => {
    let line = raw.trim()
    const page = /^@(\d+)\s+/.exec(line)
    if (page) {
      const n = Number(page[1])
      if (n !== currentPage) pageLine = 0
      currentPage = n
      line = line.slice(page[0].length)
    }
    pageLine++
    if (!line) return
    const where = currentPage !== undefined ? { line: pageLine, column: 1, page: currentPage } : { line: i + 1, column: 1 }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line)
    if (heading) blocks.push({ kind: 'heading', text: heading[2]!, ...where, level: heading[1]!.length })
    else if (line.startsWith('- ')) blocks.push({ kind: 'list-item', text: line.slice(2), ...where })
    else blocks.push({ kind: 'paragraph', text: line, ...where })
  })
  return { path, format, blocks, ...(currentPage !== undefined ? { pages: currentPage } : {}) }
}

/** A finding with defaults (`missing-clause`, error, docs link). */
export function finding(f: Partial<Finding> & Pick<Finding, 'message'>): Finding {
  const ruleId = f.ruleId ?? 'missing-clause'
  return { ruleId, severity: 'error', docs: `docs/rules/${ruleId}.md`, ...f }
}

/** A clause status; `evidence` makes it present. */
export function clause(id: string, status: ClauseStatus['status'] = 'missing', evidence: Evidence[] = [], negated = false): ClauseStatus {
  return { id, status, evidence, negated }
}

/** Evidence of a clause: the sentence `text` of the block at `line`. */
export function evidence(text: string, line: number, more: Partial<Evidence> = {}): Evidence {
  return { text, line, column: 1, signal: 'phrase', ...more }
}

/** A review with defaults (a French quote, no finding). */
export function review(r: Partial<FileReview> & Pick<FileReview, 'path'>): FileReview {
  const language = r.language ?? 'fr'
  const kind = r.kind ?? 'quote'
  const facts: DocumentFacts = { kind, language, channels: ['email', 'sms'], offshore: false, role: undefined, consumers: true, referencedTerms: [], ...r.facts }
  return { with: [], language, kind, facts, clauses: [], findings: [], ...r }
}

export const FR_PATH = 'devis acme#1.md'

export const FR_TEXT = `# Devis n° 2026-014
Fournisseur : LeadCo SAS. Client : ACME <script>alert("x")</script> | SARL.

## Prix et paiement
Prix unitaire : 12 € HT par lead. Paiement à 60 jours fin de mois.

## Responsabilité
La responsabilité du Fournisseur est limitée au prix des leads concernés.
- Les leads sont collectés par e-mail et SMS.
- Les données sont hébergées en France.

## Conditions
Les CGV disponibles sur https://leadco.example/cgv s'appliquent au présent devis.`

/** The French quote (lines: 1 title, 2 parties, 5 price, 8 liability, 9–10 list items, 13 terms). */
export const FR_DOC = documentOf(FR_TEXT, FR_PATH)

export const CONSENT_PROOF_FR =
  'Le Fournisseur conserve, pour chaque Lead, la preuve du consentement (date, heure, formulaire, texte présenté) et la communique au Client sous 5 jours ouvrés.\n\nÀ défaut, le Lead est remboursé ou remplacé.'

export const RETENTION_FR = 'Les données des Leads sont conservées trois ans au plus à compter du dernier contact, puis supprimées.'

export const FR_REVIEW: FileReview = review({
  path: FR_PATH,
  facts: {
    kind: 'quote',
    language: 'fr',
    channels: ['email', 'sms'],
    offshore: false,
    role: undefined,
    consumers: true,
    referencedTerms: [{ name: 'cgv', url: 'https://leadco.example/cgv', location: { line: 13, column: 1 } }],
  },
  clauses: [
    clause('price-payment', 'present', [evidence('Paiement à 60 jours fin de mois.', 5)]),
    clause('liability-cap', 'present', [evidence('La responsabilité du Fournisseur est limitée au prix des leads concernés.', 8)]),
    clause('documents-precedence', 'present', [evidence('Client : ACME <script>alert("x")</script> | SARL.', 2, { signal: 'cooccurrence' })]),
    clause('lead-definition', 'present', [evidence('Client : ACME <script>alert("x")</script> | SARL.', 2)]),
    clause('consent-proof'),
    clause('retention-deletion', 'referenced'),
  ],
  findings: [
    finding({
      clauseId: 'consent-proof',
      message: 'Clause manquante : « Preuve du consentement » est requise pour ce document (RGPD art. 7(1) ; CPCE L. 34-5)',
      sources: ['RGPD art. 7(1)', 'CPCE L. 34-5'],
      suggestion: CONSENT_PROOF_FR,
    }),
    finding({
      ruleId: 'payment-terms',
      message: 'Délai de paiement de 60 jours fin de mois : au-delà du plafond de 45 jours fin de mois (C. com. L. 441-10)',
      sources: ['C. com. L. 441-10'],
      line: 5,
      column: 1,
    }),
    finding({
      ruleId: 'weak-liability-cap',
      severity: 'warning',
      message: 'Plafond de responsabilité trop bas (« limitée au prix des leads concernés ») : le prix des leads concernés ne représente que quelques euros',
      sources: ['C. civ. 1170', 'C. civ. 1231-3'],
      line: 8,
      column: 1,
    }),
    finding({
      clauseId: 'retention-deletion',
      severity: 'warning',
      message: 'Non vérifié : « Durées de conservation » ne figure pas dans ce document et se trouve peut-être dans les conditions auxquelles il renvoie (CGV, https://leadco.example/cgv) : demandez-les',
      suggestion: RETENTION_FR,
      line: 13,
      column: 1,
    }),
    finding({
      ruleId: 'custom-phrase',
      severity: 'warning',
      message: 'Formulation signalée | à revoir : "ACME <script>alert("x")</script> | SARL" *gras* [lien](javascript:alert(1))',
      line: 2,
      column: 1,
    }),
  ],
})

export const EN_PATH = 'contracts/agreement.pdf'

export const EN_TEXT = `@1 # Lead Generation Agreement
@1 This Agreement is made between LeadCo Ltd and ACME Inc.
@1 ## 1. Fees
@1 Fees are payable within 30 days of invoice.
@2 ## 2. Liability
@2 Neither party's liability shall exceed the fees paid in the previous month.
@2 ## 3. Consent
@2 The Generator shall not be required to keep any record of consent.`

/** The English contract from a PDF: page 1 lines 1–4, page 2 lines 1–4. */
export const EN_DOC = documentOf(EN_TEXT, EN_PATH, 'pdf')

export const CONSENT_PROOF_EN = 'The Generator keeps, for each Lead, a record of the consent given and delivers it to the Buyer within 5 business days.'

export const EN_REVIEW: FileReview = review({
  path: EN_PATH,
  language: 'en',
  kind: 'contract',
  facts: { kind: 'contract', language: 'en', channels: ['phone'], offshore: true, role: 'processor', consumers: false, referencedTerms: [] },
  clauses: [
    clause('price-payment', 'present', [evidence('Fees are payable within 30 days of invoice.', 4, { page: 1 })]),
    clause('liability-cap', 'present', [evidence('Neither party\'s liability shall exceed the fees paid in the previous month.', 2, { page: 2 })]),
    clause('consent-proof', 'present', [evidence('The Generator shall not be required to keep any record of consent.', 4, { page: 2, signal: 'negation' })], true),
  ],
  findings: [
    finding({
      ruleId: 'negated-clause',
      clauseId: 'consent-proof',
      message: 'The document denies "Per-lead proof of consent": "The Generator shall not be required to keep any record of consent."',
      sources: ['GDPR art. 7(1)'],
      line: 4,
      column: 1,
      page: 2,
      suggestion: CONSENT_PROOF_EN,
    }),
    finding({
      ruleId: 'weak-liability-cap',
      severity: 'warning',
      message: "Liability cap too low: fees over 1 month are fewer than 12 months' fees",
      line: 2,
      column: 1,
      page: 2,
    }),
  ],
})

/** The documents by path, as `ReportInput.documents`. */
export const DOCUMENTS: ReadonlyMap<string, ReviewDocument> = new Map([
  [FR_PATH, FR_DOC],
  [EN_PATH, EN_DOC],
])
