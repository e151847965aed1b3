/** Schema versions: a fresh journal is at the latest version; a version-1 journal is upgraded in place. */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, test } from 'vitest'
import { APPLICATION_ID, MIGRATIONS, migrate, openJournal, SCHEMA_VERSION } from '../../src/journal/db.js'
import { readEntries } from '../../src/journal/entries.js'
import { add, journal, tempJournal } from './helpers.js'

describe('journal schema migrations', () => {
  test('a new journal is in WAL mode at the latest version, marked as a clausier journal', () => {
    const { db } = tempJournal()
    openJournal(db).close()
    const raw = new Database(db)
    expect(raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    expect(raw.pragma('application_id', { simple: true })).toBe(APPLICATION_ID)
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal')
    raw.close()
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length)
  })

  test('upgrades a version-1 journal to the latest, keeping its entries and the append-only guard', async () => {
    const { db } = tempJournal()
    const v1 = new Database(db)
    migrate(v1, 1)
    expect(v1.pragma('user_version', { simple: true })).toBe(1)
    v1.prepare(`INSERT INTO entries (checked_at, recorded_at, generator, source, checked, result, non_conformity) VALUES ('2025-06-01T08:00:00.000Z', '2025-06-01T09:00:00.000Z', 'OldGen', 'https://old.example/form', 'partner list', 'non-conform', 'no list')`).run()
    v1.prepare(`INSERT INTO entry_leads (entry_id, position, lead_id) VALUES (1, 0, 'L-OLD')`).run()
    expect(() => v1.prepare(`SELECT follows_up FROM entries`).all()).toThrow(/no such column/)
    v1.close()

    const j = openJournal(db)
    expect(j.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    expect(readEntries(j)).toEqual([
      { id: 1, checkedAt: '2025-06-01T08:00:00.000Z', recordedAt: '2025-06-01T09:00:00.000Z', generator: 'OldGen', source: 'https://old.example/form', checked: 'partner list', result: 'non-conform', nonConformity: 'no list', leads: ['L-OLD'], evidence: [] },
    ])
    expect(() => j.prepare('DELETE FROM entries').run()).toThrow(/append-only/)
    j.close()
    // The upgraded journal takes follow-ups (a version-2 feature) of its version-1 entries.
    await add(db, ['--generator', 'OldGen', '--checked', 'partner list', '--result', 'conform', '--follows-up', '1', '--status', 'closed', '--date', '2025-07-01'])
    const open = await journal(db, ['list', '--open', '--format', 'json'])
    expect(JSON.parse(open.out).entries).toEqual([])
  })

  test('refuses a journal from a newer clausier and another application\'s database', () => {
    const { dir, db } = tempJournal()
    openJournal(db).close()
    const raw = new Database(db)
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`)
    raw.close()
    expect(() => openJournal(db, { display: 'j.sqlite' })).toThrow(`j.sqlite: the journal has schema version ${SCHEMA_VERSION + 1}, newer than this clausier (${SCHEMA_VERSION}): upgrade clausier`)
    const other = join(dir, 'other.sqlite')
    const o = new Database(other)
    o.exec('CREATE TABLE t (x)')
    o.close()
    expect(() => openJournal(other, { display: 'other.sqlite' })).toThrow('other.sqlite: not a clausier journal (another SQLite database)')
    writeFileSync(join(dir, 'empty.sqlite'), '')
    expect(() => openJournal(join(dir, 'empty.sqlite')).close()).not.toThrow()
  })
})
