/**
 * Fonts for text extraction (ISO 32000-1 §9.6–9.7): what a code's glyph says (Unicode) and how far
 * it advances (glyph-space width, thousandths of the text size). Read the way pdf.js reads them,
 * so that both readers build the same text:
 *
 * - simple TrueType fonts with their program embedded (/FontFile2) and /Widths: Unicode from
 *   /ToUnicode, else from the encoding (WinAnsiEncoding and /Differences with known glyph names);
 * - Type0 fonts with /Identity-H over an embedded CIDFontType2, /W and /DW widths, /ToUnicode.
 *
 * Everything else (Type1 and CFF programs, whose own metrics and encodings pdf.js reads; fonts
 * not embedded; Type3; other CMaps; vertical writing; a code with no known Unicode) throws
 * `Unsupported`.
 */
import { parseToUnicode } from './cmap.js'
import { WIN_ANSI, glyphUnicode } from './encodings.js'
import type { PdfFile } from './file.js'
import { PdfName, PdfRef, Unsupported, isStream, type PdfDict, type PdfValue } from './objects.js'

export interface Glyph {
  /** The character code (one byte in simple fonts, two in Identity-H). */
  code: number
  unicode: string
  /** Advance in glyph space (1/1000 of the text size). */
  width: number
  isWhitespace: boolean
  isZeroWidthDiacritic: boolean
  isInvisibleFormatMark: boolean
}

/** How pdf.js classifies a glyph's text: leading white-space, a non-spacing mark, a format character at the end. */
const SPECIAL = /^(\s)|(\p{Mn})|(\p{Cf})$/u

export class Font {
  /** Glyphs by code, made on first use. */
  private readonly glyphs: (Glyph | undefined)[] = []

  constructor(
    /** Stands for the font in text runs (as pdf.js's loaded font name does). */
    readonly id: string,
    /** Two-byte codes (Identity-H) rather than one-byte ones. */
    readonly composite: boolean,
    private readonly widths: Map<number, number>,
    private readonly defaultWidth: number,
    private readonly unicodeOf: (code: number) => string,
  ) {}

  /** The glyph of a code. */
  glyphAt(code: number): Glyph {
    return this.glyphs[code] ?? this.glyph(code)
  }

  private glyph(code: number): Glyph {
    const unicode = this.unicodeOf(code)
    const m = SPECIAL.exec(unicode)
    const g: Glyph = {
      code,
      unicode,
      width: this.widths.get(code) ?? this.defaultWidth,
      isWhitespace: m?.[1] !== undefined,
      isZeroWidthDiacritic: m?.[2] !== undefined,
      isInvisibleFormatMark: m?.[3] !== undefined,
    }
    this.glyphs[code] = g
    return g
  }
}

function name(v: PdfValue | undefined): string | undefined {
  return v instanceof PdfName ? v.name : undefined
}

function integer(v: PdfValue | undefined): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined
}

