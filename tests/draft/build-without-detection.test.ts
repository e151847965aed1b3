/**
 * A build never reads the library's detection data (each clause's `detect`, the prefilter's
 * factors: dist/library.detection.json, read on first use by a review). Here the built snapshot is
 * read with a detection file whose head is right (so the snapshot is used) and whose body is not
 * JSON: any read of `detect` or `factors` throws. Both examples, one language and two, build to the
 * same Markdown, HTML and DOCX as with the built library.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test, vi } from 'vitest'
import { LibraryError } from '../../src/core/errors.js'
import { assembleLoading } from '../../src/draft/compose.js'
import { assembleBilingual } from '../../src/draft/bilingual.js'
import { indexLibrary, type Library } from '../../src/library/clause.js'
import { clauseSources, defaultClausesDir } from '../../src/library/files.js'
import { loadLibrary } from '../../src/library/library.js'
import { DETECTION_FILE, INDEX_FILE, libraryDigest, readSnapshot, SNAPSHOT_FILE, TEMPLATES_FILE } from '../../src/library/snapshot.js'
import { readBuffer } from '../../src/read/index.js'
import { renderBilingual, renderContract } from '../../src/render/index.js'
import { defaultPlaybook } from '../../src/review/playbook/schema.js'
import { createReviewer } from '../../src/review/reviewer.js'
import { exampleDeal } from '../helpers.js'

// The DOCX's creation date is the clock's.
beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-12-07T00:00:00Z'))
})
afterAll(() => {
  vi.useRealTimers()
})

/** The built library, with a detection file that throws when read. */
function withoutDetection(): Library {
  const sources = clauseSources(defaultClausesDir())
  const detection = join(mkdtempSync(join(tmpdir(), 'clausier-no-detection-')), 'library.detection.json')
  writeFileSync(detection, `{"digest":${JSON.stringify(libraryDigest(sources))},"detect": not JSON`)
  const read = readSnapshot(sources, { snapshot: SNAPSHOT_FILE, index: INDEX_FILE, templates: TEMPLATES_FILE, detection })
  expect(read).toBeDefined()
  return indexLibrary(read!.clauses, read!.prepared)
}

test('the built detection data is a file of its own, and the built library uses it', async () => {
  expect(DETECTION_FILE.endsWith(join('dist', 'library.detection.json'))).toBe(true)
  const library = await loadLibrary()
  expect(library.prepared.factors).not.toEqual({})
  expect(library.clauses.every((c) => c.detect.en && c.detect.fr)).toBe(true)
})

test('a review that compiles its own signals with that library does read the detection data (so the builds below would fail if they did)', async () => {
  const library = withoutDetection()
  expect(() => library.prepared.factors).toThrow(LibraryError)
  const doc = await readBuffer(Buffer.from('# Conditions\n\nLe présent contrat est régi par le droit français.\n'), 'quote.md')
  // A playbook's extra phrases: the build's signal plan does not apply, the signals are read.
  const playbook = { ...defaultPlaybook(), clausePhrases: { 'audit-rights': ['droit de regard'] } }
  expect(() => createReviewer({ library, playbook, today: '2026-12-07' }).review(doc)).toThrow(LibraryError)
  // The default playbook: the build's signal plan (review/signal-plan.ts) holds what a review needs.
  expect(createReviewer({ library, playbook: defaultPlaybook(), today: '2026-12-07' }).review(doc).clauses.find((c) => c.id === 'governing-law')?.status).toBe('present')
})

test.each(['fr', 'en'] as const)('the %s example builds to the same Markdown, HTML and DOCX without reading detection data', async (which) => {
  const built = await loadLibrary()
  const library = withoutDetection()
  const deal = exampleDeal(which)
  const expected = await assembleLoading(deal, { library: built })
  const result = await assembleLoading(deal, { library })
  expect(result.source).toBe(expected.source)
  expect(result.contract).toEqual(expected.contract)
  expect(result.warnings).toEqual(expected.warnings)
  for (const format of ['md', 'html', 'docx'] as const) {
    expect(await renderContract(result.contract, format)).toEqual(await renderContract(expected.contract, format))
  }
})

test('the bilingual example builds the same without reading detection data', async () => {
  const built = await loadLibrary()
  const library = withoutDetection()
  const deal = exampleDeal('fr')
  const expected = assembleBilingual(deal, { library: built, langs: ['fr', 'en'] })
  const result = assembleBilingual(deal, { library, langs: ['fr', 'en'] })
  expect(result.contract).toEqual(expected.contract)
  for (const format of ['md', 'html', 'docx'] as const) {
    expect(await renderBilingual(result.contract, format)).toEqual(await renderBilingual(expected.contract, format))
  }
})
