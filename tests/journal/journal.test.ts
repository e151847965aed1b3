/** `clausier journal add|list`: dated checks, corrections, follow-ups, append-only storage, bad inputs. */
import { createHash } from 'node:crypto'
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, test } from 'vitest'
import { listJsonSchema } from '../../src/journal/view.js'
import { add, cli, journal, tempJournal } from './helpers.js'

const base = ['--generator', 'LeadCo', '--source', 'https://leadco.example/jeu-concours', '--checked', 'consent form of the contest']

async function listJson(db: string, ...args: string[]) {
  const r = await journal(db, ['list', '--format', 'json', ...args])
  expect(r.code).toBe(0)
  return listJsonSchema.parse(JSON.parse(r.out))
}

describe('journal add and list', () => {
  test('records a dated check linked to leads and a batch, with evidence hashed', async () => {
    const { dir, db } = tempJournal()
    writeFileSync(join(dir, 'form.html'), '<form>consent</form>')
    const r = await journal(db, ['add', ...base, '--batch', 'B-2026-03', '--leads', 'L1, L2,L1,', '--result', 'conform', '--evidence', 'form.html', '--date', '2026-03-01T10:00:00Z', '--by', 'Alice'], dir)
    expect(r).toEqual({ code: 0, out: '1\n', err: '' })
    const [e] = (await listJson(db)).entries
    expect(e).toMatchObject({
      id: 1,
      checkedAt: '2026-03-01T10:00:00.000Z',
      generator: 'LeadCo',
      source: 'https://leadco.example/jeu-concours',
      batch: 'B-2026-03',
      leads: ['L1', 'L2'],
      result: 'conform',
      checkedBy: 'Alice',
      open: false,
      evidence: [{ path: join(dir, 'form.html'), sha256: createHash('sha256').update('<form>consent</form>').digest('hex'), size: 20 }],
    })
    expect(Date.parse(e!.recordedAt)).toBeGreaterThan(Date.parse('2026-03-01'))
  })

  test('defaults the date to now, and lists entries in date order (not insertion order)', async () => {
    const { db } = tempJournal()
    const before = Date.now()
    await add(db, [...base, '--result', 'conform'])
    await add(db, [...base, '--result', 'conform', '--date', '2026-01-15'])
    const { entries } = await listJson(db)
    expect(entries.map((e) => e.id)).toEqual([2, 1])
    expect(entries[0]!.checkedAt).toBe('2026-01-15T00:00:00.000Z')
    expect(Date.parse(entries[1]!.checkedAt)).toBeGreaterThanOrEqual(before - 1000)
  })

  test('filters by generator and period; --to with a date includes that whole day', async () => {
    const { db } = tempJournal()
    await add(db, [...base, '--result', 'conform', '--date', '2026-01-10T09:00Z'])
    await add(db, ['--generator', 'Other', '--checked', 'x', '--result', 'conform', '--date', '2026-01-20T23:30Z'])
    await add(db, [...base, '--result', 'conform', '--date', '2026-02-05'])
    expect((await listJson(db, '--generator', 'LeadCo')).entries.map((e) => e.id)).toEqual([1, 3])
    expect((await listJson(db, '--from', '2026-01-11', '--to', '2026-01-20')).entries.map((e) => e.id)).toEqual([2])
    const table = await journal(db, ['list'])
    expect(table.out.split('\n')[0]).toMatch(/^ID\s+DATE\s+GENERATOR\s+RESULT/)
    expect(table.out).toContain('2026-01-20 23:30 UTC')
  })

  test('uses $CLAUSIER_JOURNAL, else clausier-journal.sqlite in the working folder', async () => {
    const { dir, db } = tempJournal()
    const saved = process.env.CLAUSIER_JOURNAL
    try {
      delete process.env.CLAUSIER_JOURNAL
      expect((await cli(['journal', 'add', ...base, '--result', 'conform'], { cwd: dir })).code).toBe(0)
      expect(existsSync(join(dir, 'clausier-journal.sqlite'))).toBe(true)
      process.env.CLAUSIER_JOURNAL = db
      expect((await cli(['journal', 'add', ...base, '--result', 'conform'], { cwd: dir })).out).toBe('1\n')
      expect(existsSync(db)).toBe(true)
    } finally {
      if (saved === undefined) delete process.env.CLAUSIER_JOURNAL
      else process.env.CLAUSIER_JOURNAL = saved
    }
  })
})

