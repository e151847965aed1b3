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
 */
import { FactorIndex, regexFactors } from './factors.js'

/** Sources of the gated expressions, by gate id. */
const sources: string[] = []
/** Whether each gated expression has factors (false: it always runs). */
let gated: boolean[] = []
let index: FactorIndex | undefined
/** Texts already scanned, with the gate ids their factors open. */
let memo = new Map<string, Uint8Array>()
const MEMO_SIZE = 50_000
/** Characters whose Unicode case folding is an ASCII letter: ſ (s), the Kelvin sign (k). */
const FOLDS_TO_ASCII = /[\u017f\u212a]/

const lowerAscii = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase())

/** The automaton over every gated expression's factors, rebuilt when expressions were added since. */
function automaton(): FactorIndex {
  if (index && gated.length === sources.length) return index
  const entries: Array<[string, number]> = []
  gated = sources.map((source, id) => {
    const factors = regexFactors(source)
    for (const f of factors ?? []) entries.push([lowerAscii(f), id])
    return factors !== undefined
  })
  index = FactorIndex.build(entries).foldCase()
  memo = new Map()
  return index
}

/** The gate ids that `text` opens (1: the expression may match). */
function opened(text: string): Uint8Array {
  // First the automaton: adding expressions rebuilds it and forgets the texts scanned before.
  const found = automaton()
  const known = memo.get(text)
  if (known) return known
  const open = new Uint8Array(sources.length)
  if (FOLDS_TO_ASCII.test(text)) open.fill(1)
  else {
    gated.forEach((g, id) => g || (open[id] = 1))
    found.scan(text, (id) => (open[id] = 1))
  }
  if (memo.size >= MEMO_SIZE) memo.clear()
  memo.set(text, open)
  return open
}

/**
 * A regular expression behind the gate: `exec` (and so `test`, `match`, `replace`) fails at once on
 * a text that holds none of its factors. Derived expressions (`split`, `matchAll`) are plain ones.
 */
export class GatedRegExp extends RegExp {
  readonly gate: number

  constructor(pattern: string, flags?: string) {
    super(pattern, flags)
    this.gate = sources.length
    sources.push(pattern)
  }

  static override get [Symbol.species](): RegExpConstructor {
    return RegExp
  }

  override exec(input: string): RegExpExecArray | null {
    const text = String(input)
    if (opened(text)[this.gate] !== 1) {
      if (this.global || this.sticky) this.lastIndex = 0
      return null
    }
    return super.exec(text)
  }
}

/** Whether `re` may match `text`: false only when it is gated and `text` holds none of its factors. */
export function mayMatch(re: RegExp, text: string): boolean {
  return !(re instanceof GatedRegExp) || opened(text)[re.gate] === 1
}