/** Loads a font dictionary; `id` names it in runs. */
export function loadFont(file: PdfFile, dict: PdfDict, id: string): Font {
  const subtype = name(file.get(dict, 'Subtype'))
  if (file.get(dict, 'FontMatrix') !== undefined) throw new Unsupported('font matrix')
  if (subtype === 'Type0') return loadType0(file, dict, id)
  if (subtype !== 'TrueType') throw new Unsupported(`font subtype ${subtype ?? '?'}`)
  const descriptor = file.dict(dict, 'FontDescriptor')
  if (!descriptor || !isStream(file.get(descriptor, 'FontFile2'))) throw new Unsupported('font not embedded as TrueType')

  // Widths from /FirstChar.
  const widthArray = file.get(dict, 'Widths')
  if (!Array.isArray(widthArray)) throw new Unsupported('no /Widths')
  const firstChar = integer(file.get(dict, 'FirstChar')) ?? 0
  const widths = new Map<number, number>()
  widthArray.forEach((w, i) => {
    const v = file.resolve(w)
    if (typeof v === 'number') widths.set(firstChar + i, v)
  })
  const missing = file.get(descriptor, 'MissingWidth')
  const defaultWidth = typeof missing === 'number' ? missing : 0

  // Encoding, as pdf.js reads it: a base encoding it knows, /Differences, the font flags.
  const differences = new Map<number, string>()
  let base: string | undefined
  const encoding = file.get(dict, 'Encoding')
  if (encoding !== undefined) {
    if (encoding instanceof PdfName) base = encoding.name
    else if (encoding instanceof Map) {
      base = name(file.get(encoding, 'BaseEncoding'))
      const diffs = file.get(encoding, 'Differences')
      if (Array.isArray(diffs)) {
        let index = 0
        for (const entry of diffs) {
          const v = file.resolve(entry)
          if (typeof v === 'number') index = v
          else if (v instanceof PdfName) differences.set(index++, v.name)
          else throw new Unsupported('/Differences entry')
        }
      }
    } else throw new Unsupported('/Encoding')
    if (base !== 'MacRomanEncoding' && base !== 'MacExpertEncoding' && base !== 'WinAnsiEncoding') base = undefined
  }
  const flags = integer(file.get(descriptor, 'Flags')) ?? 0
  let symbolic = (flags & 4) !== 0
  const nonsymbolic = (flags & 32) !== 0
  if (symbolic && nonsymbolic && differences.size > 0) symbolic = false
  // The default encoding of a TrueType font: WinAnsi unless it is marked nonsymbolic (Standard) or symbolic (MacRoman).
  const encodingName = base ?? (symbolic ? 'MacRomanEncoding' : nonsymbolic ? 'StandardEncoding' : 'WinAnsiEncoding')
  const baseNames = encodingName === 'WinAnsiEncoding' ? WIN_ANSI : undefined
  const hasEncoding = base !== undefined || differences.size > 0

  const fromEncoding = (code: number): string | undefined => {
    const diff = differences.get(code)
    const glyph = diff !== undefined && diff !== '.notdef' ? diff : baseNames?.[code]
    if (glyph === undefined || glyph === '') return undefined
    const u = glyphUnicode(glyph)
    // A uniXXXX name equal to its own code under a named base encoding: pdf.js takes the base encoding's glyph.
    if (u !== undefined && base !== undefined && /^u/.test(glyph) && u.codePointAt(0) === code) {
      const b = baseNames?.[code]
      return b ? glyphUnicode(b) : undefined
    }
    return u
  }

  const toUnicode = readToUnicode(file, dict)
  const unicodeOf = (code: number): string => {
    const mapped = toUnicode?.get(code)
    if (mapped) return mapped
    if (hasEncoding && (toUnicode === undefined || !toUnicode.has(code))) {
      const u = fromEncoding(code)
      if (u !== undefined) return u
    }
    throw new Unsupported(`no Unicode for code ${code}`)
  }
  return new Font(id, false, widths, defaultWidth, unicodeOf)
}

function loadType0(file: PdfFile, dict: PdfDict, id: string): Font {
  if (name(file.get(dict, 'Encoding')) !== 'Identity-H') throw new Unsupported('CMap other than Identity-H')
  const descendants = file.get(dict, 'DescendantFonts')
  const cid = Array.isArray(descendants) ? file.resolve(descendants[0]) : undefined
  if (!(cid instanceof Map)) throw new Unsupported('no descendant font')
  if (name(file.get(cid, 'Subtype')) !== 'CIDFontType2') throw new Unsupported('CID font other than TrueType')
  if (file.get(cid, 'FontMatrix') !== undefined) throw new Unsupported('font matrix')
  const descriptor = file.dict(cid, 'FontDescriptor')
  if (!descriptor || !isStream(file.get(descriptor, 'FontFile2'))) throw new Unsupported('CID font not embedded')
  const dw = file.get(cid, 'DW')
  const defaultWidth = typeof dw === 'number' ? Math.ceil(dw) : 1000
  const widths = new Map<number, number>()
  const w = file.get(cid, 'W')
  if (Array.isArray(w)) {
    for (let i = 0; i < w.length; i++) {
      let start = file.resolve(w[i++])
      if (typeof start !== 'number' || !Number.isInteger(start)) break
      const next = file.resolve(w[i])
      if (Array.isArray(next)) {
        for (const c of next) {
          const width = file.resolve(c)
          if (typeof width === 'number') widths.set(start, width)
          start++
        }
      } else if (typeof next === 'number' && Number.isInteger(next)) {
        const width = file.resolve(w[++i])
        if (typeof width !== 'number') continue
        for (let j = start; j <= next; j++) widths.set(j, width)
      } else break
    }
  }
  // pdf.js looks at the descendant font first.
  const toUnicode = readToUnicode(file, file.get(cid, 'ToUnicode') ? cid : dict)
  if (!toUnicode) throw new Unsupported('Type0 font without /ToUnicode')
  const unicodeOf = (code: number): string => {
    const mapped = toUnicode.get(code)
    if (mapped) return mapped
    throw new Unsupported(`no Unicode for code ${code}`)
  }
  return new Font(id, true, widths, defaultWidth, unicodeOf)
}

