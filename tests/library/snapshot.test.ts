import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { clauseSources, defaultClausesDir } from '../../src/library/files.js'
import { parseLibrary } from '../../src/library/load.js'
import { readSnapshot, snapshotText } from '../../src/library/snapshot.js'

const sources = clauseSources(defaultClausesDir())
const { library, problems } = parseLibrary(sources)
const dir = mkdtempSync(join(tmpdir(), 'clausier-snapshot-'))

test('a snapshot of the library gives back exactly the parsed clauses', () => {
  expect(problems).toEqual([])
  const file = join(dir, 'same.json')
  writeFileSync(file, snapshotText(sources, library.clauses, { factors: { 'a b': ['a b'] }, templates: { x: 'spec' } }))
  const read = readSnapshot(sources, file, join(dir, 'no-index.bin'))
  expect(read?.clauses).toEqual(JSON.parse(JSON.stringify(library.clauses)))
  expect(read?.prepared.factors).toEqual({ 'a b': ['a b'] })
  expect(read?.prepared.templates).toEqual({ x: 'spec' })
  expect(read?.prepared.index()).toBeUndefined()
})

test('the prepared work is a value of the library read, not state of the process', () => {
  const file = join(dir, 'value.json')
  writeFileSync(file, snapshotText(sources, library.clauses, { factors: { p: null }, templates: { t: 'spec' } }))
  const indexFile = join(dir, 'index.bin')
  writeFileSync(indexFile, Buffer.from([1, 2, 3]))
  const read = readSnapshot(sources, file, indexFile)
  expect([...(read?.prepared.index() ?? [])]).toEqual([1, 2, 3])
  // A library parsed from the sources, before or after, has nothing prepared.
  expect(parseLibrary(sources).library.prepared.templates).toEqual({})
  expect(parseLibrary(sources).library.prepared.index()).toBeUndefined()
})

test('a snapshot made from other clause files is not used', () => {
  const file = join(dir, 'stale.json')
  writeFileSync(file, snapshotText(sources, library.clauses, { factors: {}, templates: {} }))
  const edited = sources.map((s, i) => (i === 0 ? { ...s, text: s.text.replace('severity:', 'severity: ') } : s))
  expect(readSnapshot(edited, file)).toBeUndefined()
})

test('a missing or corrupt snapshot is not used', () => {
  expect(readSnapshot(sources, join(dir, 'absent.json'))).toBeUndefined()
  const file = join(dir, 'corrupt.json')
  writeFileSync(file, '{"digest": ')
  expect(readSnapshot(sources, file)).toBeUndefined()
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
