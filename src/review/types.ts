/** The reviewer's data: clause statuses with evidence, document facts, findings. */
import type { Channel, Lang, Role } from '../library/schema.js'
import type { InputFormat, OcrSummary } from '../read/document.js'

/** Where a piece of evidence or a finding is in the document. */
export interface Location {
  line: number
  column: number
  page?: number
}

/** An excerpt of the document that shows a clause (or a red flag). */
export interface Evidence extends Location {
  /** The file it is in, when not the reviewed document itself (`--with` terms). */
  path?: string
  text: string
  /** How the clause was recognised. */
  signal: 'heading' | 'phrase' | 'cooccurrence' | 'bookmark' | 'negation' | 'model'
}

export type ClauseStatusName = 'present' | 'missing' | 'referenced'

/** Presence of one taxonomy id in a document. */
export interface ClauseStatus {
  id: string
  status: ClauseStatusName
  evidence: Evidence[]
  /** True when the document's own words deny the clause (still present). */
  negated: boolean
}

export type DocumentKind = 'quote' | 'purchase-order' | 'insertion-order' | 'contract'

/** A terms document that the reviewed document incorporates by reference. */
export interface ReferencedTerms {
  /** What the document calls them, e.g. « CGV », "Terms of Service". */
  name: string
  /** Where they are said to be, when the document says (URL). */
  url?: string
  location: Location
}

/** What the reviewer reads off a document, which decides what is required. */
export interface DocumentFacts {
  kind: DocumentKind
  language: Lang
  channels: Channel[]
  offshore: boolean
  role: Role | undefined
  consumers: boolean
  referencedTerms: ReferencedTerms[]
}

export type Severity = 'error' | 'warning'

/** One thing the reviewer reports. */
export interface Finding {
  ruleId: string
  severity: Severity
  clauseId?: string
  message: string
  /** The legal source(s) behind the message. */
  sources?: string[]
  line?: number
  column?: number
  page?: number
  /** Text to ask for: the library clause, in the document's language. */
  suggestion?: string
  /** Link to the rule's documentation page. */
  docs?: string
}

/** The review of one document (or one contract set with `--with`). */
export interface FileReview {
  path: string
  /** Paths of the terms reviewed together with it (`--with`). */
  with: string[]
  language: Lang
  kind: DocumentKind
  facts: DocumentFacts
  clauses: ClauseStatus[]
  findings: Finding[]
  /** Set when the document's text (or part of it) was read by OCR: engine and confidence per page. */
  ocr?: OcrSummary
}
