/**
 * PDF objects and the tokenizer shared by the file structure, content streams and CMaps
 * (ISO 32000-1 §7.2–7.3). Strings are kept as byte strings (one char per byte, 0–255); names are
 * interned `PdfName`s, operators `PdfCommand`s. Anything this reader does not understand throws
 * `Unsupported`, which makes the caller hand the document to pdf.js.
 */

/** This reader cannot read the document faithfully: pdf.js reads it instead. */
export class Unsupported extends Error {
  override readonly name = 'Unsupported'
}

export class PdfName {
  private static readonly names = new Map<string, PdfName>()
  private constructor(readonly name: string) {}
  static of(name: string): PdfName {
    let n = PdfName.names.get(name)
    if (!n) PdfName.names.set(name, (n = new PdfName(name)))
    return n
  }
}

export class PdfCommand {
  private static readonly commands = new Map<string, PdfCommand>()
  /** A content-stream operator's operand count (-1: any), set by the text reader; undefined for any other command. */
  arity: number | undefined = undefined
  /** The code the text reader acts on this operator by (text.ts's `Op`); -1: none. */
  code = -1
  private constructor(readonly cmd: string) {}
  static of(cmd: string): PdfCommand {
    let c = PdfCommand.commands.get(cmd)
    if (!c) PdfCommand.commands.set(cmd, (c = new PdfCommand(cmd)))
    return c
  }
}

export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
  get key(): string {
    return `${this.num}R${this.gen}`
  }
}

export type PdfDict = Map<string, PdfValue>

/** A stream: its dictionary and its raw (still encoded) bytes. */
export interface PdfStream {
  dict: PdfDict
  raw: Uint8Array
}

export type PdfValue = null | boolean | number | string | PdfName | PdfRef | PdfValue[] | PdfDict | PdfStream

export const EOF = Symbol('EOF')
export type Token = PdfValue | PdfCommand | typeof EOF

export function isStream(v: unknown): v is PdfStream {
  return typeof v === 'object' && v !== null && 'raw' in v && 'dict' in v
}

export function isDict(v: unknown): v is PdfDict {
  return v instanceof Map
}

/** White-space (§7.2.2): NUL, HT, LF, FF, CR, SP. */
const WHITE = new Uint8Array(256)
for (const c of [0, 9, 10, 12, 13, 32]) WHITE[c] = 1
/** Delimiters: ( ) < > [ ] { } / %. */
const DELIM = new Uint8Array(256)
for (const c of '()<>[]{}/%') DELIM[c.charCodeAt(0)] = 1

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48
  if (c >= 65 && c <= 70) return c - 55
  if (c >= 97 && c <= 102) return c - 87
  return -1
}

/**
 * Reads tokens from bytes. `refs`: whether `n g R` is a reference (file objects) rather than two
 * numbers and an operator (content streams have no references).
 */
export class Lexer {
  pos: number
  /** The same bytes as a Buffer, for latin1 slices. */
  private readonly text: Buffer

  constructor(
    readonly bytes: Uint8Array,
    start = 0,
    readonly end = bytes.length,
  ) {
    this.pos = start
    this.text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  }

  skipSpace(): void {
    const b = this.bytes
    let p = this.pos
    for (;;) {
      while (p < this.end && WHITE[b[p] as number]) p++
      if (p < this.end && b[p] === 37 /* % */) {
        while (p < this.end && b[p] !== 10 && b[p] !== 13) p++
        continue
      }
      break
    }
    this.pos = p
  }

