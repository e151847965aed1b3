/**
 * Literal prefilter for detection signals. For each pattern we compute a set of literal strings
 * ("factors") such that every match of the pattern contains at least one of them. One Aho–Corasick
 * pass over a document then finds the sentences worth testing with the real regular expressions,
 * so detection costs one linear scan plus a few precise tests instead of one regex scan per clause.
 */
import { createHash } from '../core/digest.js'
import { parseAlternatives, requiredPieces, type Sequence } from './regex-source.js'

/** A set of alternatives, any of which every match contains; undefined: no usable factor. */
type Factors = string[] | undefined

/** Minimum useful factor length (spaces aside): shorter literals would make everything a candidate. */
const MIN_FACTOR = 4
const useful = (f: string) => f.trim().length >= MIN_FACTOR

function better(a: Factors, b: Factors): Factors {
  if (!a) return b
  if (!b) return a
  const score = (f: string[]) => Math.min(...f.map((s) => s.trim().length)) - f.length * 0.01
  return score(b) > score(a) ? b : a
}

/** The best factor set a sequence requires: its most selective literal run or group. */
function sequenceFactors(parts: Sequence): Factors {
  let best: Factors
  for (const piece of requiredPieces(parts)) {
    const factors = 'run' in piece ? [piece.run] : alternativesFactors(piece.alternatives)
    if (factors && factors.every(useful)) best = better(best, factors)
  }
  return best
}

/** Every alternative's factors together (undefined when one alternative has none). */
function alternativesFactors(alternatives: readonly Sequence[]): Factors {
  const each = alternatives.map(sequenceFactors)
  return each.every((a) => a !== undefined) ? [...new Set(each.flatMap((a) => a!))] : undefined
}

const memo = new Map<string, Factors>()

/** Every pattern's factors computed in this process (the build stores them in the library snapshot). */
export function computedFactors(): Record<string, string[] | null> {
  return Object.fromEntries([...memo].map(([pattern, f]) => [pattern, f ?? null]))
}

/** The factors of a pattern (lower-cased, accent-free text), or undefined when it has none. */
export function patternFactors(pattern: string, prepared: Readonly<Record<string, string[] | null>> = {}): string[] | undefined {
  if (memo.has(pattern)) return memo.get(pattern)
  const known = Object.hasOwn(prepared, pattern) ? prepared[pattern] : undefined
  if (known !== undefined) return known ?? undefined
  const computed = parseFactors(pattern)
  memo.set(pattern, computed)
  return computed
}

function parseFactors(pattern: string): Factors {
  const alternatives = parseAlternatives(pattern)
  const all = alternatives && alternativesFactors(alternatives)
  return all && all.every(useful) ? all : undefined
}

/** A digest of index entries: a saved automaton is used only for exactly the same entries. */
export function entriesKey(entries: ReadonlyArray<readonly [string, number]>): string {
  return createHash('sha256').update(JSON.stringify(entries)).digest('hex')
}

/** Characters outside ASCII share one code: the index is a prefilter, a superset is fine. */
const ASCII = 128
/** Bits per word of `scanBits` (small integers: V8 keeps them unboxed). */
const SCAN_BITS = 30
const KEY_BYTES = 64
/** At most this many states: 16-bit transitions. */
const NARROW_STATES = 65_536
/** The transition table: state numbers. */
type Transitions = Int32Array | Uint16Array

/** Per state n, its keys as bits of `scanBits` merged by word: words[starts[n] … starts[n+1]) and their masks. */
export interface BitTable {
  readonly starts: Int32Array
  readonly words: Int32Array
  readonly masks: Int32Array
}

/**
 * An Aho–Corasick automaton over factors, each labelled with a key, compiled to a dense
 * transition table (one lookup per character of the scanned text). Its alphabet is the
 * characters the factors use, plus one class for every other character. The build saves the
 * library's automaton as one binary file (`toBuffer`), which a run maps back without copying.
 * The table holds 16-bit states when there are at most 65,536 of them (the library's and the
 * gate's have under 20,000): half the bytes a run reads, the same transitions.
 */
export class FactorIndex {
  private constructor(
    private readonly delta: Transitions,
    /** Alphabet class of each ASCII code (0: a character no factor uses). */
    private readonly classes: Uint8Array,
    private readonly width: number,
    /** Keys (clause indexes) whose factor ends at state n: outKeys[outStarts[n] … outStarts[n+1]). */
    private readonly outStarts: Int32Array,
    private readonly outKeys: Int32Array,
  ) {}

