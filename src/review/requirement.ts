/**
 * What a regular expression's matches must contain, read from its source: the literal gate
 * (gate.ts) runs an expression only on a text that holds it. A requirement is a list of terms,
 * one of which every match satisfies; a term is a list of factor sets, and a match holds one
 * literal of each set of its term. `[[]]` (one empty term): no requirement, the expression always
 * runs. One alternative with one set is a single list of literals (a match holds one of them), the
 * gate's first design; the terms add what an alternation of sequences needs ("shall" and "not",
 * or "solely" and "responsible"), so that an expression whose words occur apart is not run.
 *
 * Every step keeps the requirement true of every match: a sequence needs each of its parts (a
 * term may drop some, never add), an alternation one of its alternatives; a part that may be
 * absent (`?`, `*`, `{0,n}`), a lookaround and a class need nothing; a literal shorter than
 * MIN_LITERAL characters (spaces aside) needs nothing.
 */

import { parseAlternatives, requiredPieces, type Sequence } from './regex-source.js'

/** Literals, one of which every match holds. */
export type FactorSet = readonly string[]
/** Terms, one of which every match satisfies (each set of the term: one of its literals). */
export type Requirement = ReadonlyArray<ReadonlyArray<FactorSet>>

/** No requirement: the expression always runs. */
export const ALWAYS: Requirement = [[]]

/** Shortest literal worth a key (spaces aside): "pay", "sms", "opt" are rare enough in a sentence. */
const MIN_LITERAL = 3
/** Most terms a requirement keeps: beyond, an alternation becomes one set (one literal of each term). */
const MAX_TERMS = 24
/** Most sets a term keeps (the most selective ones). */
const MAX_SETS = 4
/** A set whose shortest literal has fewer letters (spaces aside) is a term's last resort. */
const SHORT = 4

const useful = (literal: string) => literal.trim().length >= MIN_LITERAL
/** A set's selectivity: its shortest literal, then fewer literals. */
const score = (set: FactorSet) => Math.min(...set.map((s) => s.trim().length)) - set.length * 0.01
const setKey = (set: FactorSet) => set.join('\u0000')

/**
 * The term with its duplicate sets removed and at most MAX_SETS of them, the most selective first.
 * A set with a literal under four letters ("the", "any ") is kept only when the term has nothing
 * better: such literals occur in most sentences, and each occurrence costs the gate's scan a mark
 * per set that holds it.
 */
function tidy(term: readonly FactorSet[]): FactorSet[] {
  const seen = new Map<string, FactorSet>()
  for (const set of term) seen.set(setKey(set), set)
  const sets = [...seen.values()].sort((a, b) => score(b) - score(a))
  const long = sets.filter((set) => set.every((literal) => literal.trim().length >= SHORT))
  return (long.length > 0 ? long : sets.slice(0, 1)).slice(0, MAX_SETS)
}

/** One alternative of each term, joined: a single set every match holds a literal of (undefined: none). */
function asOneSet(req: Requirement): FactorSet | undefined {
  const literals = new Set<string>()
  for (const term of req) {
    if (term.length === 0) return undefined
    for (const literal of tidy(term)[0]!) literals.add(literal)
  }
  return [...literals]
}

/** Either requirement (an alternation). */
function or(alternatives: readonly Requirement[]): Requirement {
  if (alternatives.some((r) => r.some((term) => term.length === 0))) return ALWAYS
  const terms = alternatives.flat()
  // Terms of one set each are one set (one key, one bit to test).
  if (terms.length > 1 && terms.every((term) => term.length === 1)) return [[[...new Set(terms.flatMap((term) => term[0]!))]]]
  if (terms.length <= MAX_TERMS) return terms
  const set = asOneSet(terms)
  return set ? [[set]] : ALWAYS
}

/** Both requirements (a sequence): the product of their terms, parts dropped where it would grow too large. */
function and(parts: readonly Requirement[]): Requirement {
  let out: Array<readonly FactorSet[]> = [[]]
  // Parts of one term cost nothing to add; the others multiply the terms.
  for (const part of [...parts].sort((a, b) => a.length - b.length)) {
    if (part.length === 1 && part[0]!.length === 0) continue
    if (out.length * part.length > MAX_TERMS) continue
    const next: Array<readonly FactorSet[]> = []
    for (const a of out) for (const b of part) next.push([...a, ...b])
    out = next
  }
  return out.map(tidy)
}

/** What a sequence requires: each of its literal runs and groups (a part that may be absent: nothing). */
function sequenceRequirement(sequence: Sequence): Requirement {
  const parts: Requirement[] = []
  for (const piece of requiredPieces(sequence)) {
    if (!('run' in piece)) parts.push(or(piece.alternatives.map(sequenceRequirement)))
    else if (useful(piece.run)) parts.push([[[piece.run]]])
  }
  return and(parts)
}

const memo = new Map<string, Requirement>()

/**
 * The requirement of a regular expression's source (literals in lower case are matched by the
 * gate without regard to ASCII case). ALWAYS when the source uses escapes the parser does not read
 * as characters (`\u0041`, `\x41`, `\cA`, back-references), so that a gate never trusts a wrong literal.
 */
export function regexRequirement(source: string): Requirement {
  let req = memo.get(source)
  if (req) return req
  req = ALWAYS
  if (!/\\[uxck0-9]/.test(source)) {
    const alternatives = parseAlternatives(source)
    if (alternatives) req = or(alternatives.map(sequenceRequirement))
  }
  memo.set(source, req)
  return req
}
