/**
 * The file structure of a PDF (ISO 32000-1 §7.5): cross-reference tables and streams (with
 * `/Prev` and `/XRefStm`), indirect objects, object streams, FlateDecode streams (with PNG
 * predictors), the page tree with inherited resources and boxes. A damaged file (an offset that
 * does not hold its object, a broken xref), an encrypted one or an unknown filter throws
 * `Unsupported`: pdf.js, which can rebuild damaged files, reads it instead.
 */
import { inflateSync } from 'node:zlib'
import { EOF, Lexer, Parser, PdfCommand, PdfName, PdfRef, Unsupported, isDict, isStream, type PdfDict, type PdfStream, type PdfValue } from './objects.js'

interface Entry {
  /** 1: at `offset` in the file; 2: object `index` of object stream `stream`. */
  type: 1 | 2
  offset: number
  stream: number
  index: number
}

export interface PdfPage {
  dict: PdfDict
  resources: PdfDict
  /** The visible area: CropBox ∩ MediaBox, as pdf.js computes it. */
  view: [number, number, number, number]
  contents: Uint8Array
}

const MAX_XREF_SECTIONS = 64

export class PdfFile {
  private readonly entries = new Map<number, Entry>()
  private readonly cache = new Map<number, PdfValue>()
  private readonly objectStreams = new Map<number, PdfValue[]>()
  readonly trailer: PdfDict

  constructor(readonly bytes: Uint8Array) {
    this.trailer = this.readXref()
    if (this.trailer.has('Encrypt')) throw new Unsupported('encrypted')
  }

  /** Follows references until a direct value. */
  resolve(value: PdfValue | undefined): PdfValue | undefined {
    let v = value
    for (let depth = 0; v instanceof PdfRef; depth++) {
      if (depth > 32) throw new Unsupported('reference loop')
      v = this.fetch(v)
    }
    return v
  }

  get(dict: PdfDict, key: string): PdfValue | undefined {
    return this.resolve(dict.get(key))
  }

  dict(dict: PdfDict, key: string): PdfDict | undefined {
    const v = this.get(dict, key)
    if (v === undefined || v === null) return undefined
    if (isStream(v)) return v.dict
    if (!isDict(v)) throw new Unsupported(`/${key} is not a dictionary`)
    return v
  }

  fetch(ref: PdfRef): PdfValue {
    const cached = this.cache.get(ref.num)
    if (cached !== undefined) return cached
    const entry = this.entries.get(ref.num)
    // A missing object is null (§7.3.10); pdf.js would try to rebuild the xref first.
    if (!entry) throw new Unsupported(`object ${ref.num} not in xref`)
    let value: PdfValue
    if (entry.type === 1) {
      value = this.readIndirect(entry.offset, ref.num)
    } else {
      let objects = this.objectStreams.get(entry.stream)
      if (!objects) {
        objects = this.readObjectStream(entry.stream)
        this.objectStreams.set(entry.stream, objects)
      }
      const v = objects[entry.index]
      if (v === undefined) throw new Unsupported('object not in its object stream')
      value = v
    }
    this.cache.set(ref.num, value)
    return value
  }

  /** The decoded bytes of a stream. */
  decode(stream: PdfStream): Uint8Array {
    let filters = this.resolve(stream.dict.get('Filter'))
    let parms = this.resolve(stream.dict.get('DecodeParms'))
    if (filters === undefined || filters === null) return stream.raw
    if (!Array.isArray(filters)) filters = [filters]
    const parmList = Array.isArray(parms) ? parms : [parms]
    let data = stream.raw
    filters.forEach((f, i) => {
      const filter = this.resolve(f)
      if (!(filter instanceof PdfName) || (filter.name !== 'FlateDecode' && filter.name !== 'Fl')) throw new Unsupported('filter')
      try {
        data = inflateSync(data)
      } catch {
        throw new Unsupported('corrupt Flate data')
      }
      const p = this.resolve(parmList[i] ?? null)
      if (isDict(p)) data = this.unpredict(data, p)
    })
    parms = undefined
    return data
  }

