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

/**
 * Which gates a text opens: bit `id % BITS` of word `id / BITS` (small integers in a plain array:
 * V8 keeps them on its heap, where a typed array of this size would need a buffer of its own).
 */
type Bits = number[]
const BITS = 30

interface Automaton {
  index: FactorIndex
  /** Word and mask of each automaton key's gate (keys are ranks of the sources in sorted order). */
  wordOf: Int32Array
  maskOf: Int32Array
  /** The gates of the expressions that have no factor and always run. */
  always: Bits
  /** How many expressions it covers. */
  size: number
}
let automaton: Automaton | undefined
/** Texts already scanned, with the gates they open. */
let memo = new Map<string, Bits>()
const MEMO_SIZE = 5_000
/** The last text asked about: the expressions of a rule or a clause test one sentence in a row. */
let lastText: string | undefined
let lastBits: Bits = []
/** Characters whose Unicode case folding is an ASCII letter: ſ (s), the Kelvin sign (k). */
const FOLDS_TO_ASCII = /[\u017f\u212a]/

const lowerAscii = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase())

/** Gate ids in the order of their sources (the automaton's keys), and the digest of that list. */
function sorted(): { order: number[]; key: string } {
  const order = sources.map((_, id) => id).sort((a, b) => (sources[a]! < sources[b]! ? -1 : sources[a]! > sources[b]! ? 1 : 0))
  // One update of the joined text: the same bytes as one update per source and separator, without
  // 6,000 calls into the hash (~3 ms of a one-page review).
  let joined = ''
  for (const id of order) joined += `${sources[id]!}\u0000`
  return { order, key: createHash('sha256').update(joined).digest('hex') }
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
  // One word more: ASCII_TEXT there when the text is ASCII.
  const always: Bits = new Array<number>(Math.ceil(sources.length / BITS) + 1).fill(0)
  for (let id = 0; id < sources.length; id++) always[(id / BITS) | 0]! |= 1 << id % BITS
  const keys = index.keys(order.length)
  order.forEach((id, rank) => keys[rank] === 1 && (always[(id / BITS) | 0]! &= ~(1 << id % BITS)))
  automaton = {
    index,
    wordOf: Int32Array.from(order, (id) => (id / BITS) | 0),
    maskOf: Int32Array.from(order, (id) => 1 << id % BITS),
    always,
    size: sources.length,
  }
  memo = new Map()
  lastText = undefined
  return automaton
}

/** The gates that `text` opens (a set bit: the expression may match). */
function opened(text: string): Bits {
  // First the automaton: adding expressions rebuilds it and forgets the texts scanned before.
  const { index, wordOf, maskOf, always } = current()
  if (text === lastText) return lastBits
  let open = memo.get(text)
  if (!open) {
    const bits = always.slice()
    const top = index.scan(text, (rank) => (bits[wordOf[rank]!]! |= maskOf[rank]!))
    if (top < 128) bits[bits.length - 1] = ASCII_TEXT
    else if (top >= 0x17f && FOLDS_TO_ASCII.test(text)) bits.fill(-1 >>> 2, 0, bits.length - 1)
    if (memo.size >= MEMO_SIZE) memo.clear()
    memo.set(text, bits)
    open = bits
  }
  lastText = text
  lastBits = open
  return open
}

const ASCII_TEXT = 1
/** Whether the text of `bits` is ASCII. */
const isAscii = (bits: Bits) => bits[bits.length - 1] === ASCII_TEXT

/**
 * For a Unicode expression (`u` flag), the same expression without it, for ASCII text: V8 runs
 * `\p{L}` and Unicode case folding several times slower. On ASCII text both match alike when
 * `\p{L}`/`\p{N}` become their ASCII ranges and the source is ASCII (so holds no character that
 * case folding maps to ASCII: ſ, the Kelvin sign) without escapes of characters; otherwise
 * undefined (the expression always runs as it is).
 */
