/**
 * The words of the human-readable reports (Markdown, HTML, annotated DOCX), in English and French:
 * a typed view over the catalogue's `report.*` entries (src/i18n/report.ts), which hold the text.
 */
import { count, translate, type MessageKey } from '../i18n/index.js'
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

/** The labels of a language, read from the catalogue (src/i18n/report.ts). */
function fromCatalogue(lang: Lang): Labels {
  const m = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => translate(lang, key, params)
  return {
    lang,
    title: m('report.title'),
    summary: m('report.summary'),
    kind: m('report.kind'),
    language: m('report.language'),
    channels: m('report.channels'),
    offshore: m('report.offshore'),
    role: m('report.role'),
    consumers: m('report.consumers'),
    referencedTerms: m('report.referencedTerms'),
    reviewedWith: m('report.reviewedWith'),
    ocr: m('report.ocr'),
    ocrPages: (pages, engine) => m('report.ocrPages', { pages, engine }),
    totals: m('report.totals'),
    findings: m('report.findings'),
    noFindings: m('report.noFindings'),
    severity: m('report.severity'),
    location: m('report.location'),
    message: m('report.message'),
    sources: m('report.sources'),
    rule: m('report.rule'),
    clauseStatuses: m('report.clauseStatuses'),
    clause: m('report.clause'),
    status: m('report.status'),
    evidence: m('report.evidence'),
    negated: m('report.negated'),
    clausesToAdd: m('report.clausesToAdd'),
    suggestedText: m('report.suggestedText'),
    seeClausesToAdd: m('report.seeClausesToAdd'),
    document: m('report.document'),
    documentUnavailable: m('report.documentUnavailable'),
    wholeDocument: m('report.wholeDocument'),
    yes: m('report.yes'),
    no: m('report.no'),
    unknown: m('report.unknown'),
    noChannels: m('report.noChannels'),
    noTerms: m('report.noTerms'),
    colon: m('report.colon'),
    kinds: { quote: m('report.kind.quote'), 'purchase-order': m('report.kind.purchase-order'), 'insertion-order': m('report.kind.insertion-order'), contract: m('report.kind.contract') },
    statuses: { present: m('report.status.present'), missing: m('report.status.missing'), referenced: m('report.status.referenced') },
    severities: { error: m('report.severity.error'), warning: m('report.severity.warning') },
    channelNames: { email: m('report.channel.email'), sms: m('report.channel.sms'), phone: m('report.channel.phone'), postal: m('report.channel.postal') },
    roles: { processor: m('report.role.processor'), joint: m('report.role.joint'), independent: m('report.role.independent') },
    languages: { en: m('report.lang.en'), fr: m('report.lang.fr') },
    errors: (n) => count(lang, 'report.errors', n),
    warnings: (n) => count(lang, 'report.warnings', n),
    clausesPresent: (present, total) => count(lang, 'report.clausesPresent', present, { total }),
    referencedCount: (n) => m('report.referencedCount', { n }),
    page: (n) => m('report.page', { n }),
    line: (n) => m('report.line', { n }),
    column: (n) => m('report.column', { n }),
    inFile: (path) => m('report.inFile', { path }),
  }
}

const FR = fromCatalogue('fr')
const EN = fromCatalogue('en')

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
    [l.totals, `${totals}${translate(l.lang, 'report.listSeparator')}${clauses}`],
  ]
}

/** "p. 1: 91%, p. 2: 95%" (French spacing in French). */
export function ocrConfidences(ocr: OcrSummary, lang: Lang): string {
  return ocr.pages.map((p) => translate(lang, 'report.ocrPage', { page: p.page, confidence: Math.round(p.confidence) })).join(', ')
}
