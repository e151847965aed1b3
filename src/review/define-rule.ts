/**
 * The shape of a reviewer rule (ESLint's `meta` + remark-lint's small body). A rule reports what it
 * sees; the engine stamps the rule id, the severity chosen by the playbook and the docs link.
 */
import type { Clause, Library } from '../library/clause.js'
import type { Lang } from '../library/schema.js'
import type { ReviewDocument } from '../read/document.js'
import type { Playbook } from './playbook/schema.js'
import { blockLocation, type Sentence } from './text.js'
import type { ClauseStatus, DocumentFacts, Finding, Location, Severity } from './types.js'

/** What a rule reports; the engine adds ruleId, severity and docs. */
export interface Report {
  clauseId?: string
  message: string
  sources?: string[]
  location?: Location
  /** The clause text to propose (from `RuleContext.suggestion`): rendered only when read. */
  suggestion?: Suggestion
  /** A severity proposed by the rule (e.g. the clause's own); the playbook still overrides it. */
  severity?: Severity
}

/**
 * A suggested clause text, rendered on first call: rendering clause templates is a good part of a
 * one-page review, and only the formats that print suggestions (JSON, SARIF, Markdown, HTML, DOCX)
 * read them; the terminal report does not.
 */
export type Suggestion = () => string

/** Everything a rule may look at. */
export interface RuleContext {
  /** The reviewed document, then any terms reviewed with it (`--with`). */
  documents: readonly ReviewDocument[]
  sentences: readonly Sentence[]
  facts: DocumentFacts
  clauses: ReadonlyMap<string, ClauseStatus>
  library: Library
  playbook: Playbook
  lang: Lang
  /** Review date (ISO), pinned for reproducible output. */
  today: string
  /** The library clause to suggest for an id, in the document's language (plain text), rendered when read. */
  suggestion(clause: Clause): Suggestion
  report(report: Report): void
}

export interface Rule {
  id: string
  meta: {
    description: string
    /** Default severity when the playbook says nothing (rules about a clause may use the clause's). */
    severity: Severity
    docs: string
  }
  check(context: RuleContext): void
}

/** Declares a rule (identity function that fixes the docs path and checks the shape). */
export function defineRule(rule: Omit<Rule, 'meta'> & { meta: Omit<Rule['meta'], 'docs'> }): Rule {
  return { ...rule, meta: { ...rule.meta, docs: `docs/rules/${rule.id}.md` } }
}

/** Picks the message in the document's language. */
export function msg(lang: Lang, text: { en: string; fr: string }): string {
  return text[lang]
}

/** Sentences matching a regular expression (normalised text). */
export function sentencesMatching(context: Pick<RuleContext, 'sentences'>, pattern: RegExp): Sentence[] {
  return context.sentences.filter((s) => {
    pattern.lastIndex = 0
    return pattern.test(s.norm)
  })
}

/** The location of a sentence, for a finding. */
export function locationOf(s: Sentence): Location {
  return blockLocation(s.block)
}

export type { Finding }
