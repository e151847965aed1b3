/**
 * A literal gate in front of the reviewer's regular expressions. Every gated expression has a
 * requirement (see requirement.ts): sets of literals every match holds one of, in one of a few
 * terms. One Aho–Corasick pass over a text finds the literals of all gated expressions at once; an
 * expression whose requirement the text does not meet cannot match it and is not run. Facts,
 * detection and rules test the same sentences, so the pass is made once per distinct text and
 * remembered.
 *
 * The gate never changes a result: an expression without a requirement always runs, the
 * automaton reads ASCII case-insensitively and any other character as a wildcard, and a text
 * holding a character that Unicode case folding maps to ASCII (ſ, the Kelvin sign) opens every gate.
 *
 * Parsing the expressions and building the automaton takes a few hundred milliseconds, so the
 * build saves the automaton and the requirements of the expressions a review registers
 * (`GATE_FILE`); a run whose expressions are exactly those (in any order) maps it back, any other
 * run builds its own.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { projectRoot } from '../core/paths.js'
import { FactorIndex } from './factors.js'
import { regexRequirement } from './requirement.js'

/** Where the build saves the gate's automaton (see scripts/snapshot-library.mjs). */
export const GATE_FILE = join(projectRoot, 'dist', 'review-gate.bin')

/** Sources of the gated expressions, by gate id. */
const sources: string[] = []
/** Gate ids by source: an expression compiled again (a library compiled per request) reuses its gate. */
const ids = new Map<string, number>()
/** Groups of gates asked about together (a detection signal's alternatives), by group id: their gate ids. */
const groups: number[][] = []
/** Group ids by their gates. */
const groupIds = new Map<string, number>()

/**
 * Which literal sets a text holds: bit `key % BITS` of word `key / BITS` (small integers in a plain
 * array: V8 keeps them on its heap, where a typed array of this size would need a buffer of its
 * own); one word more holds the text's flags (ASCII_TEXT, CASED_TEXT).
 */
type Bits = number[]
const BITS = 30

/**
 * The automaton of the literal sets (one key per distinct set) and the requirements of the
 * expressions in sorted order (ranks), as saved: per rank, its number of terms (0: it always
 * runs), then per term its number of sets and their keys.
 */
interface Built {
  index: FactorIndex
  table: Int32Array
}

interface Automaton {
  index: FactorIndex
  /** Words of a text's bits before the flags word. */
  words: number
  /**
   * Per gate id: a requirement of one set is its bit (`wordOf`, `maskOf`); otherwise `maskOf` is 0
   * and `wordOf` is -1 (no requirement: always open) or where its terms start in `program` (per
   * term its number of sets, then each set's word and mask; the list ends with 0).
   */
  wordOf: Int32Array
  maskOf: Int32Array
  program: Int32Array
  /**
   * Per group (see `gateGroup`): the word and mask of its bit, set in a text's bits when a literal
   * set that some member needs occurs (word -1: a member always runs, the group has no bit).
   */
  groupWord: Int32Array
  groupMask: Int32Array
  /** How many expressions and groups it covers. */
  size: number
  groups: number
}
let automaton: Automaton | undefined
/** Texts already scanned, with the literal sets they hold. */
let memo = new Map<string, Bits>()
const MEMO_SIZE = 5_000
/** The last text asked about: the expressions of a rule or a clause test one sentence in a row. */
let lastText: string | undefined
let lastBits: Bits = []
/** Characters whose Unicode case folding is an ASCII letter: ſ (s), the Kelvin sign (k). */
const FOLDS_TO_ASCII = /[\u017f\u212a]/

const lowerAscii = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase())

/** Gate ids in the order of their sources (ranks), and the digest of that list. */
function sorted(): { order: number[]; key: string } {
  const order = sources.map((_, id) => id).sort((a, b) => (sources[a]! < sources[b]! ? -1 : sources[a]! > sources[b]! ? 1 : 0))
  // One update of the joined text: the same bytes as one update per source and separator, without
  // 6,000 calls into the hash (~3 ms of a one-page review).
  let joined = ''
  for (const id of order) joined += `${sources[id]!}\u0000`
  return { order, key: createHash('sha256').update(joined).digest('hex') }
}

