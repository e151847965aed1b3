/**
 * The plan of the library's detection signals: everything compiling them computes before any
 * regular expression exists. Each pattern lowered (`lowerPattern`) and wrapped to start at a word
 * start, with its literal factors (factors.ts), once; for each taxonomy id, which of those patterns
 * make its headings, phrases, co-occurrence groups, negations, guarded phrases and exclusions; the
 * source of its fallback scan, the literal factors it is filed under in the prefilter index and the
 * index's key. detect.ts makes the regular expressions and the index from a plan.
 *
 * Computing the plan of the library's ~2,900 patterns took a fresh process ~50 ms of CPU (the
 * patterns lowered, factored and joined, from the detection data read whole); the build saves the
 * plan of the library's own signals (`PLAN_FILE`, keyed by the library's digest) and a review reads
 * it in a few milliseconds. A library parsed at run time (the snapshot stale or missing), a
 * playbook's extra phrases or another taxonomy make their plan afresh: the same plan, more time.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { projectRoot } from '../core/paths.js'
import type { Library } from '../library/clause.js'
import { compileSignal, loweredSignalSource, lowerPattern } from '../library/detect-signals.js'
import { ALL_IDS } from '../library/taxonomy.js'
import { entriesKey, patternFactors } from './factors.js'

/** Where the build saves the plan of the library's own signals (see scripts/snapshot-library.mjs). */
export const PLAN_FILE = join(projectRoot, 'dist', 'library.signals.json')

/** Index keys from here on are heading factors (key - HEADING_KEY = clause index). */
export const HEADING_KEY = 1000

/** Patterns of one signal, as indexes into the plan's sources (in the signal's order); null: no signal. */
type Signal = number[] | null

/** The plan of one taxonomy id's signals. */
export interface ClausePlan {
  headings: Signal
  phrases: Signal
  /** Co-occurrence sets: groups of alternatives, one signal each. */
  all: number[][][]
  negations: Signal
  guarded: Signal
  unless: Signal
  /** Source of the multiline scan for the patterns that have no literal factor; null: none. */
  fallback: string | null
  /** Literal factors of the clause's other patterns, in the shared index. */
  factors: string[]
  /** Literal factors of its heading patterns; null: test every heading. */
  headingFactors: string[] | null
}

/** The plan of a library's signals. */
export interface SignalPlan {
  /** The digest of the library it was made for (the snapshot's); null: a library parsed at run time. */
  digest: string | null
  /** The taxonomy ids, in order: one clause plan each. */
  ids: string[]
  /** Every distinct signal expression's source, in the order the clauses first use them. */
  sources: string[]
  /** The literal factors of each source's pattern (null: none). */
  factors: Array<string[] | null>
  clauses: ClausePlan[]
  /** Digest of the prefilter index's entries (see factors.ts `entriesKey`). */
  indexKey: string
}

/** A pattern's literal factors (see factors.ts), or undefined when it has none. */
type FactorsOf = (pattern: string) => string[] | undefined

/**
 * Splits a clause's trigger patterns into literal factors (for the shared index) and the patterns
 * that have none (scanned with a regex). A co-occurrence set needs only its most selective group.
 */
function clausePrefilter(triggers: readonly string[], sets: readonly (readonly (readonly string[])[])[], factorsOf: FactorsOf): { factors: string[]; fallback: string[] } {
  const factors: string[] = []
  const fallback: string[] = []
  for (const pattern of triggers) {
    const f = factorsOf(pattern)
    if (f) factors.push(...f)
    else fallback.push(pattern)
  }
  for (const set of sets) {
    let best: string[] | undefined
    for (const group of set) {
      const f = group.map(factorsOf)
      if (f.some((x) => x === undefined)) continue
      const flat = f.flatMap((x) => x!)
      if (!best || Math.min(...flat.map((x) => x.trim().length)) > Math.min(...best.map((x) => x.trim().length))) best = flat
    }
    if (best) factors.push(...best)
    else fallback.push(...(set[0] ?? []))
  }
  return { factors: [...new Set(factors)], fallback }
}

/** The literal factors of heading patterns, when every one of them has some. */
function headingFactors(patterns: readonly string[], factorsOf: FactorsOf): string[] | undefined {
  const all: string[] = []
  for (const pattern of patterns) {
    const f = factorsOf(pattern)
    if (!f) return undefined
    all.push(...f)
  }
  return [...new Set(all)]
}

