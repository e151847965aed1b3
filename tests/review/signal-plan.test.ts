/**
 * The plan of the library's detection signals (src/review/signal-plan.ts): the build's saved plan
 * is exactly the plan computed from the clause files, and it is used only for the library it was
 * made for; a detection compiled from it finds what one compiled from a parsed library finds.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { clauseSources, defaultClausesDir } from '../../src/library/files.js'
import { loadLibrary } from '../../src/library/library.js'
import { parseLibrary } from '../../src/library/load.js'
import { libraryDigest } from '../../src/library/snapshot.js'
import { ALL_IDS } from '../../src/library/taxonomy.js'
import { readBuffer } from '../../src/read/index.js'
import { compileLibrary, detectClauses } from '../../src/review/detect.js'
import { PLAN_FILE, planText, savedPlan, signalPlan, type SignalPlan } from '../../src/review/signal-plan.js'
import { ROOT } from '../helpers.js'

const sources = clauseSources(defaultClausesDir())
const digest = libraryDigest(sources)
const parsed = parseLibrary(sources).library
const snapshot = await loadLibrary()
const computed = signalPlan(parsed)
const dir = mkdtempSync(join(tmpdir(), 'clausier-plan-'))

/** Writes `text` as a plan file of the test folder. */
function planFile(name: string, text: string): string {
  const file = join(dir, name)
  writeFileSync(file, text)
  return file
}

describe('the signal plan', () => {
  test('the build saved the plan computed from the clause files, for the snapshot it read', () => {
    expect(snapshot.prepared.digest).toBe(digest)
    expect(parsed.prepared.digest).toBeUndefined()
    expect(computed.digest).toBeNull()
    expect(computed.sources.length).toBeGreaterThan(1000)
    expect(computed.clauses).toHaveLength(ALL_IDS.length)
    expect(savedPlan(snapshot)).toEqual({ ...computed, digest })
    expect(readFileSync(PLAN_FILE, 'utf8').startsWith(`{"digest":"${digest}",`)).toBe(true)
  })

  test('its text is ASCII and reads back as the same plan', () => {
    const withSigns: SignalPlan = { ...computed, digest, sources: [...computed.sources, '(?<![a-z0-9])(?:prix en € « net »)'], factors: [...computed.factors, ['€ « net']] }
    const text = planText(withSigns)
    expect(/[^\x00-\x7f]/.test(text)).toBe(false)
    expect(JSON.parse(text)).toEqual(withSigns)
  })

  test('is used only for the library it was made for, the same taxonomy, and a whole file', () => {
    const good = planFile('good.json', planText({ ...computed, digest }))
    expect(savedPlan(snapshot, good)).toEqual({ ...computed, digest })
    // A library parsed at run time has no digest: its plan is computed.
    expect(savedPlan(parsed, good)).toBeUndefined()
    expect(savedPlan(snapshot, planFile('other.json', planText({ ...computed, digest: 'f'.repeat(64) })))).toBeUndefined()
    expect(savedPlan(snapshot, planFile('ids.json', planText({ ...computed, digest, ids: [...computed.ids.slice(1), computed.ids[0]!] })))).toBeUndefined()
    expect(savedPlan(snapshot, planFile('cut.json', planText({ ...computed, digest }).slice(0, 5000)))).toBeUndefined()
    expect(savedPlan(snapshot, planFile('factors.json', planText({ ...computed, digest, factors: computed.factors.slice(1) })))).toBeUndefined()
    expect(savedPlan(snapshot, join(dir, 'missing.json'))).toBeUndefined()
  })

  test('a detection compiled from the saved plan finds what one compiled from the parsed library finds', async () => {
    const fromSaved = compileLibrary(snapshot)
    const fromParsed = compileLibrary(parsed)
    expect(fromSaved.indexKey).toBe(fromParsed.indexKey)
    expect(fromSaved.clauses.map((c) => [c.id, c.factors, c.headingFactors, c.fallback?.source])).toEqual(fromParsed.clauses.map((c) => [c.id, c.factors, c.headingFactors, c.fallback?.source]))
    let present = 0
    for (const name of ['bon-de-commande-azur-leads-piscines.md', 'contrat-cadre-kalyso-cofinea.docx']) {
      const file = join(ROOT, 'examples', 'quotes', name)
      const doc = await readBuffer(readFileSync(file), file)
      const statuses = detectClauses([doc], fromSaved)
      expect(statuses).toEqual(detectClauses([doc], fromParsed))
      present += statuses.filter((s) => s.status === 'present').length
    }
    expect(present).toBeGreaterThan(10)
  })

  test("a playbook's extra phrases make their own plan", async () => {
    const phrase = 'clause de la licorne bleue'
    const compiled = compileLibrary(snapshot, { 'audit-rights': [phrase] }, () => undefined)
    const doc = await readBuffer(Buffer.from(`# Divers\n\nLe fournisseur accepte la ${phrase} sans réserve.\n`), 'extra.md')
    expect(detectClauses([doc], compiled).find((s) => s.id === 'audit-rights')?.status).toBe('present')
    expect(detectClauses([doc], compileLibrary(snapshot, {}, () => undefined)).find((s) => s.id === 'audit-rights')?.status).toBe('missing')
  })
})
