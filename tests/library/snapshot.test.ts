import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { LibraryError } from '../../src/core/errors.js'
import { clauseSources, defaultClausesDir, sourceBytes } from '../../src/library/files.js'
import { parseLibrary } from '../../src/library/load.js'
import { libraryDigest, readSnapshot, snapshotText, sourceStamps, stampedDigest, stampsText, type SnapshotFiles } from '../../src/library/snapshot.js'
import type { Clause } from '../../src/library/clause.js'

const sources = clauseSources(defaultClausesDir())
const { library, problems } = parseLibrary(sources)
const dir = mkdtempSync(join(tmpdir(), 'clausier-snapshot-'))

/** The files of a snapshot named `name` in the test folder (no index unless written). */
function filesOf(name: string): SnapshotFiles {
  const base = join(dir, name)
  return { snapshot: `${base}.json`, index: `${base}.index.bin`, templates: `${base}.templates.json`, detection: `${base}.detection.json` }
}

/** Writes the snapshot, its templates and its detection data as the build does; returns the files. */
function write(name: string, of: readonly { file: string; text: string }[], clauses: readonly Clause[], work: Parameters<typeof snapshotText>[2]): SnapshotFiles {
  const files = filesOf(name)
  const texts = snapshotText(of, clauses, work)
  writeFileSync(files.snapshot, texts.snapshot)
  writeFileSync(files.templates, texts.templates)
  writeFileSync(files.detection, texts.detection)
  return files
}

test('a snapshot of the library gives back exactly the parsed clauses', () => {
  expect(problems).toEqual([])
  const files = write('same', sources, library.clauses, { factors: { 'a b': ['a b'] }, templates: { x: 'spec' } })
  const read = readSnapshot(sources, files)
  expect(read?.clauses).toEqual(JSON.parse(JSON.stringify(library.clauses)))
  expect(read?.clauses.map((c) => c.detect)).toEqual(library.clauses.map((c) => c.detect))
  expect(read?.prepared.factors).toEqual({ 'a b': ['a b'] })
  expect(read?.prepared.templates.spec('x')).toBe('spec')
  expect(read?.prepared.templates.spec('y')).toBeUndefined()
  expect(read?.prepared.index()).toBeUndefined()
})

test('the snapshot a build reads holds no detection data; the detection file holds it', () => {
  const texts = snapshotText(sources, library.clauses, { factors: { 'a b': ['a b'] }, templates: {} })
  const snapshot = JSON.parse(texts.snapshot) as { clauses: Array<Record<string, unknown>>; factors?: unknown }
  expect(snapshot.clauses).toHaveLength(library.clauses.length)
  expect(snapshot.clauses.filter((c) => 'detect' in c)).toEqual([])
  expect(snapshot.factors).toBeUndefined()
  const detection = JSON.parse(texts.detection) as { detect: unknown[]; factors: unknown }
  expect(detection.detect).toEqual(library.clauses.map((c) => c.detect))
  expect(detection.factors).toEqual({ 'a b': ['a b'] })
})

test('the prepared work is a value of the library read, not state of the process', () => {
  const files = write('value', sources, library.clauses, { factors: { p: null }, templates: { t: 'spec' } })
  writeFileSync(files.index, Buffer.from([1, 2, 3]))
  const read = readSnapshot(sources, files)
  expect(read?.prepared.templates.spec('t')).toBe('spec')
  expect(read?.prepared.factors).toEqual({ p: null })
  expect([...(read?.prepared.index() ?? [])]).toEqual([1, 2, 3])
  // A library parsed from the sources, before or after, has nothing prepared.
  expect(parseLibrary(sources).library.prepared.templates.spec('t')).toBeUndefined()
  expect(parseLibrary(sources).library.prepared.factors).toEqual({})
  expect(parseLibrary(sources).library.prepared.index()).toBeUndefined()
})

test('a snapshot made from other clause files is not used', () => {
  const files = write('stale', sources, library.clauses, { factors: {}, templates: {} })
  const edited = sources.map((s, i) => (i === 0 ? { ...s, text: s.text.replace('severity:', 'severity: ') } : s))
  expect(readSnapshot(edited, files)).toBeUndefined()
  expect(readSnapshot(sources, files)).toBeDefined()
})

