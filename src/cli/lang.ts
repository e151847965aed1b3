/**
 * The language of the CLI's own messages: the command's `--lang` (its first language for `fr,en`),
 * else `CLAUSIER_LANG`, else the locale (`LC_ALL`, then `LC_MESSAGES`, then `LANG`, the first one
 * set) — French when it starts with `fr`, English otherwise.
 */
import type { UiLang } from '../i18n/lang.js'

/** French when a locale name (`fr_FR.UTF-8`, `fr`) is French, English otherwise. */
function langOfLocale(name: string | undefined): UiLang | undefined {
  if (name === undefined || name === '') return undefined
  return /^fr(?:[_.@-]|$)/i.test(name) ? 'fr' : 'en'
}

/** The messages' language from the environment alone (`CLAUSIER_LANG`, then the locale). */
export function langOfEnv(env: Readonly<Record<string, string | undefined>>): UiLang {
  const pinned = env.CLAUSIER_LANG
  if (pinned === 'fr' || pinned === 'en') return pinned
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '')
  return langOfLocale(locale) ?? 'en'
}

/** The first language of a `--lang` value on the command line, when it names one. */
export function langOfArgv(argv: readonly string[]): UiLang | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--') return undefined
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined
    const first = value?.split(',')[0]
    if (first === 'fr' || first === 'en') return first
  }
  return undefined
}
