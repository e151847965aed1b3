/**
 * One deal field per period that several clauses state (form-change notice, sub-processor notice,
 * survival, proof retention and recordings): the library binds each statement to its field, and
 * for any deal no two clauses state the same period differently. Property test over generated
 * deals, fixed seed.
 */
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { resolveDefaults } from '../../src/deal/defaults.js'
import { dealSchema, type DealInput } from '../../src/deal/schema.js'
import { dealTerms } from '../../src/deal/terms.js'
import { checkDealPeriods } from '../../src/draft/library-check.js'
import { checkPeriodBindings, checkPeriodValues, PERIODS } from '../../src/draft/periods.js'
import { selectClauses } from '../../src/draft/select.js'
import { assemble } from '../../src/draft/assemble.js'
import { loadLibrary } from '../../src/library/library.js'
import { resolveVariables } from '../../src/library/variables.js'
import { ROLES } from '../../src/library/schema.js'
import { ROOT, exampleInput } from '../helpers.js'
import { join } from 'node:path'

const library = await loadLibrary()

/** The value every selected clause states for each period, for a deal in a language. */
function statedValues(input: DealInput, lang: 'fr' | 'en'): Map<string, Set<string>> {
  const { deal } = resolveDefaults(dealSchema.parse(input))
  const values = { ...deal, terms: dealTerms(deal, lang) }
  const { articles, processorTerms } = selectClauses(library, deal)
  const out = new Map<string, Set<string>>()
  for (const period of PERIODS) {
    const seen = new Set<string>()
    for (const clause of [...articles, ...processorTerms]) {
      for (const use of period.uses.filter((u) => u.clause === clause.id)) seen.add(JSON.stringify(resolveVariables(clause, values, lang).values[use.variable]))
    }
    out.set(period.id, seen)
  }
  return out
}

test('the library states each period through the one deal field', () => {
  expect(checkPeriodBindings(library)).toEqual([])
  expect(PERIODS.map((p) => p.deal)).toEqual(['sourceChangeNoticeDays', 'formChangeNoticeDays', 'subprocessorNoticeDays', 'survivalYears', 'proofRetentionYears', 'recordingMonths'])
})

test('clausier clauses check finds both examples coherent', () => {
  expect(checkDealPeriods(library, join(ROOT, 'examples', 'deals'))).toEqual([])
})

test('a per-clause override that splits a period is refused at build time', () => {
  const input = exampleInput('en')
  input.clauses = { subcontracting: { changeNoticeDays: 15 } }
  expect(() => assemble(dealSchema.parse(input), { library, file: 'deal.yaml' })).toThrow(/period subprocessor-notice is stated differently: subcontracting\.changeNoticeDays = 15, art28-subprocessor-changes\.subprocessorNoticeDays = 30/)
})

describe('property: generated deals', () => {
  const generated = fc.record({
    which: fc.constantFrom('fr' as const, 'en' as const),
    lang: fc.constantFrom('fr' as const, 'en' as const),
    role: fc.constantFrom(...ROLES),
    phone: fc.boolean(),
    offshore: fc.boolean(),
    formChangeNoticeDays: fc.integer({ min: 1, max: 60 }),
    subprocessorNoticeDays: fc.integer({ min: 1, max: 90 }),
    survivalYears: fc.integer({ min: 1, max: 30 }),
    proofRetentionYears: fc.integer({ min: 1, max: 10 }),
    recordingMonths: fc.integer({ min: 1, max: 60 }),
  })

  test('no two clauses state the same period differently, and each states the deal\'s value', () => {
    fc.assert(
      fc.property(generated, (g) => {
        const input = exampleInput(g.which)
        input.role = g.role
        input.channels = g.phone ? ['phone', 'email'] : ['email', 'sms']
        input.liveTransfer = g.phone
        if (!g.offshore) input.offshore = []
        else input.offshore = [{ country: 'Morocco', provider: 'Atlas', activity: 'call-backs', mechanism: 'scc' }]
        Object.assign(input, { formChangeNoticeDays: g.formChangeNoticeDays, subprocessorNoticeDays: g.subprocessorNoticeDays, survivalYears: g.survivalYears, proofRetentionYears: g.proofRetentionYears, recordingMonths: g.recordingMonths })
        const stated = statedValues(input, g.lang)
        for (const period of PERIODS) {
          const values = stated.get(period.id)!
          expect(values.size, period.id).toBeLessThanOrEqual(1)
          if (values.size === 1) expect([...values][0], period.id).toBe(JSON.stringify((input as Record<string, unknown>)[period.deal] ?? dealSchema.parse(input)[period.deal as keyof ReturnType<typeof dealSchema.parse>]))
        }
        const { deal } = resolveDefaults(dealSchema.parse(input))
        const { articles, processorTerms } = selectClauses(library, deal)
        expect(checkPeriodValues(library, new Set([...articles, ...processorTerms].map((c) => c.id)), { ...deal, terms: dealTerms(deal, g.lang) }, g.lang, 'deal')).toEqual([])
      }),
      { seed: 20261206, numRuns: 40 },
    )
  })
})
