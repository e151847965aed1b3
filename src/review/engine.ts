/**
 * The review engine: read facts, detect clauses, mark `referenced` ones, run every rule, and stamp
 * each finding with its rule id, the severity the playbook chooses and the rule's docs link.
 */
import type { Clause, Library, Prepared } from '../library/clause.js'
import { renderClauseBody } from '../library/render-clause.js'
import type { Lang } from '../library/schema.js'
import { resolveVariables } from '../library/variables.js'
import type { ReviewDocument } from '../read/document.js'
import type { Report, Rule, RuleContext, Suggestion } from './define-rule.js'
import { builtClauses, detectClauses, type CompiledLibrary } from './detect.js'
import { documentFacts } from './facts.js'
import { requiredClauses } from './required.js'
import type { Playbook } from './playbook/schema.js'
import { sentencesOf } from './text.js'
import type { ClauseStatus, DocumentFacts, FileReview, Finding, Severity } from './types.js'

/** Pinned options of a review, so output is reproducible. */
export interface ReviewOptions {
  library: Library
  compiled: CompiledLibrary
  rules: readonly Rule[]
  playbook: Playbook
  /** ISO date of the review (decides the telephone regime). */
  today: string
  /** Force the language of messages (default: the document's). */
  lang?: Lang
}

/** Plain text of a library clause with its default values, for suggestions. */
export function clauseText(clause: Clause, lang: Lang, prepared?: Pick<Prepared, 'templates'>): string {
  const { values } = resolveVariables(clause, undefined, lang)
  return renderClauseBody(clause, values, { lang, currency: 'EUR' }, prepared)
    .replace(/:ref\[[a-z0-9-]+\]/g, lang === 'fr' ? "l'article correspondant" : 'the relevant article')
    .replace(/\\(.)/g, '$1')
}

/** The playbook decides: a clause-specific level (missing-clause), then the rule's, then the report's own. */
function severityFor(rule: Rule, report: Report, playbook: Playbook): Severity | 'off' {
  const byClause = rule.id === 'missing-clause' && report.clauseId !== undefined ? playbook.severity[report.clauseId] : undefined
  return byClause ?? playbook.severity[rule.id] ?? report.severity ?? rule.meta.severity
}

/**
 * One rule: when a document incorporates other terms (general terms, an MSA or framework
 * agreement, a DPA, the IAB terms), every essential clause it does not hold itself may be in them:
 * `referenced`, naming those terms. The playbook's `referenceable` ids are referenced as well even
 * where they are not required.
 */
function markReferenced(statuses: ClauseStatus[], essential: ReadonlySet<string>, referenceable: readonly string[], hasTerms: boolean): void {
  if (!hasTerms) return
  for (const s of statuses) if (s.status === 'missing' && (essential.has(s.id) || referenceable.includes(s.id))) s.status = 'referenced'
}

/**
 * In a contract built by clausier, the clauses the builder chose say the facts that chose them
 * (Art. 28 annex ⇒ processor, telephone rules ⇒ phone, transfers ⇒ offshore) more reliably than
 * words spread through the text, where every clause mentions every channel.
 */
function factsOfBuilt(facts: DocumentFacts, built: ReadonlySet<string>): DocumentFacts {
  if (built.size === 0) return facts
  const processor = [...built].some((id) => id.startsWith('art28-'))
  const role = processor ? 'processor' : facts.role === 'processor' ? undefined : facts.role
  const channels = facts.channels.filter((c) => c !== 'phone')
  return {
    ...facts,
    role,
    channels: built.has('telemarketing-rules') ? [...channels, 'phone'] : channels,
    offshore: built.has('international-transfers'),
  }
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1 }

/** Suggested clause texts per library: rendering one is costly, and every review of a batch asks for the same few. */
const suggestionCache = new WeakMap<Library, Map<string, string>>()