  private unpredict(data: Uint8Array, parms: PdfDict): Uint8Array {
    const predictor = this.get(parms, 'Predictor') ?? 1
    if (predictor === 1) return data
    if (typeof predictor !== 'number' || predictor < 10) throw new Unsupported('TIFF predictor')
    const colors = (this.get(parms, 'Colors') as number | undefined) ?? 1
    const bpc = (this.get(parms, 'BitsPerComponent') as number | undefined) ?? 8
    const columns = (this.get(parms, 'Columns') as number | undefined) ?? 1
    if (bpc !== 8) throw new Unsupported('predictor bits')
    const bpp = colors
    const row = colors * columns
    const rows = Math.floor(data.length / (row + 1))
    const out = new Uint8Array(rows * row)
    for (let r = 0; r < rows; r++) {
      const type = data[r * (row + 1)] as number
      const src = r * (row + 1) + 1
      const dst = r * row
      for (let i = 0; i < row; i++) {
        const raw = data[src + i] as number
        const left = i >= bpp ? (out[dst + i - bpp] as number) : 0
        const up = r > 0 ? (out[dst - row + i] as number) : 0
        const upLeft = r > 0 && i >= bpp ? (out[dst - row + i - bpp] as number) : 0
        let v: number
        switch (type) {
          case 0: v = raw; break
          case 1: v = raw + left; break
          case 2: v = raw + up; break
          case 3: v = raw + ((left + up) >> 1); break
          case 4: {
            const pa = Math.abs(up - upLeft)
            const pb = Math.abs(left - upLeft)
            const pc = Math.abs(left + up - 2 * upLeft)
            v = raw + (pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft)
            break
          }
          default:
            throw new Unsupported('PNG predictor type')
        }
        out[dst + i] = v & 0xff
      }
    }
    return out
  }

  /** The pages in order, with inherited resources and boxes; the count must match /Count. */
  pages(): PdfPage[] {
    const root = this.get(this.trailer, 'Root')
    if (!isDict(root)) throw new Unsupported('no catalog')
    const top = this.get(root, 'Pages')
    if (!isDict(top)) throw new Unsupported('no page tree')
    const count = this.get(top, 'Count')
    const pages: PdfPage[] = []
    const seen = new Set<PdfDict>()
    const walk = (node: PdfDict, inherited: Map<string, PdfValue | undefined>): void => {
      if (seen.has(node)) throw new Unsupported('page tree loop')
      seen.add(node)
      const here = new Map(inherited)
      for (const key of ['Resources', 'MediaBox', 'CropBox', 'Rotate']) if (node.has(key)) here.set(key, node.get(key))
      const type = this.get(node, 'Type')
      const kids = this.get(node, 'Kids')
      if (type instanceof PdfName && type.name === 'Page' || (!(type instanceof PdfName) && !Array.isArray(kids))) {
        pages.push(this.page(node, here))
        return
      }
      if (!Array.isArray(kids)) throw new Unsupported('page tree node without kids')
      for (const kid of kids) {
        const k = this.resolve(kid)
        if (!isDict(k)) throw new Unsupported('page tree kid')
        walk(k, here)
      }
    }
    walk(top, new Map())
    if (count !== pages.length) throw new Unsupported('page count differs from /Count')
    return pages
  }

  private page(dict: PdfDict, inherited: Map<string, PdfValue | undefined>): PdfPage {
    const resources = this.resolve(inherited.get('Resources'))
    const box = (key: string): number[] | undefined => {
      const v = this.resolve(inherited.get(key))
      if (!Array.isArray(v) || v.length !== 4) return undefined
      const n = v.map((x) => this.resolve(x))
      if (!n.every((x): x is number => typeof x === 'number')) return undefined
      const [a, b, c, d] = n as [number, number, number, number]
      const r = [Math.min(a, c), Math.min(b, d), Math.max(a, c), Math.max(b, d)]
      return (r[2] as number) - (r[0] as number) > 0 && (r[3] as number) - (r[1] as number) > 0 ? r : undefined
    }
    const media = box('MediaBox') ?? [0, 0, 612, 792]
    const crop = box('CropBox') ?? media
    let view = media
    if (crop !== media && crop.some((x, i) => x !== media[i])) {
      const r = [Math.max(crop[0] as number, media[0] as number), Math.max(crop[1] as number, media[1] as number), Math.min(crop[2] as number, media[2] as number), Math.min(crop[3] as number, media[3] as number)]
      if ((r[2] as number) - (r[0] as number) > 0 && (r[3] as number) - (r[1] as number) > 0) view = r
    }
    const contents = this.get(dict, 'Contents')
    const parts: Uint8Array[] = []
    const add = (v: PdfValue | undefined): void => {
      const s = this.resolve(v)
      if (!isStream(s)) throw new Unsupported('page contents is not a stream')
      if (s.dict.has('Resources')) throw new Unsupported('resources on the content stream')
      parts.push(this.decode(s))
    }
    if (Array.isArray(contents)) contents.forEach(add)
    else if (contents !== undefined && contents !== null) add(contents)
    if (parts.length > 1) throw new Unsupported('several content streams')
    return {
      dict,
      resources: isDict(resources) ? resources : new Map(),
      view: view as [number, number, number, number],
      contents: parts[0] ?? new Uint8Array(0),
    }
  }

