/**
 * Bilingual contracts (`build --lang fr,en`): both examples, each article a row of two columns under
 * one number, the controlling-language article in both languages, the DOCX rendered by LibreOffice.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { beforeAll, describe, expect, test } from 'vitest'
import type { BilingualContract } from '../../src/contract/bilingual.js'
import { assembleBilingual, parseLangPair } from '../../src/draft/bilingual.js'
import { loadLibrary } from '../../src/library/library.js'
import { renderBilingual } from '../../src/render/index.js'
import { cli, exampleDeal, tempDir } from '../helpers.js'

const library = await loadLibrary()
const PAIRS = { fr: ['fr', 'en'], en: ['en', 'fr'] } as const

const built: Record<'fr' | 'en', { contract: BilingualContract; warnings: string[]; docx: Buffer }> = {} as never
beforeAll(async () => {
  for (const which of ['fr', 'en'] as const) {
    const { contract, warnings } = assembleBilingual(exampleDeal(which), { library, langs: [...PAIRS[which]] })
    built[which] = { contract, warnings, docx: (await renderBilingual(contract, 'docx')) as Buffer }
  }
})

const text = (blocks: BilingualContract['rows'][number]['columns'][number]) =>
  blocks.map((b) => ('inlines' in b ? b.inlines.map((i) => (i.type === 'text' ? i.value : i.type === 'ref' ? i.prefix + i.number : ' ')).join('') : '')).join('\n')

describe.each(['fr', 'en'] as const)('the %s example in two languages', (which) => {
  test('every row has both languages; every article one number on both sides, the deal\u2019s language first', () => {
    const { contract } = built[which]
    expect(contract.langs).toEqual(PAIRS[which])
    expect(contract.contracts.map((c) => c.lang)).toEqual(PAIRS[which])
    const articles = contract.rows.filter((r) => r.number !== undefined)
    expect(articles.length).toBeGreaterThan(30)
    for (const row of contract.rows) {
      expect(row.columns[0].length, row.key).toBeGreaterThan(0)
      expect(row.columns[1].length, row.key).toBeGreaterThan(0)
    }
    articles.forEach((row, i) => {
      const [a, b] = row.columns.map((c) => c[0])
      expect(a?.type === 'article' && b?.type === 'article' && a.number === i + 1 && b.number === i + 1, row.key).toBe(true)
      // Sub-clauses line up, so Word's two article numberings stay in step.
      const subs = row.columns.map((c) => c.filter((x) => x.type === 'paragraph' && x.number !== undefined).map((x) => (x.type === 'paragraph' ? x.number : '')))
      expect(subs[1], row.key).toEqual(subs[0])
    })
  })

  test('the controlling-language article, in both languages, says the deal\u2019s language prevails', () => {
    const { contract, warnings } = built[which]
    expect(contract.controlling).toBe(which)
    const row = contract.rows.find((r) => r.key === 'article:art_controlling_language')!
    const [first, second] = row.columns.map(text)
    const fr = which === 'fr' ? first! : second!
    const en = which === 'fr' ? second! : first!
    expect(fr).toContain('Langue du Contrat')
    expect(fr).toContain(`la version ${which === 'fr' ? 'française' : 'anglaise'} prévaut`)
    expect(en).toContain('Language of the Agreement')
    expect(en).toContain(`the ${which === 'fr' ? 'French' : 'English'} version prevails`)
    expect(warnings.some((w) => w.includes('94-665'))).toBe(which === 'en')
  })

  test('DOCX: one two-column row per unit, headings of the second column out of the table of contents, REF fields to the first column', () => {
    const { contract, docx } = built[which]
    const xml = strFromU8(unzipSync(new Uint8Array(docx))['word/document.xml']!)
    const body = xml.slice(xml.indexOf('<w:tbl>'))
    const rows = body.split('<w:tr>').length - 1
    // The outer table's rows, plus the rows of the schedules' tables nested in its cells.
    expect(rows).toBeGreaterThanOrEqual(contract.rows.filter((r) => r.key !== 'toc').length)
    expect(xml).toContain('w:pStyle w:val="ArticleHeadingSecond"')
    expect((xml.match(/<w:pStyle w:val="Heading1"\/>/g) ?? []).length).toBe(contract.rows.filter((r) => r.key.startsWith('article:') || r.key.startsWith('section:')).length)
    const bookmarks = new Set([...xml.matchAll(/<w:bookmarkStart w:name="([^"]+)"/g)].map((m) => m[1]))
    for (const ref of xml.matchAll(/REF (\w+) \\h/g)) expect(bookmarks.has(ref[1])).toBe(true)
  })
})

test('the deal chooses the prevailing language; English prevailing warns about loi 94-665 art. 5', () => {
  const { contract, warnings } = assembleBilingual(exampleDeal('fr', (d) => void (d.controllingLanguage = 'en')), { library, langs: ['fr', 'en'] })
  expect(text(contract.rows.find((r) => r.key === 'article:art_controlling_language')!.columns[0])).toContain('la version anglaise prévaut')
  expect(warnings.some((w) => w.startsWith('la version anglaise prévaut') && w.includes('loi n° 94-665'))).toBe(true)
})

test('Markdown: one language after the other, the same article numbers', async () => {
  const md = (await renderBilingual(built.fr.contract, 'md')) as string
  // Each language's contract opens with its title, the document's only level-1 headings.
  const [, fr, en, rest] = md.split(/^# /m)
  expect(rest).toBeUndefined()
  const numbers = (s: string) => [...s.matchAll(/^## (\d+)\. /gm)].map((m) => Number(m[1]))
  expect(numbers(fr!).length).toBeGreaterThan(30)
  expect(numbers(en!)).toEqual(numbers(fr!))
  expect(fr).toMatch(/^## \d+\. Langue du Contrat$/m)
  expect(en).toMatch(/^## \d+\. Language of the Agreement$/m)
})

test('HTML: a two-column table, unique ids', async () => {
  const html = (await renderBilingual(built.en.contract, 'html')) as string
  expect(html).toContain('<table class="bilingual">')
  expect(html).toContain('<td lang="en">')
  expect(html).toContain('<td lang="fr">')
  const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1])
  expect(new Set(ids).size).toBe(ids.length)
})

test('--lang takes two different languages; a bad pair is one line, exit 2', async () => {
  expect(parseLangPair('en,fr')).toEqual(['en', 'fr'])
  const r = await cli(['build', 'examples/deals/lead-generation-fr.yaml', '--lang', 'fr,fr'])
  expect(r.code).toBe(2)
  expect(r.err).toBe('clausier: --lang takes one language or two different ones (en, fr), e.g. --lang fr,en; got "fr,fr"\n')
})

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p))
if (!soffice) console.warn('skipped: the bilingual DOCX is not rendered (LibreOffice absent: apt-get install libreoffice-writer-nogui)')

describe.skipIf(!soffice)('the bilingual DOCX opens in LibreOffice', () => {
  test('both examples convert to PDF: the two columns side by side, the controlling-language article in both', () => {
    const dir = tempDir()
    for (const which of ['fr', 'en'] as const) writeFileSync(join(dir, `${which}.docx`), built[which].docx)
    const r = spawnSync(soffice!, ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, join(dir, 'fr.docx'), join(dir, 'en.docx')], { encoding: 'utf8', timeout: 180_000 })
    expect(r.status).toBe(0)
    for (const which of ['fr', 'en'] as const) {
      const pdf = execFileSync('pdftotext', ['-layout', join(dir, `${which}.pdf`), '-'], { encoding: 'utf8' })
      // Side by side: an article's number and title in both languages on one line of the page.
      const [left, right] = which === 'fr' ? ['Preuve du consentement', 'Proof of consent'] : ['Proof of consent', 'Preuve du consentement']
      expect(pdf).toMatch(new RegExp(`(\\d+)\\.\\s+${left}\\s+\\1\\.\\s+${right}`))
      const [l2, r2] = which === 'fr' ? ['Langue du Contrat', 'Language of the Agreement'] : ['Language of the Agreement', 'Langue du Contrat']
      expect(pdf).toMatch(new RegExp(`(\\d+)\\.\\s+${l2}\\s+\\1\\.\\s+${r2}`))
    }
  }, 240_000)
})
