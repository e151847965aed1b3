/**
 * Broken, hostile and huge inputs through the CLI (issue #5): each gets exit 2 with one stderr line
 * `clausier: <file>…` and no stack trace, or a correct result. Every case runs in-process through
 * `run()`; the cases marked `real` run again as a real process (compiled CLI, `npm run build`),
 * and the huge ones run only as a real process, with a capped heap and their peak memory measured.
 * Fixtures are generated in a temporary folder; nothing big is committed. The reader-level
 * details of each case are unit-tested in tests/read/; this is the user's view of them.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { decodeWindows1252 } from '../../src/read/input.js'
import { jsonReportSchema } from '../../src/report/json-schema.js'
import { EN_DEAL, FR_DEAL, ROOT, tempDir } from '../helpers.js'
import { documentXml, makeDocx, p, stylesXml, W } from '../read/helpers.js'
import { expectNoCrash, expectOneLineError, runIn, runReal, type CliResult } from './helpers.js'

const READ_FIXTURES = join(ROOT, 'tests', 'fixtures', 'read')
const QUOTE = join(ROOT, 'examples', 'quotes', 'bon-de-commande-azur-leads-piscines.md')
const DATE = ['--date', '2026-11-29']
const MB = 1024 * 1024

/** A deterministic pseudo-random byte stream (xorshift), so that "random" fixtures are reproducible. */
function noise(length: number, seed = 0x9e3779b9): Buffer {
  const out = Buffer.alloc(length)
  let x = seed >>> 0 || 1
  for (let i = 0; i < length; i++) {
    x ^= x << 13
    x >>>= 0
    x ^= x >>> 17
    x ^= x << 5
    x >>>= 0
    out[i] = x & 0xff
  }
  return out
}

/** Encodes text as Windows-1252 (every character of the input must exist in that code page). */
function encode1252(text: string): Buffer {
  const byChar = new Map<string, number>()
  for (let b = 0; b < 256; b++) byChar.set(decodeWindows1252(Uint8Array.of(b)), b)
  return Buffer.from([...text].map((c) => {
    const b = byChar.get(c)
    if (b === undefined) throw new Error(`not in Windows-1252: ${c}`)
    return b
  }))
}

