/**
 * Numbers, durations and amounts read from normalised text (lower case, no accents): "15 days",
 * « trente (30) jours », "48-hour", « 15 jours ouvrés », "5 000,00 €", "EUR 5,000", "100 k€".
 *
 * Every regex here is linear: alternatives start with distinct text, repeated groups consume a
 * fixed separator then a fixed number of digits, and nothing nests an unbounded quantifier.
 */
import { caseFreeFor } from '../../case-free.js'

/** Number words, French and English (the common ones in contracts). */
const WORDS: Readonly<Record<string, number>> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, quinze: 15, vingt: 20, 'vingt-quatre': 24, trente: 30, quarante: 40,
  'quarante-cinq': 45, 'quarante-huit': 48, soixante: 60, 'soixante-douze': 72, 'quatre-vingt-dix': 90,
  cent: 100, 'cent vingt': 120, 'cent-vingt': 120,
  one: 1, an: 1, two: 2, three: 3, four: 4, five: 5, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, 'twenty-four': 24, thirty: 30, forty: 40,
  'forty-five': 45, 'forty-eight': 48, sixty: 60, 'seventy-two': 72, ninety: 90,
  'one hundred': 100, hundred: 100, 'one hundred and twenty': 120, 'one hundred twenty': 120,
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const WORD_LIST = Object.keys(WORDS).sort((a, b) => b.length - a.length)
const WORD_SOURCE = `(?:${WORD_LIST.map(escape).join('|')}|a(?= (?:month|week|year|day|hour)))(?![\\p{L}-])`

/** Digits with French or English separators: 15, 5 000, 5.000, 5,000.00, 5 000,00, 12,5. */
const DIGITS = String.raw`(?<![\p{N}.,])(?:\d{1,3}(?:[ .,']\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?!\d)`

/** A number, in digits or words, optionally repeated in brackets: « trente (30) », "30 (thirty)". */
const NUMBER = `(?:${DIGITS}|(?<![\\p{L}])${WORD_SOURCE})(?: ?\\((?:${DIGITS}|${WORD_SOURCE})\\))?`

