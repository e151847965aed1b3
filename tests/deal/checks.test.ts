/**
 * Build-time deal checks (issue #12): the law, not taste. One test per rule class, each asserting
 * the level, the path and the legal source of the problem.
 */
import { describe, expect, test } from 'vitest'
import { checkDeal, energyRenovation, jurisdictionMerchants, paymentTerm, sectorAndRole } from '../../src/deal/checks.js'
import type { DealInput } from '../../src/deal/schema.js'
import { exampleDeal } from '../helpers.js'

const withPrice = (price: Partial<DealInput['price']>) => exampleDeal('fr', (d) => void (d.price = { ...d.price, ...price }))

describe('payment terms (C. com. L. 441-10 I)', () => {
  test('a monthly (periodic) invoice may not be paid "45 days end of month"', () => {
    const problems = paymentTerm(withPrice({ invoicing: 'monthly', paymentDays: 45, paymentBasis: 'end-of-month' }))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ level: 'forbidden', check: 'payment-term', path: 'price.paymentBasis' })
    expect(problems[0]!.source).toContain('L. 441-10 I')
    expect(problems[0]!.source).toContain('L. 441-16')
  })

  test('a periodic invoice is paid within 45 days of its date at most', () => {
    expect(paymentTerm(withPrice({ invoicing: 'monthly', paymentDays: 46, paymentBasis: 'invoice' }))).toEqual([expect.objectContaining({ level: 'forbidden', path: 'price.paymentDays' })])
    expect(paymentTerm(withPrice({ invoicing: 'monthly', paymentDays: 45, paymentBasis: 'invoice' }))).toEqual([])
  })

  test('an invoice per delivery allows 60 days from the invoice or 45 days end of month, not more', () => {
    expect(paymentTerm(withPrice({ invoicing: 'per-delivery', paymentDays: 60, paymentBasis: 'invoice' }))).toEqual([])
    expect(paymentTerm(withPrice({ invoicing: 'per-delivery', paymentDays: 45, paymentBasis: 'end-of-month' }))).toEqual([])
    expect(paymentTerm(withPrice({ invoicing: 'per-delivery', paymentDays: 50, paymentBasis: 'end-of-month' }))).toEqual([expect.objectContaining({ level: 'forbidden', path: 'price.paymentDays' })])
  })
})

describe('energy renovation and home adaptation canvassing (C. consom. L. 223-1)', () => {
  test('refused by phone, with the 2020 ban as source', () => {
    const deal = exampleDeal('en', (d) => void (d.sectors = ['pompes à chaleur', 'telecom contracts']))
    const problems = energyRenovation(deal)
    expect(problems).toEqual([expect.objectContaining({ level: 'forbidden', check: 'energy-renovation-canvassing', path: 'sectors', source: 'C. consom. L. 223-1 (loi n° 2020-901)' })])
    expect(problems[0]!.verify).toBeUndefined()
  })

  test('refused on every other channel too, the all-channel source being marked as not checked', () => {
    const deal = exampleDeal('fr', (d) => void (d.sectors = ["adaptation du logement à la perte d'autonomie"]))
    const [problem] = energyRenovation(deal)
    expect(problem).toMatchObject({ level: 'forbidden', verify: true })
    expect(problem!.source).toContain('loi n° 2025-594 art. 13')
    expect(problem!.message).toContain('email, sms')
  })

  test('a buyer whose name reads as an energy business is a warning until it warrants otherwise', () => {
    const hinted = exampleDeal('en', (d) => void (d.noEnergyWorks = false))
    expect(energyRenovation(hinted)).toEqual([expect.objectContaining({ level: 'risky', path: 'noEnergyWorks' })])
    expect(energyRenovation(exampleDeal('en'))).toEqual([])
  })
})

describe('jurisdiction clause (CPC art. 48)', () => {
  test('a party that is not a merchant by form is a warning', () => {
    const deal = exampleDeal('fr', (d) => void (d.buyer.legalForm = 'association'))
    expect(jurisdictionMerchants(deal)).toEqual([expect.objectContaining({ level: 'risky', path: 'buyer.legalForm', source: 'CPC art. 48' })])
  })

  test('commercial companies are merchants by form; merchant: true overrides the form', () => {
    expect(jurisdictionMerchants(exampleDeal('fr'))).toEqual([])
    expect(jurisdictionMerchants(exampleDeal('en'))).toEqual([])
    expect(jurisdictionMerchants(exampleDeal('fr', (d) => void (d.buyer = { ...d.buyer, legalForm: 'Ltd', merchant: true })))).toEqual([])
  })
})

describe('sector and role combinations', () => {
  test('a call centre listed as a source of leads, under a processor, is flagged twice', () => {
    const deal = exampleDeal('en', (d) => void d.sources.push({ name: 'Call centre', type: 'call-centre' }))
    expect(sectorAndRole(deal).map((p) => p.check).sort()).toEqual(['call-centre-source', 'insurance-offshore-calls', 'processor-third-party-source'])
  })

  test('an exclusive deal with a comparison site is flagged', () => {
    const deal = exampleDeal('fr', (d) => void d.sources.push({ name: 'Comparateur', type: 'comparison-site' }))
    expect(sectorAndRole(deal)).toEqual([expect.objectContaining({ check: 'exclusive-comparison-site', path: 'sources.1' })])
  })
})

test('both examples are lawful: nothing forbidden', () => {
  for (const which of ['fr', 'en'] as const) expect(checkDeal(exampleDeal(which)).filter((p) => p.level === 'forbidden')).toEqual([])
})