/** A YAML "billion laughs": nine levels of nine aliases each. */
function aliasBomb(): string {
  const lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
  for (let i = 1; i <= 9; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ')}]`)
  return `${lines.join('\n')}\n`
}

/** The example deal with `extra` YAML lines appended (top-level keys). */
function dealWith(extra: string): string {
  return `${readFileSync(EN_DEAL, 'utf8').trimEnd()}\n${extra}\n`
}

/** The example deal with `buyer:` given an extra nested key. */
function dealWithBuyerKey(line: string): string {
  return readFileSync(EN_DEAL, 'utf8').replace(/^buyer:\n/m, `buyer:\n  ${line}\n`)
}

const TRUNCATED_OR_MALFORMED = /^quote\.docx: not a valid Word document \((corrupt or truncated zip|malformed XML: .+)\)$/

interface Case {
  name: string
  /** Writes the inputs into `dir` (the working folder) and returns the CLI arguments. */
  setup: (dir: string) => string[]
  stdin?: () => Buffer
  /** Exit 2 with this one-line message (after `clausier: `)… */
  error?: RegExp
  /** …or a correct result, checked here (exit code included). */
  check?: (r: CliResult, dir: string) => void | Promise<void>
  /** Also run as a real process. */
  real?: boolean
}

/** A review whose JSON report validates, with the expected exit code (0 clean, 1 findings). */
function validReview(r: CliResult): ReturnType<typeof jsonReportSchema.parse> {
  expectNoCrash(r)
  expect([0, 1], r.err).toContain(r.code)
  return jsonReportSchema.parse(JSON.parse(r.out))
}

const write = (dir: string, name: string, data: string | Uint8Array): string => {
  writeFileSync(join(dir, name), data)
  return name
}

const reviewJson = (file: string): string[] => ['review', file, '-f', 'json', '--fail-on', 'never', ...DATE]

const CASES: Case[] = [
  // --- Word documents ---
  {
    name: 'truncated DOCX',
    setup: (d) => ['review', write(d, 'quote.docx', readFileSync(join(READ_FIXTURES, 'contract.docx')).subarray(0, 4000))],
    error: /^quote\.docx: not a valid Word document \(corrupt or truncated zip\)$/,
    real: true,
  },
  {
    name: 'corrupt DOCX (deflate stream overwritten)',
    setup: (d) => {
      const bytes = Buffer.from(makeDocx({ body: p('x'.repeat(4000)) }))
      const at = bytes.indexOf('word/document.xml') + 'word/document.xml'.length
      bytes.fill(0xff, at, at + 64)
      return ['review', write(d, 'quote.docx', bytes)]
    },
    error: TRUNCATED_OR_MALFORMED,
  },
  {
    name: 'corrupt DOCX (zip signature, then noise)',
    setup: (d) => ['review', write(d, 'quote.docx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), noise(20_000)]))],
    error: /^quote\.docx: not a valid Word document \(corrupt or truncated zip\)$/,
  },
  {
    name: 'DOCX zip bomb (40 MB of spaces, ratio over 200:1)',
    setup: (d) => {
      const xml = strToU8(documentXml(p('x') + ' '.repeat(40 * MB)))
      return ['review', write(d, 'quote.docx', zipSync({ 'word/document.xml': [xml, { level: 9 }] }))]
    },
    error: /^quote\.docx: the Word file is too large once decompressed \(possible zip bomb\)$/,
    real: true,
  },
  {
    name: 'DOCX whose zip headers understate the size of document.xml (inflated only up to the declared size)',
    setup: (d) => {
      const xml = strToU8(documentXml(p('Proof of consent within five days.') + ' '.repeat(20 * MB)))
      const zip = Buffer.from(zipSync({ 'word/document.xml': [xml, { level: 9 }] }))
      zip.writeUInt32LE(1000, 22) // local header: uncompressed size
      const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))
      zip.writeUInt32LE(1000, central + 24) // central directory: uncompressed size
      return ['review', write(d, 'quote.docx', zip)]
    },
    error: /^quote\.docx: not a valid Word document \(malformed XML: unclosed element\)$/,
  },
  {
    name: 'DOCX whose document.xml declares an external entity (XXE)',
    setup: (d) => {
      const document = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document xmlns:w="${W}"><w:body>${p('&xxe;')}</w:body></w:document>`
      return ['review', write(d, 'quote.docx', makeDocx({ document }))]
    },
    error: /^quote\.docx: the Word file declares XML entities, refused$/,
    real: true,
  },
  {
    name: 'DOCX whose styles.xml holds an entity bomb',
    setup: (d) => {
      const styles = `<?xml version="1.0"?><!DOCTYPE w:styles [<!ENTITY a "lollollol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>${stylesXml('')}`
      return ['review', write(d, 'quote.docx', makeDocx({ body: p('Text.'), styles }))]
    },
    error: /^quote\.docx: the Word file declares XML entities, refused$/,
  },
  {
    name: 'DOCX given to addendum: the same error',
    setup: (d) => ['addendum', write(d, 'quote.docx', readFileSync(join(READ_FIXTURES, 'contract.docx')).subarray(0, 4000))],
    error: /^quote\.docx: not a valid Word document \(corrupt or truncated zip\)$/,
  },
  // --- PDF ---
  {
    name: 'encrypted PDF',
    setup: (d) => ['review', write(d, 'quote.pdf', readFileSync(join(READ_FIXTURES, 'encrypted.pdf')))],
    error: /^quote\.pdf: the PDF is password-protected: remove the password first$/,
    real: true,
  },
  {
    name: 'scanned PDF (no text layer), OCR off',
    setup: (d) => ['review', '--no-ocr', write(d, 'quote.pdf', readFileSync(join(READ_FIXTURES, 'scanned.pdf')))],
    error: /^quote\.pdf: no text layer \(scanned PDF\?\): run OCR first$/,
  },
  {
    name: 'truncated PDF',
    setup: (d) => ['review', write(d, 'quote.pdf', readFileSync(join(READ_FIXTURES, 'contract.pdf')).subarray(0, 5000))],
    error: /^quote\.pdf: not a valid PDF \(corrupt or truncated\)$/,
  },
  // --- 0-byte files ---
  ...(['md', 'txt', 'html', 'docx', 'pdf'] as const).map((ext): Case => ({
    name: `0-byte .${ext}`,
    setup: (d) => ['review', write(d, `empty.${ext}`, '')],
    error: new RegExp(`^empty\\.${ext}: the file is empty$`),
    real: ext === 'md',
  })),
  { name: 'empty standard input', setup: () => ['review', '-'], error: /^<stdin>: standard input is empty$/ },
  { name: '0-byte deal file', setup: (d) => ['build', write(d, 'deal.yaml', '')], error: /^deal\.yaml: the deal file is empty$/ },
  { name: '0-byte answers file', setup: (d) => ['audit', 'score', write(d, 'answers.yaml', '')], error: /^answers\.yaml {2}the answers file is empty/ },
  {
    name: '0-byte playbook: the defaults apply',
    setup: (d) => {
      write(d, 'clausier.config.yaml', '')
      return reviewJson(QUOTE)
    },
    check: (r) => expect(validReview(r).files[0]!.findings.length).toBeGreaterThan(0),
  },
  // --- binary data under a text name ---
  {
    name: 'binary data named .md',
    setup: (d) => ['review', write(d, 'quote.md', noise(4096))],
    error: /^quote\.md: not a Markdown file \(binary content\)$/,
    real: true,
  },
  {
    name: 'binary data without NUL bytes named .txt',
    setup: (d) => ['review', write(d, 'quote.txt', Buffer.from(noise(4096).map((b) => (b === 0 ? 1 : b))))],
    error: /^quote\.txt: not a text file \(binary content\)$/,
  },
  {
    name: 'a PDF named .md',
    setup: (d) => ['review', write(d, 'quote.md', readFileSync(join(READ_FIXTURES, 'contract.pdf')))],
    error: /^quote\.md: not a Markdown file \(it looks like a PDF document\)$/,
  },
  { name: 'binary deal file', setup: (d) => ['build', write(d, 'deal.yaml', noise(2048))], error: /^deal\.yaml: not a UTF-8 text file$/, real: true },
  { name: 'binary answers file', setup: (d) => ['audit', 'score', write(d, 'answers.yaml', noise(2048))], error: /^answers\.yaml: not a UTF-8 text file$/ },
  {
    name: 'binary playbook',
    setup: (d) => ['review', QUOTE, '--playbook', write(d, 'play.yaml', noise(2048))],
    error: /^play\.yaml: not a UTF-8 text file$/,
  },
  {
    name: 'a deal file with a BOM and CRLF line ends: the same contract',
    setup: (d) => ['build', write(d, 'deal.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(readFileSync(EN_DEAL, 'utf8').replace(/\n/g, '\r\n'))]))],
    check: async (r, d) => {
      expectNoCrash(r)
      expect(r.code, r.err).toBe(0)
      const plain = await runIn(['build', EN_DEAL], d)
      expect(r.out === plain.out, 'the contract differs from the LF deal\'s').toBe(true)
    },
  },
  { name: 'a deal file in Windows-1252', setup: (d) => ['build', write(d, 'deal.yaml', encode1252(readFileSync(FR_DEAL, 'utf8')))], error: /^deal\.yaml: not a UTF-8 text file$/ },
  { name: 'a folder given as the deal', setup: (d) => (mkdirSync(join(d, 'deal.yaml')), ['build', 'deal.yaml']), error: /^deal\.yaml: not a file$/ },
  { name: 'a deal file over 1 MB', setup: (d) => ['build', write(d, 'deal.yaml', `# ${'x'.repeat(1_100_000)}\n`)], error: /^deal\.yaml: the deal file is larger than 1 MB$/ },
  {
    name: 'a playbook over 1 MB',
    setup: (d) => ['review', QUOTE, '--playbook', write(d, 'play.yaml', `# ${'x'.repeat(1_100_000)}\n`)],
    error: /^play\.yaml: the playbook is larger than 1 MB$/,
  },
  // --- deeply nested Markdown: read as plain text, never a stack overflow ---
  {
    name: '100,000 nested block quotes',
    setup: (d) => reviewJson(write(d, 'quote.md', `${'> '.repeat(100_000)}The Generator keeps a record of each consent.\n`)),
    check: (r) => expect(validReview(r).files[0]!.clauses.find((c) => c.id === 'consent-proof')?.status).toBe('present'),
    real: true,
  },
  {
    name: '100,000 nested list items',
    setup: (d) => reviewJson(write(d, 'quote.md', `${'- '.repeat(100_000)}The Generator keeps a record of each consent.\n`)),
    check: (r) => expect(validReview(r).files[0]!.clauses.find((c) => c.id === 'consent-proof')?.status).toBe('present'),
  },
  {
    name: '100,000 list items nested by indentation (one per line, capped width)',
    setup: (d) => {
      const lines = Array.from({ length: 100_000 }, (_, i) => `${' '.repeat(Math.min(2 * i, 64))}- item ${i}`)
      return reviewJson(write(d, 'quote.md', `${lines.join('\n')}\n\nThe Generator keeps a record of each consent.\n`))
    },
    check: (r) => expect(validReview(r).files[0]!.clauses.find((c) => c.id === 'consent-proof')?.status).toBe('present'),
  },
  {
    name: '2,000 lines of ever deeper block quotes',
    setup: (d) => {
      const lines = Array.from({ length: 2000 }, (_, i) => `${'>'.repeat(i + 1)} line ${i}`)
      return reviewJson(write(d, 'quote.md', `${lines.join('\n')}\n\nThe Generator keeps a record of each consent.\n`))
    },
    check: (r) => expect(validReview(r).files[0]!.clauses.find((c) => c.id === 'consent-proof')?.status).toBe('present'),
  },
  {
    name: '100,000 nested brackets and emphasis markers',
    setup: (d) => reviewJson(write(d, 'quote.md', `${'['.repeat(50_000)}${'*_'.repeat(25_000)} The Generator keeps a record of each consent.\n`)),
    check: (r) => expect(validReview(r).files).toHaveLength(1),
  },
  // --- YAML alias bombs ("billion laughs") ---
  { name: 'alias bomb in a deal file', setup: (d) => ['build', write(d, 'deal.yaml', aliasBomb())], error: /^deal\.yaml {2}invalid YAML: too many aliases \(possible alias bomb\), refused$/, real: true },
  { name: 'alias bomb inside a valid deal', setup: (d) => ['build', write(d, 'deal.yaml', dealWith(aliasBomb()))], error: /^deal\.yaml {2}invalid YAML: too many aliases/ },
  { name: 'alias bomb in an answers file', setup: (d) => ['audit', 'score', write(d, 'answers.yaml', aliasBomb())], error: /^answers\.yaml {2}invalid YAML: too many aliases \(possible alias bomb\), refused$/ },
  { name: 'alias bomb in build --audit answers', setup: (d) => ['build', EN_DEAL, '--audit', write(d, 'answers.yaml', aliasBomb())], error: /^answers\.yaml {2}invalid YAML: too many aliases/ },
  {
    name: 'alias bomb in clausier.config.yaml (found from the working folder)',
    setup: (d) => {
      write(d, 'clausier.config.yaml', aliasBomb())
      return ['review', QUOTE]
    },
    error: /^clausier\.config\.yaml {2}invalid YAML: too many aliases \(possible alias bomb\), refused$/,
    real: true,
  },
  { name: 'alias bomb in --playbook', setup: (d) => ['review', QUOTE, '--playbook', write(d, 'play.yaml', aliasBomb())], error: /^play\.yaml {2}invalid YAML: too many aliases/ },
  { name: 'alias bomb on standard input (build -)', setup: () => ['build', '-'], stdin: () => Buffer.from(aliasBomb()), error: /^<stdin> {2}invalid YAML: too many aliases/ },
  { name: 'YAML nested 5,000 levels deep', setup: (d) => ['build', write(d, 'deal.yaml', `a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`)], error: /^deal\.yaml:1:\d+ {2}invalid YAML: nested too deeply$/ },
  { name: 'duplicate keys in a deal', setup: (d) => ['build', write(d, 'deal.yaml', dealWith('language: fr'))], error: /^deal\.yaml:\d+:1 {2}invalid YAML: Map keys must be unique$/ },
  // --- prototype keys: rejected, never merged into objects ---
  { name: '__proto__ at the top of a deal', setup: (d) => ['build', write(d, 'deal.yaml', dealWith('__proto__:\n  polluted: yes'))], error: /^deal\.yaml {2}__proto__ {2}key "__proto__" is not allowed$/, real: true },
  { name: '__proto__ in a party', setup: (d) => ['build', write(d, 'deal.yaml', dealWithBuyerKey('__proto__: { polluted: yes }'))], error: /^deal\.yaml {2}buyer\.__proto__ {2}key "__proto__" is not allowed$/ },
  { name: '"__proto__" in a JSON deal', setup: (d) => ['build', write(d, 'deal.json', '{"__proto__": {"polluted": true}, "date": "2026-01-01"}')], error: /^deal\.json {2}__proto__ {2}key "__proto__" is not allowed$/ },
  { name: 'constructor.prototype in a deal', setup: (d) => ['build', write(d, 'deal.yaml', dealWith('constructor:\n  prototype:\n    polluted: yes'))], error: /^deal\.yaml {2}constructor {2}key "constructor" is not allowed$/ },
  { name: 'constructor as a clause id in a deal', setup: (d) => ['build', write(d, 'deal.yaml', dealWith('clauses:\n  constructor: { x: 1 }'))], error: /^deal\.yaml {2}clauses\.constructor {2}key "constructor" is not allowed$/ },
  { name: 'hasOwnProperty as a clause id in a deal', setup: (d) => ['build', write(d, 'deal.yaml', dealWith('clauses:\n  hasOwnProperty: { x: 1 }'))], error: /^deal\.yaml:\d+:\d+ {2}clauses\.hasOwnProperty {2}expected a clause id, got "hasOwnProperty"$/ },
  { name: '__proto__ in the playbook severities', setup: (d) => ['review', QUOTE, '--playbook', write(d, 'play.yaml', 'severity:\n  __proto__: { polluted: error }\n')], error: /^play\.yaml {2}severity\.__proto__ {2}key "__proto__" is not allowed$/ },
  { name: 'constructor in clausier.config.yaml', setup: (d) => (write(d, 'clausier.config.yaml', 'constructor:\n  prototype: { polluted: 1 }\n'), ['review', QUOTE]), error: /^clausier\.config\.yaml {2}constructor {2}key "constructor" is not allowed$/ },
  { name: 'toString as a playbook severity', setup: (d) => ['review', QUOTE, '--playbook', write(d, 'play.yaml', 'severity:\n  toString: off\n')], error: /^play\.yaml:2:\d+ {2}severity\.toString {2}expected a rule id or a clause id$/ },
  { name: '__proto__ in an answers file', setup: (d) => ['audit', 'score', write(d, 'answers.yaml', 'answers:\n  __proto__: { answer: yes }\n')], error: /^answers\.yaml {2}answers\.__proto__ {2}key "__proto__" is not allowed$/ },
  // --- template names are names, never paths ---
  { name: '--template ../../etc/passwd', setup: () => ['build', EN_DEAL, '--template', '../../etc/passwd'], error: /^--template must be a template name like "lead-generation-agreement", got "\.\.\/\.\.\/etc\/passwd"$/, real: true },
  { name: '--template /etc/passwd', setup: () => ['build', EN_DEAL, '--template', '/etc/passwd'], error: /^--template must be a template name/ },
  { name: '--template with its file extension', setup: () => ['build', EN_DEAL, '--template', 'lead-generation-agreement.en.md.hbs'], error: /^--template must be a template name/ },
  { name: '--template lead-generation-agreement/../../x', setup: () => ['build', EN_DEAL, '--template', 'lead-generation-agreement/../../x'], error: /^--template must be a template name/ },
  { name: '--template of an unknown name', setup: () => ['build', EN_DEAL, '--template', 'no-such-template'], error: /^no template "no-such-template" in en/ },
  {
    name: '--template special-terms (a template, but not a contract template)',
    setup: () => ['build', EN_DEAL, '--template', 'special-terms'],
    error: /^--template special-terms: not a contract template \(it uses "buyer", "generator", "quote", which a deal does not provide\)$/,
  },
  // --- text encodings: the same review as the UTF-8 file ---
  ...(
    [
      ['Windows-1252 (invalid UTF-8)', (t: string) => encode1252(t)],
      ['a UTF-8 BOM', (t: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t)])],
      ['CRLF line ends', (t: string) => Buffer.from(t.replace(/\n/g, '\r\n'))],
      ['UTF-16LE with a BOM and CRLF', (t: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t.replace(/\n/g, '\r\n'), 'utf16le')])],
    ] as const
  ).map(([label, encode]): Case => ({
    name: `a quote in ${label}: same review as in UTF-8`,
    setup: (d) => {
      mkdirSync(join(d, 'utf8'))
      copyFileSync(QUOTE, join(d, 'utf8', 'quote.md'))
      return reviewJson(write(d, 'quote.md', encode(readFileSync(QUOTE, 'utf8'))))
    },
    check: (r, d) => {
      const report = validReview(r)
      const file = report.files[0]!
      const evidence = file.clauses.flatMap((c) => c.evidence.map((e) => e.text)).join('\n')
      expect(evidence).toContain('propriétaire') // decoded characters, not mojibake
      expect(evidence).toContain('€')
      expect(/Ã|â€|\uFFFD/.test(r.out), 'mojibake in the report').toBe(false)
      return runIn(reviewJson('quote.md'), join(d, 'utf8')).then((utf8) => {
        expect(r.out === utf8.out, 'the report differs from the UTF-8 file\'s').toBe(true)
      })
    },
  })),
]

