/** The interfaces' words in French and English: the catalogue, the deal form's fields, and `translate`. */
import { format, type UiLang } from './lang.js'
import { MESSAGES, type MessageKey } from './messages.js'

export { DEAL_FIELDS, ENUM_LABELS, fieldKeys, fieldText, type FieldText } from './deal-fields.js'
export { format, UI_LANGS, type Text, type UiLang } from './lang.js'
export { MESSAGES, type MessageKey } from './messages.js'
export { READ_ERRORS, readErrorText } from './read-errors.js'

/** A catalogue message in a language, placeholders filled. */
export function translate(lang: UiLang, key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return format(MESSAGES[key][lang], params)
}
