import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli, ROOT, tempDir } from '../helpers.js'

const STRONG = join(ROOT, 'examples/audit/answers-strong.yaml')
const WEAK = join(ROOT, 'examples/audit/answers-weak.yaml')

function file(content: string): { dir: string; path: string } {
  const dir = tempDir()
  const path = join(dir, 'answers.yaml')
  writeFileSync(path, content)
  return { dir, path }
}

describe('audit exit codes', () => {
  const table: Array<[string, () => string[], number]> = [
    ['strong answers: 0', () => ['audit', 'score', STRONG], 0],
    ['weak answers (blocking): 1', () => ['audit', 'score', WEAK], 1],
    ['missing ids count as unknown: 0', () => ['audit', 'score', file('answers:\n  DD-01: { answer: yes }\n').path], 0],
    ['empty answers mapping: 0', () => ['audit', 'score', file('answers:\n').path], 0],
    ['bad --format: 2', () => ['audit', 'score', STRONG, '--format', 'pdf'], 2],
    ['bad --lang: 2', () => ['audit', 'init', '--lang', 'de'], 2],
    ['unknown -o extension: 2', () => ['audit', 'init', '-o', 'q.pdf'], 2],
    ['missing file: 2', () => ['audit', 'score', 'nope.yaml'], 2],
    ['docx without -o: 2', () => ['audit', 'score', STRONG, '--format', 'docx'], 2],
  ]
  for (const [name, args, code] of table) {
    it(name, async () => {
      const r = await cli(args())
      expect(r.code, r.err).toBe(code)
    })
  }

  it('reads standard input', async () => {
    const r = await cli(['audit', 'score', '-', '--format', 'json'], { stdin: readFileSync(WEAK, 'utf8') })
    expect(r.code).toBe(1)
    expect(JSON.parse(r.out).file).toBe('<stdin>')
  })
})

describe('bad answers files: one located line per problem, exit 2', () => {
  const cases: Array<[string, string, RegExp[]]> = [
    ['unknown question id', 'answers:\n  DD-01: { answer: yes }\n  DD-99: { answer: no }\n', [/answers\.yaml:3:\d+ {2}answers\.DD-99 {2}unknown question id "DD-99" \(expected DD-01 … DD-33\)/]],
    ['bad answer value', 'answers:\n  DD-01:\n    answer: maybe\n', [/answers\.yaml:3:13 {2}answers\.DD-01\.answer {2}expected one of "yes", "partial", "no", "unknown", got "maybe"/]],
    ['boolean answer', 'answers:\n  DD-01: { answer: true }\n', [/answers\.DD-01\.answer {2}expected one of .*got true/]],
    ['duplicate id', 'answers:\n  DD-01: { answer: yes }\n  DD-01: { answer: no }\n', [/answers\.yaml:3:3 {2}invalid YAML: Map keys must be unique/]],
    ['bad YAML', 'answers:\n  DD-01: [yes\n', [/answers\.yaml:\d+:\d+ {2}invalid YAML/]],
    ['__proto__ key', 'answers:\n  __proto__: { answer: yes }\n', [/answers\.__proto__ {2}key "__proto__" is not allowed/]],
    ['unknown top-level key', 'answer:\n  DD-01: { answer: yes }\n', [/answers\.yaml:1:1 {2}\(root\) {2}unknown key "answer"/]],
    ['unknown entry key', 'answers:\n  DD-01: { answer: yes, proof: x }\n', [/answers\.DD-01 {2}unknown key "proof"/]],
    ['every problem at once', 'answers:\n  DD-01: { answer: maybe }\n  DD-77: { answer: yes }\n', [/DD-01\.answer/, /DD-77/]],
    ['empty file', '', [/answers\.yaml {2}the answers file is empty/]],
    ['bad evidence', 'answers:\n  DD-01: { answer: yes, evidence: 5 }\n', [/answers\.yaml:2:35 {2}answers\.DD-01\.evidence {2}expected array, got 5/]],
    ['a list, not a mapping', '- DD-01\n', [/\(root\) {2}expected object, got a list/]],
  ]
  for (const [name, content, patterns] of cases) {
    it(name, async () => {
      const { dir } = file(content)
      const r = await cli(['audit', 'score', 'answers.yaml'], { cwd: dir })
      expect(r.code).toBe(2)
      expect(r.out).toBe('')
      for (const p of patterns) expect(r.err).toMatch(p)
    })
  }
})

describe('output files', () => {
  it('never overwrites without --force', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'q.md'), 'edited by a lawyer')
    const r = await cli(['audit', 'init', '-o', 'q.md'], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.err).toContain('q.md already exists: pass --force')
    expect(readFileSync(join(dir, 'q.md'), 'utf8')).toBe('edited by a lawyer')
    const forced = await cli(['audit', 'init', '-o', 'q.md', '--force'], { cwd: dir })
    expect(forced.code).toBe(0)
    expect(readFileSync(join(dir, 'q.md'), 'utf8')).toMatch(/^# /)
  })

  it('checks the output before reading the answers', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'score.json'), '{}')
    const r = await cli(['audit', 'score', 'missing.yaml', '-o', 'score.json'], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.err).toContain('already exists')
  })

  it('writes the report and still exits 1 on blocking answers', async () => {
    const dir = tempDir()
    const r = await cli(['audit', 'score', WEAK, '-o', 'score.json'], { cwd: dir })
    expect(r.code).toBe(1)
    expect(existsSync(join(dir, 'score.json'))).toBe(true)
    expect(r.err).toContain('wrote score.json')
  })
})