/** A /ToUnicode stream's map, undefined when absent or empty. */
function readToUnicode(file: PdfFile, dict: PdfDict): Map<number, string> | undefined {
  const v = file.get(dict, 'ToUnicode')
  if (v === undefined || v === null) return undefined
  if (!isStream(v)) throw new Unsupported('/ToUnicode is not a stream')
  const map = parseToUnicode(file.decode(v))
  return map.size > 0 ? map : undefined
}

/**
 * What makes pdf.js take two font dictionaries for one font (its "font aliases"): the same
 * descriptor and the same encoding entry, code range, ToUnicode bytes and widths (and, for Type0,
 * /W and /CIDToGIDMap). Such fonts get one name in text runs, which the block builder compares.
 * Undefined when the font has no descriptor (pdf.js never aliases it).
 */
export function fontAlias(file: PdfFile, baseDict: PdfDict): { descriptor: PdfDict; key: string } | undefined {
  let dict = baseDict
  const composite = name(file.get(baseDict, 'Subtype')) === 'Type0'
  if (composite) {
    const df = file.get(baseDict, 'DescendantFonts')
    const d = Array.isArray(df) ? file.resolve(df[0]) : df
    if (!(d instanceof Map)) return undefined
    dict = d
  }
  const descriptor = file.get(dict, 'FontDescriptor')
  if (!(descriptor instanceof Map)) return undefined
  const raw = (v: PdfValue | undefined): string => {
    if (typeof v === 'number') return String(v)
    if (v instanceof PdfRef) return v.key
    if (v instanceof PdfName) return v.name
    return ''
  }
  const parts: string[] = []
  const encoding = baseDict.get('Encoding')
  if (encoding instanceof PdfName || encoding instanceof PdfRef) parts.push(raw(encoding))
  else if (encoding instanceof Map) {
    for (const entry of encoding.values()) {
      if (entry instanceof PdfName || entry instanceof PdfRef) parts.push(raw(entry))
      else if (Array.isArray(entry)) parts.push(entry.map(raw).join())
    }
  }
  const first = integer(file.get(dict, 'FirstChar')) ?? 0
  const last = integer(file.get(dict, 'LastChar')) ?? (composite ? 0xffff : 0xff)
  parts.push(`${first}-${last}`)
  const toUnicode = file.get(dict, 'ToUnicode') ?? file.get(baseDict, 'ToUnicode')
  if (isStream(toUnicode)) parts.push(Buffer.from(toUnicode.raw).toString('latin1'))
  else if (toUnicode instanceof PdfName) parts.push(toUnicode.name)
  const widths = file.get(dict, 'Widths') ?? file.get(baseDict, 'Widths')
  if (Array.isArray(widths)) parts.push(widths.filter((w) => typeof w === 'number' || w instanceof PdfRef).map(raw).join())
  if (composite) {
    parts.push('compositeFont')
    const w = file.get(dict, 'W') ?? file.get(baseDict, 'W')
    if (Array.isArray(w)) parts.push(w.map((e) => (Array.isArray(e) ? `[${e.filter((x) => typeof x === 'number' || x instanceof PdfRef).map(raw).join()}]` : raw(e))).filter((s) => s !== '').join())
    const map = dict.get('CIDToGIDMap') ?? baseDict.get('CIDToGIDMap')
    if (map instanceof PdfName || map instanceof PdfRef) parts.push(raw(map))
    else if (isStream(map)) parts.push(Buffer.from(map.raw).toString('latin1'))
  }
  return { descriptor, key: parts.join('\u0000') }
}
