/**
 * Hand-made PDFs for the text extractor's tests: content streams written by the test, one
 * simple TrueType font (F1: codes 32–126, ToUnicode identity on ASCII, widths 500 except
 * space 250) and one Type0 font (F2: Identity-H, CIDs 1–3 → "é", "ﬁ", "€"), with a classic
 * xref table or with an xref stream and an object stream.
 */
import { deflateSync } from 'node:zlib'

export interface BuildOptions {
  /** Cross-reference stream and an object stream for the non-stream objects. */
  xrefStream?: boolean
  /** Compress the content streams. */
  flate?: boolean
  /** Extra objects by number → body (referred to from content, e.g. a Form XObject). */
  xobjects?: Record<string, string>
  /** Replaces F1's ToUnicode CMap. */
  toUnicode?: string
  /** Replaces F1's font dictionary entries after /Subtype (Widths, Encoding…). */
  f1?: string
  /** More fonts by resource name → dictionary (objects 30, 31…). */
  fonts?: Record<string, string>
}

const TO_UNICODE = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/CMapName /Test def 1 begincodespacerange <00> <FF> endcodespacerange
1 beginbfrange <20> <7E> <0020> endbfrange endcmap CMapName currentdict /CMap defineresource pop end end`

const TYPE0_TO_UNICODE = `begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange
2 beginbfchar <0001> <00E9> <0002> <FB01> endbfchar 1 beginbfrange <0003> <0003> <20AC> endbfrange endcmap`

/** F1's dictionary (descriptor 4, ToUnicode 5) with these entries for widths and encoding. */
export const F1 = (entries: string): string => `<< /Type /Font /Subtype /TrueType /BaseFont /AAAAAA+Test /FirstChar 32 /LastChar 126 ${entries} /FontDescriptor 4 0 R /ToUnicode 5 0 R >>`

/** F1's widths: 250 for the space, 500 for the other codes 33–126. */
export const F1_WIDTHS = Array.from({ length: 95 }, (_, i) => (i === 0 ? 250 : 500)).join(' ')

/** A PDF with one page per content stream. */
export function buildPdf(pages: readonly string[], options: BuildOptions = {}): Buffer {
  const objects = new Map<number, { body: string; stream?: Buffer }>()
  const put = (n: number, body: string, stream?: Buffer): void => {
    objects.set(n, stream === undefined ? { body } : { body, stream })
  }
  const widths = F1_WIDTHS
  const fontFile = Buffer.from([0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
  put(1, '<< /Type /Catalog /Pages 2 0 R >>')
  put(3, F1(options.f1 ?? `/Widths [${widths}] /Encoding /WinAnsiEncoding`))
  put(4, '<< /Type /FontDescriptor /FontName /AAAAAA+Test /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 6 0 R >>')
  put(5, '', Buffer.from(options.toUnicode ?? TO_UNICODE, 'latin1'))
  put(6, '', fontFile)
  put(7, '<< /Type /Font /Subtype /Type0 /BaseFont /BBBBBB+Test /Encoding /Identity-H /DescendantFonts [8 0 R] /ToUnicode 9 0 R >>')
  put(8, '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /BBBBBB+Test /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 10 0 R /DW 1000 /W [1 [600 700] 3 3 550] >>')
  put(9, '', Buffer.from(TYPE0_TO_UNICODE, 'latin1'))
  put(10, '<< /Type /FontDescriptor /FontName /BBBBBB+Test /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 6 0 R >>')
  const xobjectNames = Object.keys(options.xobjects ?? {})
  const xobjects = xobjectNames.length > 0 ? `/XObject << ${xobjectNames.map((n, i) => `/${n} ${20 + i} 0 R`).join(' ')} >>` : ''
  xobjectNames.forEach((n, i) => {
    const body = options.xobjects?.[n] ?? ''
    put(20 + i, '<< /Type /XObject /Subtype /Form /BBox [0 0 600 800] /Resources << /Font << /F1 3 0 R >> >> >>', Buffer.from(body, 'latin1'))
  })
  const extraFonts = Object.entries(options.fonts ?? {}).map(([n, body], i) => {
    put(30 + i, body)
    return `/${n} ${30 + i} 0 R`
  })
  const kids: number[] = []
  pages.forEach((content, i) => {
    const page = 100 + 2 * i
    kids.push(page)
    put(page, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R /F2 7 0 R ${extraFonts.join(' ')} >> ${xobjects} >> /Contents ${page + 1} 0 R >>`)
    put(page + 1, '', Buffer.from(content, 'latin1'))
  })
  put(2, `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`)

  const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')]
  let length = chunks[0]?.length ?? 0
  const add = (b: Buffer): void => {
    chunks.push(b)
    length += b.length
  }
  const offsets = new Map<number, number>()
  const compressed = new Map<number, [number, number]>()
  const streamObject = (n: number, dict: string, data: Buffer, flate: boolean): void => {
    offsets.set(n, length)
    const bytes = flate ? deflateSync(data) : data
    const inner = dict.replace(/^<<\s*|\s*>>$/g, '')
    add(Buffer.from(`${n} 0 obj\n<< ${inner} /Length ${bytes.length}${flate ? ' /Filter /FlateDecode' : ''} >>\nstream\n`, 'latin1'))
    add(bytes)
    add(Buffer.from('\nendstream\nendobj\n', 'latin1'))
  }
  const numbers = [...objects.keys()].sort((a, b) => a - b)
  const plain = numbers.filter((n) => objects.get(n)?.stream === undefined)
  for (const n of numbers) {
    const o = objects.get(n)
    if (!o || o.stream === undefined) continue
    streamObject(n, o.body === '' ? '<< >>' : o.body, o.stream, options.flate === true)
  }
  const max = Math.max(...numbers) + 3
  if (options.xrefStream) {
    // Non-stream objects in one object stream.
    const objStm = max - 2
    let header = ''
    let data = ''
    plain.forEach((n, i) => {
      header += `${n} ${data.length} `
      data += (objects.get(n)?.body ?? '') + '\n'
      compressed.set(n, [objStm, i])
    })
    const body = Buffer.from(header + data, 'latin1')
    streamObject(objStm, `<< /Type /ObjStm /N ${plain.length} /First ${header.length} >>`, body, true)
    const xref = max - 1
    const start = length
    const rows: number[] = []
    for (let n = 0; n <= xref; n++) {
      const c = compressed.get(n)
      const o = offsets.get(n)
      if (c) rows.push(2, c[0] >> 8, c[0] & 255, c[1])
      else if (o !== undefined) rows.push(1, (o >> 8) & 255, o & 255, 0)
      else if (n === xref) rows.push(1, (start >> 8) & 255, start & 255, 0)
      else rows.push(0, 0, 0, 0)
    }
    // PNG "Up" predictor rows (predictor 12, 4 columns).
    const predicted: number[] = []
    for (let r = 0; r < rows.length / 4; r++) {
      predicted.push(2)
      for (let c = 0; c < 4; c++) predicted.push(((rows[r * 4 + c] as number) - (r > 0 ? (rows[(r - 1) * 4 + c] as number) : 0)) & 255)
    }
    streamObject(xref, `<< /Type /XRef /Size ${xref + 1} /W [1 2 1] /Root 1 0 R /DecodeParms << /Predictor 12 /Columns 4 >> >>`, Buffer.from(predicted), true)
    add(Buffer.from(`startxref\n${start}\n%%EOF\n`, 'latin1'))
    return Buffer.concat(chunks)
  }
  for (const n of plain) {
    offsets.set(n, length)
    add(Buffer.from(`${n} 0 obj\n${objects.get(n)?.body ?? ''}\nendobj\n`, 'latin1'))
  }
  const start = length
  let table = `xref\n0 ${max}\n`
  for (let n = 0; n < max; n++) {
    const o = offsets.get(n)
    table += o === undefined ? '0000000000 65535 f \n' : `${String(o).padStart(10, '0')} 00000 n \n`
  }
  add(Buffer.from(`${table}trailer\n<< /Size ${max} /Root 1 0 R >>\nstartxref\n${start}\n%%EOF\n`, 'latin1'))
  return Buffer.concat(chunks)
}
