import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { jsonReportSchema } from '../../src/report/json-schema.js'
import { ROOT, cli, tempDir } from '../helpers.js'

const QUOTES = join(ROOT, 'examples', 'quotes')
const READ = join(ROOT, 'tests', 'fixtures', 'read')
const BARE = join(QUOTES, 'bon-de-commande-azur-leads-piscines.md')
const DATE = ['--date', '2026-11-29']

/** A quote that incorporates terms by reference, and the terms themselves. */
function quoteWithTerms(dir: string) {
  const quote = join(dir, 'devis.md')
  writeFileSync(quote, ['# Devis n° D-118', 'Fourniture de leads par e-mailing.', 'Prix : 12 € HT par lead, paiement à 30 jours.', 'Le présent devis est soumis à nos CGV disponibles sur https://leads.example/cgv.'].join('\n\n'))
  const terms = join(dir, 'cgv.md')
  writeFileSync(terms, ['# Conditions générales de vente', '## Loi applicable', 'Les présentes sont soumises au droit français.', '## Juridiction', 'Tout litige relève de la compétence exclusive du tribunal de commerce de Paris.'].join('\n\n'))
  return { quote, terms }
}

describe('clausier review', () => {
  test('JSON output validates against its schema and lists every clause id', async () => {
    const r = await cli(['review', BARE, '--format', 'json', ...DATE])
    expect(r.code).toBe(1)
    const report = jsonReportSchema.parse(JSON.parse(r.out))
    expect(report.files).toHaveLength(1)
    const file = report.files[0]!
    expect(file.language).toBe('fr')
    expect(file.kind).toBe('purchase-order')
    expect(file.clauses).toHaveLength(38)
    expect(file.findings.some((f) => f.ruleId === 'missing-clause' && f.clauseId === 'consent-proof' && f.severity === 'error')).toBe(true)
    expect(file.findings.find((f) => f.clauseId === 'consent-proof')?.suggestion).toContain('Preuve de Consentement')
  })

  test.each([
    [['--fail-on', 'error'], 1],
    [['--fail-on', 'warning'], 1],
    [['--fail-on', 'never'], 0],
  ])('exit code with %j is %i', async (flags, code) => {
    const r = await cli(['review', BARE, ...flags, ...DATE])
    expect(r.code).toBe(code)
    expect(r.out).toMatch(/^\d+ problems \(\d+ errors, \d+ warnings\) in 1 file$/m)
  })

  test('a clean document exits 0 when only warnings remain below the threshold', async () => {
    const dir = tempDir()
    const playbook = join(dir, 'clausier.config.yaml')
    writeFileSync(playbook, 'severity:\n  missing-clause: warning\n  partner-consent-unnamed: off\n  payment-terms: off\n')
    const r = await cli(['review', BARE, ...DATE], { cwd: dir })
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/\(0 errors, \d+ warnings\)/)
  })

  test('terms incorporated by reference make clauses "referenced"; --with reviews them together', async () => {
    const { quote, terms } = quoteWithTerms(tempDir())
    const alone = jsonReportSchema.parse(JSON.parse((await cli(['review', quote, '-f', 'json', ...DATE])).out)).files[0]!
    expect(alone.facts.referencedTerms[0]?.url).toBe('https://leads.example/cgv')
    expect(alone.clauses.find((c) => c.id === 'governing-law')?.status).toBe('referenced')
    expect(alone.findings.find((f) => f.clauseId === 'governing-law')?.message).toContain('https://leads.example/cgv')
    const together = jsonReportSchema.parse(JSON.parse((await cli(['review', quote, '--with', terms, '-f', 'json', ...DATE])).out)).files[0]!
    expect(together.with).toEqual([terms])
    const law = together.clauses.find((c) => c.id === 'governing-law')!
    expect(law.status).toBe('present')
    expect(law.evidence.every((e) => e.path === terms)).toBe(true)
    expect(law.evidence.map((e) => e.text)).toContain('Les présentes sont soumises au droit français.')
    expect(together.clauses.find((c) => c.id === 'liability-cap')?.status).toBe('missing')
  })

  test('the same contract in md, txt, docx, pdf and html gives the same statuses', async () => {
    const statuses = []
    for (const ext of ['md', 'txt', 'docx', 'pdf', 'html']) {
      const r = await cli(['review', join(READ, `contract.${ext}`), '-f', 'json', ...DATE])
      const file = jsonReportSchema.parse(JSON.parse(r.out)).files[0]!
      statuses.push(file.clauses.map((c) => `${c.id}:${c.status}`).join(' '))
    }
    expect(new Set(statuses).size).toBe(1)
  })

  test('a folder is reviewed file by file, sorted', async () => {
    const r = await cli(['review', QUOTES, '-f', 'json', '--fail-on', 'never', ...DATE])
    expect(r.code).toBe(0)
    const report = jsonReportSchema.parse(JSON.parse(r.out))
    expect(report.files.length).toBeGreaterThanOrEqual(16)
    expect(report.files.map((f) => f.path)).toEqual([...report.files.map((f) => f.path)].sort())
  })

  test('standard input', async () => {
    const r = await cli(['review', '-', '-f', 'json', ...DATE], { stdin: readFileSync(BARE, 'utf8') })
    expect(jsonReportSchema.parse(JSON.parse(r.out)).files[0]!.path).toBe('<stdin>')
  })

  test('--print-config shows the effective playbook', async () => {
    const r = await cli(['review', '--print-config'])
    expect(r.code).toBe(0)
    expect(r.out).toContain('# effective playbook (defaults)')
    expect(r.out).toContain('minNoticeMonths: 3')
  })

  test('writes reports to files; never overwrites without --force', async () => {
    const dir = tempDir()
    const out = join(dir, 'r.sarif')
    expect((await cli(['review', BARE, '-o', out, ...DATE])).code).toBe(1)
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe('2.1.0')
    const again = await cli(['review', BARE, '-o', out, ...DATE])
    expect(again.code).toBe(2)
    expect(again.err).toBe(`clausier: ${out} already exists: pass --force to overwrite it\n`)
  })

  test.each([
    [[join(READ, 'scanned.pdf'), '--no-ocr'], 'no text layer (scanned PDF?): run OCR first'],
    [[join(READ, 'encrypted.pdf')], 'the PDF is password-protected: remove the password first'],
    [['nothing-here.pdf'], 'nothing-here.pdf: no such file or folder'],
    [[BARE, '--format', 'xml'], '--format must be one of stylish, json, sarif, markdown, html, docx, got "xml"'],
    [[BARE, '--fail-on', 'info'], '--fail-on must be one of error, warning, never, got "info"'],
    [[BARE, '--date', '2026-13-01'], '--date must be a date YYYY-MM-DD, got "2026-13-01"'],
    [[BARE, '--format', 'docx'], '--format docx writes a Word file: give it a name with -o report.docx'],
    [[], 'review needs at least one file, folder or glob (or "-" for standard input)'],
  ])('bad input %j → exit 2 and one line', async (args, message) => {
    const r = await cli(['review', ...DATE, ...args])
    expect(r.code).toBe(2)
    expect(r.err.trim().split('\n')).toHaveLength(1)
    expect(r.err).toContain(message)
  })

  test('an invalid playbook is reported with its location', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'clausier.config.yaml'), 'severity:\n  missing-clause: loud\nthresholds:\n  minNoticeMonths: -1\n')
    const r = await cli(['review', BARE, ...DATE], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.err).toContain('clausier.config.yaml:2:19  severity.missing-clause  expected one of "error", "warning", "off", got "loud"')
    expect(r.err).toContain('clausier.config.yaml:4:20  thresholds.minNoticeMonths  expected a value >= 0, got -1')
  })
})