  /**
   * The binary form: the entries' key (64 ASCII bytes), then width, state count and key count
   * (int32), then the class table (128 bytes), the int32 arrays outStarts and outKeys, and the
   * transitions delta (uint16 when there are at most 65,536 states, else int32).
   */
  toBuffer(key: string): Buffer {
    const header = Buffer.alloc(KEY_BYTES + 12)
    header.write(key.padEnd(KEY_BYTES).slice(0, KEY_BYTES), 0, 'latin1')
    header.writeInt32LE(this.width, KEY_BYTES)
    header.writeInt32LE(this.outStarts.length - 1, KEY_BYTES + 4)
    header.writeInt32LE(this.outKeys.length, KEY_BYTES + 8)
    const bytes = (a: Int32Array | Uint16Array | Uint8Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength)
    return Buffer.concat([header, bytes(this.classes), bytes(this.outStarts), bytes(this.outKeys), bytes(this.delta)])
  }

  /** The automaton in `buffer` when it was built from entries with this key; undefined otherwise. */
  static fromBuffer(buffer: Buffer, key: string): FactorIndex | undefined {
    if (buffer.length < KEY_BYTES + 12 + ASCII || buffer.toString('latin1', 0, KEY_BYTES).trimEnd() !== key) return undefined
    const width = buffer.readInt32LE(KEY_BYTES)
    const states = buffer.readInt32LE(KEY_BYTES + 4)
    const keys = buffer.readInt32LE(KEY_BYTES + 8)
    const start = KEY_BYTES + 12 + ASCII
    const wide = states > NARROW_STATES
    if (buffer.length !== start + 4 * (states + 1 + keys) + (wide ? 4 : 2) * states * width) return undefined
    // The typed arrays are views into the file's bytes when they are 4-byte aligned (a file read
    // whole has its own buffer), else into an aligned copy.
    let data: ArrayBufferLike = buffer.buffer
    let at = buffer.byteOffset + start
    if (at % 4 !== 0) {
      data = new ArrayBuffer(buffer.length - start)
      new Uint8Array(data).set(buffer.subarray(start))
      at = 0
    }
    const outStarts = new Int32Array(data, at, states + 1)
    const outKeys = new Int32Array(data, at + 4 * (states + 1), keys)
    const table = at + 4 * (states + 1 + keys)
    const delta = wide ? new Int32Array(data, table, states * width) : new Uint16Array(data, table, states * width)
    return new FactorIndex(delta, new Uint8Array(buffer.subarray(KEY_BYTES + 12, start)), width, outStarts, outKeys)
  }

  /** Builds the automaton of factors labelled with keys. */
  static build(entries: ReadonlyArray<readonly [string, number]>): FactorIndex {
    const classes = new Uint8Array(ASCII)
    let width = 1
    const classOf = (ch: number) => classes[ch < ASCII ? ch : ASCII - 1]!
    for (const [factor] of entries) {
      for (let i = 0; i < factor.length; i++) {
        const c = Math.min(factor.charCodeAt(i), ASCII - 1)
        if (classes[c] === 0) classes[c] = width++
      }
    }
    // 1. The trie.
    const children: Array<Map<number, number>> = [new Map()]
    const out: number[][] = [[]]
    for (const [factor, key] of entries) {
      let n = 0
      for (let i = 0; i < factor.length; i++) {
        const c = classOf(factor.charCodeAt(i))
        let to = children[n]!.get(c)
        if (to === undefined) {
          to = children.length
          children.push(new Map())
          out.push([])
          children[n]!.set(c, to)
        }
        n = to
      }
      if (!out[n]!.includes(key)) out[n]!.push(key)
    }
    // 2. Failure links in breadth-first order, folded into a complete transition table.
    const delta = children.length > NARROW_STATES ? new Int32Array(children.length * width) : new Uint16Array(children.length * width)
    const fail = new Int32Array(children.length)
    const queue: number[] = []
    for (const [c, to] of children[0]!) {
      delta[c] = to
      queue.push(to)
    }
    for (let head = 0; head < queue.length; head++) {
      const n = queue[head]!
      const f = fail[n]!
      for (const k of out[f]!) if (!out[n]!.includes(k)) out[n]!.push(k)
      const row = n * width
      const failRow = f * width
      for (let c = 0; c < width; c++) delta[row + c] = delta[failRow + c]!
      for (const [c, to] of children[n]!) {
        fail[to] = delta[failRow + c]!
        delta[row + c] = to
        queue.push(to)
      }
    }
    const outStarts = new Int32Array(out.length + 1)
    out.forEach((keys, n) => (outStarts[n + 1] = outStarts[n]! + keys.length))
    return new FactorIndex(delta, classes, width, outStarts, Int32Array.from(out.flat()))
  }

  /** How many states it has. */
  get states(): number {
    return this.outStarts.length - 1
  }

  /** Whether some factor carries each key below `size`. */
  keys(size: number): Uint8Array {
    const has = new Uint8Array(size)
    for (let k = 0; k < this.outKeys.length; k++) if (this.outKeys[k]! < size) has[this.outKeys[k]!] = 1
    return has
  }

