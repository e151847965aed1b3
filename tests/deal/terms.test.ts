/** What a deal implies for the clauses: court names, the vigilance threshold, processor-only terms. */
import { describe, expect, test } from 'vitest'
import { resolveDefaults } from '../../src/deal/defaults.js'
import { courtNames, dealTerms, isTaeCity } from '../../src/deal/terms.js'
import { exampleDeal } from '../helpers.js'

describe('court names (loi n° 2023-1059 art. 26; arrêté du 5 juillet 2024)', () => {
  test('the twelve pilot cities have a tribunal des activités économiques', () => {
    for (const city of ['Paris', 'Lyon', 'Nanterre', 'Saint-Brieuc', 'Le Havre', 'versailles']) expect(isTaeCity(city)).toBe(true)
    for (const city of ['Bordeaux', 'Nantes', 'Lille', 'Toulouse']) expect(isTaeCity(city)).toBe(false)
  })

  test('named in French and English, with the commercial court after the pilot', () => {
    const lyon = courtNames('Lyon')
    expect(lyon.fr).toMatch(/^tribunal des activités économiques de Lyon \(ou, à l'issue de l'expérimentation .*le tribunal de commerce de Lyon\)$/)
    expect(lyon.en).toMatch(/^economic activities court of Lyon \(tribunal des activités économiques de Lyon;/)
    expect(courtNames('Avignon').fr).toMatch(/^tribunal des activités économiques d'Avignon/)
    expect(courtNames('Bordeaux')).toEqual({ fr: 'tribunal de commerce de Bordeaux', en: 'commercial court of Bordeaux (tribunal de commerce de Bordeaux)' })
  })
})

describe('terms', () => {
  test('the attestation de vigilance from 5,000 euros over the initial term', () => {
    const small = exampleDeal('fr', (d) => void ((d.price.perLead = 1), (d.volumes.monthlyCap = 100), (d.term = { initialMonths: 12 })))
    expect(dealTerms(small, 'fr').vigilance).toBe(false)
    const large = exampleDeal('fr', (d) => void ((d.price.perLead = 1), (d.volumes.monthlyCap = 417), (d.term = { initialMonths: 12 })))
    expect(dealTerms(large, 'fr').vigilance).toBe(true)
  })

  test('the examples: processor, phone and live transfers only in the English deal; insurance in both', () => {
    const fr = dealTerms(exampleDeal('fr'), 'fr')
    const en = dealTerms(exampleDeal('en'), 'en')
    expect([fr.processor, fr.phone, fr.liveTransfer, fr.insurance, fr.languageClause]).toEqual([false, false, false, true, false])
    expect([en.processor, en.phone, en.liveTransfer, en.insurance, en.languageClause, en.insurancePhone]).toEqual([true, true, true, true, true, true])
  })

  test('the language clause only in an English-only contract: never in a column of a bilingual one, whatever its language', () => {
    for (const which of ['fr', 'en'] as const) for (const lang of ['fr', 'en'] as const) expect(dealTerms(exampleDeal(which), lang, true).languageClause).toBe(false)
    expect(dealTerms(exampleDeal('fr'), 'en').languageClause).toBe(true)
  })
})

describe('announced defaults', () => {
  test('exclusivity the deal does not set is applied and announced; one the deal sets is not', () => {
    const silent = exampleDeal('fr', (d) => void delete d.exclusivity)
    const { deal, notices } = resolveDefaults(silent)
    expect(deal.exclusivity).toEqual({ exclusive: true, periodDays: 90, maxBuyers: 1, dedupDays: 90 })
    expect(notices.filter((n) => n.startsWith('exclusivity: not set'))).toHaveLength(1)
    expect(resolveDefaults(exampleDeal('fr')).notices.some((n) => n.startsWith('exclusivity'))).toBe(false)
  })

  test('the French example announces nothing; the English one, its uncapped data indemnity and the missing capital', () => {
    expect(resolveDefaults(exampleDeal('fr')).notices).toEqual([])
    expect(resolveDefaults(exampleDeal('en')).notices.map((n) => n.split(':')[0])).toEqual(['liability.dataCapFloor', 'generator.capital'])
  })
})