describe('clausier addendum', () => {
  test('builds special terms with the missing clauses, filled from the quote', async () => {
    const dir = tempDir()
    const { quote } = quoteWithTerms(dir)
    const r = await cli(['addendum', quote, ...DATE])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^# Conditions particulières/)
    expect(r.out).toContain('complètent le document n° D-118 (devis.md)')
    expect(r.out).toMatch(/^## \d+\. Preuve du consentement$/m)
    expect(r.out).not.toContain('Documents contractuels et ordre de priorité')
    const docx = join(dir, 'cp.docx')
    const w = await cli(['addendum', quote, '-o', docx, ...DATE])
    expect(w.code).toBe(0)
    expect(w.err).toMatch(/^wrote .*cp\.docx \(fr, \d+ clauses added to /)
  })
})

describe('the installed CLI (compiled, real process)', () => {
  const bin = join(ROOT, 'dist', 'cli', 'index.js')
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [bin, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CLAUSIER_LANG: 'en', ...env }, maxBuffer: 64 * 1024 * 1024 })

  test('a batch spread over worker threads gives exactly the serial result', () => {
    const args = ['review', QUOTES, '-f', 'json', '--fail-on', 'never', ...DATE]
    const parallel = run(args)
    const serial = run(args, { CLAUSIER_THREADS: '1' })
    expect([parallel.status, parallel.signal, parallel.stderr]).toEqual([0, null, ''])
    expect([serial.status, serial.signal, serial.stderr]).toEqual([0, null, ''])
    expect(parallel.stdout.length).toBeGreaterThan(1000)
    expect(parallel.stdout).toBe(serial.stdout)
  })

  test('an HTML report of a threaded batch shows every document, as the serial one does (workers send documents back only for it)', () => {
    const args = ['review', QUOTES, '-f', 'html', '--fail-on', 'never', ...DATE]
    const parallel = run(args)
    const serial = run(args, { CLAUSIER_THREADS: '1' })
    expect([parallel.status, parallel.signal, parallel.stderr]).toEqual([0, null, ''])
    // Every file's text is shown (a document left in a worker would read "not available").
    expect(parallel.stdout).not.toContain('n’est pas disponible')
    expect(parallel.stdout).not.toContain('is not available')
    expect(parallel.stdout.length).toBeGreaterThan(100_000)
    expect(parallel.stdout).toBe(serial.stdout)
  })

  test('a threaded batch stops on the first unreadable file in input order, as the serial run does', () => {
    const dir = tempDir()
    const good = (i: number) => {
      const path = join(dir, `q${i}.md`)
      writeFileSync(path, readFileSync(BARE))
      return path
    }
    // The serial run stops at the first bad file and never reads the second; the threads may read both.
    const small = join(dir, 'small-bad.docx')
    writeFileSync(small, 'not a zip')
    const large = join(dir, 'large-bad.docx')
    writeFileSync(large, 'not a zip either '.repeat(20_000))
    const files = [good(1), good(2), good(3), small, good(4), good(5), good(6), large, good(7)]
    for (const lang of ['en', 'fr']) {
      const args = ['review', ...files, '-f', 'json', ...DATE]
      const parallel = run(args, { CLAUSIER_LANG: lang })
      const serial = run(args, { CLAUSIER_LANG: lang, CLAUSIER_THREADS: '1' })
      expect([serial.status, serial.stdout]).toEqual([2, ''])
      expect(serial.stderr).toContain('small-bad.docx')
      expect(serial.stderr.split('\n')).toHaveLength(2)
      expect([parallel.status, parallel.stdout, parallel.stderr]).toEqual([serial.status, serial.stdout, serial.stderr])
    }
  })

  test('exit codes of the real process: 1 with errors, 2 on bad input, no stack trace', () => {
    expect(run(['review', BARE, ...DATE]).status).toBe(1)
    const bad = run(['review', join(READ, 'scanned.pdf'), '--no-ocr', ...DATE])
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(/^clausier: .*no text layer \(scanned PDF\?\): run OCR first\n$/)
  })
})
