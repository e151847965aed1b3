/** Reading numbers, durations and amounts off normalised contract text. */
import { describe, expect, test } from 'vitest'
import { normalizeText } from '../../../src/library/detect-signals.js'
import { amounts, durations, formatDuration, parseDigits } from '../../../src/review/rules/support/quantities.js'

const durationsOf = (text: string) => durations(normalizeText(text)).map((d) => [d.value, d.unit, d.business] as const)
const amountsOf = (text: string) => amounts(normalizeText(text)).map((a) => [a.value, a.currency] as const)

describe('parseDigits', () => {
  test.each([
    ['15', 15],
    ['5 000', 5000],
    ['5.000', 5000],
    ['5,000', 5000],
    ['5 000,00', 5000],
    ['5,000.00', 5000],
    ['1,000,000', 1_000_000],
    ['12,5', 12.5],
    ['1.5', 1.5],
  ])('%s → %d', (text, value) => expect(parseDigits(text)).toBe(value))
})

describe('durations', () => {
  test.each([
    ['préavis de 15 jours', [[15, 'day', false]]],
    ["30 days' notice", [[30, 'day', false]]],
    ['paiement à 90 jours', [[90, 'day', false]]],
    ['45 jours fin de mois', [[45, 'day', false]]],
    ['within 10 business days', [[10, 'day', true]]],
    ['sous 15 jours ouvrés', [[15, 'day', true]]],
    ['sous 48 heures', [[48, 'hour', false]]],
    ['retours sous 48h', [[48, 'hour', false]]],
    ['a 48-hour window', [[48, 'hour', false]]],
    ['un préavis de trente (30) jours', [[30, 'day', false]]],
    ['thirty (30) days', [[30, 'day', false]]],
    ["one month's notice", [[1, 'month', false]]],
    ["a month's notice", [[1, 'month', false]]],
    ["préavis d'un mois", [[1, 'month', false]]],
    ['un an', [[1, 'year', false]]],
    ['les 12 derniers mois', [[12, 'month', false]]],
    ['the last 3 months', [[3, 'month', false]]],
    ['quarante-cinq jours', [[45, 'day', false]]],
    ['section 7.2: no duration here', []],
    ['5 000 leads', []],
  ] as const)('%s', (text, expected) => expect(durationsOf(text)).toEqual(expected))

  test('days and months', () => {
    const [d] = durations('sous 48 heures')
    expect(d?.days).toBe(2)
    const [m] = durations('90 jours')
    expect(m?.months).toBe(3)
  })

  test('formatting in the document language', () => {
    expect(formatDuration({ value: 15, unit: 'day', business: true }, 'fr')).toBe('15 jours ouvrés')
    expect(formatDuration({ value: 1, unit: 'month', business: false }, 'en')).toBe('1 month')
    expect(formatDuration({ value: 48, unit: 'hour', business: false }, 'fr')).toBe('48 heures')
  })
})

describe('amounts', () => {
  test.each([
    ['limited to €5,000', [[5000, 'EUR']]],
    ['plafonnée à 5 000 €', [[5000, 'EUR']]],
    ['5 000,00 € HT', [[5000, 'EUR']]],
    ['5.000 euros', [[5000, 'EUR']]],
    ['EUR 5,000.00', [[5000, 'EUR']]],
    ['100 k€', [[100_000, 'EUR']]],
    ["1 million d'euros", [[1_000_000, 'EUR']]],
    ['€1.5 million', [[1_500_000, 'EUR']]],
    ['$250,000', [[250_000, 'USD']]],
    ['le fournisseur 5 000 leads', []],
    ['€5,000 monthly', [[5000, 'EUR']]],
  ] as const)('%s', (text, expected) => expect(amountsOf(text)).toEqual(expected))
})
