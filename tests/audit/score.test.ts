import { describe, expect, it } from 'vitest'
import { auditAdjustments, applyAuditAdjustments } from '../../src/audit/adjust.js'
import { loadAnswers } from '../../src/audit/answers.js'
import { auditScoreSchema } from '../../src/audit/json-schema.js'
import { loadQuestionnaire } from '../../src/audit/questionnaire.js'
import { levelOf, scoreAudit } from '../../src/audit/score.js'
import { exampleDeal, ROOT } from '../helpers.js'
import { answers, q, questionnaire } from './helpers.js'
import { join } from 'node:path'

// Theme A: weights 1 + 3 = 4; theme B: weight 2 (blocking on "no"). Total 6.
const small = questionnaire([
  { theme: 'A', questions: [q('DD-01', 1), q('DD-02', 3)] },
  {
    theme: 'B',
    questions: [
      q('DD-03', 2, {
        blocking: ['no'],
        reinforce: {
          clauses: ['lead-sources'],
          deal: [
            { path: 'proof.deliveryDays', clause: 'consent-proof', atMost: 1, why: { en: 'e', fr: 'f' } },
            { path: 'exclude', clause: 'regulator-cooperation', keep: 'regulator-cooperation', why: { en: 'e', fr: 'f' } },
          ],
        },
      }),
    ],
  },
])

describe('scoring table (small questionnaire)', () => {
  const cases: Array<{ name: string; answers: Record<string, string | [string, ...string[]]>; overall: number; themes: [number, number]; level: string; blocking: string[]; unanswered: string[]; missingEvidence: string[] }> = [
    { name: 'nothing answered', answers: {}, overall: 0, themes: [0, 0], level: 'insufficient', blocking: [], unanswered: ['DD-01', 'DD-02', 'DD-03'], missingEvidence: [] },
    { name: 'all yes with evidence', answers: { 'DD-01': ['yes', 'a.pdf'], 'DD-02': ['yes', 'b.pdf'], 'DD-03': ['yes', 'c.pdf'] }, overall: 100, themes: [100, 100], level: 'mature', blocking: [], unanswered: [], missingEvidence: [] },
    // (1 + 1.5 + 2) / 6 = 75
    { name: 'partial counts half', answers: { 'DD-01': 'yes', 'DD-02': ['partial', 'x'], 'DD-03': ['yes', 'y'] }, overall: 75, themes: [63, 100], level: 'adequate', blocking: [], unanswered: [], missingEvidence: ['DD-01'] },
    // (1 + 3 + 0) / 6 = 67, blocking DD-03
    { name: 'blocking no', answers: { 'DD-01': ['yes', 'a'], 'DD-02': ['yes', 'b'], 'DD-03': 'no' }, overall: 67, themes: [100, 0], level: 'to-strengthen', blocking: ['DD-03'], unanswered: [], missingEvidence: [] },
    // (0 + 3 + 2) / 6 = 83 → adequate, capped to "to-strengthen"? no: DD-03 yes, nothing blocking
    { name: 'unknown counts zero', answers: { 'DD-02': ['yes', 'b'], 'DD-03': ['yes', 'c'] }, overall: 83, themes: [75, 100], level: 'adequate', blocking: [], unanswered: ['DD-01'], missingEvidence: [] },
  ]
  for (const c of cases) {
    it(c.name, () => {
      const s = scoreAudit(small, answers(small, c.answers), { lang: 'en' })
      expect(s.overall.score).toBe(c.overall)
      expect(s.themes.map((t) => t.score)).toEqual(c.themes)
      expect(s.overall.level).toBe(c.level)
      expect(s.blocking.map((b) => b.id)).toEqual(c.blocking)
      expect(s.unanswered.map((u) => u.id)).toEqual(c.unanswered)
      expect(s.missingEvidence.map((m) => m.id)).toEqual(c.missingEvidence)
      expect(auditScoreSchema.safeParse(s).success).toBe(true)
    })
  }

  it('caps the level at "to strengthen" when an answer is blocking', () => {
    const big = questionnaire([{ theme: 'A', questions: [q('DD-01', 3), q('DD-02', 3), q('DD-03', 3), q('DD-04', 1, { blocking: ['no'] })] }])
    const s = scoreAudit(big, answers(big, { 'DD-01': 'yes', 'DD-02': 'yes', 'DD-03': 'yes', 'DD-04': 'no' }), { lang: 'en' })
    expect(s.overall).toMatchObject({ score: 90, scoreLevel: 'mature', level: 'to-strengthen', capped: true })
  })

  it('lists clauses to reinforce for weak answers only, with their deal options', () => {
    const s = scoreAudit(small, answers(small, { 'DD-01': 'yes', 'DD-02': 'yes', 'DD-03': 'partial' }), { lang: 'en' })
    expect(s.reinforce.map((r) => [r.clause, r.questions])).toEqual([
      ['lead-sources', ['DD-03']],
      ['consent-proof', ['DD-03']],
      ['regulator-cooperation', ['DD-03']],
    ])
    expect(s.reinforce.find((r) => r.clause === 'consent-proof')?.changes).toMatchObject([{ path: 'proof.deliveryDays', op: 'at-most', value: 1 }])
    const yes = scoreAudit(small, answers(small, { 'DD-01': 'yes', 'DD-02': 'yes', 'DD-03': 'yes' }), { lang: 'en' })
    expect(yes.reinforce).toEqual([])
  })

  it('has level boundaries 0–39, 40–69, 70–84, 85–100', () => {
    expect([0, 39, 40, 69, 70, 84, 85, 100].map(levelOf)).toEqual(['insufficient', 'insufficient', 'to-strengthen', 'to-strengthen', 'adequate', 'adequate', 'mature', 'mature'])
  })
})