/** The entries of a plan's prefilter index: each clause's factors, then its heading factors. */
export function indexEntries(clauses: readonly Pick<ClausePlan, 'factors' | 'headingFactors'>[]): Array<[string, number]> {
  const entries: Array<[string, number]> = []
  clauses.forEach((c, i) => c.factors.forEach((f) => entries.push([f, i])))
  clauses.forEach((c, i) => c.headingFactors?.forEach((f) => entries.push([f, HEADING_KEY + i])))
  return entries
}

/** Computes the plan of the library's signals (and of a playbook's extra phrases). */
export function signalPlan(library: Library, extraPhrases: Readonly<Record<string, readonly string[]>> = {}): SignalPlan {
  // Each pattern is lowered once (its factors and its signal read it several times).
  const lowered = new Map<string, string>()
  const lower = (pattern: string): string => {
    let l = lowered.get(pattern)
    if (l === undefined) lowered.set(pattern, (l = lowerPattern(pattern)))
    return l
  }
  const factorsOf: FactorsOf = (pattern) => patternFactors(lower(pattern), library.prepared.factors)
  const sources: string[] = []
  const factors: Array<string[] | null> = []
  /** Index of each lowered pattern's source. */
  const at = new Map<string, number>()
  const signal = (patterns: readonly string[]): Signal => {
    if (patterns.length === 0) return null
    return patterns.map((pattern) => {
      const l = lower(pattern)
      let i = at.get(l)
      if (i === undefined) {
        at.set(l, (i = sources.length))
        sources.push(loweredSignalSource(l))
        factors.push(factorsOf(pattern) ?? null)
      }
      return i
    })
  }
  const clauses = ALL_IDS.map((id): ClausePlan => {
    const variants = library.byId.get(id) ?? []
    const signals = variants.flatMap((c) => [c.detect.en, c.detect.fr])
    const headings = signals.flatMap((s) => s.headings)
    const phrases = [...signals.flatMap((s) => s.phrases), ...(extraPhrases[id] ?? [])]
    // Each language (and variant) has one co-occurrence set: a list of groups of alternatives.
    const allSets = [...new Map(signals.map((s) => s.all).filter((set) => set.length > 0).map((set) => [JSON.stringify(set), set])).values()]
    const negations = signals.flatMap((s) => s.negations)
    const guarded = signals.flatMap((s) => s.guarded)
    const unless = signals.flatMap((s) => s.unless)
    const prefilter = clausePrefilter([...phrases, ...guarded, ...negations], allSets, factorsOf)
    return {
      headings: signal(headings),
      phrases: signal(phrases),
      all: allSets.map((set) => set.map((alternatives) => signal(alternatives)!)),
      negations: signal(negations),
      guarded: signal(guarded),
      unless: signal(unless),
      // Scanned over the joined sentences: multiline, so ^ and $ still mean a sentence's start and end.
      fallback: prefilter.fallback.length > 0 ? compileSignal(prefilter.fallback.map((p) => `(?:${p})`).join('|')).source : null,
      factors: prefilter.factors,
      headingFactors: headingFactors(headings, factorsOf) ?? null,
    }
  })
  return { digest: library.prepared.digest ?? null, ids: [...ALL_IDS], sources, factors, clauses, indexKey: entriesKey(indexEntries(clauses)) }
}

/**
 * The text the build saves: the plan, its digest first, in ASCII (other characters escaped): Node
 * decodes an ASCII file several times faster than one holding a single « € ».
 */
export function planText(plan: SignalPlan): string {
  const { digest, ...rest } = plan
  return JSON.stringify({ digest, ...rest }).replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/**
 * The build's plan of the library's own signals, when the library is the snapshot the plan was
 * made for (same digest) and the taxonomy is the same; undefined otherwise (missing, stale or
 * damaged file: the plan is computed).
 */
export function savedPlan(library: Library, file: string = PLAN_FILE): SignalPlan | undefined {
  const digest = library.prepared.digest
  if (digest === undefined) return undefined
  let plan: SignalPlan
  try {
    // Read whole in one call (with an encoding, Node reads in 8 KB pieces).
    plan = JSON.parse(readFileSync(file).toString('utf8')) as SignalPlan
  } catch {
    return undefined
  }
  if (plan?.digest !== digest || !Array.isArray(plan.ids) || plan.ids.length !== ALL_IDS.length || plan.ids.some((id, i) => id !== ALL_IDS[i])) return undefined
  if (!Array.isArray(plan.clauses) || plan.clauses.length !== ALL_IDS.length || !Array.isArray(plan.sources) || plan.factors?.length !== plan.sources.length) return undefined
  return plan
}