describe('corrections and follow-ups', () => {
  test('a correction is a new entry; the old one stays, shown as corrected, and cannot be corrected twice', async () => {
    const { db } = tempJournal()
    await add(db, [...base, '--result', 'conform', '--date', '2026-03-01'])
    const fix = await add(db, [...base, '--result', 'non-conform', '--non-conformity', 'pre-ticked partner box', '--date', '2026-03-01', '--corrects', '1'])
    expect(fix).toBe(2)
    const { entries } = await listJson(db)
    expect(entries.find((e) => e.id === 1)).toMatchObject({ result: 'conform', correctedBy: 2 })
    expect(entries.find((e) => e.id === 2)).toMatchObject({ corrects: 1, open: true })
    expect((await journal(db, ['list'])).out).toMatch(/^1 .*corrected by 2/m)
    const again = await journal(db, ['add', ...base, '--result', 'conform', '--corrects', '1'])
    expect(again).toEqual({ code: 2, out: '', err: 'clausier: --corrects 1: already corrected by entry 2; correct entry 2 instead\n' })
  })

  test('a non-conformity stays open until its latest follow-up closes it', async () => {
    const { db } = tempJournal()
    const nc = await add(db, [...base, '--result', 'non-conform', '--non-conformity', 'no partner list', '--date', '2026-03-01'])
    await add(db, [...base, '--result', 'conform', '--date', '2026-03-02'])
    await add(db, [...base, '--result', 'partial', '--non-conformity', 'list added, still hidden', '--action', 'reported to LeadCo', '--follows-up', String(nc), '--date', '2026-03-05'])
    expect((await listJson(db, '--open')).entries.map((e) => e.id)).toEqual([1, 3])
    const close = await add(db, [...base, '--result', 'conform', '--action', 'form fixed, batch B-3 excluded', '--follows-up', '3', '--status', 'closed', '--date', '2026-03-10'])
    expect((await listJson(db, '--open')).entries).toEqual([])
    expect((await journal(db, ['list', '--open'])).err).toBe('no open non-conformity\n')
    // Correcting the closing entry to "open" reopens the non-conformity.
    await add(db, [...base, '--result', 'partial', '--non-conformity', 'fix not deployed', '--corrects', String(close), '--status', 'open', '--date', '2026-03-10'])
    expect((await listJson(db, '--open')).entries.map((e) => e.id)).toEqual([1, 3, 5])
  })

  test('refuses follow-ups of unknown entries or dated before what they follow up', async () => {
    const { db } = tempJournal()
    await add(db, [...base, '--result', 'non-conform', '--non-conformity', 'x', '--date', '2026-03-05'])
    expect((await journal(db, ['add', ...base, '--result', 'conform', '--follows-up', '9'])).err).toBe('clausier: --follows-up 9: no such entry\n')
    const early = await journal(db, ['add', ...base, '--result', 'conform', '--follows-up', '1', '--date', '2026-03-01'])
    expect(early.code).toBe(2)
    expect(early.err).toMatch(/^clausier: --follows-up 1: a follow-up cannot be dated before the entry it follows up/)
    expect((await journal(db, ['add', ...base, '--result', 'conform', '--corrects', '7'])).err).toBe('clausier: --corrects 7: no such entry\n')
  })
})