  private readXref(): PdfDict {
    const b = this.bytes
    // startxref within the last 1 KB.
    const tail = Math.max(0, b.length - 1024)
    let at = -1
    for (let i = b.length - 9; i >= tail; i--) {
      if (b[i] === 115 && latin1(b, i, 9) === 'startxref') {
        at = i
        break
      }
    }
    if (at < 0) throw new Unsupported('no startxref')
    const lexer = new Lexer(b, at + 9)
    const first = lexer.token()
    if (typeof first !== 'number') throw new Unsupported('no xref offset')
    let trailer: PdfDict | undefined
    const visited = new Set<number>()
    const queue: number[] = [first]
    while (queue.length > 0) {
      const offset = queue.shift() as number
      if (visited.has(offset) || visited.size > MAX_XREF_SECTIONS) throw new Unsupported('xref loop')
      visited.add(offset)
      const section = this.readXrefSection(offset)
      trailer ??= section
      const stm = section.get('XRefStm')
      if (typeof stm === 'number') this.readXrefSection(stm)
      const prev = section.get('Prev')
      if (typeof prev === 'number') queue.push(prev)
    }
    if (!trailer) throw new Unsupported('no trailer')
    return trailer
  }

  /** Reads one xref table (with its trailer) or xref stream; earlier entries (newer sections) win. */
  private readXrefSection(offset: number): PdfDict {
    if (!Number.isInteger(offset) || offset < 0 || offset >= this.bytes.length) throw new Unsupported('xref offset')
    const lexer = new Lexer(this.bytes, offset)
    const save = lexer.pos
    const word = lexer.token()
    if (word === PdfCommand.of('xref')) return this.readXrefTable(lexer)
    lexer.pos = save
    const parser = new Parser(lexer, true)
    const num = parser.object()
    const gen = parser.object()
    const obj = parser.object()
    if (typeof num !== 'number' || typeof gen !== 'number' || obj !== PdfCommand.of('obj')) throw new Unsupported('xref offset does not hold an xref')
    const stream = this.readObjectBody(parser)
    if (!isStream(stream)) throw new Unsupported('xref stream')
    const type = stream.dict.get('Type')
    if (!(type instanceof PdfName) || type.name !== 'XRef') throw new Unsupported('not an xref stream')
    this.readXrefStream(stream)
    return stream.dict
  }

  private readXrefTable(lexer: Lexer): PdfDict {
    const b = this.bytes
    for (;;) {
      const save = lexer.pos
      const first = lexer.token()
      if (first === PdfCommand.of('trailer')) break
      const count = lexer.token()
      if (typeof first !== 'number' || typeof count !== 'number') {
        lexer.pos = save
        throw new Unsupported('xref subsection')
      }
      lexer.skipSpace()
      for (let i = 0; i < count; i++) {
        // 20-byte entries: "nnnnnnnnnn ggggg n\r\n"; tolerate other end-of-line forms.
        lexer.skipSpace()
        const p = lexer.pos
        const line = latin1(b, p, 18)
        const m = /^(\d{10}) (\d{5}) ([nf])/.exec(line)
        if (!m) throw new Unsupported('xref entry')
        lexer.pos = p + 18
        const num = first + i
        if (m[3] === 'n' && !this.entries.has(num)) {
          this.entries.set(num, { type: 1, offset: Number(m[1]), stream: 0, index: 0 })
        } else if (m[3] === 'f' && !this.entries.has(num)) {
          this.entries.set(num, { type: 1, offset: -1, stream: 0, index: 0 })
        }
      }
    }
    const trailer = new Parser(lexer, true).object()
    if (!isDict(trailer)) throw new Unsupported('trailer')
    return trailer
  }

