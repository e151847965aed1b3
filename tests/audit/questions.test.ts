import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LibraryError } from '../../src/core/errors.js'
import { auditAdjustments, applyAuditAdjustments } from '../../src/audit/adjust.js'
import { loadQuestionnaire } from '../../src/audit/questionnaire.js'
import { scoreAudit } from '../../src/audit/score.js'
import { exampleDeal, tempDir } from '../helpers.js'

describe('the question files', () => {
  const qn = loadQuestionnaire()

  it('hold the 33 questions DD-01 … DD-33 in order, in 9 themes A–I', () => {
    expect(qn.questions.map((q) => q.id)).toEqual(Array.from({ length: 33 }, (_, i) => `DD-${String(i + 1).padStart(2, '0')}`))
    expect(qn.themes.map((t) => [t.id, t.questions.length])).toEqual([['A', 5], ['B', 7], ['C', 4], ['D', 3], ['E', 3], ['F', 2], ['G', 3], ['H', 4], ['I', 2]])
  })

  it('mark the answers that block a deal', () => {
    const blocking = qn.questions.filter((q) => q.blocking.length > 0).map((q) => q.id)
    for (const id of ['DD-02', 'DD-08', 'DD-13', 'DD-17']) expect(blocking).toContain(id)
    expect(qn.byId.get('DD-30')?.reinforce.deal.map((d) => [d.path, d.clause])).toEqual([['offshore', 'international-transfers']])
  })

  it('name deal fields that exist: every change, applied to the example deal, gives a valid deal', () => {
    // All-unknown answers trigger every change.
    const score = scoreAudit(qn, { file: 'x', answers: new Map() }, { lang: 'en' })
    const { changes } = auditAdjustments(score)
    expect(changes.length).toBeGreaterThan(10)
    const deal = exampleDeal('fr', (d) => {
      d.exclude = ['regulator-cooperation']
      d.offshore = []
      delete d.penalties
    })
    const { deal: out, applied } = applyAuditAdjustments(deal, { changes })
    expect(applied.map((a) => a.path).sort()).toEqual(changes.map((c) => c.path).sort().filter((p) => applied.some((a) => a.path === p)))
    for (const c of changes) {
      const value = c.path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], out)
      expect(value, c.path).toBeDefined()
    }
  })

  it('are validated strictly: a bad file is reported with its location', () => {
    const dir = join(tempDir(), 'questions')
    mkdirSync(dir)
    writeFileSync(join(dir, 'a.yaml'), 'theme: A\ntitle: { en: T, fr: T }\nquestions:\n  - id: DD-1\n    weight: 9\n')
    expect(() => loadQuestionnaire(dir)).toThrow(LibraryError)
    try {
      loadQuestionnaire(dir)
    } catch (e) {
      expect((e as Error).message).toMatch(/a\.yaml:4:9 {2}questions\.0\.id {2}expected a valid regex, got "DD-1"/)
      expect((e as Error).message).toMatch(/questions\.0\.weight {2}expected a value <= 3, got 9/)
    }
  })
})
