import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { XMLValidator } from 'fast-xml-parser'
import { strFromU8, unzipSync } from 'fflate'
import { beforeAll, describe, expect, test } from 'vitest'
import { assemble } from '../../src/draft/assemble.js'
import { loadLibrary } from '../../src/library/library.js'
import { renderDocx } from '../../src/render/docx/index.js'
import { exampleDeal, tempDir } from '../helpers.js'

const library = await loadLibrary()

async function build(which: 'fr' | 'en') {
  const { contract } = assemble(exampleDeal(which), { library })
  const bytes = await renderDocx(contract)
  const files = unzipSync(new Uint8Array(bytes))
  const xml = (name: string) => strFromU8(files[name]!)
  return { contract, bytes, files, xml }
}

let en: Awaited<ReturnType<typeof build>>
let fr: Awaited<ReturnType<typeof build>>
beforeAll(async () => {
  en = await build('en')
  fr = await build('fr')
})

describe('DOCX structure', () => {
  test('every XML part is well-formed', () => {
    for (const [name, data] of Object.entries(en.files)) {
      if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue
      expect(XMLValidator.validate(strFromU8(data)), name).toBe(true)
    }
  })

  test('real styles: Title, Heading 1, Heading 2 and the clause body style', () => {
    const styles = en.xml('word/styles.xml')
    for (const id of ['Title', 'Heading1', 'Heading2', 'ClauseBody']) expect(styles).toContain(`w:styleId="${id}"`)
    const doc = en.xml('word/document.xml')
    expect(doc).toContain('<w:pStyle w:val="Title"/>')
    expect(doc).toContain('<w:pStyle w:val="Heading1"/>')
  })

  test('Word-native multi-level numbering: articles "%1." and sub-clauses "%1.%2", no typed numbers', () => {
    const numbering = en.xml('word/numbering.xml')
    expect(numbering).toMatch(/<w:lvl w:ilvl="0"[^>]*>[\s\S]*?<w:lvlText w:val="%1\."\/>/)
    expect(numbering).toMatch(/<w:lvl w:ilvl="1"[^>]*>[\s\S]*?<w:lvlText w:val="%1\.%2"\/>/)
    const doc = en.xml('word/document.xml')
    const headings = doc.split('<w:p>').filter((p) => p.includes('<w:pStyle w:val="Heading1"/>') && p.includes('<w:numPr>'))
    const articles = en.contract.blocks.filter((b) => b.type === 'article')
    expect(headings).toHaveLength(articles.length)
    expect(headings.every((h) => h.includes('<w:ilvl w:val="0"/>'))).toBe(true)
    // Heading text carries no typed number such as "3. Proof of consent".
    expect(doc).not.toMatch(/<w:t[^>]*>\d+\.\s+(Proof of consent|Definitions)/)
  })

  test('each library clause is wrapped in a bookmark named after its id and version', () => {
    const doc = en.xml('word/document.xml')
    const names = [...doc.matchAll(/<w:bookmarkStart w:name="([^"]+)"/g)].map((m) => m[1])
    for (const mark of en.contract.clauses) expect(names).toContain(`cl_${mark.id.replace(/-/g, '_')}_v${mark.version}`)
    expect(names.some((n) => /^cl_consent_proof_v\d+$/.test(n!))).toBe(true)
    expect(names.every((n) => n!.length <= 40 && /^[A-Za-z_][A-Za-z0-9_]*$/.test(n!))).toBe(true)
  })

  test('cross-references are REF fields to article bookmarks, outside runs', () => {
    const doc = en.xml('word/document.xml')
    const refs = [...doc.matchAll(/<w:fldSimple w:instr="REF (\w+) \\h \\n">/g)].map((m) => m[1])
    expect(refs.length).toBeGreaterThan(5)
    const bookmarks = new Set([...doc.matchAll(/<w:bookmarkStart w:name="([^"]+)"/g)].map((m) => m[1]))
    for (const r of refs) expect(bookmarks.has(r)).toBe(true)
    expect(doc).not.toMatch(/<w:r>(?:(?!<\/w:r>).)*<w:fldSimple/)
  })

  test('a table of contents, page numbers in the footer, document properties', () => {
    const doc = en.xml('word/document.xml')
    expect(doc).toContain('TOC \\h \\o &quot;1-1&quot;')
    const footer = Object.keys(en.files).filter((n) => /^word\/footer\d+\.xml$/.test(n)).map(en.xml).join('')
    expect(footer).toMatch(/PAGE/)
    expect(footer).toMatch(/NUMPAGES/)
    const core = en.xml('docProps/core.xml')
    expect(core).toContain('<dc:title>Lead Generation Agreement — Solaria Home Energy / LeadCall Europe</dc:title>')
    // The legal review (5.1): no tool name or English keywords in a French lawyer's file.
    expect(core).toContain('<dc:creator>Solaria Home Energy</dc:creator>')
    expect(core).not.toContain('clausier')
    expect(fr.xml('docProps/core.xml')).toContain('<dc:title>Contrat de fourniture de leads — Assurances Horizon / Prospectis Média</dc:title>')
  })

  test('schedules are Word tables', () => {
    const doc = en.xml('word/document.xml')
    expect((doc.match(/<w:tbl>/g) ?? []).length).toBeGreaterThanOrEqual(4)
    expect(doc).toContain('Atlas Contact SARL')
  })
})

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p))

describe.skipIf(!soffice)('DOCX opens in LibreOffice', () => {
  test('both examples convert to PDF without error, with numbered headings and resolved references', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'en.docx'), en.bytes)
    writeFileSync(join(dir, 'fr.docx'), fr.bytes)
    const r = spawnSync(soffice!, ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, join(dir, 'en.docx'), join(dir, 'fr.docx')], { encoding: 'utf8', timeout: 120_000 })
    expect(r.status).toBe(0)
    for (const lang of ['en', 'fr'] as const) {
      const text = execFileSync('pdftotext', ['-layout', join(dir, `${lang}.pdf`), '-'], { encoding: 'utf8' })
      const contract = lang === 'en' ? en.contract : fr.contract
      const third = contract.blocks.filter((b) => b.type === 'article')[2]!
      expect(text).toMatch(new RegExp(`3\\.\\s+${(third.inlines[0] as { value: string }).value.slice(0, 12)}`))
      expect(text).toMatch(lang === 'en' ? /as described in Article \d+/ : /décrite à l'article \d+/)
    }
  }, 180_000)
})
