import { mkdtempSync, mkdirSync, openSync, closeSync, readFileSync, rmSync, writeFileSync, ftruncateSync, createWriteStream } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { zipSync, strToU8 } from 'fflate'
import { afterAll, describe, expect, test } from 'vitest'
import { readBuffer, readDocument } from '../../src/read/index.js'
import { FIXTURES, expectInputError } from './helpers.js'

const dir = mkdtempSync(join(tmpdir(), 'clausier-read-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const write = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}
const fixture = (name: string): Buffer => readFileSync(new URL(name, FIXTURES))
const texts = (blocks: ReadonlyArray<{ text: string }>): string[] => blocks.map((b) => b.text)

describe('readDocument: files', () => {
  test('dispatches by extension, case-insensitively, and keeps the path as given', async () => {
    const path = write('Quote.MARKDOWN', '# Quote\n\nText.\n')
    const doc = await readDocument(path)
    expect(doc).toEqual({
      path,
      format: 'md',
      blocks: [
        { kind: 'heading', text: 'Quote', line: 1, column: 1, level: 1 },
        { kind: 'paragraph', text: 'Text.', line: 3, column: 1 },
      ],
      // The length of each source line, for positions inside a block.
      lineLengths: [7, 0, 5, 0],
    })
    expect((await readDocument(path, 'quote.md')).path).toBe('quote.md')
  })

  test.each([
    ['a.txt', 'txt'],
    ['a.htm', 'html'],
    ['a.html', 'html'],
    ['a.md', 'md'],
  ])('%s is read as %s', async (name, format) => {
    expect((await readDocument(write(name, 'Hello.'))).format).toBe(format)
  })

  test('a missing file: InputError with the errno code', async () => {
    await expectInputError(readDocument(join(dir, 'missing.md'), 'missing.md'), 'missing.md: cannot read the file: no such file or directory (ENOENT)')
  })

  test('a directory', async () => {
    const path = join(dir, 'folder.md')
    mkdirSync(path)
    await expectInputError(readDocument(path, 'folder.md'), 'folder.md: is a directory, not a file')
  })

  test('an unsupported extension names the supported ones', async () => {
    await expectInputError(
      readDocument(write('quote.rtf', '{\\rtf1}'), 'quote.rtf'),
      'quote.rtf: unsupported file type (".rtf"): use .md, .markdown, .txt, .docx, .pdf, .html, .htm, .png, .jpg, .jpeg, .tif or .tiff',
    )
    await expectInputError(readDocument(write('README', 'x'), 'README'), 'README: unsupported file type (no extension): use .md, .markdown, .txt, .docx, .pdf, .html, .htm, .png, .jpg, .jpeg, .tif or .tiff')
  })

  test.each(['empty.md', 'empty.txt', 'empty.docx', 'empty.pdf', 'empty.html'])('0-byte %s: the file is empty', async (name) => {
    await expectInputError(readDocument(write(name, ''), name), `${name}: the file is empty`)
  })

  test('a file over the size limit is refused before it is read', async () => {
    const path = join(dir, 'huge.pdf')
    const fd = openSync(path, 'w')
    ftruncateSync(fd, 101 * 1024 * 1024) // sparse
    closeSync(fd)
    await expectInputError(readDocument(path, 'huge.pdf'), 'huge.pdf: the file is too large (101.0 MB; the limit for pdf input is 100 MB)')
  })
})

test('the heavy readers are imported lazily, so that reading a .md starts fast', () => {
  const source = readFileSync(new URL('../../src/read/read.ts', import.meta.url), 'utf8')
  expect(source).not.toMatch(/^import [^\n]*'\.\/(?:pdf|docx|zip|xml|html|markdown|text)\.js'/m)
  expect(source).toContain("await import('./pdf.js')")
  expect(source).toContain("await import('./docx.js')")
})

describe('content must match the extension', () => {
  test('binary .md (NUL bytes)', async () => {
    const bytes = Buffer.from([0x23, 0x20, 0x54, 0x00, 0x01, 0x02, 0xff, 0x00, 0x41])
    await expectInputError(readBuffer(bytes, 'notes.md', 'md'), 'notes.md: not a Markdown file (binary content)')
  })

  test('mostly non-text .txt (control characters, no NUL)', async () => {
    const bytes = Buffer.alloc(2000, 0x01)
    bytes.write('Some text', 0, 'latin1')
    await expectInputError(readBuffer(bytes, 'notes.txt', 'txt'), 'notes.txt: not a text file (binary content)')
  })

  test('a PDF named .md', async () => {
    await expectInputError(readBuffer(fixture('contract.pdf'), 'quote.md', 'md'), 'quote.md: not a Markdown file (it looks like a PDF document)')
  })

  test('a Word document named .html', async () => {
    await expectInputError(readBuffer(fixture('contract.docx'), 'quote.html', 'html'), 'quote.html: not an HTML file (it looks like a Word document)')
  })

  test('a .docx that is plain text', async () => {
    await expectInputError(readDocument(write('fake.docx', 'Just some text.\n'), 'fake.docx'), 'fake.docx: not a Word document (.docx)')
  })

  test('a .pdf without a PDF header', async () => {
    await expectInputError(readDocument(write('fake.pdf', 'Just some text.\n'), 'fake.pdf'), 'fake.pdf: not a PDF file (.pdf)')
  })

  test('a .pdf that is a Word document', async () => {
    await expectInputError(readBuffer(fixture('contract.docx'), 'quote.pdf', 'pdf'), 'quote.pdf: not a PDF file (.pdf) (it looks like a Word document)')
  })
})

describe('text decoding', () => {
  test('CRLF line ends: same blocks and line numbers as LF', async () => {
    const lf = '# Title\n\nFirst line\nsecond line.\n\n- item\n'
    const crlf = lf.replace(/\n/g, '\r\n')
    const a = await readBuffer(Buffer.from(lf), 'a.md', 'md')
    const b = await readBuffer(Buffer.from(crlf), 'a.md', 'md')
    expect(b.blocks).toEqual(a.blocks)
    expect(b.blocks).toEqual([
      { kind: 'heading', text: 'Title', line: 1, column: 1, level: 1 },
      { kind: 'paragraph', text: 'First line second line.', line: 3, column: 1 },
      { kind: 'list-item', text: 'item', line: 6, column: 1 },
    ])
    const t = await readBuffer(Buffer.from('ARTICLE 1 – OBJET\r\nLe présent contrat…\r\n\r\nFin.\r\n'), 'a.txt', 'txt')
    expect(t.blocks.map((x) => [x.kind, x.text, x.line])).toEqual([
      ['heading', 'ARTICLE 1 – OBJET', 1],
      ['paragraph', 'Le présent contrat…', 2],
      ['paragraph', 'Fin.', 4],
    ])
  })

  test('a UTF-8 BOM is stripped (column 1 stays column 1)', async () => {
    const doc = await readBuffer(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('# Devis\n\nTexte.\n')]), 'devis.md', 'md')
    expect(doc.blocks[0]).toEqual({ kind: 'heading', text: 'Devis', line: 1, column: 1, level: 1 })
  })

  test('Windows-1252 bytes (not valid UTF-8) are decoded as Windows-1252', async () => {
    // "Durée : 12 mois – 500 €, l’acheteur" in Windows-1252
    const bytes = Buffer.from([
      ...Buffer.from('Dur', 'latin1'), 0xe9, ...Buffer.from('e : 12 mois ', 'latin1'), 0x96, ...Buffer.from(' 500 ', 'latin1'), 0x80,
      ...Buffer.from(', l', 'latin1'), 0x92, ...Buffer.from('acheteur.', 'latin1'),
    ])
    const doc = await readBuffer(bytes, 'devis.txt', 'txt')
    expect(texts(doc.blocks)).toEqual(['Durée : 12 mois – 500 €, l’acheteur.'])
  })

  test('UTF-16 with a BOM', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Clause 1.\n\nClause 2.\n', 'utf16le')])
    expect(texts((await readBuffer(bytes, 'a.txt', 'txt')).blocks)).toEqual(['Clause 1.', 'Clause 2.'])
  })
})

