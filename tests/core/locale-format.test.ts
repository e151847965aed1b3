/**
 * The French and British formats written without Intl (src/core/locale-format.ts) are, character
 * for character, what Intl writes: numbers, euro amounts, lists and dates, on fixed cases (the
 * rounding of halves ICU does on the shortest decimal form, carries, grouping) and random ones.
 */
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { formatConjunction, formatCurrency, formatLongDate, formatNumber, type FormatLang } from '../../src/core/locale-format.js'

const LANGS: FormatLang[] = ['fr', 'en']
const LOCALE = { en: 'en-GB', fr: 'fr-FR' } as const
const intlNumber = (n: number, lang: FormatLang) => new Intl.NumberFormat(LOCALE[lang]).format(n)
const intlCurrency = (n: number, currency: string, digits: 0 | 2, lang: FormatLang) => new Intl.NumberFormat(LOCALE[lang], { style: 'currency', currency, maximumFractionDigits: digits }).format(n)

const FIXED = [0, 1, 5, 9.5, 10, 999, 999.9995, 1000, 1234.5, 9999.9999, 12345.678, 100000, 999999.9996, 1234567.8915, 1.005, 1.015, 2.675, 0.125, 0.0005, 0.0004999, 1.0005, 22, 22.5, 4400, 5280, 47.35, 0.1 + 0.2, 1e-7, 123456789012345680000, 1e21, -3, -0, -1234.5, Number.NaN, Number.POSITIVE_INFINITY]

describe.each(LANGS)('%s', (lang) => {
  test('numbers as Intl writes them (up to three fraction digits)', () => {
    for (const n of FIXED) expect([n, formatNumber(n, lang)]).toEqual([n, intlNumber(n, lang)])
    fc.assert(fc.property(fc.oneof(fc.double({ min: 0, max: 1e16, noNaN: true }), fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 100_000_000 }).map((n) => n / 10_000)), (n) => {
      expect(formatNumber(n, lang)).toBe(intlNumber(n, lang))
    }), { seed: 14, numRuns: 3000 })
  })

  test('euro amounts as Intl writes them, whole (no decimals) and not (two decimals)', () => {
    for (const n of FIXED) {
      for (const digits of [0, 2] as const) expect([n, digits, formatCurrency(n, 'EUR', digits, lang)]).toEqual([n, digits, intlCurrency(n, 'EUR', digits, lang)])
    }
    fc.assert(fc.property(fc.oneof(fc.double({ min: 0, max: 1e12, noNaN: true }), fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 100)), fc.constantFrom(0 as const, 2 as const), (n, digits) => {
      expect(formatCurrency(n, 'EUR', digits, lang)).toBe(intlCurrency(n, 'EUR', digits, lang))
    }), { seed: 15, numRuns: 3000 })
  })

  test('other currencies are Intl\'s', () => {
    for (const currency of ['GBP', 'USD', 'CHF']) expect(formatCurrency(1234.5, currency, 2, lang)).toBe(intlCurrency(1234.5, currency, 2, lang))
  })

  test('lists as Intl.ListFormat (long conjunction) writes them', () => {
    const format = new Intl.ListFormat(LOCALE[lang], { style: 'long', type: 'conjunction' })
    for (let n = 0; n <= 7; n++) {
      const items = ['téléphone', 'SMS', 'e-mail', 'a, b', 'x et y', 'z and w', 'courrier'].slice(0, n)
      expect(formatConjunction(items, lang)).toBe(format.format(items))
    }
  })

  test('dates as Intl.DateTimeFormat (day, long month, year, UTC) writes them: every day of 2024-2027 and other years', () => {
    const format = new Intl.DateTimeFormat(LOCALE[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    const days: Date[] = []
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2028, 0, 1); t += 86_400_000) days.push(new Date(t))
    days.push(new Date(Date.UTC(1000, 0, 1)), new Date(Date.UTC(9999, 11, 31)), new Date(Date.UTC(999, 5, 1)), new Date('0001-01-01T00:00:00Z'))
    for (const d of days) expect(formatLongDate(d, lang)).toBe(format.format(d))
  })
})
