/** The shapes the front end exchanges with the server (see src/web/*.ts). */

/** The subset of JSON Schema (draft 2020-12) the deal schema uses. */
export interface JsonSchema {
  type?: string
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
  enum?: Array<string | number>
  default?: unknown
  description?: string
  minimum?: number
  maximum?: number
  minLength?: number
  maxLength?: number
  minItems?: number
  format?: string
  additionalProperties?: boolean | JsonSchema
  anyOf?: JsonSchema[]
}

/** A problem to show next to a field. */
export interface Issue {
  path: string
  message: string
}

/** A step of the draft form. */
export interface Step {
  id: string
  title: string
  keys: string[]
}

/** Upload bounds. */
export interface Limits {
  fileBytes: number
  files: number
  jsonBytes: number
}

/** `GET /api/config`. */
export interface Config {
  limits: Limits
  today: string
}

/** One reviewed file. */
export interface ReviewedFile {
  name: string
  error?: string
  language?: 'fr' | 'en'
  kind?: string
  counts?: { errors: number; warnings: number; present: number; referenced: number; total: number }
  summary?: Array<[string, string]>
  missing?: number
  /** Set when the text was read by OCR: the mean confidence per page. */
  ocr?: string
  findings?: FindingView[]
  with?: string[]
  html?: string
}

/** A question of the due-diligence questionnaire. */
export interface AuditQuestion {
  id: string
  weight: number
  question: string
  goodAnswer: string
  evidence: string
  sources: string[]
  blocking: string[]
}

/** The questionnaire in one language. */
export interface AuditQuestionnaire {
  lang: 'fr' | 'en'
  answers: string[]
  themes: Array<{ id: string; title: string; questions: AuditQuestion[] }>
}

/** One answer as the form keeps it. */
export interface AnswerEntry {
  answer: string
  evidence: string[]
  comment?: string
}

/** The audit score (the JSON of `clausier audit score --format json`), as far as the page uses it. */
export interface AuditScore {
  lang: 'fr' | 'en'
  overall: { score: number; level: string; scoreLevel: string; capped: boolean; answered: number; total: number }
  themes: Array<{ id: string; title: string; score: number; level: string; answered: number; total: number }>
  blocking: Array<{ id: string; question: string; answer: string }>
  unanswered: Array<{ id: string }>
  missingEvidence: Array<{ id: string }>
  reinforce: Array<{ clause: string; questions: string[]; changes: Array<{ path: string; op: string; value: unknown; why: { en: string; fr: string } }> }>
}

/** One finding as the review page lists it (src/web/review-task.ts). */
export interface FindingView {
  severity: 'error' | 'warning'
  title: string
  clauseId?: string
  theme: string
  message: string
  sources: string[]
  where?: string
  ask?: string
}

/** The compare page's view of their version against our draft (src/web/review-task.ts). */
export interface ComparisonView {
  ours: string
  theirs: string
  language: 'fr' | 'en'
  summary: { matched: number; removed: number; added: number; modified: number; moved: number; weakened: number; failing: boolean }
  changes: Array<{
    clause: string
    clauseId: string | null
    change: 'removed' | 'added' | 'modified' | 'moved'
    moved: boolean
    weakened: boolean
    essential: boolean
    message: string
    diff: Array<{ ours?: number; theirs?: number; ops: Array<{ op: 'equal' | 'delete' | 'insert'; text: string }> }>
  }>
  weakened: Array<{ clause: string; label: string; before?: string; after?: string; meetsThreshold?: boolean; threshold?: string; message: string }>
  findings: string[]
  html: string
}
