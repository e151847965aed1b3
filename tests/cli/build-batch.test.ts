import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import { describe, expect, test } from 'vitest'
import { EN_DEAL, FR_DEAL, cli, tempDir } from '../helpers.js'

/** Standard error without the per-deal warnings and announced defaults (tested below). */
const own = (err: string): string => err.split('\n').filter((l) => !/^clausier: (warning|default): /.test(l)).join('\n')

/** A folder with copies of the example deals under the given names (fr or en). */
function dealsDir(names: Record<string, 'fr' | 'en'>, change: (name: string, text: string) => string = (_n, t) => t): string {
  const dir = tempDir()
  for (const [name, which] of Object.entries(names)) writeFileSync(join(dir, name), change(name, readFileSync(which === 'fr' ? FR_DEAL : EN_DEAL, 'utf8')))
  return dir
}

describe('clausier build --out-dir (batch mode)', () => {
  test('builds every deal into the folder as DOCX, named after the deal files, in one run', async () => {
    const dir = dealsDir({ 'acme.yaml': 'fr', 'bellport.yml': 'en', 'calypso.yaml': 'fr' })
    const out = join(dir, 'out')
    const r = await cli(['build', join(dir, 'acme.yaml'), join(dir, 'bellport.yml'), join(dir, 'calypso.yaml'), '--out-dir', out])
    expect(r.code).toBe(0)
    expect(r.out).toBe('')
    expect(own(r.err)).toBe(`wrote 3 contracts (docx) to ${out}\n`)
    // Each deal's warnings and announced defaults name its file (the English deal has both).
    expect(r.err).toContain(`clausier: default: ${join(dir, 'bellport.yml')}: generator.capital: not set`)
    expect(r.err).toContain(`clausier: warning: ${join(dir, 'bellport.yml')}: offshore:`)
    expect(r.err).not.toContain('acme.yaml:')
    expect(readdirSync(out).sort()).toEqual(['acme.docx', 'bellport.docx', 'calypso.docx'])
    const xml = new TextDecoder().decode(unzipSync(readFileSync(join(out, 'bellport.docx')))['word/document.xml'])
    expect(xml).toContain('Solaria Home Energy')
  })

  test.each(['md', 'html'])('--format %s writes that format', async (format) => {
    const dir = dealsDir({ 'a.yaml': 'fr', 'b.yaml': 'en' })
    const r = await cli(['build', join(dir, 'a.yaml'), join(dir, 'b.yaml'), '--out-dir', join(dir, 'out'), '--format', format])
    expect(r.code).toBe(0)
    expect(readdirSync(join(dir, 'out')).sort()).toEqual([`a.${format}`, `b.${format}`])
    const text = readFileSync(join(dir, 'out', `b.${format}`), 'utf8')
    expect(text).toContain('Lead Generation Agreement')
  })

  test('--lang applies to every deal', async () => {
    const dir = dealsDir({ 'a.yaml': 'fr', 'b.yaml': 'en' })
    const r = await cli(['build', join(dir, 'a.yaml'), join(dir, 'b.yaml'), '--out-dir', join(dir, 'out'), '--format', 'md', '--lang', 'en'])
    expect(r.code).toBe(0)
    expect(readFileSync(join(dir, 'out', 'a.md'), 'utf8')).toMatch(/^# Lead Generation Agreement/)
    expect(readFileSync(join(dir, 'out', 'b.md'), 'utf8')).toMatch(/^# Lead Generation Agreement/)
  })

  test('one bad deal: one line naming it, the others are built, exit 2', async () => {
    const dir = dealsDir({ 'good.yaml': 'fr', 'bad.yaml': 'fr', 'also-good.yaml': 'en' }, (name, text) =>
      name === 'bad.yaml' ? text.replace('role: independent', 'role: reseller').replace('perLead: 18.5', 'perLead: cheap') : text,
    )
    const out = join(dir, 'out')
    const bad = join(dir, 'bad.yaml')
    const r = await cli(['build', join(dir, 'good.yaml'), bad, join(dir, 'also-good.yaml'), '--out-dir', out, '--format', 'md'])
    expect(r.code).toBe(2)
    const lines = own(r.err).trim().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(new RegExp(`^clausier: ${bad.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:\\d+:7  role  expected one of "processor", "joint", "independent", got "reseller" \\(and 1 more problem: build this deal alone to see them all\\)$`))
    expect(lines[1]).toBe(`clausier: wrote 2 contracts (md) to ${out}; 1 of 3 deals failed (listed above)`)
    expect(readdirSync(out).sort()).toEqual(['also-good.md', 'good.md'])
    expect(r.err).not.toContain('    at ')
  })

  test('a missing deal file is one line naming it; the others are built', async () => {
    const dir = dealsDir({ 'a.yaml': 'en' })
    const out = join(dir, 'out')
    const r = await cli(['build', join(dir, 'a.yaml'), 'missing.yaml', '--out-dir', out, '--format', 'md'])
    expect(r.code).toBe(2)
    expect(own(r.err).split('\n')[0]).toBe('clausier: missing.yaml: cannot read the deal file (ENOENT)')
    expect(readdirSync(out)).toEqual(['a.md'])
  })

  test('never overwrites without --force: nothing is built when an output exists', async () => {
    const dir = dealsDir({ 'a.yaml': 'fr', 'b.yaml': 'en' })
    const out = join(dir, 'out')
    mkdirSync(out)
    writeFileSync(join(out, 'b.md'), 'edited by a lawyer')
    const refused = await cli(['build', join(dir, 'a.yaml'), join(dir, 'b.yaml'), '--out-dir', out, '--format', 'md'])
    expect(refused.code).toBe(2)
    expect(refused.err).toBe(`clausier: ${join(out, 'b.md')} already exists: pass --force to overwrite it\n`)
    expect(readdirSync(out)).toEqual(['b.md'])
    expect(readFileSync(join(out, 'b.md'), 'utf8')).toBe('edited by a lawyer')
    const forced = await cli(['build', join(dir, 'a.yaml'), join(dir, 'b.yaml'), '--out-dir', out, '--format', 'md', '--force'])
    expect(forced.code).toBe(0)
    expect(readFileSync(join(out, 'b.md'), 'utf8')).toMatch(/^# Lead Generation Agreement/)
    expect(readdirSync(out).sort()).toEqual(['a.md', 'b.md'])
  })

  test('several existing outputs are counted in one line', async () => {
    const dir = dealsDir({ 'a.yaml': 'fr', 'b.yaml': 'en' })
    const out = join(dir, 'out')
    mkdirSync(out)
    writeFileSync(join(out, 'a.md'), 'x')
    writeFileSync(join(out, 'b.md'), 'y')
    const r = await cli(['build', join(dir, 'a.yaml'), join(dir, 'b.yaml'), '--out-dir', out, '--format', 'md'])
    expect(r.code).toBe(2)
    expect(r.err).toBe(`clausier: ${join(out, 'a.md')} and 1 other output file(s) already exist: pass --force to overwrite them\n`)
    expect(readFileSync(join(out, 'a.md'), 'utf8')).toBe('x')
  })

  test('two deals with the same file name are refused before any work', async () => {
    const dir = dealsDir({ 'a.yaml': 'fr' })
    mkdirSync(join(dir, 'sub'))
    writeFileSync(join(dir, 'sub', 'a.json'), JSON.stringify({}))
    const out = join(dir, 'out')
    const r = await cli(['build', join(dir, 'a.yaml'), join(dir, 'sub', 'a.json'), '--out-dir', out])
    expect(r.code).toBe(2)
    expect(r.err).toBe(`clausier: ${join(dir, 'a.yaml')} and ${join(dir, 'sub', 'a.json')} would both write ${join(out, 'a.docx')}: rename one of them\n`)
    expect(existsSync(out)).toBe(false)
  })

  test('the single-deal form is unchanged (Markdown on standard output)', async () => {
    const r = await cli(['build', EN_DEAL])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^# Lead Generation Agreement/)
  })

  test.each([
    [['build', FR_DEAL, EN_DEAL], 'clausier: 2 deals given: building several deals needs --out-dir <dir> (one contract per deal)\n'],
    [['build', FR_DEAL, '--format', 'html'], 'clausier: --format applies to --out-dir; with -o the format comes from the file name\n'],
    [['build', FR_DEAL, '--out-dir', 'x', '--format', 'odt'], 'clausier: --format must be one of docx, pdf, md, html, got "odt"\n'],
    [['build', FR_DEAL, '--out-dir', 'x', '-o', 'c.md'], 'clausier: use either -o <file> (one deal) or --out-dir <dir> (one file per deal), not both\n'],
    [['build', FR_DEAL, '-', '--out-dir', 'x'], 'clausier: standard input ("-") cannot be part of a batch: give deal files\n'],
    [['build', FR_DEAL, '--out-dir', 'x', '--audit', 'answers.yaml'], 'clausier: --audit applies to one deal: build the deals of other generators without it\n'],
    [['build', FR_DEAL, '--out-dir', 'package.json'], 'clausier: --out-dir package.json: exists and is not a folder\n'],
  ])('clausier %j → exit 2 with one line', async (args, message) => {
    const r = await cli(args)
    expect(r.code).toBe(2)
    expect(r.err).toBe(message)
  })

  test('the help explains batch mode and its error policy', async () => {
    const r = await cli(['build', '--help'])
    expect(r.code).toBe(0)
    expect(r.out).toContain('--out-dir <dir>')
    expect(r.out).toContain('the other deals are still built, and the exit code is then 2')
  })
})
