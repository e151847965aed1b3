/** Dates of the journal: ISO 8601 in, UTC `toISOString()` stored (so text order is time order). */
import { UsageError } from '../core/errors.js'

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/

/** Which end of a day a date without a time stands for. */
export type DayEnd = 'start' | 'end'

/**
 * Parses an ISO date (`2026-03-01`, UTC day) or date-time (`2026-03-01T14:30`, local time without
 * an offset; `…Z` or `…+01:00` with one). A date alone is the start (or `end`) of that UTC day.
 * A bad value is a UsageError naming `flag`.
 */
export function parseIsoDate(value: string, flag: string, dayEnd: DayEnd = 'start'): Date {
  const m = ISO.exec(value.trim())
  const bad = () => new UsageError({ key: 'error.journal.isoDate', params: { flag, value } })
  if (!m) throw bad()
  const [, y, mo, d, h, mi, s] = m
  const year = Number(y)
  const month = Number(mo)
  const day = Number(d)
  const probe = new Date(Date.UTC(year, month - 1, day))
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) throw bad()
  if (h !== undefined && (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59)) throw bad()
  if (h === undefined) return dayEnd === 'start' ? probe : new Date(probe.getTime() + 86_400_000 - 1)
  const parsed = new Date(value.trim().replace(' ', 'T'))
  if (Number.isNaN(parsed.getTime())) throw bad()
  return parsed
}

/** `2026-03-01 14:30 UTC` for tables and reports. */
export function formatDateTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`
}
