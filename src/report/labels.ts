/** The words of the human-readable reports (Markdown, HTML, annotated DOCX), in English and French. */
import type { Channel, Lang, Role } from '../library/schema.js'
import type { OcrSummary } from '../read/document.js'
import type { ClauseStatusName, DocumentKind, Evidence, FileReview, Finding, Severity } from '../review/types.js'

/** Every heading and label a report writes, in one language. */
export interface Labels {
  lang: Lang
  title: string
  summary: string
  kind: string
  language: string
  channels: string
  offshore: string
  role: string
  consumers: string
  referencedTerms: string
  reviewedWith: string
  /** Summary row: the text was read by OCR, with the confidence per page. */
  ocr: string
  ocrPages: (pages: string, engine: string) => string
  totals: string
  findings: string
  noFindings: string
  severity: string
  location: string
  message: string
  sources: string
  rule: string
  clauseStatuses: string
  clause: string
  status: string
  evidence: string
  negated: string
  clausesToAdd: string
  suggestedText: string
  seeClausesToAdd: string
  document: string
  documentUnavailable: string
  wholeDocument: string
  yes: string
  no: string
  unknown: string
  noChannels: string
  noTerms: string
  /** Separator before a value: ": " in English, " : " (no-break space) in French. */
  colon: string
  kinds: Record<DocumentKind, string>
  statuses: Record<ClauseStatusName, string>
  severities: Record<Severity, string>
  channelNames: Record<Channel, string>
  roles: Record<Role, string>
  languages: Record<Lang, string>
  errors(n: number): string
  warnings(n: number): string
  clausesPresent(present: number, total: number): string
  referencedCount(n: number): string
  page(n: number): string
  line(n: number): string
  column(n: number): string
  inFile(path: string): string
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

const EN: Labels = {
  lang: 'en',
  title: 'Contract review',
  summary: 'Summary',
  kind: 'Document type',
  language: 'Language',
  channels: 'Channels',
  offshore: 'Processing outside the EEA',
  role: 'Data protection role',
  consumers: 'Consumer leads (B2C)',
  referencedTerms: 'Terms incorporated by reference',
  reviewedWith: 'Reviewed with',
  ocr: 'Read by OCR',
  ocrPages: (pages, engine) => `mean confidence ${pages} (${engine})`,
  totals: 'Result',
  findings: 'Findings',
  noFindings: 'No findings.',
  severity: 'Severity',
  location: 'Location',
  message: 'Message',
  sources: 'Sources',
  rule: 'Rule',
  clauseStatuses: 'Clause statuses',
  clause: 'Clause',
  status: 'Status',
  evidence: 'Evidence',
  negated: 'negated by the text',
  clausesToAdd: 'Clauses to add',
  suggestedText: 'Suggested text',
  seeClausesToAdd: 'Suggested text: see "Clauses to add" at the end of the document.',
  document: 'Document',
  documentUnavailable: 'The text of the document is not available.',
  wholeDocument: 'whole document',
  yes: 'yes',
  no: 'no',
  unknown: 'unknown',
  noChannels: 'none',
  noTerms: 'none',
  colon: ': ',
  kinds: { quote: 'quote', 'purchase-order': 'purchase order', 'insertion-order': 'insertion order', contract: 'contract' },
  statuses: { present: 'present', missing: 'missing', referenced: 'by reference' },
  severities: { error: 'Error', warning: 'Warning' },
  channelNames: { email: 'email', sms: 'SMS', phone: 'telephone', postal: 'post' },
  roles: { processor: 'processor', joint: 'joint controller', independent: 'independent controller' },
  languages: { en: 'English', fr: 'French' },
  errors: (n) => plural(n, 'error', 'errors'),
  warnings: (n) => plural(n, 'warning', 'warnings'),
  clausesPresent: (present, total) => `${present} of ${total} clauses present`,
  referencedCount: (n) => `${n} by reference`,
  page: (n) => `p. ${n}`,
  line: (n) => `line ${n}`,
  column: (n) => `col. ${n}`,
  inFile: (path) => `in ${path}`,
}

const FR: Labels = {
  lang: 'fr',
  title: 'Revue contractuelle',
  summary: 'Synthèse',
  kind: 'Type de document',
  language: 'Langue',
  channels: 'Canaux',
  offshore: 'Traitement hors EEE',
  role: 'Qualification RGPD',
  consumers: 'Prospects consommateurs (B2C)',
  referencedTerms: 'Conditions incorporées par renvoi',
  reviewedWith: 'Revu avec',
  ocr: 'Lu par OCR',
  ocrPages: (pages, engine) => `confiance moyenne ${pages} (${engine})`,
  totals: 'Bilan',
  findings: 'Points relevés',
  noFindings: 'Aucun point relevé.',
  severity: 'Gravité',
  location: 'Emplacement',
  message: 'Message',
  sources: 'Sources',
  rule: 'Règle',
  clauseStatuses: 'État des clauses',
  clause: 'Clause',
  status: 'État',
  evidence: 'Extrait',
  negated: 'contredite par le texte',
  clausesToAdd: 'Clauses à ajouter',
  suggestedText: 'Texte proposé',
  seeClausesToAdd: 'Texte proposé : voir « Clauses à ajouter » en fin de document.',
  document: 'Document',
  documentUnavailable: "Le texte du document n'est pas disponible.",
  wholeDocument: 'ensemble du document',
  yes: 'oui',
  no: 'non',
  unknown: 'inconnue',
  noChannels: 'aucun',
  noTerms: 'aucune',
  colon: '\u00a0: ',
  kinds: { quote: 'devis', 'purchase-order': 'bon de commande', 'insertion-order': "ordre d'insertion", contract: 'contrat' },
  statuses: { present: 'présente', missing: 'absente', referenced: 'par renvoi' },
  severities: { error: 'Erreur', warning: 'Avertissement' },
  channelNames: { email: 'e-mail', sms: 'SMS', phone: 'téléphone', postal: 'courrier postal' },
  roles: { processor: 'sous-traitant', joint: 'responsable conjoint', independent: 'responsable de traitement distinct' },
  languages: { en: 'anglais', fr: 'français' },
  errors: (n) => plural(n, 'erreur', 'erreurs'),
  warnings: (n) => plural(n, 'avertissement', 'avertissements'),
  clausesPresent: (present, total) => `${present} clause${present > 1 ? 's' : ''} présente${present > 1 ? 's' : ''} sur ${total}`,
  referencedCount: (n) => `${n} par renvoi`,
  page: (n) => `p. ${n}`,
  line: (n) => `ligne ${n}`,
  column: (n) => `col. ${n}`,
  inFile: (path) => `dans ${path}`,
}

/** The labels of a language. */
export function labelsFor(lang: Lang): Labels {
  return lang === 'fr' ? FR : EN
}

/** Where a finding or a piece of evidence is, e.g. "p. 2, line 12, col. 3"; the whole document when it has no line. */
export function formatLocation(l: Labels, at: Pick<Finding, 'line' | 'column' | 'page'> | Evidence): string {
  if (at.line === undefined) return l.wholeDocument
  const parts = [...(at.page !== undefined ? [l.page(at.page)] : []), l.line(at.line), ...(at.column !== undefined && at.column > 1 ? [l.column(at.column)] : [])]
  return parts.join(', ')
}

/** Counts of a review, for its summary. */
export interface ReviewCounts {
  errors: number
  warnings: number
  present: number
  referenced: number
  total: number
}

/** Counts findings by severity and clauses by status. */
export function countReview(review: FileReview): ReviewCounts {
  return {
    errors: review.findings.filter((f) => f.severity === 'error').length,
    warnings: review.findings.filter((f) => f.severity === 'warning').length,
    present: review.clauses.filter((c) => c.status === 'present').length,
    referenced: review.clauses.filter((c) => c.status === 'referenced').length,
    total: review.clauses.length,
  }
}

/** The summary of a review as label/value pairs (facts, then totals), in the review's language. */
export function summaryRows(review: FileReview, l: Labels): Array<[label: string, value: string]> {
  const f = review.facts
  const c = countReview(review)
  const terms = f.referencedTerms.map((t) => `${t.name.toUpperCase()}${t.url ? ` (${t.url})` : ''}, ${formatLocation(l, t.location)}`)
  const totals = [l.errors(c.errors), l.warnings(c.warnings)].join(', ')
  const clauses = [l.clausesPresent(c.present, c.total), ...(c.referenced > 0 ? [l.referencedCount(c.referenced)] : [])].join(', ')
  return [
    [l.kind, l.kinds[review.kind]],
    [l.language, l.languages[review.language]],
    [l.channels, f.channels.length ? f.channels.map((ch) => l.channelNames[ch]).join(', ') : l.noChannels],
    [l.offshore, f.offshore ? l.yes : l.no],
    [l.role, f.role ? l.roles[f.role] : l.unknown],
    [l.consumers, f.consumers ? l.yes : l.no],
    [l.referencedTerms, terms.length ? terms.join('; ') : l.noTerms],
    ...(review.with.length ? [[l.reviewedWith, review.with.join(', ')] as [string, string]] : []),
    ...(review.ocr ? [[l.ocr, l.ocrPages(ocrConfidences(review.ocr, l.lang), review.ocr.engine)] as [string, string]] : []),
    [l.totals, `${totals}${l.lang === 'fr' ? ' ; ' : '; '}${clauses}`],
  ]
}

/** "p. 1: 91%, p. 2: 95%" (French spacing in French). */
export function ocrConfidences(ocr: OcrSummary, lang: Lang): string {
  return ocr.pages.map((p) => (lang === 'fr' ? `p. ${p.page} : ${Math.round(p.confidence)} %` : `p. ${p.page}: ${Math.round(p.confidence)}%`)).join(', ')
}
