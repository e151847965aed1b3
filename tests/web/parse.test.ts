/** French typing habits in the form: numbers and dates read exactly, or refused — never another value. */
import { describe, expect, it } from 'vitest'
import { dateForInput, formatDate, formatNumber, parseDate, parseNumber } from '../../web/src/parse.js'

const value = <T>(r: { ok: true; value: T } | { ok: false }) => (r.ok ? r.value : 'refused')

describe('parseNumber', () => {
  it('reads French and English numbers exactly', () => {
    expect(value(parseNumber('18,50'))).toBe(18.5)
    expect(value(parseNumber('18.50'))).toBe(18.5)
    expect(value(parseNumber('1 500 000'))).toBe(1500000)
    expect(value(parseNumber('1\u202f500\u202f000'))).toBe(1500000)
    expect(value(parseNumber('1.500.000'))).toBe(1500000)
    expect(value(parseNumber('1,500,000'))).toBe(1500000)
    expect(value(parseNumber('1 234,56 €'))).toBe(1234.56)
    expect(value(parseNumber('0,125'))).toBe(0.125)
    expect(value(parseNumber('15 %'))).toBe(15)
    expect(value(parseNumber('-5'))).toBe(-5)
  })

  it('refuses what it cannot read exactly', () => {
    for (const text of ['18,5,0', '1.500', '1,500', 'dix', '', '1 50 0,0.0', '12abc']) expect(value(parseNumber(text)), text).toBe('refused')
  })
})

describe('parseDate', () => {
  it('reads dates day first, as in France, or ISO', () => {
    expect(value(parseDate('15/01/2026'))).toBe('2026-01-15')
    expect(value(parseDate('15/01/2025'))).toBe('2025-01-15')
    expect(value(parseDate('1/2/2026'))).toBe('2026-02-01')
    expect(value(parseDate('15.01.26'))).toBe('2026-01-15')
    expect(value(parseDate('2026-01-15'))).toBe('2026-01-15')
  })

  it('refuses impossible dates instead of moving them', () => {
    for (const text of ['31/02/2026', '15/13/2026', '2026-13-01', '15 janvier', '01/15/2026']) expect(value(parseDate(text)), text).toBe('refused')
  })

  it('writes back what it understood', () => {
    expect(formatDate('2026-01-15', 'fr')).toBe('15 janvier 2026')
    expect(formatDate('2026-01-15', 'en')).toBe('15 January 2026')
    expect(dateForInput('2026-01-15')).toBe('15/01/2026')
    expect(formatNumber(1500000, 'fr')).toBe('1\u202f500\u202f000')
    expect(formatNumber(18.5, 'fr', 'EUR')).toBe('18,50\u00a0€')
  })
})
