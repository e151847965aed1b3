/**
 * Numbers, euro amounts, lists and dates in French (fr-FR) and British English (en-GB), written
 * exactly as ICU's Intl formatters write them, without starting Intl: a process's first Intl
 * formatter costs about 20 ms of CPU (ICU's locale set-up), a tenth of what a one-contract build
 * spends once Node is up. Whatever these functions do not cover — other currencies, negative
 * or non-finite numbers, numbers JavaScript writes with an exponent, years outside 1000–9999 —
 * goes to Intl itself. `tests/core/locale-format.test.ts` compares every function with Intl.
 */

export type FormatLang = 'en' | 'fr'

const LOCALE: Record<FormatLang, string> = { en: 'en-GB', fr: 'fr-FR' }
/** ICU's group separators: a narrow no-break space in French, a comma in British English. */
const GROUP: Record<FormatLang, string> = { en: ',', fr: '\u202f' }
const DECIMAL: Record<FormatLang, string> = { en: '.', fr: ',' }

/**
 * The digits of a non-negative number as ICU writes them: its shortest decimal form (the one
 * `String` gives, which ICU also starts from) rounded half-up to `max` fraction digits, trailing
 * zeros cut down to `min`, groups of three. Undefined when JavaScript writes it with an exponent.
 */
function digits(value: number, min: number, max: number, lang: FormatLang): string | undefined {
  const shortest = String(value)
  if (shortest.includes('e')) return undefined
  const [whole = '', fraction = ''] = shortest.split('.')
  let all = whole + fraction.slice(0, max).padEnd(max, '0')
  if (fraction.length > max && fraction.charCodeAt(max) >= 53 /* '5' */) {
    // Adds one at the last kept digit, carrying to the left.
    const chars = all.split('')
    let k = chars.length - 1
    for (; k >= 0; k--) {
      if (chars[k] === '9') chars[k] = '0'
      else {
        chars[k] = String.fromCharCode(chars[k]!.charCodeAt(0) + 1)
        break
      }
    }
    all = (k < 0 ? '1' : '') + chars.join('')
  }
  let integer = all.slice(0, all.length - max)
  let decimals = all.slice(all.length - max)
  while (decimals.length > min && decimals.endsWith('0')) decimals = decimals.slice(0, -1)
  integer = integer.replace(/^0+(?=\d)/, '')
  let grouped = ''
  for (let end = integer.length; end > 0; end -= 3) grouped = integer.slice(Math.max(0, end - 3), end) + (grouped === '' ? '' : GROUP[lang] + grouped)
  return decimals === '' ? grouped : grouped + DECIMAL[lang] + decimals
}

/** Whether a number is one these functions write (else Intl does). */
function covered(value: number): boolean {
  return Number.isFinite(value) && value >= 0 && !Object.is(value, -0)
}

/** `new Intl.NumberFormat(locale).format(value)`: up to three fraction digits. */
export function formatNumber(value: number, lang: FormatLang): string {
  const text = covered(value) ? digits(value, 0, 3, lang) : undefined
  return text ?? new Intl.NumberFormat(LOCALE[lang]).format(value)
}

/** Intl's currency formatters made so far (a batch of deals in another currency makes each once). */
const currencyFormats = new Map<string, Intl.NumberFormat>()

/**
 * `new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits })`: euro
 * amounts written here (`1 234,50 €`, `€1,234.50`: two fraction digits unless the maximum is 0),
 * any other currency by Intl.
 */
export function formatCurrency(value: number, currency: string, maximumFractionDigits: 0 | 2, lang: FormatLang): string {
  const text = currency === 'EUR' && covered(value) ? digits(value, maximumFractionDigits, maximumFractionDigits, lang) : undefined
  if (text === undefined) {
    const key = `${lang} ${currency} ${maximumFractionDigits}`
    let format = currencyFormats.get(key)
    if (!format) currencyFormats.set(key, (format = new Intl.NumberFormat(LOCALE[lang], { style: 'currency', currency, maximumFractionDigits })))
    return format.format(value)
  }
  return lang === 'fr' ? `${text}\u00a0€` : `€${text}`
}

/** `new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items)`: « a, b et c », "a, b and c". */
export function formatConjunction(items: readonly string[], lang: FormatLang): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} ${lang === 'fr' ? 'et' : 'and'} ${items[items.length - 1]!}`
}

const MONTHS: Record<FormatLang, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
}

/** `new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date)`. */
export function formatLongDate(date: Date, lang: FormatLang): string {
  const year = date.getUTCFullYear()
  if (!(year >= 1000 && year <= 9999)) return new Intl.DateTimeFormat(LOCALE[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date)
  return `${date.getUTCDate()} ${MONTHS[lang][date.getUTCMonth()]!} ${year}`
}
