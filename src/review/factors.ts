/**
 * Literal prefilter for detection signals. For each pattern we compute a set of literal strings
 * ("factors") such that every match of the pattern contains at least one of them. One Aho–Corasick
 * pass over a document then finds the sentences worth testing with the real regular expressions,
 * so detection costs one linear scan plus a few precise tests instead of one regex scan per clause.
 */
import { snapshotFactors } from '../library/snapshot.js'

/** A set of alternatives, any of which every match contains; undefined: no usable factor. */
type Factors = string[] | undefined

interface Parser {
  src: string
  i: number
}

/** Minimum useful factor length (spaces aside): shorter literals would make everything a candidate. */
const MIN_FACTOR = 4
const useful = (f: string) => f.trim().length >= MIN_FACTOR

function better(a: Factors, b: Factors): Factors {
  if (!a) return b
  if (!b) return a
  const score = (f: string[]) => Math.min(...f.map((s) => s.trim().length)) - f.length * 0.01
  return score(b) > score(a) ? b : a
}

/** Parses a sequence until `)` or `|` or end; returns the best required factor set. */
function sequence(p: Parser): Factors {
  let best: Factors
  let run = ''
  const flush = () => {
    if (useful(run)) best = better(best, [run])
    run = ''
  }
  while (p.i < p.src.length) {
    const ch = p.src[p.i]!
    if (ch === ')' || ch === '|') break
    let atom: { literal?: string; factors?: Factors; zeroWidth?: boolean }
    if (ch === '\\') {
      const next = p.src[p.i + 1] ?? ''
      p.i += 2
      if (/[pPu]/.test(next) && p.src[p.i] === '{') p.i = p.src.indexOf('}', p.i) + 1
      if (/[.\\/()[\]{}|*+?^$\-'"#:&!<>=,@%~`;]/.test(next) || next === ' ') atom = { literal: next }
      else if (next === 'b' || next === 'B') atom = { zeroWidth: true }
      else atom = {}
    } else if (ch === '[') {
      // Character class: skip to its end (escapes and a leading ] handled).
      let j = p.i + 1
      if (p.src[j] === '^') j++
      if (p.src[j] === ']') j++
      while (j < p.src.length && p.src[j] !== ']') j += p.src[j] === '\\' ? 2 : 1
      p.i = j + 1
      atom = {}
    } else if (ch === '(') {
      p.i++
      let lookaround = false
      if (p.src.startsWith('?:', p.i)) p.i += 2
      else if (p.src.startsWith('?<=', p.i) || p.src.startsWith('?<!', p.i)) (p.i += 3), (lookaround = true)
      else if (p.src.startsWith('?=', p.i) || p.src.startsWith('?!', p.i)) (p.i += 2), (lookaround = true)
      else if (p.src.startsWith('?<', p.i)) p.i = p.src.indexOf('>', p.i) + 1
      const alternatives: Factors[] = [sequence(p)]
      while (p.src[p.i] === '|') {
        p.i++
        alternatives.push(sequence(p))
      }
      p.i++ // ')'
      if (lookaround) atom = { zeroWidth: true }
      else atom = { factors: alternatives.every((a) => a !== undefined) ? [...new Set(alternatives.flatMap((a) => a!))] : undefined }
    } else if (ch === '.' || ch === '^' || ch === '$') {
      p.i++
      atom = ch === '.' ? {} : { zeroWidth: true }
    } else {
      p.i++
      atom = { literal: ch }
    }
    // Quantifier?
    const q = p.src[p.i]
    let min = 1
    let repeat = false
    if (q === '?' || q === '*') (min = 0), p.i++
    else if (q === '+') (repeat = true), p.i++
    else if (q === '{') {
      const m = /^\{(\d*)(,?)(\d*)\}/.exec(p.src.slice(p.i))
      if (m) {
        min = Number(m[1] || 0)
        repeat = m[2] === ',' || Number(m[3] || m[1]) > 1
        p.i += m[0].length
      }
    }
    if (p.src[p.i] === '?' && (q === '?' || q === '*' || q === '+' || q === '{')) p.i++ // lazy
    if (atom.zeroWidth) {
      flush()
      continue
    }
    if (min === 0) {
      flush()
      continue
    }
    if (atom.literal !== undefined) {
      run += atom.literal
      if (repeat) flush()
    } else {
      flush()
      if (atom.factors && atom.factors.every(useful)) best = better(best, atom.factors)
    }
  }
  flush()
  return best
}

const memo = new Map<string, Factors>()

/** Every pattern's factors computed in this process (the build stores them in the library snapshot). */
export function computedFactors(): Record<string, string[] | null> {
  return Object.fromEntries([...memo].map(([pattern, f]) => [pattern, f ?? null]))
}

/** The factors of a pattern (lower-cased, accent-free text), or undefined when it has none. */
export function patternFactors(pattern: string): string[] | undefined {
  if (memo.has(pattern)) return memo.get(pattern)
  const known = snapshotFactors(pattern)
  if (known !== undefined) return known ?? undefined
  const computed = parseFactors(pattern)
  memo.set(pattern, computed)
  return computed
}

function parseFactors(pattern: string): Factors {
  const p: Parser = { src: pattern, i: 0 }
  const alternatives: Factors[] = [sequence(p)]
  while (p.src[p.i] === '|') {
    p.i++
    alternatives.push(sequence(p))
  }
  if (p.i < p.src.length) return undefined
  if (alternatives.some((a) => a === undefined)) return undefined
  const all = [...new Set(alternatives.flatMap((a) => a!))]
  return all.every(useful) ? all : undefined
}

/** Characters outside ASCII share one code: the index is a prefilter, a superset is fine. */
const ASCII = 128

/**
 * An Aho–Corasick automaton over factors, each labelled with a key, compiled to a dense
 * transition table (one lookup per character of the scanned text). Its alphabet is the
 * characters the factors use, plus one class for every other character: a small table is
 * quick to build, which matters as it is built at every start.
 */
export class FactorIndex {
  private readonly delta: Int32Array
  /** Alphabet class of each ASCII code (0: a character no factor uses). */
  private readonly classes: Uint8Array
  private readonly width: number
  /** Keys (clause indexes) whose factor ends at each state, including through failure links. */
  private readonly out: number[][]

  constructor(entries: ReadonlyArray<readonly [string, number]>) {
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
    const delta = new Int32Array(children.length * width)
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
    this.delta = delta
    this.classes = classes
    this.width = width
    this.out = out
  }

  /** Calls `hit(key, endOffset)` for every factor occurrence in `text`. */
  scan(text: string, hit: (key: number, end: number) => void): void {
    const { delta, out, classes, width } = this
    let n = 0
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i)
      n = delta[n * width + classes[ch < ASCII ? ch : ASCII - 1]!]!
      const keys = out[n]!
      for (let k = 0; k < keys.length; k++) hit(keys[k]!, i)
    }
  }
}