const PROCESSOR_ONLY: readonly string[] = [
  'art28-processing-details',
  'art28-instructions',
  'art28-infringing-instruction',
  'art28-subprocessor-changes',
  'art28-subprocessor-flow-down',
  'art28-subprocessor-liability',
]

/**
 * Gives `finding` its `suggestion` as an enumerable property (in key order, before `docs`) whose
 * text is rendered on first read and then kept as a plain value: JSON, copies and the structured
 * clone that carries a review out of a worker thread read it like any other property.
 */
function lazySuggestion(finding: Finding, render: Suggestion): void {
  Object.defineProperty(finding, 'suggestion', {
    enumerable: true,
    configurable: true,
    get(this: Finding): string {
      const value = render()
      Object.defineProperty(this, 'suggestion', { value, enumerable: true, configurable: true, writable: true })
      return value
    },
    set(this: Finding, value: string | undefined) {
      Object.defineProperty(this, 'suggestion', { value, enumerable: true, configurable: true, writable: true })
    },
  })
}

/** Reviews a document (with the terms reviewed together with it, if any). */
export function reviewDocuments(doc: ReviewDocument, terms: readonly ReviewDocument[], options: ReviewOptions): FileReview {
  const facts = factsOfBuilt(documentFacts(doc, terms), builtClauses(doc))
  const lang = options.lang ?? facts.language
  const documents = [doc, ...terms]
  const clauses = detectClauses(documents, options.compiled)
  const essential = new Set(requiredClauses(options.library, facts, options.playbook, options.today).map((c) => c.id))
  markReferenced(clauses, essential, options.playbook.referenceable, facts.referencedTerms.length > 0)
  const byId = new Map(clauses.map((c) => [c.id, c]))
  const findings: Finding[] = []
  let suggestions = suggestionCache.get(options.library)
  if (!suggestions) suggestionCache.set(options.library, (suggestions = new Map()))
  // Rules read list items as written (a lead-in is one sentence, not repeated with each item).
  const sentences = documents.flatMap(sentencesOf).map((s) => s.plain ?? s)
  for (const rule of options.rules) {
    const context: RuleContext = {
      documents,
      sentences,
      facts,
      clauses: byId,
      library: options.library,
      playbook: options.playbook,
      lang,
      today: options.today,
      suggestion(clause) {
        return () => {
          const key = `${clause.id}.${clause.variant ?? ''}.${lang}`
          let text = suggestions.get(key)
          if (text === undefined) suggestions.set(key, (text = clauseText(clause, lang, options.library.prepared)))
          return text
        }
      },
      report(report) {
        const severity = severityFor(rule, report, options.playbook)
        if (severity === 'off') return
        const finding: Finding = {
          ruleId: rule.id,
          severity,
          ...(report.clauseId !== undefined ? { clauseId: report.clauseId } : {}),
          message: report.message,
          ...(report.sources ? { sources: report.sources } : {}),
          ...(report.location ? { line: report.location.line, column: report.location.column, ...(report.location.page !== undefined ? { page: report.location.page } : {}) } : {}),
        }
        if (report.suggestion !== undefined) lazySuggestion(finding, report.suggestion)
        finding.docs = rule.meta.docs
        findings.push(finding)
      },
    }
    rule.check(context)
  }
  findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || (a.line ?? 0) - (b.line ?? 0))
  // Art. 28 items are listed only when the document is, or contains, processor terms.
  // Items that only processor terms contain (security, breaches or staff confidentiality appear in any contract).
  const processorTerms = facts.role === 'processor' || clauses.filter((c) => PROCESSOR_ONLY.includes(c.id) && c.status === 'present').length >= 2
  return {
    path: doc.path,
    with: terms.map((t) => t.path),
    language: facts.language,
    kind: facts.kind,
    facts,
    clauses: clauses.filter((c) => processorTerms || !c.id.startsWith('art28-')),
    findings,
    ...(doc.ocr ? { ocr: doc.ocr } : {}),
  }
}