test('a missing or corrupt snapshot is not used', () => {
  expect(readSnapshot(sources, filesOf('absent'))).toBeUndefined()
  const files = write('corrupt', sources, library.clauses, { factors: {}, templates: {} })
  writeFileSync(files.snapshot, '{"digest": ')
  expect(readSnapshot(sources, files)).toBeUndefined()
})

test('a snapshot whose detection data is missing or was made from other clause files is not used (the library is then parsed)', () => {
  const files = write('no-detection', sources, library.clauses, { factors: {}, templates: {} })
  expect(readSnapshot(sources, { ...files, detection: join(dir, 'absent.detection.json') })).toBeUndefined()
  const edited = sources.map((s, i) => (i === 0 ? { ...s, text: `${s.text}\n` } : s))
  writeFileSync(files.detection, snapshotText(edited, library.clauses, { factors: {}, templates: {} }).detection)
  expect(readSnapshot(sources, files)).toBeUndefined()
  writeFileSync(files.detection, '')
  expect(readSnapshot(sources, files)).toBeUndefined()
})

test('detection data is read only when asked for; replaced by another library\'s or damaged since, it is an error', () => {
  const files = write('lazy-detection', sources, library.clauses, { factors: { p: ['p'] }, templates: {} })
  const texts = snapshotText(sources, library.clauses, { factors: { p: ['later'] }, templates: {} })
  const read = readSnapshot(sources, files)
  // Written after the snapshot was read: the first use reads the file as it is then.
  writeFileSync(files.detection, texts.detection)
  expect(read?.prepared.factors).toEqual({ p: ['later'] })
  expect(read?.clauses[0]?.detect).toEqual(library.clauses[0]?.detect)
  // Once read, it is kept.
  writeFileSync(files.detection, 'damaged')
  expect(read?.prepared.factors).toEqual({ p: ['later'] })
  // Damaged, or another library's, before the first use: the run stops on a LibraryError.
  const damagedFiles = write('damaged-detection', sources, library.clauses, { factors: {}, templates: {} })
  const damaged = readSnapshot(sources, damagedFiles)
  writeFileSync(damagedFiles.detection, texts.detection.slice(0, 80))
  expect(() => damaged?.clauses[0]?.detect).toThrow(LibraryError)
  expect(() => damaged?.prepared.factors).toThrow(LibraryError)
  const otherFiles = write('other-detection', sources, library.clauses, { factors: {}, templates: {} })
  const other = readSnapshot(sources, otherFiles)
  const edited = sources.map((s, i) => (i === 0 ? { ...s, text: `${s.text}\n` } : s))
  writeFileSync(otherFiles.detection, snapshotText(edited, library.clauses, { factors: {}, templates: {} }).detection)
  expect(() => other?.clauses[0]?.detect).toThrow(LibraryError)
})

test('templates are read only when asked for, and only those made with the same library', () => {
  const files = write('lazy', sources, library.clauses, { factors: {}, templates: { t: 'spec' } })
  const read = readSnapshot(sources, files)
  // Written after the snapshot was read: the first use reads the file as it is then.
  writeFileSync(files.templates, snapshotText(sources, library.clauses, { factors: {}, templates: { t: 'later' } }).templates)
  expect(read?.prepared.templates.spec('t')).toBe('later')
  // Templates of another library, or none, are not used: the renderer compiles the templates itself.
  const other = write('other', sources, library.clauses, { factors: {}, templates: {} })
  const edited = sources.map((s, i) => (i === 0 ? { ...s, text: `${s.text}\n` } : s))
  writeFileSync(other.templates, snapshotText(edited, library.clauses, { factors: {}, templates: { t: 'spec' } }).templates)
  expect(readSnapshot(sources, other)?.prepared.templates.spec('t')).toBeUndefined()
  expect(readSnapshot(sources, { ...other, templates: join(dir, 'absent.templates') })?.prepared.templates.spec('t')).toBeUndefined()
})

