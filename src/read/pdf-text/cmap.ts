/**
 * /ToUnicode CMaps (ISO 32000-1 §9.10.3): `bfchar` and `bfrange` (a start string incremented by
 * its last byte, or an array of strings). Destinations are UTF-16BE, read into JavaScript strings
 * as pdf.js reads them (an odd-length destination gets a leading zero byte). `usecmap`, a range
 * wider than 2^16 codes or anything malformed throws `Unsupported`.
 */
import { EOF, Lexer, PdfCommand, Unsupported } from './objects.js'

const MAX_RANGE = 2 ** 16

/** Reads a ToUnicode CMap: code → text (codes are the big-endian value of the source bytes). */
export function parseToUnicode(bytes: Uint8Array): Map<number, string> {
  const lexer = new Lexer(bytes)
  const raw = new Map<number, string>()
  const code = (s: unknown): number => {
    if (typeof s !== 'string' || s.length === 0 || s.length > 4) throw new Unsupported('CMap source code')
    let v = 0
    for (let i = 0; i < s.length; i++) v = v * 256 + s.charCodeAt(i)
    return v
  }
  for (;;) {
    const t = lexer.token()
    if (t === EOF) break
    if (!(t instanceof PdfCommand)) continue
    if (t.cmd === 'usecmap' || t.cmd === 'begincidchar' || t.cmd === 'begincidrange' || t.cmd === 'beginnotdefrange') throw new Unsupported(t.cmd)
    if (t.cmd === 'beginbfchar') {
      for (;;) {
        const src = lexer.token()
        if (src === PdfCommand.of('endbfchar')) break
        const dst = lexer.token()
        if (typeof dst !== 'string') throw new Unsupported('bfchar destination')
        raw.set(code(src), dst)
      }
    } else if (t.cmd === 'beginbfrange') {
      for (;;) {
        const lowToken = lexer.token()
        if (lowToken === PdfCommand.of('endbfrange')) break
        let low = code(lowToken)
        const high = code(lexer.token())
        if (high - low > MAX_RANGE) throw new Unsupported('bfrange too wide')
        const dst = lexer.token()
        if (typeof dst === 'string') {
          if (dst.length === 0) throw new Unsupported('empty bfrange destination')
          let d = dst
          const last = d.length - 1
          while (low <= high) {
            raw.set(low++, d)
            const next = d.charCodeAt(last) + 1
            if (next > 0xff) {
              // Carry into the byte before (pdf.js keeps the string's length).
              if (last === 0) throw new Unsupported('bfrange carry')
              d = d.slice(0, last - 1) + String.fromCharCode(d.charCodeAt(last - 1) + 1) + '\x00'
              continue
            }
            d = d.slice(0, last) + String.fromCharCode(next)
          }
        } else if (dst === PdfCommand.of('[')) {
          for (;;) {
            const item = lexer.token()
            if (item === PdfCommand.of(']')) break
            if (typeof item !== 'string') throw new Unsupported('bfrange array')
            if (low <= high) raw.set(low++, item)
          }
        } else {
          throw new Unsupported('bfrange destination')
        }
      }
    }
  }
  const map = new Map<number, string>()
  for (const [c, dst] of raw) map.set(c, utf16(dst))
  return map
}

/** UTF-16BE bytes (one char per byte) to text; an odd length gets a leading zero byte. */
export function utf16(bytes: string): string {
  const s = bytes.length % 2 === 1 ? '\x00' + bytes : bytes
  const units: number[] = []
  for (let k = 0; k < s.length; k += 2) {
    const w1 = (s.charCodeAt(k) << 8) | s.charCodeAt(k + 1)
    if ((w1 & 0xf800) !== 0xd800) {
      units.push(w1)
      continue
    }
    k += 2
    const w2 = ((s.charCodeAt(k) << 8) | s.charCodeAt(k + 1)) >>> 0
    units.push(((w1 & 0x3ff) << 10) + (w2 & 0x3ff) + 0x10000)
  }
  return String.fromCodePoint(...units)
}
