/**
 * Numbers and dates as French legal teams type them: « 18,50 », « 1 500 000 », « 1.500.000 »,
 * « 15/01/2026 » — and English habits too (18.50, 1,500,000, 2026-01-15). A text is either
 * understood exactly or refused: never read as another value (« 18,50 » is never 1850, 15/01 is
 * never 1 December).
 */

/** The result of reading what was typed. */
export type Parsed<T> = { ok: true; value: T } | { ok: false }

const SPACES = /[\s\u00a0\u202f']/g

/** Reads a number: comma or point decimals, spaces, non-breaking spaces or apostrophes between thousands. */
export function parseNumber(text: string): Parsed<number> {
  let s = text.trim().replace(/\s*(€|eur|euros?|%)$/i, '').replace(SPACES, '')
  if (s === '') return { ok: false }
  const sign = s.startsWith('-') ? -1 : 1
  if (s.startsWith('-') || s.startsWith('+')) s = s.slice(1)
  let digits: string
  if (/^\d+$/.test(s)) digits = s
  else if (/^\d+[.,]\d+$/.test(s)) {
    // One separator: a decimal mark, unless it groups thousands exactly (1.500 / 1,500 with 3 digits after) — ambiguous, refused.
    const [whole, frac] = s.split(/[.,]/) as [string, string]
    if (frac.length === 3 && whole.length <= 3 && whole !== '0') return { ok: false }
    digits = `${whole}.${frac}`
  } else if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) digits = s.replace(/\./g, '').replace(',', '.')
  else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) digits = s.replace(/,/g, '')
  else return { ok: false }
  const value = sign * Number(digits)
  return Number.isFinite(value) ? { ok: true, value } : { ok: false }
}

/** Reads a date: 15/01/2026, 15-01-2026, 15.01.2026, 15/01/26 (day first, as in France) or 2026-01-15; answers YYYY-MM-DD. */
export function parseDate(text: string): Parsed<string> {
  const s = text.trim()
  let y: number, m: number, d: number
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s)
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])]
  else if ((match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(s))) {
    ;[d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])]
    if (match[3]!.length === 2) y += 2000
  } else return { ok: false }
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return { ok: false }
  return { ok: true, value: `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` }
}

/** A number as the interface's language writes it: « 1 500 000 », « 18,5 »; with the currency when given. */
export function formatNumber(value: number, lang: 'fr' | 'en', currency?: string): string {
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB'
  return currency ? new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 2 }).format(value) : new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(value)
}

/** A YYYY-MM-DD date as the interface's language writes it: « 15 janvier 2026 », "15 January 2026". */
export function formatDate(iso: string, lang: 'fr' | 'en'): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)))
}

/** A YYYY-MM-DD date written day first for the input: 15/01/2026. */
export function dateForInput(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso
}
