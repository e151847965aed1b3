/** The shapes of a comparison: what changed, where, and which terms moved against the Buyer. */
import type { Lang } from '../library/vocabulary.js'
import type { Finding } from '../review/types.js'
import type { ParagraphDiff } from './diff.js'
import type { TermValue } from './terms.js'

/** Where a clause is in one document. */
export interface ClauseLocation {
  /** The article's heading (without its number), or its first words. */
  title: string
  line: number
  column: number
  page?: number
}

/** A term whose value changed, with its values before and after. */
export interface TermChange {
  term: string
  label: string
  before?: TermValue
  after?: TermValue
  /** The change leaves the Buyer worse off. */
  weakened: boolean
  /** The playbook threshold, as written in messages, when the term has one. */
  threshold?: string
  /** The value after the change meets the playbook threshold (absent when the term has none). */
  meetsThreshold?: boolean
  message: string
}

/** One change the other side made. */
export interface Change {
  /** The taxonomy id of the clause, or null for an article the library does not know (preamble, schedules). */
  clauseId: string | null
  change: 'removed' | 'added' | 'modified' | 'moved'
  /** A term moved against the Buyer, a clause the playbook requires was removed, or their text raises a new finding. */
  weakened: boolean
  /** A clause the reviewer requires for this document was removed. */
  essential: boolean
  /** The article also changed place (a modified article that moved). */
  moved: boolean
  /** The clause's text in ours. */
  before?: string
  /** The clause's text in theirs. */
  after?: string
  evidence: { ours?: ClauseLocation; theirs?: ClauseLocation }
  terms: TermChange[]
  /** Paragraph by paragraph, the word diff (modified clauses). */
  diff: ParagraphDiff[]
  /** Reviewer findings their text raises that ours did not, in this clause. */
  findings: Finding[]
  message: string
}

/** The outcome of a comparison. */
export interface Comparison {
  ours: string
  theirs: string
  lang: Lang
  changes: Change[]
  /** New reviewer findings in theirs that no change above carries (caused by a change elsewhere). */
  findings: Finding[]
  /** Articles matched between the two documents, unchanged ones included. */
  matched: number
  /** True when a change weakens the Buyer's position or removes an essential clause (the CLI exits 1). */
  failing: boolean
  /** For each removed clause, where in theirs the first article that follows it starts (none: at the end). */
  placement: ReadonlyMap<Change, { line: number; page?: number }>
}