describe('append-only storage', () => {
  const dbs: Database.Database[] = []
  afterEach(() => dbs.splice(0).forEach((d) => d.close()))

  test('UPDATE and DELETE are refused by the database itself', async () => {
    const { dir, db } = tempJournal()
    writeFileSync(join(dir, 'e.txt'), 'x')
    await add(db, [...base, '--result', 'conform', '--leads', 'L1', '--evidence', 'e.txt'], dir)
    const raw = new Database(db)
    dbs.push(raw)
    expect(() => raw.prepare(`UPDATE entries SET result = 'non-conform'`).run()).toThrow(/append-only: entries cannot be updated/)
    expect(() => raw.prepare('DELETE FROM entries').run()).toThrow(/append-only: entries cannot be deleted/)
    expect(() => raw.prepare(`UPDATE entry_leads SET lead_id = 'L2'`).run()).toThrow(/append-only/)
    expect(() => raw.prepare('DELETE FROM entry_leads').run()).toThrow(/append-only/)
    expect(() => raw.prepare(`UPDATE evidence SET sha256 = '${'0'.repeat(64)}'`).run()).toThrow(/append-only/)
    expect(() => raw.prepare('DELETE FROM evidence').run()).toThrow(/append-only/)
    expect(raw.prepare('SELECT count(*) AS n FROM entries').get()).toEqual({ n: 1 })
  })

  test('the CLI has no update or delete command', async () => {
    const { db } = tempJournal()
    for (const sub of ['update', 'delete', 'remove', 'edit']) expect((await journal(db, [sub])).code).toBe(2)
  })
})

describe('bad inputs: exit 2 with one line', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['missing --generator', ['--checked', 'x', '--result', 'conform'], /required option '--generator <name>' not specified/],
    ['bad --result', ['--generator', 'G', '--checked', 'x', '--result', 'ok'], /^--result must be one of conform, non-conform, partial$/],
    ['non-conform without a finding', ['--generator', 'G', '--checked', 'x', '--result', 'non-conform'], /^--non-conformity is required when --result is non-conform/],
    ['finding on a conform check', ['--generator', 'G', '--checked', 'x', '--result', 'conform', '--non-conformity', 'y'], /^--non-conformity only goes with/],
    ['empty --checked', ['--generator', 'G', '--checked', '  ', '--result', 'conform'], /^--checked must not be empty$/],
    ['bad --date', ['--generator', 'G', '--checked', 'x', '--result', 'conform', '--date', '2026-02-30'], /^--date must be an ISO date or date-time/],
    ['future --date', ['--generator', 'G', '--checked', 'x', '--result', 'conform', '--date', '2999-01-01'], /^--date 2999-01-01 is in the future/],
    ['bad --corrects', ['--generator', 'G', '--checked', 'x', '--result', 'conform', '--corrects', 'abc'], /^--corrects must be an entry id/],
    ['--status without --follows-up', ['--generator', 'G', '--checked', 'x', '--result', 'conform', '--status', 'closed'], /^--status only goes with --follows-up/],
    ['bad --status', ['--generator', 'G', '--checked', 'x', '--result', 'conform', '--follows-up', '1', '--status', 'done'], /^--status must be one of open, closed$/],
    ['missing evidence file', ['--generator', 'G', '--checked', 'x', '--result', 'conform', '--evidence', 'nope.png'], /^evidence nope\.png: no such file \(ENOENT\)$/],
  ]
  test.each(cases)('%s', async (_, args, message) => {
    const { dir, db } = tempJournal()
    const r = await journal(db, ['add', ...args], dir)
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expect(r.err.endsWith('\n') && r.err.split('\n')).toHaveLength(2)
    expect(r.err.replace(/^clausier: /, '').trimEnd()).toMatch(message)
    expect(existsSync(db)).toBe(false) // nothing is created for a refused entry
  })

  test('list and report: bad dates, bad format, missing journal, not a journal', async () => {
    const { dir, db } = tempJournal()
    expect((await journal(db, ['list'])).err).toMatch(/^clausier: .*journal\.sqlite: no journal here/)
    await add(db, [...base, '--result', 'conform'])
    for (const args of [['list', '--from', 'yesterday'], ['report', '--to', '2026-13-01'], ['list', '--format', 'xml'], ['report', '--from', '2026-03-02', '--to', '2026-03-01']]) {
      const r = await journal(db, args)
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.err.split('\n')).toHaveLength(2)
    }
    writeFileSync(join(dir, 'notes.sqlite'), 'ok, only one check box, disputed')
    const bad = await journal(join(dir, 'notes.sqlite'), ['list'])
    expect(bad).toMatchObject({ code: 2, err: expect.stringMatching(/notes\.sqlite: not a clausier journal \(not an SQLite database\)\n$/) })
  })
})
