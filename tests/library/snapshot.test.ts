import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { clauseSources, defaultClausesDir } from '../../src/library/files.js'
import { parseLibrary } from '../../src/library/load.js'
import { readSnapshot, snapshotText } from '../../src/library/snapshot.js'
import type { Clause } from '../../src/library/clause.js'

const sources = clauseSources(defaultClausesDir())
const { library, problems } = parseLibrary(sources)
const dir = mkdtempSync(join(tmpdir(), 'clausier-snapshot-'))

/** Writes the snapshot and its templates as the build does; returns the templates file. */
function write(file: string, of: readonly { file: string; text: string }[], clauses: readonly Clause[], work: Parameters<typeof snapshotText>[2]): string {
  const texts = snapshotText(of, clauses, work)
  writeFileSync(file, texts.snapshot)
  writeFileSync(`${file}.templates`, texts.templates)
  return `${file}.templates`
}

test('a snapshot of the library gives back exactly the parsed clauses', () => {
  expect(problems).toEqual([])
  const file = join(dir, 'same.json')
  const templates = write(file, sources, library.clauses, { factors: { 'a b': ['a b'] }, templates: { x: 'spec' } })
  const read = readSnapshot(sources, file, join(dir, 'no-index.bin'), templates)
  expect(read?.clauses).toEqual(JSON.parse(JSON.stringify(library.clauses)))
  expect(read?.prepared.factors).toEqual({ 'a b': ['a b'] })
  expect(read?.prepared.templates).toEqual({ x: 'spec' })
  expect(read?.prepared.index()).toBeUndefined()
})

test('the prepared work is a value of the library read, not state of the process', () => {
  const file = join(dir, 'value.json')
  const templates = write(file, sources, library.clauses, { factors: { p: null }, templates: { t: 'spec' } })
  const indexFile = join(dir, 'index.bin')
  writeFileSync(indexFile, Buffer.from([1, 2, 3]))
  const read = readSnapshot(sources, file, indexFile, templates)
  expect(read?.prepared.templates).toEqual({ t: 'spec' })
  expect([...(read?.prepared.index() ?? [])]).toEqual([1, 2, 3])
  // A library parsed from the sources, before or after, has nothing prepared.
  expect(parseLibrary(sources).library.prepared.templates).toEqual({})
  expect(parseLibrary(sources).library.prepared.index()).toBeUndefined()
})

test('a snapshot made from other clause files is not used', () => {
  const file = join(dir, 'stale.json')
  write(file, sources, library.clauses, { factors: {}, templates: {} })
  const edited = sources.map((s, i) => (i === 0 ? { ...s, text: s.text.replace('severity:', 'severity: ') } : s))
  expect(readSnapshot(edited, file)).toBeUndefined()
})

test('a missing or corrupt snapshot is not used', () => {
  expect(readSnapshot(sources, join(dir, 'absent.json'))).toBeUndefined()
  const file = join(dir, 'corrupt.json')
  writeFileSync(file, '{"digest": ')
  expect(readSnapshot(sources, file)).toBeUndefined()
})

test('templates are read only when asked for, and only those made with the same library', () => {
  const file = join(dir, 'lazy.json')
  const templates = write(file, sources, library.clauses, { factors: {}, templates: { t: 'spec' } })
  const read = readSnapshot(sources, file, join(dir, 'no-index.bin'), templates)
  // Written after the snapshot was read: the first use reads the file as it is then.
  writeFileSync(templates, snapshotText(sources, library.clauses, { factors: {}, templates: { t: 'later' } }).templates)
  expect(read?.prepared.templates).toEqual({ t: 'later' })
  // Templates of another library, or none, are not used: the renderer compiles the templates itself.
  const other = join(dir, 'other.json')
  const edited = sources.map((s, i) => (i === 0 ? { ...s, text: `${s.text}\n` } : s))
  writeFileSync(`${other}.templates`, snapshotText(edited, library.clauses, { factors: {}, templates: { t: 'spec' } }).templates)
  writeFileSync(other, snapshotText(sources, library.clauses, { factors: {}, templates: {} }).snapshot)
  expect(readSnapshot(sources, other, join(dir, 'no-index.bin'), `${other}.templates`)?.prepared.templates).toEqual({})
  expect(readSnapshot(sources, other, join(dir, 'no-index.bin'), join(dir, 'absent.templates'))?.prepared.templates).toEqual({})
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
