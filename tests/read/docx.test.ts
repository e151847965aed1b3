import { readFileSync } from 'node:fs'
import { Bookmark, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import { zipSync, strToU8 } from 'fflate'
import { describe, expect, test } from 'vitest'
import type { TextBlock } from '../../src/read/document.js'
import { readBuffer } from '../../src/read/index.js'
import { FIXTURES, W, documentXml, expectInputError, makeDocx, p, stylesXml } from './helpers.js'

const brief = (blocks: readonly TextBlock[]): Array<[string, string, number, number?]> =>
  blocks.map((b) => (b.level === undefined ? [b.kind, b.text, b.line] : [b.kind, b.text, b.line, b.level]))
const read = (docx: Uint8Array, name = 'quote.docx') => readBuffer(Buffer.from(docx), name, 'docx')

const STYLES = stylesXml(`
  <w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Titre2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
  <w:style w:type="paragraph" w:styleId="ClauseHeading"><w:name w:val="Clause Heading"/><w:basedOn w:val="Heading1"/></w:style>
  <w:style w:type="paragraph" w:styleId="Outline3"><w:name w:val="Custom"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>
  <w:style w:type="character" w:styleId="Heading1Char"><w:name w:val="Heading 1 Char"/></w:style>`)

describe('readDocx: structure', () => {
  test('headings from styles (names, basedOn, outline levels, localized ids), lists, tables; line = paragraph number', async () => {
    const body = [
      p('Lead Generation Agreement', '<w:pStyle w:val="Title"/>'), // 1
      p('1. Purpose', '<w:pStyle w:val="Heading1"/>'), // 2
      p('The Generator provides leads.'), // 3
      p('2. Durée', '<w:pStyle w:val="Titre2"/>'), // 4
      p('Inherited heading', '<w:pStyle w:val="ClauseHeading"/>'), // 5
      p('Outline heading', '<w:pStyle w:val="Outline3"/>'), // 6
      p('Direct outline', '<w:outlineLvl w:val="4"/>'), // 7
      p('Body text despite style', '<w:pStyle w:val="Heading1"/><w:outlineLvl w:val="9"/>'), // 8
      p('A bullet', '<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'), // 9
      p('A styled bullet', '<w:pStyle w:val="ListBullet"/>'), // 10
      p('Numbering removed', '<w:pStyle w:val="ListBullet"/><w:numPr><w:numId w:val="0"/></w:numPr>'), // 11
      `<w:tbl><w:tblPr/><w:tr><w:tc><w:tcPr/>${p('Item')}</w:tc><w:tc>${p('Price')}${p('excl. VAT')}</w:tc></w:tr>` + // 12, 13, 14
        `<w:tr><w:tc>${p('')}</w:tc><w:tc>${p('12 EUR')}</w:tc></w:tr></w:tbl>`, // 15 (empty), 16
      p(''), // 17
      p('Signed.'), // 18
      '<w:sectPr/>',
    ].join('')
    const doc = await read(makeDocx({ body, styles: STYLES }))
    expect(doc.format).toBe('docx')
    expect(brief(doc.blocks)).toEqual([
      ['heading', 'Lead Generation Agreement', 1, 1],
      ['heading', '1. Purpose', 2, 1],
      ['paragraph', 'The Generator provides leads.', 3],
      ['heading', '2. Durée', 4, 2],
      ['heading', 'Inherited heading', 5, 1],
      ['heading', 'Outline heading', 6, 3],
      ['heading', 'Direct outline', 7, 5],
      ['paragraph', 'Body text despite style', 8],
      ['list-item', 'A bullet', 9],
      ['list-item', 'A styled bullet', 10],
      ['paragraph', 'Numbering removed', 11],
      ['table-cell', 'Item', 12],
      ['table-cell', 'Price', 13],
      ['table-cell', 'excl. VAT', 14],
      ['table-cell', '12 EUR', 16],
      ['paragraph', 'Signed.', 18],
    ])
    expect(doc.blocks.every((b) => b.column === 1)).toBe(true)
  })

  test('without styles.xml, Heading1..6 style ids still give headings', async () => {
    const doc = await read(makeDocx({ body: p('Scope', '<w:pStyle w:val="Heading3"/>') + p('Text.') }))
    expect(brief(doc.blocks)).toEqual([
      ['heading', 'Scope', 1, 3],
      ['paragraph', 'Text.', 2],
    ])
  })

  test('run content: tabs, breaks, non-breaking hyphens; deletions, field codes and moves excluded; field results kept', async () => {
    const body =
      '<w:p><w:r><w:t>Price:</w:t></w:r><w:r><w:tab/><w:t>12</w:t></w:r><w:r><w:br/><w:t xml:space="preserve">EUR per </w:t></w:r>' +
      '<w:r><w:t>e</w:t><w:noBreakHyphen/><w:t>mail</w:t></w:r><w:r><w:softHyphen/><w:t>s</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t xml:space="preserve">Term: </w:t></w:r><w:del w:id="1"><w:r><w:delText>two</w:delText></w:r></w:del>' +
      '<w:ins w:id="2"><w:r><w:t>three</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> years</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t xml:space="preserve">See page </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF _Ref1 \\h </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>4</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      '<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t xml:space="preserve"> of 9</w:t></w:r></w:fldSimple></w:p>' +
      '<w:p><w:moveFrom w:id="3"><w:r><w:t>Old place.</w:t></w:r></w:moveFrom><w:moveTo w:id="4"><w:r><w:t>New place.</w:t></w:r></w:moveTo></w:p>' +
      '<w:p><w:r><w:t>A &amp; B &lt;C&gt; &#233;&#x20AC;</w:t></w:r><w:hyperlink r:id="rId9"><w:r><w:t xml:space="preserve"> link</w:t></w:r></w:hyperlink></w:p>'
    const doc = await read(makeDocx({ body }))
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'Price: 12 EUR per e-mails',
      'Term: three years',
      'See page 4 of 9',
      'New place.',
      'A & B <C> é€ link',
    ])
  })

  test('tracked formatting changes do not override the current style', async () => {
    const body = p('Current heading', '<w:pStyle w:val="Heading2"/><w:pPrChange w:id="1"><w:pPr><w:pStyle w:val="Normal"/></w:pPr></w:pPrChange>')
    expect(brief((await read(makeDocx({ body }))).blocks)).toEqual([['heading', 'Current heading', 1, 2]])
  })

  test('a TOC field spanning several paragraphs is not document text; the headings after it are read, lines still count it', async () => {
    const entry = (title: string, page: number, extra = '') =>
      `<w:p><w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9000"/></w:tabs></w:pPr>${extra}` +
      `<w:hyperlink w:anchor="_Toc${page}"><w:r><w:t>${title}</w:t></w:r><w:r><w:tab/></w:r>` +
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF _Toc${page} \\h </w:instrText></w:r>` +
      `<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${page}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink></w:p>`
    const begin =
      '<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" </w:instrText></w:r>' +
      '<w:r><w:instrText xml:space="preserve">\\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    const body = [
      p('Lead Generation Agreement', '<w:pStyle w:val="Title"/>'), // 1
      entry('1. Purpose', 1, begin), // 2
      entry('2. Term', 2), // 3
      '<w:p><w:r><w:t>3. Price</w:t></w:r><w:r><w:tab/><w:t>3</w:t></w:r></w:p>', // 4: an entry without a hyperlink
      '<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>', // 5
      p('1. Purpose', '<w:pStyle w:val="Heading1"/>'), // 6
      '<w:p><w:r><w:t xml:space="preserve">See page </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>2</w:t></w:r></w:fldSimple></w:p>', // 7
      p('2. Term', '<w:pStyle w:val="Heading1"/>'), // 8
      '<w:p><w:fldSimple w:instr=" TOC \\o &quot;1-1&quot; "><w:r><w:t>Simple field entry</w:t></w:r></w:fldSimple><w:r><w:t>Kept after it.</w:t></w:r></w:p>', // 9
    ].join('')
    const doc = await read(makeDocx({ body, styles: STYLES }))
    expect(brief(doc.blocks)).toEqual([
      ['heading', 'Lead Generation Agreement', 1, 1],
      ['heading', '1. Purpose', 6, 1],
      ['paragraph', 'See page 2', 7],
      ['heading', '2. Term', 8, 1],
      ['paragraph', 'Kept after it.', 9],
    ])
  })

  test('paragraphs in TOC styles (toc 1–9, TOC Heading, localized ids) and a Table of Contents content control are not document text', async () => {
    const styles = stylesXml(`
      <w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
      <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="En-ttedetabledesmatires"><w:name w:val="TOC Heading"/><w:basedOn w:val="Heading1"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="TM1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/></w:style>
      <w:style w:type="paragraph" w:styleId="TM2"><w:name w:val="toc 2"/><w:basedOn w:val="Normal"/></w:style>`)
    const body = [
      p('Table des matières', '<w:pStyle w:val="En-ttedetabledesmatires"/>'), // 1
      p('Article 1 – Objet\t1', '<w:pStyle w:val="TM1"/>'), // 2
      p('1.1 Leads\t1', '<w:pStyle w:val="TM2"/>'), // 3
      p('Article 2 – Durée 2', '<w:pStyle w:val="TOC1"/>'), // 4: the English id, no style declared
      '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>' +
        p('Contents') + // 5
        p('Article 1 – Objet 1') + // 6
        '</w:sdtContent></w:sdt>',
      '<w:sdt><w:sdtPr><w:alias w:val="Party"/></w:sdtPr><w:sdtContent>' + p('ACME SAS') + '</w:sdtContent></w:sdt>', // 7
      p('Article 1 – Objet', '<w:pStyle w:val="Heading1"/>'), // 8
      p('Le Fournisseur livre des Leads.'), // 9
    ].join('')
    const doc = await read(makeDocx({ body, styles }))
    expect(brief(doc.blocks)).toEqual([
      ['paragraph', 'ACME SAS', 7],
      ['heading', 'Article 1 – Objet', 8, 1],
      ['paragraph', 'Le Fournisseur livre des Leads.', 9],
    ])
  })

  test('text boxes: the DrawingML text is read once, the VML fallback skipped', async () => {
    const box = (text: string) => `<w:txbxContent>${p(text)}</w:txbxContent>`
    const body =
      `<w:p><w:r><w:t xml:space="preserve">Before the box. </w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>${box('Boxed clause.')}</wps:txbx></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict>${box('Boxed clause.')}</w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>` +
      p('After.')
    expect(brief((await read(makeDocx({ body }))).blocks)).toEqual([
      ['paragraph', 'Before the box.', 1],
      ['paragraph', 'Boxed clause.', 2],
      ['paragraph', 'After.', 3],
    ])
  })

  test('bookmarks are collected in order, once each', async () => {
    const body =
      `<w:p><w:bookmarkStart w:id="0" w:name="cl_consent-proof_v1"/><w:r><w:t>Consent.</w:t></w:r><w:bookmarkEnd w:id="0"/></w:p>` +
      `<w:tbl><w:tr><w:tc><w:p><w:bookmarkStart w:id="1" w:name="cl_price_v2"/><w:r><w:t>Price</w:t></w:r><w:bookmarkEnd w:id="1"/></w:p></w:tc></w:tr></w:tbl>` +
      `<w:p><w:bookmarkStart w:id="2" w:name="cl_consent-proof_v1"/><w:bookmarkStart w:id="3" w:name="_GoBack"/></w:p>`
    expect((await read(makeDocx({ body }))).bookmarks).toEqual(['cl_consent-proof_v1', 'cl_price_v2', '_GoBack'])
  })

  test('tracked changes: the document as it stands — a paragraph deleted whole loses its bookmark, insertions count', async () => {
    const deletedMark = '<w:pPr><w:rPr><w:del w:id="9" w:author="A" w:date="2026-01-01T00:00:00Z"/></w:rPr></w:pPr>'
    const body =
      `<w:p><w:bookmarkStart w:id="0" w:name="cl_audit_rights_v1"/><w:del w:id="1" w:author="A"><w:r><w:delText>Audit</w:delText></w:r></w:del><w:bookmarkEnd w:id="0"/></w:p>` +
      `<w:p>${deletedMark}<w:del w:id="2" w:author="A"><w:r><w:delText>The Buyer may audit.</w:delText></w:r></w:del></w:p>` +
      `<w:p><w:bookmarkStart w:id="3" w:name="cl_lead_returns_v1"/><w:r><w:t>Returns</w:t></w:r><w:bookmarkEnd w:id="3"/></w:p>` +
      `<w:p><w:r><w:t xml:space="preserve">Within </w:t></w:r><w:del w:id="4" w:author="A"><w:r><w:delText>7</w:delText></w:r></w:del><w:ins w:id="5" w:author="A"><w:r><w:t>2</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> days.</w:t></w:r></w:p>` +
      `<w:p><w:bookmarkStart w:id="6" w:name="_GoBack"/><w:bookmarkEnd w:id="6"/></w:p>`
    const doc = await read(makeDocx({ body }))
    expect(doc.blocks.map((b) => b.text)).toEqual(['Returns', 'Within 2 days.'])
    expect(doc.bookmarks).toEqual(['cl_lead_returns_v1', '_GoBack'])
    expect(doc.bookmarkLines).toEqual({ cl_lead_returns_v1: 3, _GoBack: 5 })
  })

  test('tracked changes: a deleted paragraph mark joins the paragraph to the next one, as Word does on accepting it', async () => {
    const deletedMark = '<w:pPr><w:pStyle w:val="Heading2"/><w:rPr><w:del w:id="1" w:author="A"/></w:rPr></w:pPr>'
    const body =
      `<w:p>${deletedMark}<w:r><w:t xml:space="preserve">The Buyer may return a Lead</w:t></w:r></w:p>` +
      `<w:p><w:r><w:t>within 2 days.</w:t></w:r></w:p>` +
      // In a table cell the mark stays (the cell's last paragraph cannot join the next cell).
      `<w:tbl><w:tr><w:tc><w:p>${deletedMark}<w:r><w:t>Cell</w:t></w:r></w:p></w:tc></w:tr></w:tbl>` +
      p('After.')
    expect(brief((await read(makeDocx({ body }))).blocks)).toEqual([
      ['paragraph', 'The Buyer may return a Lead within 2 days.', 2],
      ['heading', 'Cell', 3, 2],
      ['paragraph', 'After.', 4],
    ])
  })

  test('another namespace prefix and a main part found through _rels/.rels', async () => {
    const body = '<ns0:p><ns0:pPr><ns0:pStyle ns0:val="Heading1"/></ns0:pPr><ns0:r><ns0:t>Title</ns0:t></ns0:r></ns0:p><ns0:p><ns0:r><ns0:t>Body.</ns0:t></ns0:r></ns0:p>'
    const docx = makeDocx({ main: 'word/document2.xml', document: documentXml(body, 'ns0') })
    expect(brief((await read(docx)).blocks)).toEqual([
      ['heading', 'Title', 1, 1],
      ['paragraph', 'Body.', 2],
    ])
  })

  test('a document made with the docx package (the builder\u2019s own library)', async () => {
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: 'Purchase Order', heading: HeadingLevel.TITLE }),
            new Paragraph({ text: '4. Delivery', heading: HeadingLevel.HEADING_2 }),
            new Paragraph({ children: [new Bookmark({ id: 'cl_delivery_v3', children: [new TextRun('Delivery within ten days.')] })] }),
            new Paragraph({ text: 'Leads are exclusive.', bullet: { level: 0 } }),
          ],
        },
      ],
    })
    const doc = await read(await Packer.toBuffer(document))
    expect(brief(doc.blocks)).toEqual([
      ['heading', 'Purchase Order', 1, 1],
      ['heading', '4. Delivery', 2, 2],
      ['paragraph', 'Delivery within ten days.', 3],
      ['list-item', 'Leads are exclusive.', 4],
    ])
    expect(doc.bookmarks).toEqual(['cl_delivery_v3'])
  })
})

describe('readDocx: bad inputs', () => {
  test('plain text named .docx', async () => {
    await expectInputError(read(strToU8('Not a zip at all.'), 'quote.docx'), 'quote.docx: not a Word document (.docx)')
  })

  test('a truncated zip', async () => {
    const bytes = readFileSync(new URL('contract.docx', FIXTURES))
    await expectInputError(read(bytes.subarray(0, Math.floor(bytes.length / 2))), 'quote.docx: not a valid Word document (corrupt or truncated zip)')
  })

  test('a corrupt deflate stream', async () => {
    const bytes = Buffer.from(makeDocx({ body: p('x'.repeat(2000)) }))
    const at = bytes.indexOf('word/document.xml') + 'word/document.xml'.length // first local header's data
    bytes.fill(0xff, at, at + 40)
    await expectInputError(read(bytes), /^quote\.docx: not a valid Word document \((corrupt or truncated zip|malformed XML: .*)\)$/)
  })

  test('a zip without word/document.xml', async () => {
    const zip = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') })
    await expectInputError(read(zip), 'quote.docx: not a Word document (.docx): the archive has no word/document.xml')
  })

  test('a DOCTYPE in document.xml (XXE) is refused', async () => {
    const document = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document xmlns:w="${W}"><w:body>${p('&xxe;')}</w:body></w:document>`
    await expectInputError(read(makeDocx({ document })), 'quote.docx: the Word file declares XML entities, refused')
  })

  test('an ENTITY declaration in styles.xml (billion laughs) is refused', async () => {
    const styles = `<?xml version="1.0"?><!ENTITY lol "lol"><w:styles xmlns:w="${W}"/>`
    await expectInputError(read(makeDocx({ body: p('Text.'), styles })), 'quote.docx: the Word file declares XML entities, refused')
  })

  test('malformed XML', async () => {
    await expectInputError(read(makeDocx({ document: `<w:document xmlns:w="${W}"><w:body><w:p` })), 'quote.docx: not a valid Word document (malformed XML: unclosed start tag)')
  })

  test('an encrypted Word file (OLE compound file)', async () => {
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(1000),
      Buffer.from('EncryptedPackage', 'utf16le'),
      Buffer.alloc(1000),
    ])
    await expectInputError(read(ole), 'quote.docx: the Word file is password-protected (encrypted): remove the password first')
    await expectInputError(read(ole.subarray(0, 512)), 'quote.docx: the Word file is password-protected (encrypted): remove the password first')
  })

  test('a legacy .doc renamed .docx', async () => {
    const doc = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1000), Buffer.from('WordDocument', 'utf16le')])
    await expectInputError(read(doc), 'quote.docx: a legacy Word 97–2003 document (.doc), not .docx: save it as .docx first')
  })

  test('a zip bomb: 300 MB of spaces in document.xml', { timeout: 60_000 }, async () => {
    const spaces = new Uint8Array(300 * 1024 * 1024).fill(0x20)
    const bomb = zipSync({ '_rels/.rels': strToU8('<Relationships/>'), 'word/document.xml': [spaces, { level: 1 }] })
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024)
    await expectInputError(read(bomb), 'quote.docx: the Word file is too large once decompressed (possible zip bomb)')
  })

  test('a compression ratio over 200:1', { timeout: 60_000 }, async () => {
    const xml = documentXml(p('x') + ' '.repeat(20 * 1024 * 1024))
    const bomb = zipSync({ 'word/document.xml': [strToU8(xml), { level: 9 }] })
    await expectInputError(read(bomb), 'quote.docx: the Word file is too large once decompressed (possible zip bomb)')
  })

  test('many parts adding up to over 200 MB', { timeout: 60_000 }, async () => {
    const chunk = new Uint8Array(60 * 1024 * 1024).fill(0x41)
    const zip = zipSync({ 'word/document.xml': strToU8(documentXml(p('x'))), 'word/media/a.bin': [chunk, { level: 1 }], 'word/media/b.bin': [chunk, { level: 1 }], 'word/media/c.bin': [chunk, { level: 1 }], 'word/media/d.bin': [chunk, { level: 1 }] })
    await expectInputError(read(zip), 'quote.docx: the Word file is too large once decompressed (possible zip bomb)')
  })
})

describe('table rows', () => {
  test('each cell paragraph carries its row and its place in the row, nested tables numbered apart', async () => {
    const inner = `<w:tbl><w:tr><w:tc>${p('inner a')}</w:tc><w:tc>${p('inner b')}</w:tc></w:tr></w:tbl>`
    const body =
      `<w:tbl><w:tr><w:tc>${p('Durée')}</w:tc><w:tc>${p('12 mois')}${p('reconductible')}</w:tc></w:tr>` +
      `<w:tr><w:tc>${p('Prix')}${inner}</w:tc><w:tc>${p('25 € HT')}</w:tc></w:tr></w:tbl>${p('after')}`
    const doc = await read(makeDocx({ body }))
    expect(doc.blocks.map((b) => [b.text, b.row, b.cell])).toEqual([
      ['Durée', 1, 0],
      ['12 mois', 1, 1],
      ['reconductible', 1, 1],
      ['Prix', 2, 0],
      ['inner a', 3, 0],
      ['inner b', 3, 1],
      ['25 € HT', 2, 1],
      ['after', undefined, undefined],
    ])
  })
})