/** The automaton of every registered expression's literal sets (one key per distinct set) and their requirements. */
function build(order: readonly number[]): Built {
  const keyOf = new Map<string, number>()
  const entries: Array<[string, number]> = []
  const table: number[] = []
  for (const id of order) {
    const req = regexRequirement(sources[id]!)
    if (req.some((term) => term.length === 0)) {
      table.push(0)
      continue
    }
    table.push(req.length)
    for (const term of req) {
      table.push(term.length)
      for (const set of term) {
        const literals = [...new Set(set.map(lowerAscii))].sort()
        const name = literals.join('\u0000')
        let key = keyOf.get(name)
        if (key === undefined) {
          keyOf.set(name, (key = keyOf.size))
          for (const literal of literals) entries.push([literal, key])
        }
        table.push(key)
      }
    }
  }
  return { index: FactorIndex.build(entries), table: Int32Array.from(table) }
}

/** The gate as bytes: the automaton (FactorIndex.toBuffer), then the requirements table (int32) and its length. */
function toBuffer({ index, table }: Built, key: string): Buffer {
  const tail = Buffer.alloc(4 * table.length + 4)
  table.forEach((v, i) => tail.writeInt32LE(v, 4 * i))
  tail.writeInt32LE(table.length, 4 * table.length)
  return Buffer.concat([index.toBuffer(key), tail])
}

/** Whether `table` holds the requirements of `size` expressions, to its last number (a whole file). */
function wellFormed(table: Int32Array, size: number): boolean {
  let p = 0
  for (let rank = 0; rank < size; rank++) {
    const terms = table[p++]
    if (terms === undefined || terms < 0) return false
    for (let t = 0; t < terms; t++) {
      const sets = table[p++]
      if (sets === undefined || sets < 1) return false
      for (let k = 0; k < sets; k++) if (!((table[p++] ?? -1) >= 0)) return false
    }
  }
  return p === table.length
}

/** The saved gate when it was built for exactly these expressions. */
function saved(key: string): Built | undefined {
  try {
    const buffer = readFileSync(GATE_FILE)
    const count = buffer.length >= 4 ? buffer.readInt32LE(buffer.length - 4) : -1
    const split = buffer.length - 4 - 4 * count
    if (count < 0 || split <= 0) return undefined
    const index = FactorIndex.fromBuffer(buffer.subarray(0, split), key)
    if (!index) return undefined
    // An aligned copy of the table's bytes (the automaton's length need not be a multiple of 4).
    const table = new Int32Array(Uint8Array.from(buffer.subarray(split, buffer.length - 4)).buffer)
    return wellFormed(table, sources.length) ? { index, table } : undefined
  } catch {
    return undefined
  }
}

/** The gate as the build saves it (for the expressions registered so far). */
export function gateBuffer(): Buffer {
  const { order, key } = sorted()
  return toBuffer(build(order), key)
}

/** The automaton for the expressions registered so far (rebuilt when some were added since). */
function current(): Automaton {
  if (automaton && automaton.size === sources.length && automaton.groups === groups.length) return automaton
  const { order, key } = sorted()
  const { index: raw, table } = saved(key) ?? build(order)
  // The requirements by gate id, each set's key turned into its word and mask.
  let keys = 0
  const wordOf = new Int32Array(sources.length)
  const maskOf = new Int32Array(sources.length)
  const program: number[] = []
  let p = 0
  for (const id of order) {
    const terms = table[p++]!
    if (terms === 0) {
      wordOf[id] = -1
      continue
    }
    if (terms === 1 && table[p] === 1) {
      const k = table[p + 1]!
      keys = Math.max(keys, k + 1)
      wordOf[id] = (k / BITS) | 0
      maskOf[id] = 1 << k % BITS
      p += 2
      continue
    }
    wordOf[id] = program.length
    for (let t = 0; t < terms; t++) {
      const sets = table[p++]!
      program.push(sets)
      for (let s = 0; s < sets; s++) {
        const k = table[p++]!
        keys = Math.max(keys, k + 1)
        program.push((k / BITS) | 0, 1 << k % BITS)
      }
    }
    program.push(0)
  }
  // Each group's bit is one more key, marked with every key some member needs: the key of its one
  // set, or of the first set of each of its terms (every text that opens it holds one of them). As
  // a table: per key, the group keys it marks (counted, then filled; a repeat marks a bit twice).
  const groupWord = new Int32Array(groups.length)
  const groupMask = new Int32Array(groups.length)
  const program32 = Int32Array.from(program)
  const keyOf = (word: number, mask: number) => word * BITS + 31 - Math.clz32(mask)
  const needs = (id: number, visit: (key: number) => void): void => {
    if (maskOf[id] !== 0) return visit(keyOf(wordOf[id]!, maskOf[id]!))
    let q = wordOf[id]!
    for (let sets = program32[q++]!; sets !== 0; q += 2 * sets, sets = program32[q++]!) visit(keyOf(program32[q]!, program32[q + 1]!))
  }
  const extraStarts = new Int32Array(keys + 1)
  groups.forEach((members, g) => {
    groupWord[g] = members.some((id) => maskOf[id] === 0 && wordOf[id]! < 0) ? -1 : ((keys + g) / BITS) | 0
    groupMask[g] = 1 << (keys + g) % BITS
    if (groupWord[g]! >= 0) for (const id of members) needs(id, (key) => extraStarts[key + 1]!++)
  })
  for (let k = 0; k < keys; k++) extraStarts[k + 1]! += extraStarts[k]!
  const extraKeys = new Int32Array(extraStarts[keys]!)
  const filled = extraStarts.slice(0, keys)
  groups.forEach((members, g) => {
    if (groupWord[g]! >= 0) for (const id of members) needs(id, (key) => (extraKeys[filled[key]!++] = keys + g))
  })
  const index = raw.foldCase().withExtraKeys(extraStarts, extraKeys)
  const words = Math.ceil((keys + groups.length) / BITS)
  automaton = { index, words, wordOf, maskOf, program: program32, groupWord, groupMask, size: sources.length, groups: groups.length }
  memo = new Map()
  lastText = undefined
  return automaton
}