describe('standard input: format sniffed from the content', () => {
  test.each([
    ['contract.pdf', 'pdf'],
    ['contract.docx', 'docx'],
    ['contract.html', 'html'],
    ['contract.md', 'md'],
    ['contract.txt', 'md'],
  ])('%s → %s', async (name, format) => {
    const doc = await readBuffer(fixture(name), '<stdin>')
    expect(doc.format).toBe(format)
    expect(doc.path).toBe('<stdin>')
    expect(doc.blocks.length).toBeGreaterThan(10)
  })

  test('<html without a doctype', async () => {
    expect((await readBuffer(Buffer.from('  <HTML><body><p>Hi.</p></body></HTML>'), '<stdin>')).format).toBe('html')
  })

  test('empty standard input', async () => {
    await expectInputError(readBuffer(Buffer.alloc(0), '<stdin>'), '<stdin>: standard input is empty')
  })

  test('a zip that is not a Word document', async () => {
    await expectInputError(readBuffer(Buffer.from(zipSync({ 'a.txt': strToU8('hello') })), '<stdin>'), '<stdin>: a zip archive that is not a Word document (.docx)')
  })

  test('an OLE file (encrypted Office document)', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)])
    await expectInputError(readBuffer(ole, '<stdin>'), '<stdin>: the Word file is password-protected (encrypted): remove the password first')
  })

  test('more than 60 MB of text', async () => {
    await expectInputError(readBuffer(Buffer.alloc(61 * 1024 * 1024, 0x61), '<stdin>'), '<stdin>: the file is too large (61.0 MB; the limit for md input is 60 MB)')
  })
})