export function asciiVariant(source: string, flags: string): RegExp | undefined {
  if (!flags.includes('u') || flags.includes('v')) return undefined
  // Any other character than ASCII (a class range may hold ſ), or escapes of characters.
  if (/[^\x00-\x7f]|\\[uxkc]/.test(source)) return undefined
  const RANGE: Record<string, string> = { L: 'A-Za-z', N: '0-9' }
  let out = ''
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!
    if (ch === '\\') {
      const next = source[i + 1] ?? ''
      if (next === 'p' || next === 'P') {
        const m = /^\{([A-Za-z_=]+)\}/.exec(source.slice(i + 2, i + 40))
        const range = m && RANGE[m[1]!]
        if (!m || !range || (next === 'P' && inClass)) return undefined
        out += inClass ? range : next === 'P' ? `[^${range}]` : `[${range}]`
        i += 1 + m[0].length
        continue
      }
      out += ch + next
      i++
      continue
    }
    if (ch === '[' && !inClass) inClass = true
    else if (ch === ']' && inClass) inClass = false
    out += ch
  }
  try {
    return new RegExp(out, flags.replace('u', ''))
  } catch {
    return undefined
  }
}

/**
 * The gate of the expressions of source `pattern` (registered on first call): what a
 * `GatedRegExp` of that source will use, for a caller that makes the expression only when a text
 * first opens its gate. `factors` as for `GatedRegExp`.
 */
export function gateOf(pattern: string, factors?: readonly string[] | null): number {
  let id = ids.get(pattern)
  if (id === undefined) {
    id = sources.length
    ids.set(pattern, id)
    sources.push(pattern)
    known.push(factors === undefined ? undefined : factors && [...factors])
  }
  return id
}

/** Whether `text` opens gate `id` (see `gateOf`): false only when it holds none of its factors. */
export function gateOpens(id: number, text: string): boolean {
  return isOpen(opened(text), id)
}

/** Whether gate `id` is open in `bits`. */
const isOpen = (bits: Bits, id: number) => (bits[(id / BITS) | 0]! & (1 << id % BITS)) !== 0

/**
 * A regular expression behind the gate: `exec` and `test` (and so `match`, `replace`) fail at once
 * on a text that holds none of its factors. Derived expressions (`split`, `matchAll`) are plain ones.
 * `factors`, when the caller knows them (null: none), spare parsing the source.
 */
export class GatedRegExp extends RegExp {
  readonly gate: number
  readonly #pattern: string
  /**
   * The same expression as a plain RegExp: V8 runs a subclass's own matching on a slower path.
   * Made when the gate first opens: most expressions of the library never run on a short document.
   */
  #plain: RegExp | undefined
  /** The expression for ASCII text (see `asciiVariant`), or the plain one; made on first use too. */
  #ascii: RegExp | undefined
  readonly #stateful: boolean

  constructor(pattern: string, flags?: string, factors?: readonly string[] | null) {
    super(pattern, flags)
    this.#pattern = pattern
    this.#stateful = this.global || this.sticky
    this.gate = gateOf(pattern, factors)
  }

  static override get [Symbol.species](): RegExpConstructor {
    return RegExp
  }

  /**
   * The expression to run on `text` (its ASCII variant on ASCII text), or undefined when the gate
   * shows it cannot match (a stateful expression then starts again from 0, as after a failed match).
   */
  #runner(text: string): RegExp | undefined {
    const bits = opened(text)
    if (!isOpen(bits, this.gate)) {
      if (this.#stateful) this.lastIndex = 0
      return undefined
    }
    const plain = (this.#plain ??= new RegExp(this.#pattern, this.flags))
    const re = isAscii(bits) ? (this.#ascii ??= asciiVariant(this.#pattern, this.flags) ?? plain) : plain
    if (this.#stateful) re.lastIndex = this.lastIndex
    return re
  }

  override exec(input: string): RegExpExecArray | null {
    const text = String(input)
    const re = this.#runner(text)
    if (!re) return null
    const m = re.exec(text)
    if (this.#stateful) this.lastIndex = re.lastIndex
    return m
  }

  override test(input: string): boolean {
    const text = String(input)
    const re = this.#runner(text)
    if (!re) return false
    const yes = re.test(text)
    if (this.#stateful) this.lastIndex = re.lastIndex
    return yes
  }
}

/** The sources of the gated expressions registered so far (for tests). */
export function gatedSources(): readonly string[] {
  return sources
}

/** `re` behind the gate (same source and flags); `factors` as for `GatedRegExp`. */
export function gatedRegExp(re: RegExp, factors?: readonly string[] | null): GatedRegExp {
  return new GatedRegExp(re.source, re.flags, factors)
}

/** Whether `re` may match `text`: false only when it is gated and `text` holds none of its factors. */
export function mayMatch(re: RegExp, text: string): boolean {
  return !(re instanceof GatedRegExp) || isOpen(opened(text), re.gate)
}
