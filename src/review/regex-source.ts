/**
 * A regular expression's source read as what its matches must contain: a tree of alternatives
 * and sequences of parts, each part a character, a group, "anything" (a class, `.`, `\w`…) or a
 * zero-width assertion, with how often it occurs. The literal prefilter (factors.ts) and the
 * gate's requirements (requirement.ts) fold this one tree in their own ways.
 */

/** What a part of a sequence is. */
export type Atom =
  /** One literal character. */
  | { kind: 'char'; ch: string }
  /** Any of several characters: a class, `.`, an escape such as `\s` or `\p{L}`. */
  | { kind: 'any' }
  /** Matches no character: `^`, `$`, `\b`, a lookahead or lookbehind. */
  | { kind: 'zero' }
  /** A group: one of its alternatives. */
  | { kind: 'group'; alternatives: Sequence[] }

/** A part of a sequence: `min` 0 when it may be absent (`?`, `*`, `{0,n}`); `repeat` when it may occur more than once. */
export interface Part {
  atom: Atom
  min: number
  repeat: boolean
}

export type Sequence = Part[]

interface Parser {
  src: string
  i: number
}

/**
 * The alternatives of a source, or undefined when the parser stops before its end (an unbalanced
 * `)`). Escapes it does not read as characters (`\u0041`, back-references) are "anything": callers
 * that need every literal right refuse such sources first.
 */
export function parseAlternatives(source: string): Sequence[] | undefined {
  const p: Parser = { src: source, i: 0 }
  const alternatives = alternation(p)
  return p.i < p.src.length ? undefined : alternatives
}

/** Sequences separated by `|`, up to a `)` or the end. */
function alternation(p: Parser): Sequence[] {
  const alternatives: Sequence[] = [sequence(p)]
  while (p.src[p.i] === '|') {
    p.i++
    alternatives.push(sequence(p))
  }
  return alternatives
}

/** A sequence until `)` or `|` or the end. */
function sequence(p: Parser): Sequence {
  const parts: Sequence = []
  while (p.i < p.src.length) {
    const ch = p.src[p.i]!
    if (ch === ')' || ch === '|') break
    let atom: Atom
    if (ch === '\\') {
      const next = p.src[p.i + 1] ?? ''
      p.i += 2
      if (/[pPu]/.test(next) && p.src[p.i] === '{') p.i = p.src.indexOf('}', p.i) + 1
      if (/[.\\/()[\]{}|*+?^$\-'"#:&!<>=,@%~`;]/.test(next) || next === ' ') atom = { kind: 'char', ch: next }
      else if (next === 'b' || next === 'B') atom = { kind: 'zero' }
      else atom = { kind: 'any' }
    } else if (ch === '[') {
      // A character class: skipped to its end (escapes and a leading ] handled).
      let j = p.i + 1
      if (p.src[j] === '^') j++
      if (p.src[j] === ']') j++
      while (j < p.src.length && p.src[j] !== ']') j += p.src[j] === '\\' ? 2 : 1
      p.i = j + 1
      atom = { kind: 'any' }
    } else if (ch === '(') {
      p.i++
      let lookaround = false
      if (p.src.startsWith('?:', p.i)) p.i += 2
      else if (p.src.startsWith('?<=', p.i) || p.src.startsWith('?<!', p.i)) (p.i += 3), (lookaround = true)
      else if (p.src.startsWith('?=', p.i) || p.src.startsWith('?!', p.i)) (p.i += 2), (lookaround = true)
      else if (p.src.startsWith('?<', p.i)) p.i = p.src.indexOf('>', p.i) + 1
      const alternatives = alternation(p)
      p.i++ // ')'
      atom = lookaround ? { kind: 'zero' } : { kind: 'group', alternatives }
    } else if (ch === '.' || ch === '^' || ch === '$') {
      p.i++
      atom = ch === '.' ? { kind: 'any' } : { kind: 'zero' }
    } else {
      p.i++
      atom = { kind: 'char', ch }
    }
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
    parts.push({ atom, min, repeat })
  }
  return parts
}

/** What every match of a sequence holds: a literal run, or one of a group's alternatives. */
export type RequiredPiece = { run: string } | { alternatives: Sequence[] }

/**
 * The pieces every match of a sequence holds, in order: its runs of literal characters (a part that
 * may be absent, a zero-width part, a class or a repeated character ends a run; a repeated
 * character is the last of its run) and its groups that must occur.
 */
export function requiredPieces(sequence: Sequence): RequiredPiece[] {
  const pieces: RequiredPiece[] = []
  let run = ''
  const flush = () => {
    if (run !== '') pieces.push({ run })
    run = ''
  }
  for (const { atom, min, repeat } of sequence) {
    if (atom.kind === 'zero' || min === 0) {
      flush()
      continue
    }
    if (atom.kind === 'char') {
      run += atom.ch
      if (repeat) flush()
    } else {
      flush()
      if (atom.kind === 'group') pieces.push({ alternatives: atom.alternatives })
    }
  }
  flush()
  return pieces
}