  private readXrefStream(stream: PdfStream): void {
    const w = stream.dict.get('W')
    const size = stream.dict.get('Size')
    if (!Array.isArray(w) || w.length !== 3 || !w.every((x) => typeof x === 'number') || typeof size !== 'number') throw new Unsupported('xref stream /W')
    const [w0, w1, w2] = w as [number, number, number]
    const index = stream.dict.get('Index') ?? [0, size]
    if (!Array.isArray(index)) throw new Unsupported('xref stream /Index')
    const data = this.decode(stream)
    const width = w0 + w1 + w2
    if (width === 0 || w0 > 4 || w1 > 8 || w2 > 8) throw new Unsupported('xref stream field widths')
    let p = 0
    const field = (n: number): number => {
      let v = 0
      for (let i = 0; i < n; i++) v = v * 256 + (data[p++] as number)
      return v
    }
    for (let s = 0; s + 1 < index.length; s += 2) {
      const start = index[s]
      const count = index[s + 1]
      if (typeof start !== 'number' || typeof count !== 'number') throw new Unsupported('xref stream /Index')
      for (let i = 0; i < count; i++) {
        if (p + width > data.length) throw new Unsupported('xref stream too short')
        const type = w0 === 0 ? 1 : field(w0)
        const a = field(w1)
        const c = field(w2)
        const num = start + i
        if (this.entries.has(num)) continue
        if (type === 1) this.entries.set(num, { type: 1, offset: a, stream: 0, index: 0 })
        else if (type === 2) this.entries.set(num, { type: 2, offset: 0, stream: a, index: c })
        else this.entries.set(num, { type: 1, offset: -1, stream: 0, index: 0 })
      }
    }
  }

  private readIndirect(offset: number, num: number): PdfValue {
    if (offset < 0) return null
    if (offset >= this.bytes.length) throw new Unsupported('object offset')
    const parser = new Parser(new Lexer(this.bytes, offset), true)
    const n = parser.object()
    const g = parser.object()
    const obj = parser.object()
    if (n !== num || typeof g !== 'number' || obj !== PdfCommand.of('obj')) throw new Unsupported(`object ${num} not at its offset`)
    return this.readObjectBody(parser)
  }

  /** After `n g obj`: the value, and its stream data when a `stream` keyword follows. */
  private readObjectBody(parser: Parser): PdfValue {
    const value = parser.object()
    if (value === EOF || value instanceof PdfCommand) throw new Unsupported('object body')
    const lexer = parser.lexer
    const after = parser.object()
    if (after === PdfCommand.of('endobj')) return value
    if (after !== PdfCommand.of('stream') || !isDict(value)) {
      if (after === EOF || after instanceof PdfCommand) return value
      throw new Unsupported('object body')
    }
    let p = parser.pos
    const b = this.bytes
    if (b[p] === 13) p++
    if (b[p] === 10) p++
    const length = this.resolve(value.get('Length'))
    if (typeof length !== 'number' || !Number.isInteger(length) || length < 0 || p + length > b.length) throw new Unsupported('stream length')
    // The stream must end where /Length says (pdf.js looks for endstream otherwise).
    const end = new Lexer(b, p + length)
    if (end.token() !== PdfCommand.of('endstream')) throw new Unsupported('stream length does not reach endstream')
    return { dict: value, raw: b.subarray(p, p + length) }
  }

  private readObjectStream(num: number): PdfValue[] {
    const stream = this.fetch(new PdfRef(num, 0))
    if (!isStream(stream)) throw new Unsupported('object stream')
    const n = stream.dict.get('N')
    const first = stream.dict.get('First')
    if (typeof n !== 'number' || typeof first !== 'number') throw new Unsupported('object stream header')
    const data = this.decode(stream)
    const header = new Lexer(data, 0, first)
    const offsets: number[] = []
    for (let i = 0; i < n; i++) {
      const objNum = header.token()
      const off = header.token()
      if (typeof objNum !== 'number' || typeof off !== 'number') throw new Unsupported('object stream header')
      offsets.push(off)
    }
    return offsets.map((off) => {
      const v = new Parser(new Lexer(data, first + off), true).object()
      if (v === EOF || v instanceof PdfCommand) throw new Unsupported('object stream value')
      return v
    })
  }
}

function latin1(b: Uint8Array, start: number, length: number): string {
  let s = ''
  for (let i = start; i < start + length && i < b.length; i++) s += String.fromCharCode(b[i] as number)
  return s
}
