/**
 * Round trip: a contract built from the library, read back from DOCX, has no missing essential
 * clause; the same contract with one article removed reports exactly that clause.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { assemble } from '../../src/draft/assemble.js'
import { loadLibrary } from '../../src/library/library.js'
import { readDocument } from '../../src/read/index.js'
import { renderDocx } from '../../src/render/docx/index.js'
import { compileLibrary } from '../../src/review/detect.js'
import { reviewDocuments } from '../../src/review/engine.js'
import { defaultPlaybook } from '../../src/review/playbook/schema.js'
import { RULES } from '../../src/review/rules/index.js'
import { exampleDeal } from '../helpers.js'

const library = await loadLibrary()
const options = { library, compiled: compileLibrary(library), rules: RULES, playbook: defaultPlaybook(), today: '2026-11-29' }
const dir = mkdtempSync(join(tmpdir(), 'clausier-rt-'))
const included = new Map<string, string[]>()

async function reviewBuilt(which: 'fr' | 'en', exclude: string[] = [], bookmarks = true) {
  const deal = exampleDeal(which, (d) => void (d.exclude = exclude))
  const { contract } = assemble(deal, { library })
  included.set(`${which}:${exclude.join()}`, contract.clauses.map((c) => c.id))
  const path = join(dir, `${which}-${exclude.join('_') || 'all'}.docx`)
  writeFileSync(path, await renderDocx(contract))
  const doc = await readDocument(path, path)
  // Without bookmarks the text alone must carry every clause (a contract retyped or converted).
  return reviewDocuments(bookmarks ? doc : { ...doc, bookmarks: [] }, [], options)
}

describe.each(['en', 'fr'] as const)('round trip (%s)', (which) => {
  test('the built contract, read back from DOCX, has no missing clause', async () => {
    const review = await reviewBuilt(which)
    expect(review.findings.filter((f) => f.ruleId === 'missing-clause')).toEqual([])
    const ids = included.get(`${which}:`)!
    expect(ids.length).toBeGreaterThan(30)
    expect(review.clauses.filter((c) => ids.includes(c.id) && c.status !== 'present').map((c) => c.id)).toEqual([])
  })

  test('its text alone (no bookmarks) is enough to find every clause', async () => {
    const review = await reviewBuilt(which, [], false)
    // Every clause the contract includes is found. (From the text alone, the French contract's
    // words on calling consumers make the phone channel a fact, so the telephone rules it does not
    // include are rightly reported: they are no longer found in the other articles' mentions.)
    const ids = included.get(`${which}:`)!
    expect(review.findings.filter((f) => f.ruleId === 'missing-clause' && ids.includes(f.clauseId!)).map((f) => f.clauseId)).toEqual([])
    expect(review.clauses.filter((c) => ids.includes(c.id) && c.status !== 'present').map((c) => c.id)).toEqual([])
  })

  test.each(['consent-proof', 'audit-rights', 'liability-cap', 'governing-law'])('removing %s reports exactly that clause (bookmarks)', async (id) => {
    const review = await reviewBuilt(which, [id])
    expect(review.findings.filter((f) => f.ruleId === 'missing-clause').map((f) => f.clauseId)).toEqual([id])
  })
})