describe('the examples', () => {
  const qn = loadQuestionnaire()
  const load = (name: string) => loadAnswers(join(ROOT, 'examples/audit', name), name, qn)

  it('scores the weak generator as a lawyer would: insufficient, blocking answers, clauses to reinforce', () => {
    const s = scoreAudit(qn, load('answers-weak.yaml'), { lang: 'en' })
    expect(s.overall).toMatchObject({ score: 22, level: 'insufficient', answered: 28, total: 33 })
    expect(s.themes.map((t) => [t.id, t.score])).toEqual([['A', 10], ['B', 13], ['C', 11], ['D', 17], ['E', 33], ['F', 30], ['G', 64], ['H', 13], ['I', 50]])
    expect(s.blocking.map((b) => b.id)).toEqual(['DD-07', 'DD-08', 'DD-13', 'DD-17'])
    expect(s.unanswered.map((u) => u.id)).toEqual(['DD-02', 'DD-12', 'DD-15', 'DD-29', 'DD-31'])
    expect(s.missingEvidence.map((m) => m.id)).toContain('DD-27')
    const clauses = s.reinforce.map((r) => r.clause)
    expect(clauses).toHaveLength(24)
    for (const c of ['consent-proof', 'data-subject-information', 'lead-sources', 'international-transfers', 'regulator-cooperation', 'audit-rights', 'penalties']) expect(clauses).toContain(c)
  })

  it('scores the strong generator as mature, nothing blocking', () => {
    const s = scoreAudit(qn, load('answers-strong.yaml'), { lang: 'en' })
    expect(s.overall).toMatchObject({ score: 98, level: 'mature', capped: false, answered: 33 })
    expect(s.blocking).toEqual([])
    expect(s.unanswered).toEqual([])
    expect(s.missingEvidence.map((m) => m.id)).toEqual(['DD-25'])
    expect(s.reinforce.map((r) => r.clause)).toEqual(['lead-returns', 'security', 'audit-rights', 'indemnity', 'liability-cap'])
  })

  it('gives question texts in the chosen language', () => {
    const s = scoreAudit(qn, load('answers-weak.yaml'), { lang: 'fr' })
    expect(s.themes[0]?.title).toBe('Organisation et maturité')
    expect(s.blocking[0]?.question).toMatch(/consentement/)
  })
})

describe('auditAdjustments', () => {
  const qn = loadQuestionnaire()
  const weak = scoreAudit(qn, loadAnswers(join(ROOT, 'examples/audit/answers-weak.yaml'), 'answers-weak.yaml', qn), { lang: 'en' })
  const strong = scoreAudit(qn, loadAnswers(join(ROOT, 'examples/audit/answers-strong.yaml'), 'answers-strong.yaml', qn), { lang: 'en' })

  it('tightens the deal for a weak generator (one change per field, tightest bound)', () => {
    const { changes } = auditAdjustments(weak)
    const byPath = new Map(changes.map((c) => [c.path, c]))
    expect(changes.length).toBe(byPath.size)
    expect(byPath.get('offshore')).toMatchObject({ op: 'if-absent', clause: 'international-transfers', questions: ['DD-30'] })
    expect(byPath.get('proof.deliveryDays')).toMatchObject({ op: 'at-most', value: 1, clause: 'consent-proof' })
    expect(byPath.get('proof.deliveryDays')?.questions).toEqual(expect.arrayContaining(['DD-11', 'DD-17']))
    expect(byPath.get('audit.monthlySample')).toMatchObject({ op: 'at-least', value: 50 })
    expect(byPath.get('audit.perYear')).toMatchObject({ op: 'at-least', value: 4 })
    expect(byPath.get('exclude')).toMatchObject({ op: 'keep', value: 'regulator-cooperation' })
    for (const c of changes) expect(c.reason.en.length > 0 && c.reason.fr.length > 0).toBe(true)
  })

  it('applies only what tightens the deal, and the result is a valid deal', () => {
    const deal = exampleDeal('en', (d) => {
      d.exclude = ['regulator-cooperation']
      d.offshore = []
      d.proof = { deliveryDays: 5 }
      d.audit = { perYear: 6 }
    })
    const { deal: tightened, applied } = applyAuditAdjustments(deal, auditAdjustments(weak))
    expect(tightened.proof.deliveryDays).toBe(1)
    expect(tightened.audit.perYear).toBe(6)
    expect(applied.map((a) => a.path)).not.toContain('audit.perYear')
    expect(tightened.audit.monthlySample).toBe(50)
    expect(tightened.exclude).not.toContain('regulator-cooperation')
    expect(tightened.offshore).toHaveLength(1)
    expect(tightened.penalties).toBeDefined()
    const again = applyAuditAdjustments(tightened, auditAdjustments(weak))
    expect(again.applied).toEqual([])
  })

  it('asks little of a strong generator', () => {
    expect(auditAdjustments(strong).changes.map((c) => c.path).sort()).toEqual(['audit.perYear', 'liability.capMultiple'])
  })
})
