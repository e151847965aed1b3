import { describe, expect, test } from 'vitest'
import { dealFacts, selectClauses } from '../../src/draft/select.js'
import { loadLibrary } from '../../src/library/library.js'
import { exampleDeal } from '../helpers.js'

const library = await loadLibrary()
const chosen = (deal: ReturnType<typeof exampleDeal>) => {
  const { articles, processorTerms } = selectClauses(library, deal)
  return { ids: articles.map((c) => (c.variant ? `${c.id}.${c.variant}` : c.id)), terms: processorTerms.map((c) => c.id) }
}

describe('clause selection by deal facts', () => {
  test.each([
    ['processor', 'data-protection-roles.processor'],
    ['joint', 'data-protection-roles.joint'],
    ['independent', 'data-protection-roles.independent'],
  ] as const)('role %s chooses %s', (role, expected) => {
    const { ids } = chosen(exampleDeal('fr', (d) => void (d.role = role)))
    expect(ids.filter((id) => id.startsWith('data-protection-roles'))).toEqual([expected])
  })

  test('the Art. 28 annex items come only with a processor', () => {
    expect(chosen(exampleDeal('en')).terms).toHaveLength(14)
    expect(chosen(exampleDeal('fr')).terms).toEqual([])
  })

  test('phone leads collected from 11 Aug 2026 get the opt-in rules; earlier ones the Bloctel rules', () => {
    const optIn = chosen(exampleDeal('en', (d) => void (d.collectionStart = '2026-08-11')))
    expect(optIn.ids.filter((id) => id.startsWith('telemarketing-rules'))).toEqual(['telemarketing-rules.opt-in'])
    const bloctel = chosen(exampleDeal('en', (d) => void (d.collectionStart = '2026-08-10')))
    expect(bloctel.ids.filter((id) => id.startsWith('telemarketing-rules'))).toEqual(['telemarketing-rules.bloctel'])
  })

  test('telemarketing rules only when the deal includes phone', () => {
    const { ids } = chosen(exampleDeal('fr'))
    expect(ids.some((id) => id.startsWith('telemarketing-rules'))).toBe(false)
    expect(dealFacts(exampleDeal('fr')).phoneRegime).toBeUndefined()
  })

  test('transfers only when some processing is outside the EEA', () => {
    expect(chosen(exampleDeal('en')).ids).toContain('international-transfers')
    expect(chosen(exampleDeal('en', (d) => void (d.offshore = []))).ids).not.toContain('international-transfers')
  })

  test('penalties only when the deal sets them; options switch optional clauses', () => {
    expect(chosen(exampleDeal('en')).ids).toContain('penalties')
    expect(chosen(exampleDeal('fr')).ids).not.toContain('penalties')
    const off = chosen(exampleDeal('fr', (d) => void (d.options = { reporting: false, assignment: false, forceMajeure: false })))
    expect(off.ids).not.toContain('reporting')
    expect(off.ids).not.toContain('assignment')
    expect(off.ids).not.toContain('force-majeure')
  })

  test('excluded ids are left out; articles follow the taxonomy order', () => {
    const { ids } = chosen(exampleDeal('fr', (d) => void (d.exclude = ['insurance'])))
    expect(ids).not.toContain('insurance')
    expect(ids[0]).toBe('documents-precedence')
    expect(ids.at(-1)).toBe('jurisdiction')
  })
})
