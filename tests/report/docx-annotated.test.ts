/** Annotated DOCX: unzipped and checked on its XML (comments, anchors, tracked insertions), then opened by LibreOffice. */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { XMLValidator } from 'fast-xml-parser'
import { strFromU8, unzipSync } from 'fflate'
import { beforeAll, describe, expect, test } from 'vitest'
import { UsageError } from '../../src/core/errors.js'
import { DEFAULT_DATE, renderAnnotatedDocx } from '../../src/report/docx-annotated.js'
import { renderReport } from '../../src/report/index.js'
import { tempDir } from '../helpers.js'
import { CONSENT_PROOF_EN, CONSENT_PROOF_FR, DOCUMENTS, EN_REVIEW, FR_REVIEW, RETENTION_FR } from './fixtures.js'

function unzip(bytes: Uint8Array) {
  const files = unzipSync(bytes)
  return { files, xml: (name: string) => strFromU8(files[name]!) }
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')

/** The text of each `<w:t>` of an XML fragment, joined. */
const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1]!)).join('')

/** The body's paragraphs, in order (these documents have no tables). */
const paragraphs = (documentXml: string): string[] => [...(documentXml.match(/<w:p(?: [^>]*)?>[\s\S]*?<\/w:p>/g) ?? [])]

/** The comments of comments.xml: id, author, date and text. */
function comments(xml: string) {
  return [...xml.matchAll(/<w:comment ([^>]*)>([\s\S]*?)<\/w:comment>/g)].map((m) => {
    const a = (name: string) => new RegExp(`w:${name}="([^"]*)"`).exec(m[1]!)?.[1]
    return { id: Number(a('id')), author: a('author'), date: a('date'), text: textOf(m[2]!) }
  })
}

let fr: { bytes: Buffer; files: Record<string, Uint8Array>; xml: (name: string) => string }
let en: typeof fr
beforeAll(async () => {
  const frBytes = await renderAnnotatedDocx([FR_REVIEW], DOCUMENTS)
  const enBytes = await renderAnnotatedDocx([EN_REVIEW], DOCUMENTS)
  fr = { bytes: frBytes, ...unzip(frBytes) }
  en = { bytes: enBytes, ...unzip(enBytes) }
})