describe('bad input: one clear line and exit 2, or a correct result', () => {
  const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort()

  test.each(CASES.map((c) => [c.name, c] as const))('%s', { timeout: 120_000 }, async (_name, c) => {
    const dir = tempDir()
    const args = c.setup(dir)
    const r = await runIn(args, dir, c.stdin?.() ?? Buffer.alloc(0))
    if (c.error) expectOneLineError(r, c.error)
    else await c.check!(r, dir)
  })

  afterAll(() => {
    // No case may have added anything to Object.prototype (run in this same process).
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype.toString.call([])).toBe('[object Array]')
  })
})

describe('bad input: the same cases as a real process (no stack trace on the real stderr, heap capped at 256 MB)', () => {
  const real = CASES.filter((c) => c.real === true)
  test.each(real.map((c) => [c.name, c] as const))('%s', { timeout: 120_000 }, async (_name, c) => {
    const dir = tempDir()
    const args = c.setup(dir)
    const r = runReal(args, { cwd: dir, heapMb: 256, ...(c.stdin ? { stdin: c.stdin() } : {}) })
    if (c.error) expectOneLineError(r, c.error)
    else await c.check!(r, dir)
    // Bounded memory: the zip bomb is refused from its directory, the deep Markdown read as text.
    if (r.maxRssKb !== undefined) expect(r.maxRssKb / 1024).toBeLessThan(400)
  })
})

