/**
 * No lost work (issue #5): every file the tool writes goes through src/core/write-file.ts, which
 * never overwrites without --force and writes atomically. A run killed mid-write leaves the
 * previous file intact and only a hidden temporary file (`.name.<pid>.<ms>.tmp`), which the next
 * write of the same output removes.
 */
import { spawn } from 'node:child_process'
import { copyFileSync, mkdirSync, readdirSync, readFileSync, watch, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, test } from 'vitest'
import { removeStaleTemps, writeFileAtomic } from '../../src/core/write-file.js'
import { OverwriteError } from '../../src/core/errors.js'
import { jsonReportSchema } from '../../src/report/json-schema.js'
import { EN_DEAL, FR_DEAL, ROOT, tempDir } from '../helpers.js'
import { BIN, expectOneLineError, runIn } from './helpers.js'

const QUOTE = join(ROOT, 'examples', 'quotes', 'bon-de-commande-azur-leads-piscines.md')
const ANSWERS = join(ROOT, 'examples', 'audit', 'answers-weak.yaml')
const DATE = ['--date', '2026-11-29']
const EDITED = 'Edited by a lawyer: do not lose this.\n'

/** The fs functions that write or move files; outside write-file.ts none may be imported. */
const WRITERS = ['writeFileSync', 'writeFile', 'appendFileSync', 'appendFile', 'createWriteStream', 'copyFileSync', 'copyFile', 'cpSync', 'cp', 'renameSync', 'rename', 'truncateSync', 'truncate', 'writeSync', 'write', 'writev', 'writevSync', 'linkSync', 'symlinkSync', 'open', 'openSync']

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []))
}

/** Hidden temporary files left in a folder. */
const temps = (dir: string): string[] => readdirSync(dir).filter((n) => /\.tmp$/.test(n))

describe('every writer goes through write-file.ts', () => {
  test('no module but src/core/write-file.ts imports a writing fs function', () => {
    const offenders: string[] = []
    for (const file of sourceFiles(join(ROOT, 'src'))) {
      const rel = relative(ROOT, file)
      if (rel === join('src', 'core', 'write-file.ts')) continue
      const text = readFileSync(file, 'utf8')
      for (const m of text.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s+from\s+['"](?:node:)?fs(?:\/promises)?['"]/g)) {
        if (m[1]) continue
        const names = (m[2] ?? '').split(',').map((s) => s.trim().split(/\s+as\s+/)[0]!.trim()).filter((s) => s !== '')
        // openSync only to read ('r' in every call: the snapshot's digest check reads 77 bytes) writes nothing.
        const readOnlyOpen = (name: string) => name === 'openSync' && [...text.matchAll(/openSync\(([^)]*)\)/g)].every((c) => /,\s*'r'\s*$/.test(c[1]!))
        for (const name of names) if (WRITERS.includes(name) && !readOnlyOpen(name)) offenders.push(`${rel}: ${name}`)
      }
      if (/import\s+\*\s+as\s+\w+\s+from\s+['"](?:node:)?fs(?:\/promises)?['"]|import\s+\w+\s+from\s+['"](?:node:)?fs(?:\/promises)?['"]/.test(text)) offenders.push(`${rel}: namespace import of fs`)
      if (/require\(['"](?:node:)?fs/.test(text)) offenders.push(`${rel}: require('fs')`)
    }
    expect(offenders).toEqual([])
  })
})

interface Writer {
  name: string
  /** Arguments writing to `out` (relative to the working folder); prepares inputs in `dir`. */
  args: (out: string, dir: string) => string[]
  out: string
  /** Exit code of a successful run (review and audit score exit 1 on findings). */
  code: 0 | 1
}

/** Every command that writes a file, in each of its output formats. */
const WRITERS_TABLE: Writer[] = [
  ...['contract.md', 'contract.html', 'contract.docx'].map((out): Writer => ({ name: `build -o ${out}`, out, code: 0, args: (o) => ['build', EN_DEAL, '-o', o] })),
  { name: 'build --audit -o contrat.docx', out: 'contrat.docx', code: 0, args: (o) => ['build', FR_DEAL, '--audit', ANSWERS, '-o', o] },
  ...['review.json', 'review.sarif', 'review.md', 'review.html', 'review.docx', 'review.txt'].map((out): Writer => ({ name: `review -o ${out}`, out, code: 1, args: (o) => ['review', QUOTE, '-o', o, ...DATE] })),
  ...['terms.md', 'terms.html', 'terms.docx'].map((out): Writer => ({ name: `addendum -o ${out}`, out, code: 0, args: (o) => ['addendum', QUOTE, '-o', o, ...DATE] })),
  ...['questionnaire.md', 'questionnaire.html', 'questionnaire.docx', 'answers.yaml'].map((out): Writer => ({ name: `audit init -o ${out}`, out, code: 0, args: (o) => ['audit', 'init', '-o', o] })),
  ...['score.json', 'score.md', 'score.html', 'score.docx', 'score.txt'].map((out): Writer => ({ name: `audit score -o ${out}`, out, code: 1, args: (o) => ['audit', 'score', ANSWERS, '-o', o] })),
  ...['report.md', 'report.html', 'report.docx'].map((out): Writer => ({
    name: `journal report -o ${out}`,
    out,
    code: 0,
    args: (o, dir) => ['journal', 'report', '--db', join(dir, 'journal.sqlite'), '-o', o],
  })),
]

describe('nothing is overwritten without --force (every command that writes)', () => {
  test.each(WRITERS_TABLE.map((w) => [w.name, w] as const))('%s', { timeout: 60_000 }, async (_name, w) => {
    const dir = tempDir()
    if (w.name.startsWith('journal')) {
      expect((await runIn(['journal', 'add', '--db', join(dir, 'journal.sqlite'), '--generator', 'G', '--checked', 'forms', '--result', 'conform', '--date', '2026-11-01'], dir)).code).toBe(0)
    }
    writeFileSync(join(dir, w.out), EDITED)
    const refused = await runIn(w.args(w.out, dir), dir)
    expectOneLineError(refused, new RegExp(`^${w.out.replace(/\./g, '\\.')} already exists: pass --force to overwrite it$`))
    expect(readFileSync(join(dir, w.out), 'utf8')).toBe(EDITED)
    expect(temps(dir)).toEqual([])

    const forced = await runIn([...w.args(w.out, dir), '--force'], dir)
    expect(forced.code, forced.err).toBe(w.code)
    expect(forced.err).toContain(`wrote ${w.out}`)
    const written = readFileSync(join(dir, w.out))
    expect(written.toString('utf8')).not.toBe(EDITED)
    expect(written.length).toBeGreaterThan(100)
    if (w.out.endsWith('.docx')) expect(written.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]))
    expect(temps(dir)).toEqual([])
  })

  test('journal add --db on an existing file that is not a journal leaves it untouched', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'contract.docx'), EDITED)
    const r = await runIn(['journal', 'add', '--db', 'contract.docx', '--generator', 'G', '--checked', 'forms', '--result', 'conform'], dir)
    expectOneLineError(r, /^contract\.docx: not a clausier journal/)
    expect(readFileSync(join(dir, 'contract.docx'), 'utf8')).toBe(EDITED)
  })

  test('a missing output folder is an input error, before any work', async () => {
    const dir = tempDir()
    expectOneLineError(await runIn(['build', EN_DEAL, '-o', 'nowhere/contract.docx'], dir), /^nowhere\/contract\.docx: the folder nowhere does not exist$/)
  })
})