  /** The next token: a value, a command (an operator or `[`, `]`, `<<`, `>>` as commands), or EOF. */
  token(): PdfValue | PdfCommand | typeof EOF {
    this.skipSpace()
    const b = this.bytes
    if (this.pos >= this.end) return EOF
    const c = b[this.pos] as number
    switch (c) {
      case 40: // (
        return this.literalString()
      case 47: // /
        return this.name()
      case 91: // [
        this.pos++
        return PdfCommand.of('[')
      case 93: // ]
        this.pos++
        return PdfCommand.of(']')
      case 60: // <
        if (b[this.pos + 1] === 60) {
          this.pos += 2
          return PdfCommand.of('<<')
        }
        return this.hexString()
      case 62: // >
        if (b[this.pos + 1] === 62) {
          this.pos += 2
          return PdfCommand.of('>>')
        }
        throw new Unsupported('unexpected >')
      case 123: // {
      case 125: // }
        this.pos++
        return PdfCommand.of(String.fromCharCode(c))
      case 41:
        throw new Unsupported('unexpected )')
    }
    if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) {
      const n = this.number()
      if (n !== undefined) return n
    }
    // A keyword or operator: regular characters up to white-space or a delimiter.
    const start = this.pos
    let p = this.pos
    while (p < this.end && !WHITE[b[p] as number] && !DELIM[b[p] as number]) p++
    this.pos = p
    // Operators are one to three characters: found by their bytes, without making a string.
    const length = p - start
    if (length >= 1 && length <= 3) {
      const key = length * 0x1000000 + (b[start] as number) * 0x10000 + (length > 1 ? (b[start + 1] as number) * 0x100 : 0) + (length > 2 ? (b[start + 2] as number) : 0)
      let command = SHORT_WORDS.get(key)
      if (!command) SHORT_WORDS.set(key, (command = PdfCommand.of(this.text.toString('latin1', start, p))))
      return command
    }
    const word = this.text.toString('latin1', start, p)
    if (word === 'true') return true
    if (word === 'false') return false
    if (word === 'null') return null
    return PdfCommand.of(word)
  }

  /** A number, or undefined (position unchanged) when the characters are not one. */
  private number(): number | undefined {
    const b = this.bytes
    const start = this.pos
    let p = start
    let sign = 1
    if (b[p] === 43 || b[p] === 45) {
      if (b[p] === 45) sign = -1
      p++
      // pdf.js reads "--5" as -5 and "-" alone as 0; neither is worth the risk here.
    }
    let value = 0
    let digits = 0
    while (p < this.end && (b[p] as number) >= 48 && (b[p] as number) <= 57) {
      value = value * 10 + ((b[p] as number) - 48)
      p++
      digits++
    }
    if (b[p] === 46) {
      p++
      let divisor = 1
      while (p < this.end && (b[p] as number) >= 48 && (b[p] as number) <= 57) {
        value = value * 10 + ((b[p] as number) - 48)
        divisor *= 10
        p++
        digits++
      }
      value /= divisor
    }
    if (digits === 0) return undefined
    if (p < this.end && !WHITE[b[p] as number] && !DELIM[b[p] as number]) throw new Unsupported('malformed number')
    this.pos = p
    return sign * value
  }

  private name(): PdfName {
    const b = this.bytes
    let p = this.pos + 1
    while (p < this.end && !WHITE[b[p] as number] && !DELIM[b[p] as number] && b[p] !== 35) p++
    if (p >= this.end || b[p] !== 35) {
      const start = this.pos + 1
      const length = p - start
      if (length >= 1 && length <= 3) {
        const key = length * 0x1000000 + (b[start] as number) * 0x10000 + (length > 1 ? (b[start + 1] as number) * 0x100 : 0) + (length > 2 ? (b[start + 2] as number) : 0)
        let short = SHORT_NAMES.get(key)
        if (!short) SHORT_NAMES.set(key, (short = PdfName.of(this.text.toString('latin1', start, p))))
        this.pos = p
        return short
      }
      const plain = this.text.toString('latin1', start, p)
      this.pos = p
      return PdfName.of(plain)
    }
    p = this.pos + 1
    let name = ''
    while (p < this.end && !WHITE[b[p] as number] && !DELIM[b[p] as number]) {
      const c = b[p] as number
      if (c === 35 /* # */) {
        const h = hexValue(b[p + 1] ?? 0)
        const l = hexValue(b[p + 2] ?? 0)
        if (h < 0 || l < 0) throw new Unsupported('malformed name escape')
        name += String.fromCharCode(h * 16 + l)
        p += 3
        continue
      }
      name += String.fromCharCode(c)
      p++
    }
    this.pos = p
    return PdfName.of(name)
  }

  private literalString(): string {
    const b = this.bytes
    let p = this.pos + 1
    let depth = 1
    const out: number[] = []
    for (;;) {
      if (p >= this.end) throw new Unsupported('unterminated string')
      let c = b[p++] as number
      if (c === 40) depth++
      else if (c === 41) {
        if (--depth === 0) break
      } else if (c === 92 /* \ */) {
        c = b[p++] as number
        switch (c) {
          case 110: out.push(10); continue
          case 114: out.push(13); continue
          case 116: out.push(9); continue
          case 98: out.push(8); continue
          case 102: out.push(12); continue
          case 13:
            if (b[p] === 10) p++
            continue
          case 10:
            continue
          default:
            if (c >= 48 && c <= 55) {
              let v = c - 48
              for (let k = 0; k < 2 && (b[p] as number) >= 48 && (b[p] as number) <= 55; k++) v = v * 8 + ((b[p++] as number) - 48)
              out.push(v & 0xff)
              continue
            }
            out.push(c)
            continue
        }
      } else if (c === 13) {
        // An end-of-line in a string is a line feed (§7.3.4.2).
        if (b[p] === 10) p++
        c = 10
      }
      out.push(c)
    }
    this.pos = p
    return bytesToString(out)
  }

  private hexString(): string {
    const b = this.bytes
    let p = this.pos + 1
    const out = scratch(this.end - p)
    let n = 0
    let high = -1
    for (;;) {
      if (p >= this.end) throw new Unsupported('unterminated hex string')
      const c = b[p++] as number
      if (c === 62) break
      if (WHITE[c]) continue
      const v = hexValue(c)
      if (v < 0) throw new Unsupported('malformed hex string')
      if (high < 0) high = v
      else {
        out[n++] = high * 16 + v
        high = -1
      }
    }
    if (high >= 0) out[n++] = high * 16
    this.pos = p
    // Short strings (a glyph or two between kerning numbers) without a call into the Buffer code.
    if (n === 1) return String.fromCharCode(out[0] as number)
    if (n === 2) return String.fromCharCode(out[0] as number, out[1] as number)
    return out.toString('latin1', 0, n)
  }
}