/** The literal sets that `text` holds. */
function opened(text: string): Bits {
  // First the automaton: adding expressions rebuilds it and forgets the texts scanned before.
  const { index, words } = current()
  if (text === lastText) return lastBits
  let open = memo.get(text)
  if (!open) {
    const bits: Bits = new Array<number>(words + 1).fill(0)
    const top = index.scanBits(text, bits)
    let flags = top < 128 ? ASCII_TEXT : 0
    if (top >= 0x17f && FOLDS_TO_ASCII.test(text)) bits.fill(-1 >>> 2, 0, words)
    if (CASE_SENSITIVE.test(text)) flags |= CASED_TEXT
    bits[words] = flags
    if (memo.size >= MEMO_SIZE) memo.clear()
    memo.set(text, bits)
    open = bits
  }
  lastText = text
  lastBits = open
  return open
}

/** Flags of the last word of a text's bits: the text is ASCII; it holds a case-sensitive character. */
const ASCII_TEXT = 1
const CASED_TEXT = 2
/** Whether the text of `bits` is ASCII. */
const isAscii = (bits: Bits) => (bits[bits.length - 1]! & ASCII_TEXT) !== 0

/**
 * Characters of a text on which `iu` and `u` matching of a case-free pattern may differ (see
 * case-free.ts): an ASCII capital, ſ, the Kelvin sign, U+0345 and the three iotas it folds with.
 */
export const CASE_SENSITIVE = /[A-Z\u017f\u0345\u0399\u03b9\u1fbe\u212a]/

/**
 * Whether `text` holds a case-sensitive character (`CASE_SENSITIVE`): found once per distinct text,
 * with its literals (the rules and facts ask it of every sentence, for each of their case-free
 * expressions).
 */
export function isCased(text: string): boolean {
  const bits = opened(text)
  return (bits[bits.length - 1]! & CASED_TEXT) !== 0
}

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
 * first opens its gate.
 */
export function gateOf(pattern: string): number {
  let id = ids.get(pattern)
  if (id === undefined) {
    id = sources.length
    ids.set(pattern, id)
    sources.push(pattern)
  }
  return id
}

/**
 * The group of gates `gates` (registered on first call): `anyMatches` then first tests one bit,
 * set when a literal set that some member needs occurs, and skips them all on most texts.
 */
export function gateGroup(gates: readonly number[]): number {
  const name = gates.join(',')
  let id = groupIds.get(name)
  if (id === undefined) {
    id = groups.length
    groupIds.set(name, id)
    groups.push([...gates])
  }
  return id
}

/** Whether `text` meets the requirement of gate `id` (see `gateOf`). */
export function gateOpens(id: number, text: string): boolean {
  return isOpen(opened(text), id)
}