describe('huge inputs, in bounded memory (real process, capped heap)', () => {
  let dir: string
  beforeAll(() => {
    dir = tempDir()
  })

  // 12 MB under a 192 MB heap keeps the 50 MB / 768 MB ratio of the first version of this test (the
  // review's memory grows with the text), in a quarter of the time.
  test('a 12 MB text file is reviewed under a 192 MB heap cap', { timeout: 300_000 }, () => {
    // Varied contract prose (the library's own example contracts and quotes, as text), repeated to 12 MB.
    const pieces = ['lead-generation-en.yaml', 'lead-generation-fr.yaml'].map((f) => readFileSync(join(ROOT, 'examples', 'deals', f), 'utf8'))
    pieces.push(readFileSync(QUOTE, 'utf8'), readFileSync(join(READ_FIXTURES, 'contract.txt'), 'utf8'))
    const unit = `${pieces.join('\n\n')}\n\n`
    const text = unit.repeat(Math.ceil((12 * MB) / Buffer.byteLength(unit))).slice(0, 12 * MB)
    writeFileSync(join(dir, 'big.txt'), text)
    const r = runReal(['review', 'big.txt', '-f', 'json', '-o', 'big.json', '--fail-on', 'never', ...DATE], { cwd: dir, heapMb: 192 })
    expectNoCrash(r)
    expect(r.code, r.err).toBe(0)
    expect(r.err).toBe('wrote big.json\n')
    const report = jsonReportSchema.parse(JSON.parse(readFileSync(join(dir, 'big.json'), 'utf8')))
    expect(report.files[0]!.clauses.find((c) => c.id === 'consent-proof')?.status).toBe('present')
    if (r.maxRssKb !== undefined) expect(r.maxRssKb / 1024).toBeLessThan(400)
  })

  test('a 60 MB + 1 byte file is refused before it is read', () => {
    writeFileSync(join(dir, 'over.md'), Buffer.alloc(60 * MB + 1, 0x61))
    const r = runReal(['review', 'over.md'], { cwd: dir, heapMb: 128 })
    expectOneLineError(r, /^over\.md: the file is too large \(60\.0 MB; the limit for md input is 60 MB\)$/)
    if (r.maxRssKb !== undefined) expect(r.maxRssKb / 1024).toBeLessThan(200)
  })

  test('a French deal builds under the same conditions (control: the caps are not too tight)', () => {
    const r = runReal(['build', FR_DEAL, '-o', 'contrat.docx'], { cwd: dir, heapMb: 128 })
    expectNoCrash(r)
    expect(r.code, r.err).toBe(0)
  })
})