describe('writeFileAtomic', () => {
  test('never replaces a file created after the early check (no race without --force)', () => {
    const dir = tempDir()
    const path = join(dir, 'out.md')
    writeFileSync(path, EDITED)
    expect(() => writeFileAtomic(path, 'new', { display: 'out.md' })).toThrow(OverwriteError)
    expect(readFileSync(path, 'utf8')).toBe(EDITED)
    expect(temps(dir)).toEqual([])
    writeFileAtomic(path, 'new', { force: true })
    expect(readFileSync(path, 'utf8')).toBe('new')
  })

  test('removes the temporary files of dead processes only, and only those of the same output', () => {
    const dir = tempDir()
    const path = join(dir, 'out.json')
    const dead = '.out.json.999999999.1700000000000.tmp' // no such pid (above pid_max)
    const alive = `.out.json.${process.pid}.1700000000000.tmp`
    const other = '.other.json.999999999.1700000000000.tmp'
    for (const n of [dead, alive, other, 'out.json.tmp']) writeFileSync(join(dir, n), 'partial')
    expect(removeStaleTemps(path)).toEqual([dead])
    expect(readdirSync(dir).sort()).toEqual([alive, other, 'out.json.tmp'].sort())
  })
})

describe('a run killed mid-write (SIGKILL, real process)', () => {
  test('leaves the previous file intact; the next run removes the temporary file', { timeout: 180_000 }, async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'quotes'))
    for (let i = 0; i < 150; i++) copyFileSync(QUOTE, join(dir, 'quotes', `q${String(i).padStart(3, '0')}.md`))
    writeFileSync(join(dir, 'review.json'), EDITED)
    const args = [BIN, 'review', 'quotes', '-f', 'json', '-o', 'review.json', '--force', '--fail-on', 'never', ...DATE]

    // Kill the writer the moment its temporary file appears (a big report: several MB to write).
    let killedMidWrite = false
    for (let attempt = 0; attempt < 3 && !killedMidWrite; attempt++) {
      const child = spawn(process.execPath, args, { cwd: dir, stdio: 'ignore' })
      let sawTemp = false
      const watcher = watch(dir, (_event, name) => {
        if (!sawTemp && typeof name === 'string' && /^\.review\.json\.\d+\.\d+\.tmp$/.test(name)) {
          sawTemp = true
          child.kill('SIGKILL')
        }
      })
      const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, sig) => resolve(sig)))
      watcher.close()
      const content = readFileSync(join(dir, 'review.json'), 'utf8')
      if (signal === 'SIGKILL' && temps(dir).length > 0) {
        killedMidWrite = true
        expect(content).toBe(EDITED) // the previous file, whole
        expect(temps(dir).every((n) => n.startsWith('.'))).toBe(true) // hidden, and not a review input
      } else {
        // The write won the race: the new report is complete, never partial.
        expect(() => JSON.parse(content)).not.toThrow()
        writeFileSync(join(dir, 'review.json'), EDITED)
      }
    }
    expect(killedMidWrite, 'the writer was never caught mid-write').toBe(true)

    // The next run writes the report and removes what the killed run left.
    const next = await runIn(['review', 'quotes', '-f', 'json', '-o', 'review.json', '--force', '--fail-on', 'never', ...DATE], dir)
    expect(next.code, next.err).toBe(0)
    expect(temps(dir)).toEqual([])
    expect(jsonReportSchema.parse(JSON.parse(readFileSync(join(dir, 'review.json'), 'utf8'))).files).toHaveLength(150)
  })
})
