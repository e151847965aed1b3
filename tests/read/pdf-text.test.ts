import { describe, expect, test } from 'vitest'
import { parseToUnicode, utf16 } from '../../src/read/pdf-text/cmap.js'
import { WIN_ANSI, glyphUnicode } from '../../src/read/pdf-text/encodings.js'
import { extractPdfText, unsupportedReason, type TextItem } from '../../src/read/pdf-text/index.js'
import { EOF, Lexer, Parser, PdfCommand, PdfName, PdfRef, Unsupported } from '../../src/read/pdf-text/objects.js'
import { textPdfjs } from '../../src/read/pdfjs.js'
import { readBuffer } from '../../src/read/index.js'
import { expectInputError, textPdf } from './helpers.js'
import { F1, F1_WIDTHS, buildPdf } from './pdf-build.js'

const bytes = (s: string): Uint8Array => Buffer.from(s, 'latin1')
const tokens = (s: string, refs = false): unknown[] => {
  const parser = new Parser(new Lexer(bytes(s)), refs)
  const out: unknown[] = []
  for (let t = parser.object(); t !== EOF; t = parser.object()) out.push(t)
  return out
}

/** pdf.js's text items of every page, white-space items left out, fonts numbered by first use. */
async function pdfjsItems(pdf: Uint8Array): Promise<Array<Array<Omit<TextItem, 'height'>>>> {
  const pdfjs = await textPdfjs()
  const task = pdfjs.getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false })
  try {
    const doc = await task.promise
    const pages: Array<Array<Omit<TextItem, 'height'>>> = []
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent()
      pages.push(content.items.flatMap((i) => ('str' in i && i.str.trim() !== '' ? [{ str: i.str, width: i.width, transform: i.transform as number[], fontName: i.fontName }] : [])))
    }
    return renumberFonts(pages)
  } finally {
    await task.destroy()
  }
}

function renumberFonts(pages: Array<Array<Omit<TextItem, 'height'>>>): Array<Array<Omit<TextItem, 'height'>>> {
  const names = new Map<string, string>()
  return pages.map((items) => items.map((i) => ({ ...i, fontName: names.get(i.fontName) ?? (names.set(i.fontName, `font${names.size + 1}`), `font${names.size}`) })))
}

function ownItems(pdf: Uint8Array): Array<Array<Omit<TextItem, 'height'>>> {
  const pages = extractPdfText(pdf)
  expect(pages, unsupportedReason(pdf)).toBeDefined()
  return renumberFonts((pages ?? []).map((items) => items.map(({ str, width, transform, fontName }) => ({ str, width, transform, fontName }))))
}

describe('tokens', () => {
  test('numbers, names with # escapes, booleans, null, operators', () => {
    expect(tokens('12 -3.5 .25 +7 4. /Name /A#20B true false null Tj T*')).toEqual([
      12, -3.5, 0.25, 7, 4, PdfName.of('Name'), PdfName.of('A B'), true, false, null, PdfCommand.of('Tj'), PdfCommand.of('T*'),
    ])
  })

  test('literal strings: escapes, octal codes, balanced parentheses, line continuation', () => {
    expect(tokens(String.raw`(a\(b\)c) (x (y) z) (\101\102C\n) (one\
two)`)).toEqual(['a(b)c', 'x (y) z', 'ABC\n', 'onetwo'])
  })

  test('hex strings: white-space ignored, an odd last digit is followed by 0', () => {
    expect(tokens('<48 65 6C6C6F> <414>')).toEqual(['Hello', 'A@'])
  })

  test('arrays and dictionaries; references only in file objects', () => {
    const [dict] = tokens('<< /Type /Page /Kids [1 0 R 2 0 R] /Count 2 >>', true) as [Map<string, unknown>]
    expect(dict.get('Type')).toBe(PdfName.of('Page'))
    expect(dict.get('Kids')).toEqual([new PdfRef(1, 0), new PdfRef(2, 0)])
    expect(dict.get('Count')).toBe(2)
    expect(tokens('[(a) -120 (b)] TJ 1 0 R')).toEqual([['a', -120, 'b'], PdfCommand.of('TJ'), 1, 0, PdfCommand.of('R')])
  })

  test('malformed input throws Unsupported, never anything else', () => {
    for (const bad of ['(unterminated', '<4G>', '<< /A 1 2 >>', '[1 2', '12abc']) {
      expect(() => tokens(bad), bad).toThrow(Unsupported)
    }
  })
})