test('each spec is found by its source text, byte for byte, whatever its characters', () => {
  const templates = { a: 'plain', 'b « é »': 'accents « é » and 😀', c: '', 'd\n': 'line\nbreak' }
  const files = write('bytes', sources, library.clauses, { factors: {}, templates })
  const read = readSnapshot(sources, files)
  for (const [source, spec] of Object.entries(templates)) expect(read?.prepared.templates.spec(source)).toBe(spec)
  expect(read?.prepared.templates.spec('b « e »')).toBeUndefined()
})

test("a clause body's spec is found by the key the build saved for it, as by its text; a body that is not the snapshot's is looked up by its text", () => {
  const templates = Object.fromEntries(library.clauses.flatMap((c) => [[c.body.en, `en:${c.id}`], [c.body.fr, `fr:${c.id}`]]))
  templates['a template of templates/'] = 'contract'
  const files = write('bodies', sources, library.clauses, { factors: {}, templates })
  const head = JSON.parse(readFileSync(files.templates, 'utf8').split('\n')[0]!) as { bodies: Array<[string, string]> }
  expect(head.bodies).toHaveLength(library.clauses.length)
  const read = readSnapshot(sources, files)!
  for (const c of read.clauses) {
    expect(read.prepared.templates.spec(c.body.en)).toBe(`en:${c.id}`)
    expect(read.prepared.templates.spec(c.body.fr)).toBe(`fr:${c.id}`)
    // The same text as another string (not the snapshot's own): the same spec.
    expect(read.prepared.templates.spec(`${c.body.fr} `.slice(0, -1))).toBe(`fr:${c.id}`)
  }
  expect(read.prepared.templates.spec('a template of templates/')).toBe('contract')
  expect(read.prepared.templates.spec(`${read.clauses[0]!.body.en}\n`)).toBeUndefined()
  // A templates file without the bodies' keys (an older build): each body found by its text's hash, as before.
  const text = readFileSync(files.templates, 'utf8')
  const end = text.indexOf('\n')
  const { bodies: _bodies, ...older } = JSON.parse(text.slice(0, end)) as Record<string, unknown>
  writeFileSync(files.templates, `${JSON.stringify(older)}${text.slice(end)}`)
  const old = readSnapshot(sources, files)!
  for (const c of old.clauses) expect(old.prepared.templates.spec(c.body.fr)).toBe(`fr:${c.id}`)
})

test('the built snapshot carries the variables of every template of templates/, as templateUsage finds them', async () => {
  const { loadLibrary } = await import('../../src/library/library.js')
  const { templateUsage } = await import('../../src/library/template.js')
  const { readdirSync, readFileSync } = await import('node:fs')
  const { projectRoot } = await import('../../src/core/paths.js')
  const known = (await loadLibrary()).prepared.templateVariables ?? {}
  const dir = join(projectRoot, 'templates')
  const names = readdirSync(dir).filter((f) => f.endsWith('.hbs'))
  expect(names.length).toBeGreaterThanOrEqual(4)
  for (const name of names) {
    const source = readFileSync(join(dir, name), 'utf8')
    expect(known[source]).toEqual([...templateUsage(source).variables])
  }
})

test('the digest of the clause files hashes their bytes: the same digest as their texts, and a changed text changes it', () => {
  expect(sources.length).toBeGreaterThan(40)
  expect(sources.every((s) => sourceBytes(s)?.equals(Buffer.from(s.text)))).toBe(true)
  const texts = sources.map((s) => ({ file: s.file, text: s.text }))
  expect(texts.every((s) => sourceBytes(s) === undefined)).toBe(true)
  expect(libraryDigest(sources)).toMatch(/^[0-9a-f]{64}$/)
  expect(libraryDigest(texts)).toBe(libraryDigest(sources))
  const edited = texts.map((s, i) => (i === 1 ? { ...s, text: `${s.text} ` } : s))
  expect(libraryDigest(edited)).not.toBe(libraryDigest(sources))
})

