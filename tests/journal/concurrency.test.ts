/**
 * Real processes against one journal file: concurrent writers lose nothing, and kill -9 in the
 * middle of writes leaves a consistent database (every entry complete).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { beforeAll, describe, expect, test } from 'vitest'
import { openJournal } from '../../src/journal/db.js'
import { readEntries } from '../../src/journal/entries.js'
import { buildJournalModule, tempJournal } from './helpers.js'

const LEADS_PER_ENTRY = 25

const WORKER = `
import { openJournal } from './src/journal/db.js'
import { addEntry, readEntries } from './src/journal/entries.js'
import { existsSync } from 'node:fs'
const [dbPath, name, countArg, mode, goPath] = process.argv.slice(2)
const count = Number(countArg)
const evidence = [{ path: '/evidence/form.png', sha256: 'a'.repeat(64), size: 1 }, { path: '/evidence/consent.csv', sha256: 'b'.repeat(64), size: 2 }]
let db = openJournal(dbPath)
// With a start file: say so, then wait for it, so that writers started together write together.
const pause = new Int32Array(new SharedArrayBuffer(4))
if (goPath) {
  process.stdout.write('ready\\n')
  while (!existsSync(goPath)) Atomics.wait(pause, 0, 0, 5)
}
for (let i = 0; count === 0 || i < count; i++) {
  if (mode === 'reopen') { db.close(); db = openJournal(dbPath) }
  const leads = Array.from({ length: ${LEADS_PER_ENTRY} }, (_, k) => name + '-' + i + '-' + k)
  addEntry(db, { checkedAt: new Date().toISOString(), generator: name, checked: 'check ' + i, result: i % 3 === 0 ? 'non-conform' : 'conform', ...(i % 3 === 0 ? { nonConformity: 'button' } : {}), leads, evidence })
  if (i === 0) process.stdout.write('started\\n')
  // With a start file, no writer goes on before both have written once: their entries interleave.
  if (goPath && i === 0) while (readEntries(db).length < 2) Atomics.wait(pause, 0, 0, 5)
}
db.close()
`

let build = ''
beforeAll(() => {
  build = buildJournalModule()
  writeFileSync(join(build, 'worker.mjs'), WORKER)
})

function worker(db: string, name: string, count: number, mode: 'reopen' | 'keep', go?: string): ChildProcess {
  return spawn(process.execPath, [join(build, 'worker.mjs'), db, name, String(count), mode, ...(go ? [go] : [])], { stdio: ['ignore', 'pipe', 'pipe'] })
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null; err: string }> {
  let err = ''
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()))
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, err })))
}

/** Resolves when the worker has printed `word` ('ready': waiting for its start file; 'started': one entry written). */
function said(child: ChildProcess, word: string): Promise<void> {
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => d.toString().includes(word) && resolve())
    child.on('exit', () => reject(new Error(`the worker ended before saying ${word}`)))
  })
}

/** Integrity check plus: every entry has all its leads and evidence rows. */
function assertConsistent(db: string): number {
  const raw = new Database(db, { readonly: true })
  try {
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(raw.pragma('foreign_key_check')).toEqual([])
  } finally {
    raw.close()
  }
  const j = openJournal(db, { mustExist: true })
  try {
    const entries = readEntries(j)
    for (const e of entries) {
      expect(e.leads).toHaveLength(LEADS_PER_ENTRY)
      expect(e.leads[LEADS_PER_ENTRY - 1]).toBe(`${e.generator}-${e.checked.slice(6)}-${LEADS_PER_ENTRY - 1}`)
      expect(e.evidence).toHaveLength(2)
    }
    return entries.length
  } finally {
    j.close()
  }
}

describe('journal concurrency and durability', () => {
  test('two processes adding 500 entries each at the same time end with exactly 1,000 entries', async () => {
    const { db } = tempJournal()
    // Both writers open the journal, then wait for one start file, and neither goes past its first
    // entry before the other has written its own: they write at the same time however slowly each
    // process is scheduled on a busy machine.
    const go = `${db}.go`
    const a = worker(db, 'alpha', 500, 'reopen', go)
    const b = worker(db, 'beta', 500, 'reopen', go)
    const done = Promise.all([exited(a), exited(b)])
    await Promise.all([said(a, 'ready'), said(b, 'ready')])
    writeFileSync(go, '')
    const [ra, rb] = await done
    expect(ra).toEqual({ code: 0, signal: null, err: '' })
    expect(rb).toEqual({ code: 0, signal: null, err: '' })
    expect(assertConsistent(db)).toBe(1000)
    const j = openJournal(db)
    const entries = readEntries(j)
    j.close()
    expect(entries.filter((e) => e.generator === 'alpha')).toHaveLength(500)
    expect(entries.filter((e) => e.generator === 'beta')).toHaveLength(500)
    // The writers really overlapped: their ids interleave.
    const byId = [...entries].sort((x, y) => x.id - y.id).map((e) => e.generator)
    expect(byId.filter((g, i) => i > 0 && g !== byId[i - 1]).length).toBeGreaterThanOrEqual(2)
  }, 120_000)

  test('kill -9 while adding in a loop leaves the journal consistent, and usable', async () => {
    const { db } = tempJournal()
    let previous = 0
    for (let round = 0; round < 3; round++) {
      const child = worker(db, `gen${round}`, 0, 'keep')
      const done = exited(child)
      await said(child, 'started')
      await new Promise((r) => setTimeout(r, 150 + round * 200))
      child.kill('SIGKILL')
      const r = await done
      expect(r.signal).toBe('SIGKILL')
      const count = assertConsistent(db)
      expect(count).toBeGreaterThan(previous)
      previous = count
    }
    const after = worker(db, 'after', 5, 'keep')
    expect(await exited(after)).toEqual({ code: 0, signal: null, err: '' })
    expect(assertConsistent(db)).toBe(previous + 5)
  }, 120_000)
})