  /**
   * The same automaton reading ASCII upper case as lower case (its factors must be lower case):
   * a prefilter for case-insensitive patterns, and a superset for the others.
   */
  foldCase(): FactorIndex {
    const classes = Uint8Array.from(this.classes)
    for (let c = 65; c <= 90; c++) classes[c] = classes[c + 32]!
    return new FactorIndex(this.delta, classes, this.width, this.outStarts, this.outKeys)
  }

  /** Per state, its keys as bits of `scanBits` merged by word (see `BitTable`). */
  private bitOutputs: BitTable | undefined
  /** Keys `scanBits` marks along with key k: extraKeys[extraStarts[k] … extraStarts[k + 1]) (see `withExtraKeys`). */
  private extraStarts: Int32Array | undefined
  private extraKeys: Int32Array | undefined

  /**
   * The same automaton, whose `scanBits` also marks, with each key k below `starts.length - 1`, the
   * keys keys[starts[k] … starts[k + 1]) (the literal gate's groups: one bit for "some key of this
   * group occurs").
   */
  withExtraKeys(starts: Int32Array, keys: Int32Array): FactorIndex {
    const index = new FactorIndex(this.delta, this.classes, this.width, this.outStarts, this.outKeys)
    index.extraStarts = starts
    index.extraKeys = keys
    return index
  }

  /** The per-state (word, mask) pairs `scanBits` reads (made on first use), for the build to save (see `withBitTable`). */
  bitTable(): BitTable {
    return (this.bitOutputs ??= this.mergedBits())
  }

  /**
   * The same automaton, whose `scanBits` reads the saved `table` (`bitTable` of this automaton with
   * the same extra keys) instead of merging each state's keys on first use (~10 ms of CPU for the
   * gate's ~20,000 states).
   */
  withBitTable(table: BitTable): FactorIndex {
    const index = new FactorIndex(this.delta, this.classes, this.width, this.outStarts, this.outKeys)
    index.bitOutputs = table
    return index
  }

  /**
   * Sets, in `bits`, bit `key % 30` of word `key / 30` for the key of every factor occurrence in
   * `text` (the literal gate's marks, without a call per occurrence); returns the highest character
   * code it read.
   */
  scanBits(text: string, bits: number[]): number {
    const { delta, classes, width } = this
    const { starts, words, masks } = (this.bitOutputs ??= this.mergedBits())
    let n = 0
    let top = 0
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i)
      if (ch > top) top = ch
      n = delta[n * width + classes[ch < ASCII ? ch : ASCII - 1]!]!
      for (let k = starts[n]!, end = starts[n + 1]!; k < end; k++) bits[words[k]!]! |= masks[k]!
    }
    return top
  }

  /** The keys of each state as (word, mask) pairs, one per word (see `scanBits`). */
  private mergedBits(): BitTable {
    const { outStarts, outKeys } = this
    const extraStarts = this.extraStarts ?? new Int32Array(1)
    const extraKeys = this.extraKeys ?? new Int32Array(0)
    const extras = extraStarts.length - 1
    const states = outStarts.length - 1
    // At most one pair per key and per extra key.
    let room = outKeys.length
    if (extraKeys.length > 0) for (let k = 0; k < outKeys.length; k++) if (outKeys[k]! < extras) room += extraStarts[outKeys[k]! + 1]! - extraStarts[outKeys[k]!]!
    const starts = new Int32Array(states + 1)
    const words = new Int32Array(room)
    const masks = new Int32Array(room)
    let size = 0
    for (let n = 0; n < states; n++) {
      const first = size
      for (let k = outStarts[n]!; k < outStarts[n + 1]!; k++) {
        const key = outKeys[k]!
        // The key itself (e = from - 1), then its extra keys; each into its word's pair (a new one at `size`).
        const from = key < extras ? extraStarts[key]! : 0
        const end = key < extras ? extraStarts[key + 1]! : 0
        for (let e = from - 1; e < end; e++) {
          const marked = e < from ? key : extraKeys[e]!
          const word = (marked / SCAN_BITS) | 0
          let at = first
          while (at < size && words[at] !== word) at++
          if (at === size) (words[size] = word), (masks[size++] = 0)
          masks[at]! |= 1 << marked % SCAN_BITS
        }
      }
      starts[n + 1] = size
    }
    return { starts, words: words.subarray(0, size), masks: masks.subarray(0, size) }
  }

  /** Calls `hit(key, endOffset)` for every factor occurrence in `text`; returns the highest character code it read. */
  scan(text: string, hit: (key: number, end: number) => void): number {
    const { delta, classes, width, outStarts, outKeys } = this
    let n = 0
    let top = 0
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i)
      if (ch > top) top = ch
      n = delta[n * width + classes[ch < ASCII ? ch : ASCII - 1]!]!
      for (let k = outStarts[n]!, end = outStarts[n + 1]!; k < end; k++) hit(outKeys[k]!, i)
    }
    return top
  }
}
