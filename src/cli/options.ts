/** Parsing of shared CLI option values. */
import { UsageError } from '../core/errors.js'
import { LANGS, type Lang } from '../library/vocabulary.js'

/** Parses `--lang`; a bad value is a usage error. */
export function parseLang(value: string): Lang {
  if ((LANGS as readonly string[]).includes(value)) return value as Lang
  throw new UsageError({ key: 'cli.langOneOf', params: { allowed: LANGS.join(', '), value } })
}

/** Parses `--date` (ISO YYYY-MM-DD); without it, today's date in UTC. */
export function parseDate(value: string | undefined): string {
  if (value === undefined) return new Date().toISOString().slice(0, 10)
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new UsageError({ key: 'cli.dateFormat', params: { value } })
  return value
}