describe('annotated DOCX', () => {
  test('every XML part is well-formed', () => {
    for (const [name, data] of Object.entries(fr.files)) {
      if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue
      expect(XMLValidator.validate(strFromU8(data)), name).toBe(true)
    }
  })

  test('the document\'s blocks as paragraphs, headings as Word headings, list items as bullets', () => {
    const ps = paragraphs(fr.xml('word/document.xml'))
    const blocks = DOCUMENTS.get(FR_REVIEW.path)!.blocks
    expect(ps.slice(0, blocks.length).map(textOf)).toEqual(blocks.map((b) => b.text))
    blocks.forEach((b, i) => {
      if (b.kind === 'heading') expect(ps[i]).toContain(`<w:pStyle w:val="Heading${b.level}"/>`)
      else if (b.kind === 'list-item') expect(ps[i]).toContain('<w:numPr>')
      else expect(ps[i]).not.toContain('<w:pStyle')
    })
  })

  test('one Word comment per finding, by clausier, with the message, sources and rule', () => {
    const list = comments(fr.xml('word/comments.xml'))
    expect(list).toHaveLength(FR_REVIEW.findings.length)
    expect(list.map((c) => c.id)).toEqual(FR_REVIEW.findings.map((_, i) => i))
    for (const [i, c] of list.entries()) {
      const f = FR_REVIEW.findings[i]!
      expect(c.author).toBe('clausier')
      expect(c.date).toBe(new Date(DEFAULT_DATE).toISOString())
      expect(c.text).toContain(f.message)
      expect(c.text).toContain(f.clauseId ? `${f.ruleId}/${f.clauseId}` : f.ruleId)
      for (const s of f.sources ?? []) expect(c.text).toContain(s)
    }
    expect(list[0]!.text.startsWith('Erreur\u00a0: Clause manquante')).toBe(true)
    expect(list[0]!.text).toContain('Texte proposé : voir « Clauses à ajouter » en fin de document.')
    expect(comments(en.xml('word/comments.xml'))[1]!.text.startsWith("Warning: Liability cap too low")).toBe(true)
  })

  test('each comment is anchored on the paragraph its finding points to; file-level ones on the first', () => {
    const doc = fr.xml('word/document.xml')
    const count = (tag: string) => (doc.match(new RegExp(`<w:${tag} `, 'g')) ?? []).length
    expect(count('commentRangeStart')).toBe(FR_REVIEW.findings.length)
    expect(count('commentRangeEnd')).toBe(FR_REVIEW.findings.length)
    expect(count('commentReference')).toBe(FR_REVIEW.findings.length)
    const ps = paragraphs(doc)
    const anchored = (start: string) => {
      const p = ps.find((x) => textOf(x).startsWith(start))!
      return [...p.matchAll(/<w:commentRangeStart w:id="(\d+)"\/>/g)].map((m) => Number(m[1]))
    }
    expect(anchored('Devis n°')).toEqual([0])
    expect(anchored('Fournisseur :')).toEqual([4])
    expect(anchored('Prix unitaire')).toEqual([1])
    expect(anchored('La responsabilité')).toEqual([2])
    expect(anchored('Les CGV')).toEqual([3])
    // Range start, text, range end, then the reference, in that order.
    const p = ps.find((x) => textOf(x).startsWith('Prix unitaire'))!
    expect(p).toMatch(/<w:commentRangeStart w:id="1"\/><w:r>[\s\S]*?<\/w:r><w:commentRangeEnd w:id="1"\/><w:r><w:commentReference w:id="1"\/><\/w:r>/)
    // PDF findings: the block on the finding's page.
    const enPs = paragraphs(en.xml('word/document.xml'))
    const enAnchored = enPs.filter((x) => x.includes('<w:commentRangeStart')).map(textOf)
    expect(enAnchored).toEqual(["Neither party's liability shall exceed the fees paid in the previous month.", 'The Generator shall not be required to keep any record of consent.'])
  })

  test('the clauses to add close the document as tracked insertions by clausier, with a fixed date', () => {
    const doc = fr.xml('word/document.xml')
    const ins = [...doc.matchAll(/<w:ins ([^>]*)>([\s\S]*?)<\/w:ins>/g)]
    expect(ins.length).toBeGreaterThan(0)
    for (const m of ins) {
      expect(m[1]).toContain('w:author="clausier"')
      expect(m[1]).toContain(`w:date="${DEFAULT_DATE}"`)
    }
    expect(ins.map((m) => textOf(m[2]!))).toEqual(['Clauses à ajouter', 'consent-proof', ...CONSENT_PROOF_FR.split('\n\n'), 'retention-deletion', RETENTION_FR])
    const ps = paragraphs(doc)
    const heading = ps.find((p) => textOf(p) === 'Clauses à ajouter')!
    expect(heading).toContain('<w:pStyle w:val="Heading1"/>')
    // Paragraph marks are inserted too, so that rejecting the changes leaves no empty paragraph.
    for (const p of ps.slice(ps.indexOf(heading))) expect(p).toMatch(/<w:pPr>[\s\S]*<w:rPr><w:ins [^>]*w:author="clausier"/)
    // Revision and comment ids do not collide.
    const ids = [...doc.matchAll(/<w:ins w:id="(\d+)"/g)].map((m) => Number(m[1]))
    expect(new Set(ids).size).toBe(ids.length)
    expect(Math.min(...ids)).toBeGreaterThanOrEqual(FR_REVIEW.findings.length)
    expect(fr.xml('word/settings.xml')).toContain('<w:trackRevisions/>')
    // English heading for an English review.
    const enIns = [...en.xml('word/document.xml').matchAll(/<w:ins [^>]*>([\s\S]*?)<\/w:ins>/g)].map((m) => textOf(m[1]!))
    expect(enIns).toEqual(['Clauses to add', 'consent-proof', CONSENT_PROOF_EN])
  })

  test('hostile text is escaped as XML text', () => {
    const doc = fr.xml('word/document.xml')
    expect(doc).toContain('ACME &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; | SARL.')
    expect(doc).not.toContain('<script')
  })

  test('reproducible: the same review gives the same document and comments', async () => {
    const again = unzip(await renderAnnotatedDocx([FR_REVIEW], DOCUMENTS))
    for (const part of ['word/document.xml', 'word/comments.xml', 'word/styles.xml', 'word/numbering.xml']) expect(again.xml(part), part).toBe(fr.xml(part))
  })

  test('one file at a time: several reviews are a usage error, through the dispatch too', async () => {
    await expect(renderAnnotatedDocx([FR_REVIEW, EN_REVIEW], DOCUMENTS)).rejects.toThrow(new UsageError('--format docx takes one file at a time'))
    await expect(renderAnnotatedDocx([], DOCUMENTS)).rejects.toBeInstanceOf(UsageError)
    await expect(renderReport('docx', { reviews: [FR_REVIEW, EN_REVIEW], documents: DOCUMENTS, color: false })).rejects.toThrow('--format docx takes one file at a time')
  })

  test('without the document text: a note paragraph carries every comment', async () => {
    const { xml } = unzip(await renderAnnotatedDocx([FR_REVIEW], new Map()))
    const ps = paragraphs(xml('word/document.xml'))
    expect(textOf(ps[0]!)).toBe('Le texte du document n’est pas disponible.')
    expect([...ps[0]!.matchAll(/<w:commentRangeStart /g)]).toHaveLength(FR_REVIEW.findings.length)
    expect(comments(xml('word/comments.xml'))).toHaveLength(FR_REVIEW.findings.length)
  })
})

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p))

describe.skipIf(!soffice)('annotated DOCX opens in LibreOffice', () => {
  test('converts to PDF without error; LibreOffice reads every comment and the tracked insertions', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'annotated.docx'), fr.bytes)
    const convert = (to: string) =>
      spawnSync(soffice!, ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', to, '--outdir', dir, join(dir, 'annotated.docx')], { encoding: 'utf8', timeout: 120_000 })
    const pdf = convert('pdf')
    expect(pdf.status, pdf.stderr).toBe(0)
    expect(existsSync(join(dir, 'annotated.pdf'))).toBe(true)
    if (existsSync('/usr/bin/pdftotext')) {
      const text = execFileSync('pdftotext', [join(dir, 'annotated.pdf'), '-'], { encoding: 'utf8' })
      expect(text).toContain('Clauses à ajouter')
      expect(text).toContain('Paiement à 60 jours fin de mois.')
    }
    const odt = convert('odt')
    expect(odt.status, odt.stderr).toBe(0)
    const content = strFromU8(unzipSync(new Uint8Array(readFileSync(join(dir, 'annotated.odt'))))['content.xml']!)
    expect(content.match(/<office:annotation[ >]/g) ?? []).toHaveLength(FR_REVIEW.findings.length)
    expect(content.match(/<office:annotation[\s\S]*?<\/office:annotation>/g)!.every((a) => a.includes('<dc:creator>clausier</dc:creator>'))).toBe(true)
    expect((content.match(/<text:insertion>/g) ?? []).length).toBeGreaterThan(0)
  }, 180_000)
})
