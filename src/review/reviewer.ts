/**
 * The reviewer's one entry point, in the spirit of ESLint's `Linter`: made once from a library, a
 * playbook and a date, it reviews any number of documents the same way. The CLI (serial or in
 * worker threads), the addendum and the web app all review through it.
 */
import type { Clause, Library } from '../library/clause.js'
import type { Lang } from '../library/schema.js'
import type { ReviewDocument } from '../read/document.js'
import type { Rule } from './define-rule.js'
import { compileLibrary, detectClauses, type CompiledLibrary } from './detect.js'
import { reviewDocuments } from './engine.js'
import type { Playbook } from './playbook/schema.js'
import { clausesToAdd, requiredClauses } from './required.js'
import { RULES } from './rules/index.js'
import type { ClauseStatus, DocumentFacts, FileReview } from './types.js'

/** What a reviewer is made from: everything that decides a review besides the document. */
export interface ReviewerOptions {
  library: Library
  playbook: Playbook
  /** ISO date of the review (decides the telephone regime). */
  today: string
  /** Force the language of messages (default: each document's). */
  lang?: Lang
  /** The rules to run (default: every rule). */
  rules?: readonly Rule[]
}

/** A configured reviewer. */
export interface Reviewer {
  readonly options: Readonly<ReviewerOptions>
  /**
   * Reviews a document together with the terms it incorporates (reviewed as one contract set);
   * `lang` overrides the language of the messages for this review.
   */
  review(doc: ReviewDocument, terms?: readonly ReviewDocument[], overrides?: { lang?: Lang }): FileReview
  /** Clause detection alone: the status of every clause id in these documents read as one. */
  detect(docs: readonly ReviewDocument[]): ClauseStatus[]
  /** The clauses a document with these facts needs, in taxonomy order, with the variant to propose. */
  required(facts: DocumentFacts): Clause[]
  /** The essential clauses a reviewed document does not contain, with the variant to propose. */
  clausesToAdd(review: FileReview): Clause[]
}

/** Makes a reviewer; the library's detection signals are compiled once, on the first review. */
export function createReviewer(options: ReviewerOptions): Reviewer {
  let compiled: CompiledLibrary | undefined
  const signals = () => (compiled ??= compileLibrary(options.library, options.playbook.clausePhrases))
  const rules = options.rules ?? RULES
  return {
    options,
    review(doc, terms = [], overrides = {}) {
      const lang = overrides.lang ?? options.lang
      return reviewDocuments(doc, terms, {
        library: options.library,
        compiled: signals(),
        rules,
        playbook: options.playbook,
        today: options.today,
        ...(lang ? { lang } : {}),
      })
    },
    detect(docs) {
      return detectClauses(docs, signals())
    },
    required(facts) {
      return requiredClauses(options.library, facts, options.playbook, options.today)
    },
    clausesToAdd(review) {
      return clausesToAdd(options.library, review, options.playbook, options.today)
    },
  }
}