describe('ToUnicode CMaps', () => {
  test('bfchar, bfrange from a string (last byte incremented, with carry) and from an array', () => {
    const map = parseToUnicode(
      bytes(`2 beginbfchar <01> <0041> <02> <D83DDE00> endbfchar
2 beginbfrange <10> <12> <00FE> <20> <21> [<0066006C> <00E9>] endbfrange`),
    )
    expect([...map]).toEqual([
      [1, 'A'],
      [2, '😀'],
      [16, 'þ'],
      [17, 'ÿ'],
      [18, 'Ā'],
      [32, 'fl'],
      [33, 'é'],
    ])
  })

  test('UTF-16 destinations: surrogate pairs, odd length gets a leading zero byte', () => {
    expect(utf16('\xd8\x3d\xde\x00')).toBe('😀')
    expect(utf16('A')).toBe('A')
  })

  test('what it does not read throws Unsupported: usecmap, CID mappings, a range over 2^16 codes', () => {
    expect(() => parseToUnicode(bytes('/Other usecmap'))).toThrow(Unsupported)
    expect(() => parseToUnicode(bytes('1 begincidrange <00> <FF> 1 endcidrange'))).toThrow(Unsupported)
    expect(() => parseToUnicode(bytes('1 beginbfrange <000000> <FFFFFF> <0041> endbfrange'))).toThrow(Unsupported)
  })
})

describe('encodings', () => {
  test('WinAnsiEncoding names, with the codes pdf.js maps to bullet, space and hyphen', () => {
    expect(WIN_ANSI[0x41]).toBe('A')
    expect(WIN_ANSI[0x80]).toBe('Euro')
    expect(WIN_ANSI[0xe9]).toBe('eacute')
    expect(WIN_ANSI[0x7f]).toBe('bullet')
    expect(WIN_ANSI[0xa0]).toBe('space')
    expect(WIN_ANSI[0xad]).toBe('hyphen')
    expect(WIN_ANSI[0x10]).toBe('')
  })

  test('glyph names to Unicode: known names, uniXXXX and uXXXX, unknown names refused', () => {
    expect(glyphUnicode('eacute')).toBe('é')
    expect(glyphUnicode('quoteright')).toBe('’')
    expect(glyphUnicode('Euro')).toBe('€')
    expect(glyphUnicode('fi')).toBe('ﬁ')
    expect(glyphUnicode('uni00E9')).toBe('é')
    expect(glyphUnicode('u1F600')).toBe('😀')
    expect(glyphUnicode('uniD800')).toBeUndefined()
    expect(glyphUnicode('bullet')).toBe('•')
    expect(glyphUnicode('g123')).toBeUndefined()
  })
})

