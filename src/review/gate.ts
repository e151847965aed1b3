/**
 * A literal gate in front of the reviewer's regular expressions. Every gated expression has
 * literal factors (see factors.ts): every match contains one of them. One Aho–Corasick pass over a
 * text finds the factors of all gated expressions at once; an expression whose factors the text
 * lacks cannot match it and is not run. Facts, detection and rules test the same sentences, so the
 * pass is made once per distinct text and remembered.
 *
 * The gate never changes a result: an expression without usable factors always runs, the
 * automaton reads ASCII case-insensitively and any other character as a wildcard, and a text
 * holding a character that Unicode case folding maps to ASCII (ſ, the Kelvin sign) opens every gate.
 *
 * Parsing the expressions and building the automaton takes a few hundred milliseconds, so the
 * build saves the automaton of the expressions a review registers (`GATE_FILE`); a run whose
 * expressions are exactly those (in any order) maps it back, any other run builds its own.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { projectRoot } from '../core/paths.js'
import { FactorIndex, regexFactors } from './factors.js'

/** Where the build saves the gate's automaton (see scripts/snapshot-library.mjs). */
export const GATE_FILE = join(projectRoot, 'dist', 'review-gate.bin')

/** Sources of the gated expressions, by gate id. */
const sources: string[] = []
/** Factors known when an expression was registered (null: none; undefined: parse the source). */
const known: Array<string[] | null | undefined> = []
/** Gate ids by source: an expression compiled again (a library compiled per request) reuses its gate. */
const ids = new Map<string, number>()

interface Automaton {
  index: FactorIndex
  /** Gate id of each automaton key (keys are ranks of the sources in sorted order). */
  idOf: Int32Array
  /** Per gate id, 1 where the expression has no factor and always runs. */
  always: Uint8Array
  /** How many expressions it covers. */
  size: number
}
let automaton: Automaton | undefined
/** Texts already scanned, with the gate ids their factors open. */
let memo = new Map<string, Uint8Array>()
const MEMO_SIZE = 20_000
/** Characters whose Unicode case folding is an ASCII letter: ſ (s), the Kelvin sign (k). */
const FOLDS_TO_ASCII = /[\u017f\u212a]/

const lowerAscii = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase())

/** Gate ids in the order of their sources (the automaton's keys), and the digest of that list. */
function sorted(): { order: number[]; key: string } {
  const order = sources.map((_, id) => id).sort((a, b) => (sources[a]! < sources[b]! ? -1 : sources[a]! > sources[b]! ? 1 : 0))
  const hash = createHash('sha256')
  for (const id of order) hash.update(sources[id]!).update('\u0000')
  return { order, key: hash.digest('hex') }
}

/** The automaton of every registered expression's factors, keyed by the rank of its source. */
function buildIndex(order: readonly number[]): FactorIndex {
  const entries: Array<[string, number]> = []
  order.forEach((id, rank) => {
    const factors = known[id] === undefined ? regexFactors(sources[id]!) : known[id]
    for (const f of factors ?? []) entries.push([lowerAscii(f), rank])
  })
  return FactorIndex.build(entries)
}

/** The saved automaton when it was built for exactly these expressions. */
function savedIndex(key: string): FactorIndex | undefined {
  try {
    return FactorIndex.fromBuffer(readFileSync(GATE_FILE), key)
  } catch {
    return undefined
  }
}

/** The gate's automaton as the build saves it (for the expressions registered so far). */
export function gateBuffer(): Buffer {
  const { order, key } = sorted()
  return buildIndex(order).toBuffer(key)
}

/** The automaton for the expressions registered so far (rebuilt when some were added since). */
function current(): Automaton {
  if (automaton && automaton.size === sources.length) return automaton
  const { order, key } = sorted()
  const index = (savedIndex(key) ?? buildIndex(order)).foldCase()
  const always = new Uint8Array(sources.length).fill(1)
  const idOf = Int32Array.from(order)
  for (const rank of index.keys()) always[idOf[rank]!] = 0
  automaton = { index, idOf, always, size: sources.length }
  memo = new Map()
  return automaton
}

/** The gate ids that `text` opens (1: the expression may match). */
function opened(text: string): Uint8Array {
  // First the automaton: adding expressions rebuilds it and forgets the texts scanned before.
  const { index, idOf, always } = current()
  const seen = memo.get(text)
  if (seen) return seen
  const open = always.slice()
  if (FOLDS_TO_ASCII.test(text)) open.fill(1)
  else index.scan(text, (rank) => (open[idOf[rank]!] = 1))
  if (memo.size >= MEMO_SIZE) memo.clear()
  memo.set(text, open)
  return open
}

/**
 * A regular expression behind the gate: `exec` and `test` (and so `match`, `replace`) fail at once
 * on a text that holds none of its factors. Derived expressions (`split`, `matchAll`) are plain ones.
 * `factors`, when the caller knows them (null: none), spare parsing the source.
 */
export class GatedRegExp extends RegExp {
  readonly gate: number
  /** The same expression as a plain RegExp: V8 runs a subclass's own matching on a slower path. */
  readonly #plain: RegExp
  readonly #stateful: boolean

  constructor(pattern: string, flags?: string, factors?: readonly string[] | null) {
    super(pattern, flags)
    this.#plain = new RegExp(pattern, flags)
    this.#stateful = this.global || this.sticky
    const id = ids.get(pattern)
    if (id !== undefined) this.gate = id
    else {
      this.gate = sources.length
      ids.set(pattern, this.gate)
      sources.push(pattern)
      known.push(factors === undefined ? undefined : factors && [...factors])
    }
  }

  static override get [Symbol.species](): RegExpConstructor {
    return RegExp
  }

  override exec(input: string): RegExpExecArray | null {
    const text = String(input)
    if (opened(text)[this.gate] !== 1) {
      if (this.#stateful) this.lastIndex = 0
      return null
    }
    if (!this.#stateful) return this.#plain.exec(text)
    this.#plain.lastIndex = this.lastIndex
    const m = this.#plain.exec(text)
    this.lastIndex = this.#plain.lastIndex
    return m
  }

  override test(input: string): boolean {
    const text = String(input)
    if (opened(text)[this.gate] !== 1) {
      if (this.#stateful) this.lastIndex = 0
      return false
    }
    if (!this.#stateful) return this.#plain.test(text)
    this.#plain.lastIndex = this.lastIndex
    const yes = this.#plain.test(text)
    this.lastIndex = this.#plain.lastIndex
    return yes
  }
}

/** `re` behind the gate (same source and flags); `factors` as for `GatedRegExp`. */
export function gatedRegExp(re: RegExp, factors?: readonly string[] | null): GatedRegExp {
  return new GatedRegExp(re.source, re.flags, factors)
}

/** Whether `re` may match `text`: false only when it is gated and `text` holds none of its factors. */
export function mayMatch(re: RegExp, text: string): boolean {
  return !(re instanceof GatedRegExp) || opened(text)[re.gate] === 1
}
