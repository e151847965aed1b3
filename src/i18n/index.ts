/** The interfaces' words in French and English: the catalogue, the deal form's fields, and `translate`. */
export { DEAL_FIELDS, ENUM_LABELS, fieldKeys, fieldText, type FieldText } from './deal-fields.js'
export { format, UI_LANGS, type Text, type UiLang } from './lang.js'
export { MESSAGE_PARTS, MESSAGES, type MessageKey } from './messages.js'
export { READ_ERRORS, readErrorText } from './read-errors.js'
export { count, say, translate, type CountKey, type Words } from './translate.js'
export { checkMessage, issueMessage, issueText } from './issues.js'
export { DEAL_WARNINGS, dealWarningText } from './deal-warnings.js'