describe('extractPdfText', () => {
  const content = [
    'BT /F1 12 Tf 72 700 Td (Hello World) Tj ET',
    'BT /F1 12 Tf 72 680 Td [(Ke) 30 (rn) -600 (gap)] TJ ET',
    'q BT /F1 12 Tf 40 Tc 72 670 Td [(a) -100 ()] TJ (b) Tj ET Q',
    'BT /F1 10 Tf 14 TL 72 660 Td (first) Tj T* (second) Tj (third) \' 2 1 (fourth) " ET',
    'q 1 0 0 1 50 -100 cm BT /F1 11 Tf 2 Tc 5 Tw 80 Tz 3 Ts 22 600 Td (spaced out) Tj ET Q',
    'BT /F2 12 Tf 1 0 0 1 72 500 Tm <000100020003> Tj ET',
    '/P << /MCID 0 >> BDC BT /F1 12 Tf 72 480 Td (marked) Tj ET EMC BT /F1 12 Tf 140 480 Td (after) Tj ET',
  ].join('\n')

  test('the text items pdf.js gives: positions, widths, spaces from gaps, fonts (classic xref)', async () => {
    const pdf = buildPdf([content, 'BT /F1 9 Tf 0 1 -1 0 300 300 Tm (rotated text) Tj ET'])
    const own = ownItems(pdf)
    // A -600 kern at 12 pt is wider than 0.6 em: a new item; tracking (2 Tc at 80% Tz) spaces the letters out; ﬁ is normalized to fi.
    expect(own[0]?.map((i) => i.str)).toEqual(['Hello World', 'Kern', 'gap', 'a', 'b', 'first', 'second', 'third', 'fourth', 's p a c e d', 'o u t', 'éfi€', 'marked', 'after'])
    expect(own[1]?.map((i) => [i.str, i.transform])).toEqual([['rotated text', [0, 9, -9, 0, 300, 300]]])
    expect(own).toEqual(await pdfjsItems(pdf))
  })

  test('the same from an xref stream with an object stream and Flate content', async () => {
    const classic = extractPdfText(buildPdf([content]))
    const pdf = buildPdf([content], { xrefStream: true, flate: true })
    expect(extractPdfText(pdf)).toEqual(classic)
    expect(ownItems(pdf)).toEqual(await pdfjsItems(pdf))
  })

  test('Form XObjects are drawn in place with their matrix', async () => {
    const pdf = buildPdf(['BT /F1 12 Tf 72 700 Td (page text) Tj ET q 1 0 0 1 0 -200 cm /Fm0 Do Q'], {
      xobjects: { Fm0: 'BT /F1 12 Tf 72 700 Td (form text) Tj ET' },
    })
    const own = ownItems(pdf)
    expect(own[0]?.map((i) => [i.str, i.transform[5]])).toEqual([
      ['page text', 700],
      ['form text', 500],
    ])
    expect(own).toEqual(await pdfjsItems(pdf))
  })

  test('two font dictionaries pdf.js takes for one font (same descriptor, widths, ToUnicode) share a name; others do not', async () => {
    const pdf = buildPdf(['BT /F1 12 Tf 72 700 Td (one) Tj /F3 12 Tf (two) Tj /F4 12 Tf (three) Tj ET'], {
      fonts: { F3: F1(`/Widths [${F1_WIDTHS}] /Encoding /WinAnsiEncoding`), F4: F1(`/Widths [${F1_WIDTHS.replace(/^250/, '300')}] /Encoding /WinAnsiEncoding`) },
    })
    const own = ownItems(pdf)
    expect(own[0]?.map((i) => [i.str, i.fontName])).toEqual([
      ['one', 'font1'],
      ['two', 'font1'],
      ['three', 'font2'],
    ])
    expect(own).toEqual(await pdfjsItems(pdf))
  })

  test('a simple font without ToUnicode: WinAnsiEncoding and /Differences', async () => {
    const widths = Array.from({ length: 224 }, () => 500).join(' ')
    const pdf = buildPdf(['BT /F1 12 Tf 72 700 Td (caf\\351 \\200 \\001) Tj ET'], {
      toUnicode: '',
      f1: `/Widths [${widths}] /Encoding << /BaseEncoding /WinAnsiEncoding /Differences [1 /quoteright] >>`,
    })
    expect(ownItems(pdf)[0]?.map((i) => i.str)).toEqual(['café € ’'])
  })

  test('gives up (undefined) on what it does not follow', () => {
    // Non-embedded standard fonts (their widths come from built-in metrics).
    expect(extractPdfText(textPdf([[{ x: 72, y: 700, text: 'Hello' }]]))).toBeUndefined()
    // A code without Unicode (no ToUnicode, no encoding names it).
    expect(extractPdfText(buildPdf(['BT /F1 12 Tf 72 700 Td (\\001) Tj ET'], { toUnicode: '' }))).toBeUndefined()
    // An unknown operator, an inline image, a font missing from the resources.
    expect(extractPdfText(buildPdf(['BT /F1 12 Tf 72 700 Td (a) Tj ET zz']))).toBeUndefined()
    // Operators are known by their own table: a command of the file structure, a name of
    // Object.prototype and a known operator with the wrong operand count are refused too.
    for (const content of ['BT /F1 12 Tf 72 700 Td (a) Tj ET obj', 'BT /F1 12 Tf 72 700 Td (a) Tj ET constructor', 'BT /F1 12 Tf 72 700 Td (a) Tj ET 1 2 toString', 'BT /F1 12 Tf 72 700 Td 1 (a) Tj ET', 'BT /F1 12 Tf 72 700 700 Td (a) Tj ET']) {
      expect(unsupportedReason(buildPdf([content]))).toMatch(/^Unsupported: operator /)
    }
    // The same content without them is read.
    expect(ownItems(buildPdf(['BT /F1 12 Tf 72 700 Td (a) Tj ET']))[0]?.map((i) => i.str)).toEqual(['a'])
    expect(extractPdfText(buildPdf(['BI /W 1 /H 1 ID x EI']))).toBeUndefined()
    expect(extractPdfText(buildPdf(['BT /F9 12 Tf (a) Tj ET']))).toBeUndefined()
    // Damaged files: truncated, wrong xref offsets, garbage.
    const good = buildPdf(['BT /F1 12 Tf 72 700 Td (a) Tj ET'])
    expect(extractPdfText(good.subarray(0, good.length - 40))).toBeUndefined()
    expect(extractPdfText(Buffer.from(good.toString('latin1').replace(/startxref\n\d+/, 'startxref\n9'), 'latin1'))).toBeUndefined()
    expect(extractPdfText(Buffer.from('%PDF-1.4\ngarbage'))).toBeUndefined()
    expect(unsupportedReason(Buffer.from('%PDF-1.4\ngarbage'))).toBe('Unsupported: no startxref')
  })

  test('damaged copies of a good PDF: the extractor returns items or gives up, never throws or hangs', () => {
    const good = buildPdf(['BT /F1 12 Tf 72 700 Td (Hello World) Tj /F2 12 Tf <00010002> Tj ET'], { xrefStream: true, flate: true })
    let seed = 7
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % n
    }
    let read = 0
    let gaveUp = 0
    for (let k = 0; k < 300; k++) {
      const copy = Buffer.from(good)
      // A few bytes overwritten, or the file cut short.
      if (k % 5 === 0) {
        const cut = copy.subarray(0, random(copy.length))
        if (extractPdfText(cut) === undefined) gaveUp++
        else read++
        continue
      }
      for (let j = 0; j < 1 + random(4); j++) copy[random(copy.length)] = random(256)
      if (extractPdfText(copy) === undefined) gaveUp++
      else read++
    }
    expect(read + gaveUp).toBe(300)
    expect(gaveUp).toBeGreaterThan(0)
    expect(read).toBeGreaterThan(0)
  })

  test('a malformed PDF read end to end: one-line InputError from the pdf.js fallback, no stack trace', async () => {
    const good = buildPdf(['BT /F1 12 Tf 72 700 Td (a) Tj ET'])
    await expectInputError(readBuffer(good.subarray(0, 200), 'broken.pdf', 'pdf'), /^broken\.pdf: /)
  })

  test('a document read by the own reader through readBuffer: blocks from its lines', async () => {
    const pdf = buildPdf(['BT /F1 12 Tf 72 700 Td (This agreement is made between the Buyer and the Generator.) Tj ET'])
    const doc = await readBuffer(pdf, 'own.pdf', 'pdf')
    expect(doc.pages).toBe(1)
    expect(doc.blocks.map((b) => [b.kind, b.text, b.page, b.line])).toEqual([['paragraph', 'This agreement is made between the Buyer and the Generator.', 1, 1]])
  })
})
