/** The CLI's own messages from the catalogue (src/i18n/cli.ts), in the run's language (lang.ts). */
import type { CommanderError } from 'commander'
import { errorText, type UserError } from '../core/errors.js'
import { readErrorText, translate, type MessageKey, type UiLang } from '../i18n/index.js'
import type { Io } from './io.js'

/** A CLI message in the run's language. */
export function message(io: Pick<Io, 'lang'>, key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return translate(io.lang ?? 'en', key, params)
}

/** A user error's one line in the run's language (a reader's error through its known sentences). */
export function userErrorText(e: UserError, lang: UiLang): string {
  const text = errorText(e, lang)
  return e.words === undefined && lang === 'fr' ? readErrorText(text, lang) : text
}

/** A commander error (bad command line) as one line in the run's language. */
export function commanderText(e: CommanderError, lang: UiLang): string {
  const raw = e.message.replace(/^error: /, '')
  const [head = '', suggestion] = raw.split(/\s*\n\s*/)
  const quote = (s: string) => (lang === 'fr' ? `« ${s} »` : `'${s}'`)
  const said = ((): string | undefined => {
    let m: RegExpExecArray | null
    switch (e.code) {
      case 'commander.unknownOption':
        return (m = /^unknown option '(.*)'$/.exec(head)) ? translate(lang, 'cli.unknownOption', { option: quote(m[1]!) }) : undefined
      case 'commander.unknownCommand':
        return (m = /^unknown command '(.*)'$/.exec(head)) ? translate(lang, 'cli.unknownCommand', { command: quote(m[1]!) }) : undefined
      case 'commander.missingArgument':
        return (m = /^missing required argument '(.*)'$/.exec(head)) ? translate(lang, 'cli.missingArgument', { argument: quote(m[1]!) }) : undefined
      case 'commander.optionMissingArgument':
        return (m = /^option '(.*)' argument missing$/.exec(head)) ? translate(lang, 'cli.optionMissingArgument', { option: quote(m[1]!) }) : undefined
      case 'commander.missingMandatoryOptionValue':
        return (m = /^required option '(.*)' not specified$/.exec(head)) ? translate(lang, 'cli.missingMandatoryOption', { option: quote(m[1]!) }) : undefined
      case 'commander.excessArguments':
        return (m = /^too many arguments for '(.*)'\. Expected (\d+ arguments?) but got (\d+)\.$/.exec(head)) ? translate(lang, 'cli.excessArguments', { command: quote(m[1]!), expected: m[2]!, got: m[3]! }) : undefined
      default:
        return undefined
    }
  })()
  if (said === undefined) return raw.replace(/\s*\n\s*/g, ' ')
  const similar = suggestion === undefined ? undefined : /^\(Did you mean (?:one of )?(.*)\?\)$/.exec(suggestion)?.[1]
  return similar === undefined ? said : translate(lang, 'cli.didYouMean', { message: said, suggestion: similar })
}