/** Commands of one to three characters by their bytes (see `Lexer.token`). */
const SHORT_WORDS = new Map<number, PdfCommand>()
/** Names of one to three characters by their bytes. */
const SHORT_NAMES = new Map<number, PdfName>()

let scratchBuffer = Buffer.allocUnsafe(4096)
/** A reusable buffer of at least `n` bytes (strings are at most as long as what is left to read). */
function scratch(n: number): Buffer {
  if (scratchBuffer.length < n) scratchBuffer = Buffer.allocUnsafe(Math.max(n, scratchBuffer.length * 2))
  return scratchBuffer
}

function bytesToString(bytes: readonly number[]): string {
  let s = ''
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.slice(i, i + 8192))
  return s
}

const OPEN_ARRAY = PdfCommand.of('[')
const CLOSE_ARRAY = PdfCommand.of(']')
const OPEN_DICT = PdfCommand.of('<<')
const CLOSE_DICT = PdfCommand.of('>>')
const R = PdfCommand.of('R')

/**
 * Reads values from a lexer: arrays and dictionaries are assembled; in `refs` mode `n g R` is a
 * reference. Commands other than the brackets are returned as they are (operators, `obj`,
 * `stream`, `endobj`…).
 */
export class Parser {
  private buffer: Token[] = []

  constructor(
    readonly lexer: Lexer,
    readonly refs: boolean,
  ) {}

  private next(): Token {
    return this.buffer.length > 0 ? (this.buffer.shift() as Token) : this.lexer.token()
  }

  private peek(i: number): Token {
    while (this.buffer.length <= i) this.buffer.push(this.lexer.token())
    return this.buffer[i] as Token
  }

  /** Position of the lexer when nothing is buffered (for reading stream data after `stream`). */
  get pos(): number {
    if (this.buffer.length > 0) throw new Unsupported('parser has look-ahead')
    return this.lexer.pos
  }

  object(): Token {
    const t = this.next()
    if (t === OPEN_ARRAY) {
      const items: PdfValue[] = []
      for (;;) {
        const v = this.object()
        if (v === CLOSE_ARRAY) return items
        if (v === EOF || v instanceof PdfCommand) throw new Unsupported('malformed array')
        items.push(v)
      }
    }
    if (t === OPEN_DICT) {
      const dict: PdfDict = new Map()
      for (;;) {
        const k = this.next()
        if (k === CLOSE_DICT) return dict
        if (!(k instanceof PdfName)) throw new Unsupported('malformed dictionary')
        const v = this.object()
        if (v === EOF || v instanceof PdfCommand) throw new Unsupported('malformed dictionary value')
        dict.set(k.name, v)
      }
    }
    if (this.refs && typeof t === 'number' && Number.isInteger(t) && t >= 0) {
      const gen = this.peek(0)
      if (typeof gen === 'number' && Number.isInteger(gen) && gen >= 0 && this.peek(1) === R) {
        this.buffer.splice(0, 2)
        return new PdfRef(t, gen)
      }
    }
    return t
  }
}
