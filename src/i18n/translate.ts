/** Saying the catalogue's messages: `translate` a key, `say` deferred words, `count` with its noun. */
import { format, type UiLang } from './lang.js'
import { MESSAGES, type MessageKey } from './messages.js'

/** A catalogue message in a language, placeholders filled. */
export function translate(lang: UiLang, key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return format(MESSAGES[key][lang], params)
}

/**
 * A message kept as its catalogue key and parameters, to be said later in the reader's language
 * (an error thrown deep in the core, shown by the CLI or the web app). A parameter may itself be
 * words (« le fichier du deal »).
 */
export interface Words {
  readonly key: MessageKey
  readonly params?: Readonly<Record<string, string | number | Words>>
}

/** Words in a language (a decimal number with a decimal comma in French: « 1,5 Mo »). */
export function say(lang: UiLang, words: Words): string {
  const params: Record<string, string | number> = {}
  for (const [name, value] of Object.entries(words.params ?? {})) {
    params[name] = typeof value === 'object' ? say(lang, value) : typeof value === 'number' && lang === 'fr' ? String(value).replace('.', ',') : value
  }
  return translate(lang, words.key, params)
}

/** The keys `k` of the catalogue that have both `k.one` and `k.many`: a count with its noun. */
export type CountKey = { [K in MessageKey]: K extends `${infer B}.one` ? (`${B}.many` extends MessageKey ? B : never) : never }[MessageKey]

/**
 * A count with its noun in the right number (`{n}` in `key.one` or `key.many`): French takes the
 * singular for 0 and 1 (« 0 erreur »), English for 1 only ("0 errors").
 */
export function count(lang: UiLang, key: CountKey, n: number, params: Readonly<Record<string, string | number>> = {}): string {
  const one = lang === 'fr' ? Math.abs(n) < 2 : n === 1
  return translate(lang, `${key}.${one ? 'one' : 'many'}`, { ...params, n })
}