/** Whether the text of `bits` meets the requirement of gate `id` (`bits` from the current automaton). */
function isOpen(bits: Bits, id: number): boolean {
  const { wordOf, maskOf, program } = automaton!
  const mask = maskOf[id]!
  if (mask !== 0) return (bits[wordOf[id]!]! & mask) !== 0
  let p = wordOf[id]!
  if (p < 0) return true
  // Some term whose every set the text holds.
  for (let sets = program[p++]!; sets !== 0; sets = program[p++]!) {
    let all = true
    for (; sets > 0; sets--, p += 2) if (all && (bits[program[p]!]! & program[p + 1]!) === 0) all = false
    if (all) return true
  }
  return false
}

/**
 * Which of `gates` (by gate id, at most 31) `text` opens: bit k for `gates[k]`. The text's literals
 * are looked up once for them all (the facts ask it of every sentence for their ~20 patterns).
 */
export function openMask(gates: Int32Array, text: string): number {
  const bits = opened(text)
  let mask = 0
  for (let k = 0; k < gates.length; k++) if (isOpen(bits, gates[k]!)) mask |= 1 << k
  return mask
}

/**
 * Whether one of `expressions` matches `text` (a detection signal's alternatives, by gate id, made
 * by `at` when first run): the text's literals are looked up once for them all, and only the
 * expressions whose requirement it meets run; with their `group` (`gateGroup`), a text where none
 * of them may match costs one bit test.
 */
export function anyMatches(gates: Int32Array, members: readonly number[], at: (i: number) => RegExp, text: string, group?: number): boolean {
  let bits = opened(text)
  let built = automaton
  if (group !== undefined) {
    // No literal set that a member needs occurs: none can match.
    const word = built!.groupWord[group]!
    if (word >= 0 && (bits[word]! & built!.groupMask[group]!) === 0) return false
  }
  for (let k = 0; k < members.length; k++) {
    const i = members[k]!
    if (!isOpen(bits, gates[i]!)) continue
    if (at(i).test(text)) return true
    // An expression registered meanwhile rebuilt the automaton: the text is looked up again.
    if (automaton !== built) (bits = opened(text)), (built = automaton)
  }
  return false
}

/**
 * The pattern a GatedRegExp hands to RegExp itself. V8 parses a pattern when a RegExp is made, and
 * a gated expression never matches with its own: it runs a plain copy made when its gate first
 * opens (`#plain`, which V8 parses then). Handing RegExp the pattern too parsed every rule and fact
 * expression at load, ~1,100 patterns and ~12 ms of a one-page review's CPU, most of them for
 * expressions that never run; the empty group costs nothing and keeps the flags. Whatever reads
 * the pattern goes through `source` (and so `toString`), and the derived expressions through
 * {@link derived}, both the gated pattern.
 */
const UNPARSED = '(?:)'

/**
 * What `split` and `matchAll` make from a gated expression (its species): a plain RegExp of its
 * pattern. The built-in species would copy the pattern RegExp was handed (`UNPARSED`).
 */
function derived(re: RegExp | string, flags?: string): RegExp {
  return new RegExp(typeof re === 'string' ? re : re.source, flags)
}

/**
 * A regular expression behind the gate: `exec` and `test` (and so `match`, `replace`) fail at once
 * on a text that does not meet its requirement. Derived expressions (`split`, `matchAll`) are plain ones.
 * The pattern is parsed only when the gate first opens (see `UNPARSED`): a pattern that is not a
 * valid expression throws then, not when the GatedRegExp is made.
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

  constructor(pattern: string, flags?: string) {
    super(UNPARSED, flags)
    this.#pattern = pattern
    this.#stateful = this.global || this.sticky
    this.gate = gateOf(pattern)
  }

  /** The gated pattern (RegExp itself holds `UNPARSED`). */
  override get source(): string {
    return this.#pattern
  }

  static override get [Symbol.species](): RegExpConstructor {
    return derived as RegExpConstructor
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

/** `re` behind the gate (same source and flags). */
export function gatedRegExp(re: RegExp): GatedRegExp {
  return new GatedRegExp(re.source, re.flags)
}

/** Whether `re` may match `text`: false only when it is gated and `text` does not meet its requirement. */
export function mayMatch(re: RegExp, text: string): boolean {
  return !(re instanceof GatedRegExp) || isOpen(opened(text), re.gate)
}
