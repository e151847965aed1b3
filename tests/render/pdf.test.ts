import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { InputError } from '../../src/core/errors.js'
import { findSoffice, requireSoffice } from '../../src/render/pdf.js'
import { checkToc } from '../../src/render/toc-check.js'
import { cli, EN_DEAL, FR_DEAL, tempDir } from '../helpers.js'

describe('table of contents check', () => {
  const body = (lines: string[]) => lines.join('\n')
  test('matches each entry with the page of its heading, numbered or not', () => {
    const pages = [
      body(['CONTRAT', 'Préambule', 'Texte.', 'Sommaire', 'Préambule.............1', '1. Définitions..........2', '2. Objet...............3', '', 'Page 1 / 3']),
      body(['1.    Définitions', '1.1   Texte.', 'Page 2 / 3']),
      body(['2.    Objet', 'Texte.', 'Page 3 / 3']),
    ]
    const r = checkToc(pages, 'Sommaire')
    expect(r.entries).toEqual([
      { title: 'Préambule', tocPage: 1, headingPage: 1 },
      { title: '1. Définitions', tocPage: 2, headingPage: 2 },
      { title: '2. Objet', tocPage: 3, headingPage: 3 },
    ])
    expect(r.wrong).toEqual([])
  })

  test('reports an entry whose page is off, one whose heading is missing, and joins a wrapped entry', () => {
    const pages = [
      body(['Contents', '1. Definitions.....1', '2. A heading so long that it wraps over', 'two lines of the table....2', '3. Gone.....2', '', 'Body text starts here.', 'More body text.']),
      body(['1. Definitions', '2. A heading so long that it wraps over two lines of the table']),
    ]
    const r = checkToc(pages, 'Contents')
    expect(r.entries.map((e) => e.title)).toEqual(['1. Definitions', '2. A heading so long that it wraps over two lines of the table', '3. Gone'])
    expect(r.wrong).toEqual([
      { title: '1. Definitions', tocPage: 1, headingPage: 2 },
      { title: '3. Gone', tocPage: 2, headingPage: 0 },
    ])
  })

  test('no table of contents: no entries', () => {
    expect(checkToc(['Sommaire\n\n\nTexte.'], 'Sommaire').entries).toEqual([])
  })
})

describe('without LibreOffice', () => {
  const path = process.env.PATH
  const configured = process.env.CLAUSIER_SOFFICE
  afterEach(() => {
    process.env.PATH = path
    if (configured === undefined) delete process.env.CLAUSIER_SOFFICE
    else process.env.CLAUSIER_SOFFICE = configured
  })

  test('requireSoffice names the apt package', () => {
    const env = { PATH: tempDir() }
    expect(findSoffice(env)).toBeUndefined()
    expect(() => requireSoffice(env)).toThrow(InputError)
    expect(() => requireSoffice(env)).toThrow('writing PDF needs LibreOffice, which is not installed: install it (Debian/Ubuntu: apt-get install libreoffice-writer-nogui) or write .docx')
  })

  test('clausier build -o x.pdf: exit 2, one line, nothing written', async () => {
    const dir = tempDir()
    process.env.PATH = tempDir()
    delete process.env.CLAUSIER_SOFFICE
    const r = await cli(['build', FR_DEAL, '-o', 'contrat.pdf'], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.err).toBe('clausier: writing PDF needs LibreOffice, which is not installed: install it (Debian/Ubuntu: apt-get install libreoffice-writer-nogui) or write .docx\n')
    expect(existsSync(join(dir, 'contrat.pdf'))).toBe(false)
    const batch = await cli(['build', FR_DEAL, '--out-dir', 'out', '--format', 'pdf'], { cwd: dir })
    expect(batch.code).toBe(2)
    expect(batch.err).toContain('apt-get install libreoffice-writer-nogui')
  })

  test('CLAUSIER_SOFFICE that is not a program: exit 2, one line', async () => {
    process.env.CLAUSIER_SOFFICE = '/nonexistent/soffice'
    const r = await cli(['build', FR_DEAL, '-o', 'contrat.pdf'], { cwd: tempDir() })
    expect(r.code).toBe(2)
    expect(r.err).toBe('clausier: CLAUSIER_SOFFICE=/nonexistent/soffice is not an executable file: point it to LibreOffice\'s soffice\n')
  })
})

const soffice = findSoffice()
const pdftotext = existsSync('/usr/bin/pdftotext')
if (!soffice || !pdftotext) console.warn(`tests/render/pdf.test.ts: PDF output tests skipped: ${!soffice ? 'LibreOffice (apt-get install libreoffice-writer-nogui)' : 'pdftotext (apt-get install poppler-utils)'} is not installed`)

/** The text of each page of a PDF. */
const pagesOf = (pdf: string) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f')

describe.skipIf(!soffice || !pdftotext)('PDF through LibreOffice: a table of contents that is right', () => {
  test('batch --format pdf: both examples, every TOC entry on its heading\'s page', { timeout: 400_000 }, async () => {
    const dir = tempDir()
    copyFileSync(FR_DEAL, join(dir, 'fr.yaml'))
    copyFileSync(EN_DEAL, join(dir, 'en.yaml'))
    const r = await cli(['build', 'fr.yaml', 'en.yaml', '--out-dir', 'out', '--format', 'pdf'], { cwd: dir })
    // The deals' own warnings and announced defaults are tested with the batch (tests/cli/build-batch.test.ts).
    expect(r.err.split('\n').filter((l) => !/^clausier: (warning|default): /.test(l)).join('\n')).toBe('wrote 2 contracts (pdf) to out\n')
    expect(r.code).toBe(0)
    for (const [name, title] of [['fr', 'Sommaire'], ['en', 'Contents']] as const) {
      // As many articles as the same deal's Markdown has.
      const articles = (await cli(['build', `${name}.yaml`], { cwd: dir })).out.match(/^## \d+\. /gm)?.length
      expect(articles).toBeGreaterThan(30)
      const pdf = join(dir, 'out', `${name}.pdf`)
      expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-')
      const check = checkToc(pagesOf(pdf), title)
      // Every article is listed, with its number, and every page is its heading's page.
      expect(check.entries.filter((e) => /^\d+\. /.test(e.title))).toHaveLength(articles ?? 0)
      expect(check.wrong).toEqual([])
    }
  })

  test('-o contrat.pdf: written atomically, never overwritten without --force', { timeout: 300_000 }, async () => {
    const dir = tempDir()
    const r = await cli(['build', FR_DEAL, '-o', 'contrat.pdf'], { cwd: dir })
    expect(r.code).toBe(0)
    expect(r.err).toMatch(/^wrote contrat\.pdf \(fr, \d+ articles, \d+ library clauses\)\n$/)
    const text = pagesOf(join(dir, 'contrat.pdf')).join('\n')
    expect(text).toContain('CONTRAT DE FOURNITURE DE LEADS')
    expect(text).toMatch(/décrite à l'article \d+/)
    writeFileSync(join(dir, 'edited.pdf'), 'a lawyer\'s copy')
    const again = await cli(['build', FR_DEAL, '-o', 'edited.pdf'], { cwd: dir })
    expect(again.code).toBe(2)
    expect(again.err).toBe('clausier: edited.pdf already exists: pass --force to overwrite it\n')
    expect(readFileSync(join(dir, 'edited.pdf'), 'utf8')).toBe('a lawyer\'s copy')
  })
})
