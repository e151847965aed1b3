/** Parsing of shared CLI option values. */
import { UsageError } from '../core/errors.js'
import { LANGS, type Lang } from '../library/schema.js'

/** Parses `--lang`; a bad value is a usage error. */
export function parseLang(value: string): Lang {
  if ((LANGS as readonly string[]).includes(value)) return value as Lang
  throw new UsageError(`--lang must be one of ${LANGS.join(', ')}, got "${value}"`)
}
