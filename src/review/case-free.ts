/**
 * Case-insensitive expressions compiled without the `i` flag where that matches alike. The rules'
 * and the facts' patterns are written in lower case and run on normalised text (lower case, no
 * accents), yet carry `iu`: V8 compiles a Unicode case-insensitive expression several times more
 * slowly than the same expression with `u` alone (the case closure of every character: ~14 ms
 * against ~3 ms for the largest rule pattern), and a one-page review spends most of its
 * regular-expression time compiling.
 *
 * Dropping `i` is exact for a pattern of lower-case ASCII, caseless symbols and the escapes below,
 * on a text without a case-sensitive character: an ASCII capital, or one of the six characters
 * whose Unicode case folding crosses ASCII or the letter and word classes (ſ, the Kelvin sign,
 * U+0345 and the three iotas it folds with; enumerated over every code point by
 * tests/review/case-free.test.ts). On such a text, `iu` matching compares a character with a
 * pattern's by case folding exactly where `u` matching compares them as they are. A text holding
 * one of them runs the expression with its own flags.
 */
import { CASE_SENSITIVE, GatedRegExp, isCased, mayMatch } from './gate.js'

/** Characters of a text on which `iu` and `u` matching of a case-free pattern may differ (kept by the gate). */
export { CASE_SENSITIVE }

/** Whether `text` holds a case-sensitive character (answered once per distinct text, see gate.ts). */
export const caseSensitive = isCased

/**
 * A pattern made only of what a case-free pattern may hold outside the class-range check: ASCII
 * other than the capitals and the backslash, the caseless symbols (€ £ ° « » §), and the escapes
 * that denote no cased character nor a case-dependent class (no backreference, no `\u` escape,
 * `\p{L}` and `\p{N}` only). One expression over the whole pattern: the character-by-character
 * loop it replaces ran ~140,000 characters of rule and fact patterns through the bytecode
 * interpreter at every start (~6 ms of a one-page review's CPU).
 */
const CASE_FREE_PARTS = /^(?:[\x00-@[\]-\x7f€£°«»§]|\\(?:[bBwWdDsS]|[pP]\{[LN]\}|[.()[\]{}?*+|^$/\\'"\-:,!=<>#&~%@; ]))*$/

/**
 * The parts of a pattern that CASE_FREE_PARTS accepted, for the class-range check: an escape (a
 * `\p{…}` one whole), a run of characters that neither open or close a class nor make a range,
 * or one of `[`, `]`, `-`.
 */
const RANGE_PARTS = /\\[pP]\{[LN]\}|\\[^]|[^\\[\]-]+|[[\]-]/gy

/**
 * Whether `pattern` is case-free: lower-case ASCII, caseless symbols and safe escapes, no
 * backreference, and no class range reaching the capitals (`[!-Z]` matches `a` only with `i`).
 */
export function isCaseFree(pattern: string): boolean {
  if (!CASE_FREE_PARTS.test(pattern)) return false
  if (!pattern.includes('-')) return true
  // Ranges: a `-` inside a class, neither first nor last in it, between two characters.
  let inClass = false
  RANGE_PARTS.lastIndex = 0
  for (let part = RANGE_PARTS.exec(pattern); part !== null; part = RANGE_PARTS.exec(pattern)) {
    const ch = part[0]
    const i = part.index
    if (ch === '[' && !inClass) inClass = true
    else if (ch === ']' && inClass) inClass = false
    else if (inClass && ch === '-' && pattern[i - 1] !== '[' && pattern[i + 1] !== ']') {
      // A range: it must not reach into A–Z (an escaped end is refused, whatever it is).
      if (pattern[i + 1] === '\\') return false
      if (pattern.charCodeAt(i - 1) <= 0x5a && pattern.charCodeAt(i + 1) >= 0x41) return false
    }
  }
  return true
}

/** The flags without `i`, when `pattern` with `flags` can be run without it (see the module comment). */
function caseFreeFlags(pattern: string, flags: string): string | undefined {
  if (!flags.includes('i') || !flags.includes('u') || flags.includes('v') || !isCaseFree(pattern)) return undefined
  return flags.replace('i', '')
}

/**
 * Texts an expression runs on with one compiled expression before ASCII texts get their own
 * variant (see `CaseFreeRegExp`).
 */
const ONE_COMPILE_RUNS = 1000

/**
 * A case-insensitive gated expression (see gate.ts) that runs without `i` on texts without a
 * case-sensitive character. Only for non-global, non-sticky expressions (`test` and `exec` keep
 * no state); its `flags` are those it runs with on such texts.
 *
 * For its first runs it is one compiled expression for every text: the gate would compile a second
 * one, without `u`, for ASCII texts, which matches alike and runs faster, but a short document's
 * sentences are ASCII and not (a « € », a dash) and compiling twice cost more than running (74 of
 * the 171 expressions a one-page quote ran met both). After ONE_COMPILE_RUNS texts, the gate's own
 * choice applies.
 */
export class CaseFreeRegExp extends GatedRegExp {
  /** The flags it was asked for, when it runs without `i` on most texts; undefined otherwise. */
  readonly #folding: string | undefined
  /** The expression with the flags it was asked for, made on first use. */
  #exact: GatedRegExp | undefined
  /** The expression with its own flags for every text, for its first runs. */
  #one: RegExp | undefined
  #runs = 0

  constructor(pattern: string, flags: string) {
    if (/[gy]/.test(flags)) throw new TypeError('CaseFreeRegExp: a global or sticky expression keeps state')
    const free = caseFreeFlags(pattern, flags)
    super(pattern, free ?? flags)
    this.#folding = free === undefined ? undefined : flags
  }

  /** The expression that matches `text` as one with the original flags would. */
  #exactFor(text: string): GatedRegExp | undefined {
    if (this.#folding === undefined || !caseSensitive(text)) return undefined
    return (this.#exact ??= new GatedRegExp(this.source, this.#folding))
  }

  /** The expression that runs on `text` for its first runs, or undefined after them; `text` must open the gate. */
  #early(): RegExp | undefined {
    if (this.#runs >= ONE_COMPILE_RUNS) return undefined
    this.#runs++
    return (this.#one ??= new RegExp(this.source, this.flags))
  }

  override exec(input: string): RegExpExecArray | null {
    const text = String(input)
    const exact = this.#exactFor(text)
    if (exact) return exact.exec(text)
    if (this.#runs < ONE_COMPILE_RUNS && !mayMatch(this, text)) return null
    const early = this.#early()
    return early ? early.exec(text) : super.exec(text)
  }

  override test(input: string): boolean {
    const text = String(input)
    const exact = this.#exactFor(text)
    if (exact) return exact.test(text)
    if (this.#runs < ONE_COMPILE_RUNS && !mayMatch(this, text)) return false
    const early = this.#early()
    return early ? early.test(text) : super.test(text)
  }
}

/**
 * For a plain expression (global ones included, for `matchAll` and `replace`): a function giving,
 * for a text, the expression to run on it — the same source without `i` when that matches alike on
 * that text, else `re` itself.
 */
export function caseFreeFor(re: RegExp): (text: string) => RegExp {
  const free = caseFreeFlags(re.source, re.flags)
  if (free === undefined) return () => re
  let fast: RegExp | undefined
  return (text) => (caseSensitive(text) ? re : (fast ??= new RegExp(re.source, free)))
}
