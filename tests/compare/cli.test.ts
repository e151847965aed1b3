/** `clausier compare` through the CLI: exit codes, the JSON schema, the HTML diff, the Word report read back. */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { beforeAll, describe, expect, test } from 'vitest'
import { compareReportSchema } from '../../src/compare/index.js'
import { readBuffer } from '../../src/read/index.js'
import { cli, tempDir } from '../helpers.js'
import { builtFrench, deleteArticle, editDocx, replaceText } from './helpers.js'

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p))
if (!soffice) console.warn('skipped: the compare DOCX report is not opened in LibreOffice (absent: apt-get install libreoffice-writer-nogui)')

let dir: string
beforeAll(async () => {
  dir = tempDir()
  const { docx } = await builtFrench()
  writeFileSync(join(dir, 'contrat.docx'), docx)
  const edited = editDocx(docx, (xml) => replaceText(deleteArticle(xml, 'audit-rights', 'subcontracting'), ['dans un délai de ', '7', ' jours à compter de sa livraison'], '2', false))
  writeFileSync(join(dir, 'retour.docx'), edited)
  writeFileSync(join(dir, 'notes.txt'), 'not a contract')
})

const run = (...args: string[]) => cli(['compare', ...args, '--date', '2026-12-01'], { cwd: dir })

describe('clausier compare', () => {
  test('the same document: exit 0, "Aucune modification."', async () => {
    const r = await run('contrat.docx', 'contrat.docx')
    expect(r.code).toBe(0)
    expect(r.out).toContain('Aucune modification.')
    expect(r.err).toBe('')
  })

  test('their edit: exit 1, JSON valid against the schema, the two changes with their values', async () => {
    const r = await run('contrat.docx', 'retour.docx', '--format', 'json')
    expect(r.code).toBe(1)
    const report = compareReportSchema.parse(JSON.parse(r.out))
    expect(report.changes.map((c) => [c.clauseId, c.change, c.weakened])).toEqual([
      ['lead-returns', 'modified', true],
      ['audit-rights', 'removed', true],
    ])
    expect(report.changes[0]!.terms.find((t) => t.weakened)).toMatchObject({ before: { display: '7 jours' }, after: { display: '2 jours' } })
    expect(report.summary).toMatchObject({ removed: 1, modified: 1, added: 0, moved: 0, weakened: 2, failing: true })
  })

  test('stylish: one line per change, the weakened term below it, English with --lang en', async () => {
    const r = await run('contrat.docx', 'retour.docx', '--lang', 'en')
    expect(r.code).toBe(1)
    expect(r.out).toContain('return window for defective leads: 7 days → 2 days (weakened; outside the playbook threshold (7 days))')
    expect(r.out).toContain('Essential clause removed: "Audit and verification rights"')
  })

  test('HTML: the word diff, escaped, no script', async () => {
    const r = await run('contrat.docx', 'retour.docx', '-o', 'diff.html')
    expect(r.code).toBe(1)
    const html = readFileSync(join(dir, 'diff.html'), 'utf8')
    expect(html).toContain('<del>7 </del><ins>2 </ins>')
    expect(html).toContain("Droit d'audit et de vérification")
    expect(html).not.toContain('<script')
  })

  test('DOCX: their text as it stands once the tracked changes are accepted, a comment per change', async () => {
    const r = await run('contrat.docx', 'retour.docx', '-o', 'changes.docx')
    expect(r.code).toBe(1)
    const bytes = readFileSync(join(dir, 'changes.docx'))
    const files = unzipSync(new Uint8Array(bytes))
    const comments = strFromU8(files['word/comments.xml']!)
    expect(comments).toContain('Clause essentielle supprimée')
    expect(comments).toContain('7 jours → 2 jours')
    const document = strFromU8(files['word/document.xml']!)
    expect(document).toMatch(/<w:del [^>]*>.*?<w:delText[^>]*>7 <\/w:delText>/)
    expect(document).toMatch(/<w:ins [^>]*>.*?<w:t[^>]*>2 <\/w:t>/)
    // Read back (insertions accepted, deletions dropped): exactly their text.
    const back = await readBuffer(bytes, 'changes.docx', 'docx')
    const theirs = await readBuffer(readFileSync(join(dir, 'retour.docx')), 'retour.docx', 'docx')
    expect(back.blocks.map((b) => b.text)).toEqual(theirs.blocks.map((b) => b.text))
  })

  test.skipIf(!soffice)('DOCX: the report opens in LibreOffice', async () => {
    const r = await run('contrat.docx', 'retour.docx', '-o', 'opens.docx')
    expect(r.code).toBe(1)
    const converted = spawnSync(soffice!, ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, join(dir, 'opens.docx')], { encoding: 'utf8', timeout: 180_000 })
    expect(converted.status).toBe(0)
    const text = execFileSync('pdftotext', [join(dir, 'opens.pdf'), '-'], { encoding: 'utf8' })
    expect(text).toContain('Réclamations, Leads non conformes et avoirs')
  }, 240_000)

  test('bad input: one line, exit 2', async () => {
    for (const [args, message] of [
      [['contrat.docx', 'absent.docx'], 'clausier: absent.docx: cannot read the file: no such file or directory (ENOENT)\n'],
      [['contrat.docx', 'retour.docx', '--format', 'pdf'], 'clausier: --format must be one of stylish, json, html, docx, got "pdf"\n'],
      [['contrat.docx', 'retour.docx', '--format', 'docx'], 'clausier: --format docx writes a Word file: give it a name with -o changes.docx\n'],
      [['contrat.docx', 'retour.docx', '-o', 'changes.docx'], 'clausier: changes.docx already exists: pass --force to overwrite it\n'],
      [['contrat.docx'], "clausier: missing required argument 'theirs'\n"],
    ] as const) {
      const r = await run(...args)
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.err).toBe(message)
    }
  })
})
