/**
 * The verification journal's SQLite database: opening (WAL, busy timeout, full sync) and the
 * versioned schema. `PRAGMA user_version` holds the schema version; the missing migration steps are
 * applied in one IMMEDIATE transaction at open, so two processes opening a fresh file cannot both
 * migrate it. Entries are append-only, enforced by triggers that RAISE on UPDATE and DELETE.
 */
import Database from 'better-sqlite3'
import { existsSync } from 'node:fs'
import { InputError } from '../core/errors.js'

/** The journal's database handle (better-sqlite3). */
export type JournalDb = Database.Database

/** Marks the file as a clausier journal (`PRAGMA application_id`, "CLJ1"). */
export const APPLICATION_ID = 0x434c4a31

/** How long a writer waits for another process's lock before giving up (ms). */
export const BUSY_TIMEOUT_MS = 15_000

const appendOnly = (table: string) => `
CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table} BEGIN SELECT RAISE(ABORT, 'journal entries are append-only: ${table} cannot be updated'); END;
CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table} BEGIN SELECT RAISE(ABORT, 'journal entries are append-only: ${table} cannot be deleted'); END;`

/**
 * Schema steps; step `i` takes the database from version `i` to version `i + 1`.
 * Never edit a released step: add a new one.
 */
export const MIGRATIONS: readonly string[] = [
  // v1: dated checks, linked to leads, with evidence files and corrections.
  `PRAGMA application_id = ${APPLICATION_ID};
   CREATE TABLE entries (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     checked_at TEXT NOT NULL,
     recorded_at TEXT NOT NULL,
     generator TEXT NOT NULL,
     source TEXT,
     batch TEXT,
     checked TEXT NOT NULL,
     result TEXT NOT NULL CHECK (result IN ('conform', 'non-conform', 'partial')),
     non_conformity TEXT,
     action TEXT,
     checked_by TEXT,
     corrects INTEGER REFERENCES entries(id)
   );
   CREATE TABLE entry_leads (
     entry_id INTEGER NOT NULL REFERENCES entries(id),
     position INTEGER NOT NULL,
     lead_id TEXT NOT NULL,
     PRIMARY KEY (entry_id, position)
   );
   CREATE TABLE evidence (
     entry_id INTEGER NOT NULL REFERENCES entries(id),
     position INTEGER NOT NULL,
     path TEXT NOT NULL,
     sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
     size INTEGER NOT NULL CHECK (size >= 0),
     PRIMARY KEY (entry_id, position)
   );
   CREATE INDEX entries_by_date ON entries (checked_at, id);
   CREATE UNIQUE INDEX entries_corrected_once ON entries (corrects) WHERE corrects IS NOT NULL;
   ${appendOnly('entries')}
   ${appendOnly('entry_leads')}
   ${appendOnly('evidence')}`,
  // v2: follow-ups of non-conformities, and the status they leave the non-conformity in.
  `ALTER TABLE entries ADD COLUMN follows_up INTEGER REFERENCES entries(id);
   ALTER TABLE entries ADD COLUMN status TEXT CHECK (status IN ('open', 'closed'));
   CREATE INDEX entries_by_follows_up ON entries (follows_up);
   CREATE INDEX entries_by_generator ON entries (generator, checked_at);`,
]

/** The schema version this code writes. */
export const SCHEMA_VERSION = MIGRATIONS.length

/** Applies the missing steps up to `target` (default: the latest) in one IMMEDIATE transaction. */
export function migrate(db: JournalDb, target: number = SCHEMA_VERSION, display = db.name): void {
  const run = db.transaction(() => {
    const current = db.pragma('user_version', { simple: true }) as number
    if (current > SCHEMA_VERSION) {
      throw new InputError({ key: 'error.journal.newerSchema', params: { path: display, current: String(current), supported: String(SCHEMA_VERSION) } })
    }
    if (current > 0) {
      const app = db.pragma('application_id', { simple: true }) as number
      if (app !== APPLICATION_ID) throw new InputError({ key: 'error.journal.otherDatabase', params: { path: display } })
    }
    if (current === 0) {
      const tables = (db.prepare(`SELECT count(*) AS n FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'`).get() as { n: number }).n
      if (tables > 0) throw new InputError({ key: 'error.journal.otherDatabase', params: { path: display } })
    }
    for (let v = current; v < target; v++) {
      db.exec(MIGRATIONS[v]!)
      db.pragma(`user_version = ${v + 1}`)
    }
  })
  run.immediate()
}

/** Options of {@link openJournal}. */
export interface OpenOptions {
  /** Refuse to create the file (list, report). */
  mustExist?: boolean
  /** The path as the user typed it, for messages. */
  display?: string
}

/** Opens (creating if allowed) the journal at `path` and brings its schema up to date. */
export function openJournal(path: string, options: OpenOptions = {}): JournalDb {
  const display = options.display ?? path
  if (options.mustExist && !existsSync(path)) throw new InputError({ key: 'error.journal.none', params: { path: display } })
  let db: JournalDb | undefined
  try {
    db = new Database(path, { fileMustExist: Boolean(options.mustExist), timeout: BUSY_TIMEOUT_MS })
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    migrate(db, SCHEMA_VERSION, display)
    return db
  } catch (e) {
    db?.close()
    if (e instanceof InputError) throw e
    const code = (e as { code?: string }).code
    if (code === 'SQLITE_NOTADB') throw new InputError({ key: 'error.journal.notSqlite', params: { path: display } })
    if (code === 'SQLITE_CANTOPEN') throw new InputError({ key: 'error.journal.cannotOpen', params: { path: display } })
    if (code === 'SQLITE_BUSY') throw new InputError({ key: 'error.journal.busy', params: { path: display, seconds: BUSY_TIMEOUT_MS / 1000 } })
    throw e
  }
}
