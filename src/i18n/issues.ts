/**
 * A validation problem (a zod issue, or a deal's own check) as a sentence for a person, in French or
 * English: the words the web app's deal form shows next to a field (`valid.*`), also used by the
 * CLI in French for the located problems of a deal or playbook (`deal.yaml:4:7  role  …`).
 */
import type { z } from 'zod'
import type { Text, UiLang } from './lang.js'
import { translate } from './translate.js'

type ZodIssue = z.core.$ZodIssue

const number = (n: number | bigint, lang: UiLang) => new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB').format(Number(n))

/** How an allowed value is quoted: « processor » in French, "processor" in English. */
const quoted = (v: unknown, lang: UiLang) => (lang === 'fr' ? `« ${String(v)} »` : JSON.stringify(v))

/**
 * One zod issue as a sentence, in `lang`. A form offers the allowed values in a list, so it only
 * says to choose one; a file (`listValues`) names them and the value found.
 */
export function issueMessage(issue: ZodIssue, value: unknown, lang: UiLang, listValues = false): string {
  const tr = (key: Parameters<typeof translate>[1], params: Record<string, string | number> = {}) => translate(lang, key, params)
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined || value === null || value === '') return tr('valid.required')
      if (issue.expected === 'int' && typeof value === 'number') return tr('valid.whole')
      if (issue.expected === 'number' || issue.expected === 'int') return tr('valid.number')
      if (issue.expected === 'boolean') return tr('valid.yesNo')
      if (issue.expected === 'array') return tr('valid.listEmpty')
      return tr('valid.text')
    case 'too_small':
      if (issue.origin === 'array' || issue.origin === 'set') return tr('valid.listEmpty')
      if (issue.origin === 'string') return tr('valid.required')
      return tr('valid.min', { min: number(issue.minimum as number, lang) })
    case 'too_big':
      if (issue.origin === 'string') return tr('valid.tooLong', { max: number(issue.maximum as number, lang) })
      return tr('valid.max', { max: number(issue.maximum as number, lang) })
    case 'invalid_value':
      if (!listValues) return tr('valid.choose')
      return tr(value === undefined || value === null || typeof value === 'object' ? 'valid.oneOf' : 'valid.oneOfGot', { allowed: issue.values.map((v) => quoted(v, lang)).join(', '), value: String(value) })
    case 'invalid_format':
      if (issue.format === 'url') return tr('valid.url', { example: typeof value === 'string' && value !== '' && !value.includes('://') ? value : 'www.exemple.fr' })
      if (issue.format === 'email') return tr('valid.email')
      if (issue.format === 'date') return tr('valid.date')
      return tr('valid.invalid')
    case 'not_multiple_of':
      return tr('valid.whole')
    case 'unrecognized_keys':
      return tr('valid.unknownField', { keys: issue.keys.join(', ') })
    default:
      return tr('valid.invalid')
  }
}

/** A zod issue in both languages (a file's problem: the allowed values named). */
export function issueText(issue: ZodIssue, value: unknown): Text {
  return { fr: issueMessage(issue, value, 'fr', true), en: issueMessage(issue, value, 'en', true) }
}

/** The deal's and playbook's own checks (English `message` of a problem) said in `lang`; undefined when not known. */
export function checkMessage(message: string, lang: UiLang): string | undefined {
  const clause = /^expected a clause id(?:, got "(.*)")?$/.exec(message)
  if (clause) return clause[1] === undefined ? translate(lang, 'valid.clauseId') : translate(lang, 'valid.unknownClause', { id: clause[1] })
  if (message === 'expected a date after 2000-01-01') return translate(lang, 'valid.dateAfter2000')
  if (message === 'expected a rule id or a clause id') return translate(lang, 'valid.ruleOrClauseId')
  return undefined
}
