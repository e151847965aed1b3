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
 * (`GATE_FILE`, see `gateBuffer`), with their sources in sorted order and the tables a run derives
 * for the build's groups; a run whose expressions are exactly those (in any order) maps it back
 * with one look-up per source (no sorting or hashing: `node:crypto` stays unloaded), and takes the
 * derived tables too when its groups are the build's; any other run builds its own.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createHash } from '../core/digest.js'
import { projectRoot } from '../core/paths.js'
import { FactorIndex, type BitTable } from './factors.js'
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
  /** Where it comes from (see `gateOrigin`). */
  origin: GateOrigin
}

/**
 * Where the current automaton comes from: the saved gate with its derived tables (`image`: the
 * registered expressions and groups are the build's), the saved automaton with tables derived at
 * run time (`file`: the same expressions, other groups), or built from the expressions (`built`).
 */
export type GateOrigin = 'image' | 'file' | 'built'
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

/** Gate ids in the order of their sources (ranks). */
function sortedOrder(): number[] {
  return sources.map((_, id) => id).sort((a, b) => (sources[a]! < sources[b]! ? -1 : sources[a]! > sources[b]! ? 1 : 0))
}

/** The sources in rank order, each followed by a NUL: what the saved gate's key digests and its sources section holds. */
function joinedSources(order: readonly number[]): string {
  let joined = ''
  for (const id of order) joined += `${sources[id]!}\u0000`
  return joined
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

/**
 * What a run makes of the requirements table, by rank: per rank its one set's bit (`rankWord`,
 * `rankMask`) or where its terms start in `program` (see `Automaton`); per group (in the order
 * given, members by rank) its bit; and the group keys each key marks (`extraStarts`, `extraKeys`,
 * see `FactorIndex.withExtraKeys`).
 */
interface Derived {
  rankWord: Int32Array
  rankMask: Int32Array
  program: Int32Array
  groupWord: Int32Array
  groupMask: Int32Array
  words: number
  extraStarts: Int32Array
  extraKeys: Int32Array
}

/** Derives the run's tables from the requirements `table` of `size` ranks and the groups `groupRanks` (members by rank). */
function derive(table: Int32Array, size: number, groupRanks: readonly (readonly number[])[]): Derived {
  let keys = 0
  const rankWord = new Int32Array(size)
  const rankMask = new Int32Array(size)
  const program: number[] = []
  let p = 0
  for (let rank = 0; rank < size; rank++) {
    const terms = table[p++]!
    if (terms === 0) {
      rankWord[rank] = -1
      continue
    }
    if (terms === 1 && table[p] === 1) {
      const k = table[p + 1]!
      keys = Math.max(keys, k + 1)
      rankWord[rank] = (k / BITS) | 0
      rankMask[rank] = 1 << k % BITS
      p += 2
      continue
    }
    rankWord[rank] = program.length
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
  const groupWord = new Int32Array(groupRanks.length)
  const groupMask = new Int32Array(groupRanks.length)
  const program32 = Int32Array.from(program)
  const keyOf = (word: number, mask: number) => word * BITS + 31 - Math.clz32(mask)
  const needs = (rank: number, visit: (key: number) => void): void => {
    if (rankMask[rank] !== 0) return visit(keyOf(rankWord[rank]!, rankMask[rank]!))
    let q = rankWord[rank]!
    for (let sets = program32[q++]!; sets !== 0; q += 2 * sets, sets = program32[q++]!) visit(keyOf(program32[q]!, program32[q + 1]!))
  }
  const extraStarts = new Int32Array(keys + 1)
  groupRanks.forEach((members, g) => {
    groupWord[g] = members.some((rank) => rankMask[rank] === 0 && rankWord[rank]! < 0) ? -1 : ((keys + g) / BITS) | 0
    groupMask[g] = 1 << (keys + g) % BITS
    if (groupWord[g]! >= 0) for (const rank of members) needs(rank, (key) => extraStarts[key + 1]!++)
  })
  for (let k = 0; k < keys; k++) extraStarts[k + 1]! += extraStarts[k]!
  const extraKeys = new Int32Array(extraStarts[keys]!)
  const filled = extraStarts.slice(0, keys)
  groupRanks.forEach((members, g) => {
    if (groupWord[g]! >= 0) for (const rank of members) needs(rank, (key) => (extraKeys[filled[key]!++] = keys + g))
  })
  const words = Math.ceil((keys + groupRanks.length) / BITS)
  return { rankWord, rankMask, program: program32, groupWord, groupMask, words, extraStarts, extraKeys }
}

/** A group's name in rank space: its members' ranks, in its order, joined by commas. */
const groupName = (members: readonly number[], rankOf: Int32Array): string => members.map((id) => rankOf[id]!).join(',')

/**
 * The saved gate (`GATE_FILE`), as the build made it for the expressions and groups a review with
 * the default playbook registers, in any order: the automaton and requirements table, the sources
 * by rank (a run whose sources are exactly those maps them to its gate ids with one look-up each:
 * no sorting, no hashing), and what a run derives from them (`Derived`, by rank, and the automaton's
 * merged outputs, `FactorIndex.bitTable`) for the groups `groupNames` (in rank space, sorted),
 * used when the run's groups are exactly those.
 */
interface SavedGate {
  index: FactorIndex
  table: Int32Array
  sources: string[]
  groupNames: string[]
  derived: Omit<Derived, 'extraStarts' | 'extraKeys'>
  bits: BitTable
}

/** The int32 sections of the saved gate, in file order after the automaton and the two texts. */
const INT_SECTIONS = ['table', 'rankWord', 'rankMask', 'program', 'groupWord', 'groupMask', 'starts', 'bitWords', 'bitMasks'] as const

/**
 * The saved gate's head (the file's first line, JSON, padded with spaces to a multiple of 8
 * bytes): the key of the automaton (sha256 of the sources in rank order, each followed by a NUL),
 * how many sources and groups, the words of a text's bits, and each section's byte offset and length
 * after the head (each at a multiple of 8).
 */
interface GateHead {
  key: string
  size: number
  groups: number
  words: number
  sections: Record<string, [number, number]>
}

/**
 * The gate as the build saves it, for the expressions and groups registered so far: the head
 * (`GateHead`), then the automaton (`FactorIndex.toBuffer`), the sources by rank and the group
 * names (UTF-8, one per line for the groups), then the int32 sections (`INT_SECTIONS`).
 */
export function gateBuffer(): Buffer {
  const order = sortedOrder()
  const joined = joinedSources(order)
  const key = createHash('sha256').update(joined).digest('hex')
  const { index, table } = build(order)
  const rankOf = new Int32Array(sources.length)
  order.forEach((id, rank) => (rankOf[id] = rank))
  const names = groups.map((members) => groupName(members, rankOf)).sort()
  const derived = derive(table, sources.length, names.map((name) => (name === '' ? [] : name.split(',').map(Number))))
  const bits = index.foldCase().withExtraKeys(derived.extraStarts, derived.extraKeys).bitTable()
  const ints: Record<(typeof INT_SECTIONS)[number], Int32Array> = { table, ...derived, starts: bits.starts, bitWords: bits.words, bitMasks: bits.masks }
  const parts: Array<[string, Buffer]> = [
    ['index', index.toBuffer(key)],
    ['sources', Buffer.from(joined)],
    ['groupNames', Buffer.from(names.join('\n'))],
    ...INT_SECTIONS.map((name): [string, Buffer] => [name, Buffer.from(ints[name].buffer, ints[name].byteOffset, ints[name].byteLength)]),
  ]
  const sections: Record<string, [number, number]> = {}
  const body: Buffer[] = []
  let at = 0
  for (const [name, bytes] of parts) {
    sections[name] = [at, bytes.length]
    const pad = (8 - (bytes.length % 8)) % 8
    body.push(bytes, Buffer.alloc(pad))
    at += bytes.length + pad
  }
  const head = JSON.stringify({ key, size: sources.length, groups: names.length, words: derived.words, sections } satisfies GateHead)
  const headBytes = Buffer.from(`${head}${' '.repeat((8 - ((head.length + 1) % 8)) % 8)}\n`)
  return Buffer.concat([headBytes, ...body])
}

/** The saved gate in `buffer`; undefined when it is missing, damaged or of another format. */
export function readSavedGate(buffer: Buffer): SavedGate | undefined {
  const end = buffer.indexOf(10)
  if (end < 0 || (end + 1) % 8 !== 0) return undefined
  let head: GateHead
  try {
    head = JSON.parse(buffer.toString('latin1', 0, end)) as GateHead
  } catch {
    return undefined
  }
  if (typeof head.key !== 'string' || typeof head.sections !== 'object' || head.sections === null) return undefined
  const start = buffer.byteOffset + end + 1
  const section = (name: string): Buffer | undefined => {
    const [at, length] = head.sections[name] ?? [-1, -1]
    return Number.isInteger(at) && Number.isInteger(length) && at >= 0 && at % 8 === 0 && length >= 0 && end + 1 + at + length <= buffer.length ? buffer.subarray(end + 1 + at, end + 1 + at + length) : undefined
  }
  const ints: Partial<Record<(typeof INT_SECTIONS)[number], Int32Array>> = {}
  for (const name of INT_SECTIONS) {
    const bytes = section(name)
    if (!bytes || bytes.length % 4 !== 0) return undefined
    // Views into the file's bytes when they are 4-byte aligned (a file read whole has its own buffer), else a copy.
    ints[name] = (start + head.sections[name]![0]) % 4 === 0 ? new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4) : new Int32Array(Uint8Array.from(bytes).buffer)
  }
  const indexBytes = section('index')
  const sourceBytes = section('sources')
  const nameBytes = section('groupNames')
  const index = indexBytes && FactorIndex.fromBuffer(indexBytes, head.key)
  if (!index || !sourceBytes || !nameBytes) return undefined
  const { table, rankWord, rankMask, program, groupWord, groupMask, starts, bitWords, bitMasks } = ints as Record<(typeof INT_SECTIONS)[number], Int32Array>
  const saved = sourceBytes.toString('utf8').split('\u0000')
  // Sources each followed by a NUL: one piece more, empty.
  if (saved.pop() !== '' || saved.length !== head.size || rankWord.length !== head.size || rankMask.length !== head.size) return undefined
  const groupNames = head.groups === 0 ? [] : nameBytes.toString('utf8').split('\n')
  if (groupNames.length !== head.groups || groupWord.length !== head.groups || groupMask.length !== head.groups) return undefined
  if (starts.length !== index.states + 1 || bitWords.length !== bitMasks.length || starts[index.states] !== bitWords.length) return undefined
  return { index, table, sources: saved, groupNames, derived: { rankWord, rankMask, program, groupWord, groupMask, words: head.words }, bits: { starts, words: bitWords, masks: bitMasks } }
}

/** The saved gate, read on first use (null: none usable). */
let savedGate: SavedGate | null | undefined

function saved(): SavedGate | undefined {
  if (savedGate === undefined) {
    try {
      savedGate = readSavedGate(readFileSync(GATE_FILE)) ?? null
    } catch {
      savedGate = null
    }
  }
  return savedGate ?? undefined
}

/** Replaces the saved gate with the one in `buffer` (null: none), for tests; the automaton is made again on next use. */
export function useSavedGate(buffer: Buffer | null): void {
  savedGate = buffer === null ? null : (readSavedGate(buffer) ?? null)
  automaton = undefined
}

/** Where the automaton for the expressions registered so far comes from (see `GateOrigin`). */
export function gateOrigin(): GateOrigin {
  return current().origin
}

/** Each gate id's rank in `ranked` (sources in rank order) when the registered sources are exactly those; undefined otherwise. */
function ranksIn(ranked: readonly string[]): Int32Array | undefined {
  if (ranked.length !== sources.length) return undefined
  const rankOf = new Int32Array(sources.length).fill(-1)
  for (let rank = 0; rank < ranked.length; rank++) {
    const id = ids.get(ranked[rank]!)
    if (id === undefined || rankOf[id] !== -1) return undefined
    rankOf[id] = rank
  }
  return rankOf
}

/** The automaton for the expressions registered so far (rebuilt when some were added since). */
function current(): Automaton {
  if (automaton && automaton.size === sources.length && automaton.groups === groups.length) return automaton
  const file = saved()
  const fileRanks = file && ranksIn(file.sources)
  const fromFile = file !== undefined && fileRanks !== undefined
  let raw: FactorIndex
  let table: Int32Array
  let ranks: Int32Array
  if (fromFile) {
    raw = file.index
    table = file.table
    ranks = fileRanks
  } else {
    const order = sortedOrder()
    ;({ index: raw, table } = build(order))
    ranks = new Int32Array(sources.length)
    for (let rank = 0; rank < order.length; rank++) ranks[order[rank]!] = rank
  }
  const names = groups.map((members) => groupName(members, ranks))
  // The saved derivation when the groups are the build's (any order): each group's place among its names.
  let place: Int32Array | undefined
  if (fromFile && file.groupNames.length === names.length) {
    const at = new Map(file.groupNames.map((name, i) => [name, i]))
    place = new Int32Array(names.length)
    for (let g = 0; g < names.length && place; g++) {
      const i = at.get(names[g]!)
      if (i === undefined) place = undefined
      else place[g] = i
    }
  }
  let derived: Omit<Derived, 'extraStarts' | 'extraKeys'>
  let index: FactorIndex
  let groupWord: Int32Array
  let groupMask: Int32Array
  if (file && place) {
    derived = file.derived
    index = raw.foldCase().withBitTable(file.bits)
    groupWord = new Int32Array(names.length)
    groupMask = new Int32Array(names.length)
    for (let g = 0; g < names.length; g++) (groupWord[g] = derived.groupWord[place[g]!]!), (groupMask[g] = derived.groupMask[place[g]!]!)
  } else {
    if (!fromFile || wellFormed(table, sources.length)) {
      const made = derive(table, sources.length, groups.map((members) => members.map((id) => ranks[id]!)))
      derived = made
      index = raw.foldCase().withExtraKeys(made.extraStarts, made.extraKeys)
      groupWord = made.groupWord
      groupMask = made.groupMask
    } else {
      // A damaged table: the automaton is built again.
      savedGate = null
      return current()
    }
  }
  const wordOf = new Int32Array(sources.length)
  const maskOf = new Int32Array(sources.length)
  for (let id = 0; id < sources.length; id++) (wordOf[id] = derived.rankWord[ranks[id]!]!), (maskOf[id] = derived.rankMask[ranks[id]!]!)
  const origin: GateOrigin = file && place ? 'image' : fromFile ? 'file' : 'built'
  automaton = { index, words: derived.words, wordOf, maskOf, program: derived.program, groupWord, groupMask, size: sources.length, groups: groups.length, origin }
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

/** The groups registered so far (`gateGroup`), by group id: their gate ids. */
export function gatedGroups(): readonly (readonly number[])[] {
  return groups
}

/** `re` behind the gate (same source and flags). */
export function gatedRegExp(re: RegExp): GatedRegExp {
  return new GatedRegExp(re.source, re.flags)
}

/** Whether `re` may match `text`: false only when it is gated and `text` does not meet its requirement. */
export function mayMatch(re: RegExp, text: string): boolean {
  return !(re instanceof GatedRegExp) || isOpen(opened(text), re.gate)
}