/** Parses digits written with French or English separators. */
export function parseDigits(raw: string): number {
  const text = raw.trim()
  const decimal = /[.,](\d{1,2})$/.exec(text)
  const whole = (decimal ? text.slice(0, decimal.index) : text).replace(/[ .,']/g, '')
  return Number(`${whole}${decimal ? `.${decimal[1]}` : ''}`)
}

/** Parses a NUMBER match: its digits when it has some, else its words. */
export function parseNumber(text: string): number | undefined {
  const digits = /\d[\d .,']*/.exec(text)
  if (digits) return parseDigits(digits[0].replace(/[ .,']+$/, ''))
  const word = text.replace(/\s*\(.*$/, '').trim()
  if (word === 'a') return 1
  return WORDS[word]
}

export type DurationUnit = 'hour' | 'day' | 'week' | 'month' | 'year'

/** A duration found in a sentence. */
export interface Duration {
  value: number
  unit: DurationUnit
  /** Business / working days (« jours ouvrés »). */
  business: boolean
  /** In days (hours / 24, weeks × 7, months × 30, years × 365); business days count as written. */
  days: number
  /** In months (days / 30). */
  months: number
  /** Offsets in the normalised sentence. */
  index: number
  end: number
  text: string
}

const UNIT_SOURCE = '(?<unit>heures?|hours?|hrs?|h|jours?|jrs?|days?|j|semaines?|weeks?|mois|months?|ans?|annees?|years?)(?![\\p{L}\\p{N}])'
const QUALIFIER_BEFORE = '(?:(?<qb>business|working|calendar|banking|clear|full|consecutive|derniers|dernieres|premiers|premieres|last|first|preceding|previous) )?'
const QUALIFIER_AFTER = '(?: (?<qa>ouvres|ouvrables|calendaires|francs|pleins|consecutifs))?'

/** A number followed by a unit: "15 days", "30-day", "48h", « 15 jours ouvrés », « 12 derniers mois ». */
const DURATION = `(?<num>${NUMBER})[ -]?${QUALIFIER_BEFORE}${UNIT_SOURCE}${QUALIFIER_AFTER}`
const DURATION_RE = new RegExp(DURATION, 'giu')
/** DURATION_RE for a text (without `i` where that matches alike: case-free.ts). */
const durationRe = caseFreeFor(DURATION_RE)

function unitOf(raw: string): DurationUnit {
  if (/^(h|hrs?|heures?|hours?)$/.test(raw)) return 'hour'
  if (/^(semaines?|weeks?)$/.test(raw)) return 'week'
  if (/^(mois|months?)$/.test(raw)) return 'month'
  if (/^(ans?|annees?|years?)$/.test(raw)) return 'year'
  return 'day'
}

const DAYS: Readonly<Record<DurationUnit, number>> = { hour: 1 / 24, day: 1, week: 7, month: 30, year: 365 }

/** Every duration in a normalised text, in order. */
export function durations(norm: string): Duration[] {
  const out: Duration[] = []
  for (const m of norm.matchAll(durationRe(norm))) {
    const groups = m.groups ?? {}
    const value = parseNumber(groups['num'] ?? '')
    const rawUnit = groups['unit'] ?? ''
    if (value === undefined || !Number.isFinite(value)) continue
    // "an" is a number in English and a unit in French: « un an » is one year, "an hour" one hour.
    if (rawUnit === 'an' && !/\b(un|1)\s?$/.test(groups['num'] ?? '')) continue
    const unit = unitOf(rawUnit)
    const business = /^(business|working|banking)$/.test(groups['qb'] ?? '') || /^(ouvres|ouvrables)$/.test(groups['qa'] ?? '')
    const days = value * DAYS[unit]
    out.push({ value, unit, business, days, months: unit === 'month' ? value : unit === 'year' ? value * 12 : days / 30, index: m.index, end: m.index + m[0].length, text: m[0] })
  }
  return out
}

/** A money amount found in a sentence. */
export interface Amount {
  value: number
  currency: string
  index: number
  end: number
  text: string
}

const MULTIPLIER = '(?<mult>k|m|mn|mio|millions?|milliards?|bn|billions?|mille)(?![\\p{L}])'
const CURRENCY_BEFORE = '(?<cb>€|\\$|£|(?<![\\p{L}])(?:eur|euros|usd|gbp)(?![\\p{L}]))'
const CURRENCY_AFTER = "(?<ca>k€|m€|keur|meur|€|euros?|eur|\\$|usd|£|gbp|dollars?)(?![\\p{L}])"
const AMOUNT_RE = new RegExp(
  `${CURRENCY_BEFORE} ?(?<n1>${DIGITS})(?: ?${MULTIPLIER.replace('mult', 'm1')})?|(?<n2>${DIGITS})(?: ?${MULTIPLIER.replace('mult', 'm2')})?(?: d'| de| of)? ?${CURRENCY_AFTER}`,
  'giu',
)
/** AMOUNT_RE for a text (without `i` where that matches alike: case-free.ts). */
const amountRe = caseFreeFor(AMOUNT_RE)

function factor(mult: string | undefined): number {
  if (!mult) return 1
  if (/^(k|mille)$/.test(mult)) return 1_000
  if (/^(m|mn|mio|millions?)$/.test(mult)) return 1_000_000
  if (/^(bn|billions?|milliards?)$/.test(mult)) return 1_000_000_000
  return 1
}

/** Every currency amount in a normalised text: "€5,000", « 5 000,00 € », "EUR 1.5 million", « 100 k€ ». */
export function amounts(norm: string): Amount[] {
  const out: Amount[] = []
  // Every amount holds a digit.
  if (!/[0-9]/.test(norm)) return out
  for (const m of norm.matchAll(amountRe(norm))) {
    const g = m.groups ?? {}
    const digits = g['n1'] ?? g['n2']
    if (digits === undefined) continue
    const currencyText = g['cb'] ?? g['ca'] ?? ''
    const prefix = /^([km])(?:€|eur)$/.exec(currencyText)?.[1]
    const value = parseDigits(digits) * factor(g['m1'] ?? g['m2']) * factor(prefix)
    const currency = /€|eur/.test(currencyText) ? 'EUR' : /\$|usd|dollar/.test(currencyText) ? 'USD' : /£|gbp/.test(currencyText) ? 'GBP' : currencyText
    out.push({ value, currency, index: m.index, end: m.index + m[0].length, text: m[0] })
  }
  return out
}

/** Formats a number for a message in the document's language. */
export function formatNumber(value: number, lang: 'en' | 'fr'): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 2 }).format(value).replace(/\u202f|\u00a0/g, ' ')
}

const UNIT_WORDS: Readonly<Record<DurationUnit, { en: [string, string]; fr: [string, string] }>> = {
  hour: { en: ['hour', 'hours'], fr: ['heure', 'heures'] },
  day: { en: ['day', 'days'], fr: ['jour', 'jours'] },
  week: { en: ['week', 'weeks'], fr: ['semaine', 'semaines'] },
  month: { en: ['month', 'months'], fr: ['mois', 'mois'] },
  year: { en: ['year', 'years'], fr: ['an', 'ans'] },
}

/** "15 days", « 48 heures », "3 business days", « 5 jours ouvrés ». */
export function formatDuration(d: Pick<Duration, 'value' | 'unit' | 'business'>, lang: 'en' | 'fr'): string {
  const [one, many] = UNIT_WORDS[d.unit][lang]
  const word = d.value === 1 ? one : many
  if (d.business) return lang === 'fr' ? `${formatNumber(d.value, lang)} ${word} ouvré${d.value === 1 ? '' : 's'}` : `${formatNumber(d.value, lang)} business ${word}`
  return `${formatNumber(d.value, lang)} ${word}`
}
