import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { EN_DEAL, FR_DEAL, cli, tempDir } from '../helpers.js'

describe('clausier build', () => {
  test.each(['md', 'html', 'docx'])('writes %s and says where', async (ext) => {
    const dir = tempDir()
    const r = await cli(['build', FR_DEAL, '-o', join(dir, `c.${ext}`)])
    expect(r.code).toBe(0)
    expect(r.err).toMatch(new RegExp(`^wrote .*c\\.${ext} \\(fr, \\d+ articles, \\d+ library clauses\\)`, 'm'))
    expect(existsSync(join(dir, `c.${ext}`))).toBe(true)
    expect(readdirSync(dir)).toEqual([`c.${ext}`])
  })

  test('never overwrites without --force, and keeps the edited file intact', async () => {
    const dir = tempDir()
    const out = join(dir, 'contract.md')
    writeFileSync(out, 'edited by a lawyer')
    const refused = await cli(['build', EN_DEAL, '-o', out])
    expect(refused.code).toBe(2)
    expect(refused.err).toBe(`clausier: ${out} already exists: pass --force to overwrite it\n`)
    expect(readFileSync(out, 'utf8')).toBe('edited by a lawyer')
    const forced = await cli(['build', EN_DEAL, '-o', out, '--force'])
    expect(forced.code).toBe(0)
    expect(readFileSync(out, 'utf8')).toMatch(/^# Lead Generation Agreement/)
  })

  test('--lang overrides the deal language', async () => {
    const r = await cli(['build', FR_DEAL, '--lang', 'en'])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^# Lead Generation Agreement/)
  })

  test('reads the deal from standard input with "-"', async () => {
    const r = await cli(['build', '-'], { stdin: readFileSync(EN_DEAL, 'utf8') })
    expect(r.code).toBe(0)
    expect(r.out).toContain('Solaria Home Energy')
  })

  test.each([
    [['build'], "clausier: missing required argument 'deal'\n"],
    [['build', FR_DEAL, '--lang', 'de'], 'clausier: --lang must be one of en, fr, got "de"\n'],
    [['build', FR_DEAL, '-o', 'contract.odt'], 'clausier: cannot tell the output format of "contract.odt": use a .docx, .pdf, .md or .html file name\n'],
    [['build', FR_DEAL, '--template', '../../etc/passwd'], 'clausier: --template must be a template name like "lead-generation-agreement", got "../../etc/passwd"\n'],
    [['build', FR_DEAL, '--template', 'nda'], 'clausier: no template "nda" in fr (templates/nda.fr.md.hbs)\n'],
    [['build', 'missing.yaml'], 'clausier: missing.yaml: cannot read the deal file (ENOENT)\n'],
    [['build', FR_DEAL, '-o', '/nonexistent-dir/c.md'], 'clausier: /nonexistent-dir/c.md: the folder /nonexistent-dir does not exist\n'],
    [['frobnicate'], "clausier: unknown command 'frobnicate'\n"],
    [['revew', 'quote.md'], "clausier: unknown command 'revew' (Did you mean review?)\n"],
  ])('clausier %j → exit 2 with one line', async (args, message) => {
    const r = await cli(args)
    expect(r.code).toBe(2)
    expect(r.err).toBe(message)
  })

  test('an invalid deal lists every problem, located, exit 2', async () => {
    const dir = tempDir()
    const deal = join(dir, 'bad.yaml')
    writeFileSync(deal, readFileSync(FR_DEAL, 'utf8').replace('role: independent', 'role: reseller').replace('perLead: 18.5', 'perLead: cheap'))
    const r = await cli(['build', deal])
    expect(r.code).toBe(2)
    const lines = r.err.trim().split('\n')
    expect(lines[0]).toBe('clausier: ' + lines[0]!.replace('clausier: ', ''))
    expect(r.err).toMatch(/bad\.yaml:\d+:7  role  expected one of "processor", "joint", "independent", got "reseller"/)
    expect(r.err).toMatch(/bad\.yaml:\d+:\d+  price\.perLead  expected number, got "cheap"/)
    expect(r.err).not.toContain('    at ')
  })
})

describe('clausier schema deal', () => {
  test('prints a JSON Schema that editors can use', async () => {
    const r = await cli(['schema', 'deal'])
    expect(r.code).toBe(0)
    const schema = JSON.parse(r.out) as { $schema: string; properties: Record<string, unknown>; required: string[] }
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['buyer', 'generator', 'role', 'channels', 'price', 'liability']))
    expect(schema.required).toEqual(expect.arrayContaining(['buyer', 'generator', 'role', 'channels']))
    // The signature date is left blank unless the deal sets it.
    expect(schema.required).not.toContain('date')
  })

  test('an unknown schema is a usage error', async () => {
    const r = await cli(['schema', 'contract'])
    expect(r.code).toBe(2)
    expect(r.err).toBe('clausier: unknown schema "contract" (available: deal)\n')
  })
})

describe('clausier build --audit', () => {
  test('a weak generator audit tightens the draft and says what it changed', async () => {
    const weak = join(import.meta.dirname, '..', '..', 'examples', 'audit', 'answers-weak.yaml')
    const plain = await cli(['build', FR_DEAL])
    const audited = await cli(['build', FR_DEAL, '--audit', weak])
    expect(audited.code).toBe(0)
    expect(audited.err).toMatch(/^audit .*answers-weak\.yaml : \d+\/100 \(insufficient\), \d+ modification\(s\) du projet$/m)
    expect(audited.err).toMatch(/^ {2}proof\.deliveryDays → 1 \(consent-proof; /m)
    // The offshore answer adds the transfers article; the proof delay is tightened.
    expect(plain.out).not.toContain('Transferts hors de l')
    expect(audited.out).toMatch(/^## \d+\. Transferts hors de l'Espace économique européen$/m)
    expect(audited.out).toContain('dans un délai de 1 Jours Ouvrés')
  })

  test('a strong generator audit changes little; a bad answers file is an input error', async () => {
    const strong = join(import.meta.dirname, '..', '..', 'examples', 'audit', 'answers-strong.yaml')
    const r = await cli(['build', EN_DEAL, '--audit', strong])
    expect(r.code).toBe(0)
    expect(r.err).toMatch(/^audit .*answers-strong\.yaml: \d+\/100 \(mature\)/m)
    const bad = await cli(['build', EN_DEAL, '--audit', 'no-such-answers.yaml'])
    expect(bad.code).toBe(2)
    expect(bad.err.trim().split('\n')).toHaveLength(1)
  })
})