describe('a large text file (12 MB: the streaming and line counting of 50 MB, in a quarter of the time)', () => {
  test('is read in bounded memory and time', { timeout: 180_000 }, async () => {
    const path = join(dir, 'big.txt')
    const section = (n: number): string =>
      `${n}. Governing Law. This Agreement shall be governed by the laws of France, without regard to its conflict of laws rules, and the courts of Paris shall have exclusive jurisdiction over any dispute.\n` +
      `${n}.1 The Generator shall keep a record of each consent for five years and deliver it within five business days.\n\n` +
      `SECTION ${n} – LIMITATION OF LIABILITY\n\nNeither party is liable for indirect damages. ${n + 1}.2 Notices. Notices are sent by registered letter.\n\n`
    const stream = createWriteStream(path)
    let size = 0
    let n = 0
    while (size < 12 * 1024 * 1024) {
      const chunk = section((n++ % 98) + 1)
      size += chunk.length
      if (!stream.write(chunk)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()))
    }
    await new Promise<void>((resolve) => stream.end(() => resolve()))
    const doc = await readDocument(path, 'big.txt')
    expect(doc.format).toBe('txt')
    expect(doc.blocks.length).toBe(n * 7)
    expect(doc.blocks.slice(0, 7).map((b) => [b.kind, b.text.slice(0, 30), b.line, b.column])).toEqual([
      ['heading', 'Governing Law', 1, 1],
      ['paragraph', '1. Governing Law. This Agreeme', 1, 1],
      ['paragraph', '1.1 The Generator shall keep a', 2, 1],
      ['heading', 'SECTION 1 – LIMITATION OF LIAB', 4, 1],
      ['paragraph', 'Neither party is liable for in', 6, 1],
      ['heading', 'Notices', 6, 47],
      ['paragraph', '2.2 Notices. Notices are sent ', 6, 47],
    ])
    const last = doc.blocks.at(-1)
    expect(last?.line).toBe((n - 1) * 7 + 6)
  })
})