/** A copy of the clause folder with its own snapshot and stamps, as a build writes them. */
function stampedCopy(name: string): { clauses: string; files: SnapshotFiles } {
  const clauses = join(dir, `${name}-clauses`)
  cpSync(defaultClausesDir(), clauses, { recursive: true })
  const copied = clauseSources(clauses)
  const stamps = sourceStamps(copied)
  expect(stamps).toBeDefined()
  const files = { ...write(name, copied, library.clauses, { factors: {}, templates: {} }), stamps: join(dir, `${name}.stamps.json`) }
  writeFileSync(files.stamps, stampsText(libraryDigest(copied), stamps!))
  return { clauses, files }
}

test('unchanged clause files are known by their stamps, without reading them', () => {
  const { clauses, files } = stampedCopy('stamped')
  const fresh = clauseSources(clauses)
  const digest = libraryDigest(clauseSources(clauses))
  expect(stampedDigest(fresh, files.stamps!)).toBe(digest)
  const read = readSnapshot(fresh, files)
  expect(read?.prepared.digest).toBe(digest)
  expect(read?.clauses).toEqual(JSON.parse(JSON.stringify(library.clauses)))
  // Nothing read a clause file: its bytes are read on first use, and a file removed now fails then.
  const first = join(clauses, fresh[0]!.file.split('/').slice(-2).join('/'))
  const bytes = readFileSync(first)
  rmSync(first)
  expect(() => sourceBytes(fresh[0]!)).toThrow()
  writeFileSync(first, bytes)
})

test('a clause file touched, rewritten, added or removed since the stamps is hashed; missing or damaged stamps are not used', () => {
  const { clauses, files } = stampedCopy('touched')
  const stamps = files.stamps!
  const path = (s: { file: string }) => join(clauses, s.file.split('/').slice(-2).join('/'))
  const sources = () => clauseSources(clauses)
  const [first] = sources()
  // Rewritten with the same size, its modification time put back: the change time still differs.
  const before = statSync(path(first!))
  const text = readFileSync(path(first!), 'utf8')
  const same = text.replace('severity:', 'severity ')
  expect(same.length).toBe(text.length)
  writeFileSync(path(first!), same)
  utimesSync(path(first!), before.atime, before.mtime)
  expect(stampedDigest(sources(), stamps)).toBeUndefined()
  // The snapshot is then refused: the files' digest is not its digest (the library is parsed).
  expect(readSnapshot(sources(), files)).toBeUndefined()
  writeFileSync(path(first!), text)
  expect(stampedDigest(sources(), stamps)).toBeUndefined()
  // Stamps taken again (as a build does) match again, and the snapshot, same content, is used.
  writeFileSync(stamps, stampsText(libraryDigest(sources()), sourceStamps(sources())!))
  expect(stampedDigest(sources(), stamps)).toBe(libraryDigest(sources()))
  expect(readSnapshot(sources(), files)).toBeDefined()
  // A file added, then removed.
  const extra = join(clauses, 'general', 'zz-extra.md')
  writeFileSync(extra, text)
  expect(stampedDigest(sources(), stamps)).toBeUndefined()
  rmSync(extra)
  expect(stampedDigest(sources(), stamps)).toBe(libraryDigest(sources()))
  // Stamps whose digest is not the snapshot's: the files are hashed, and the snapshot still read.
  const saved = JSON.parse(readFileSync(stamps, 'utf8')) as { digest: string; files: unknown[] }
  writeFileSync(stamps, JSON.stringify({ ...saved, digest: 'f'.repeat(64) }))
  expect(readSnapshot(sources(), files)?.prepared.digest).toBe(libraryDigest(sources()))
  // Missing or damaged stamps.
  for (const damaged of ['', '{"digest":', '{"digest":"x","files":[["a",1]]}', JSON.stringify({ ...saved, files: saved.files.slice(1) })]) {
    writeFileSync(stamps, damaged)
    expect(stampedDigest(sources(), stamps)).toBeUndefined()
    expect(readSnapshot(sources(), files)?.prepared.digest).toBe(libraryDigest(sources()))
  }
  rmSync(stamps)
  expect(stampedDigest(sources(), stamps)).toBeUndefined()
  expect(readSnapshot(sources(), files)?.prepared.digest).toBe(libraryDigest(sources()))
  // Sources not read from files have no stamps.
  expect(sourceStamps([{ file: 'x.md', text: 'x' }])).toBeUndefined()
})
