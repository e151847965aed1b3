/**
 * A deal as the form sends it (a JSON value), checked exactly as the CLI checks a deal file — the
 * same zod schema, then `parseDeal`'s extra checks — but with messages written for the person
 * filling the form, in the interface's language (the catalogue's `valid.*`), each with the path of
 * its field.
 */
import type { z } from 'zod'
import { InputError, ValidationError } from '../core/errors.js'
import { parseDeal } from '../deal/load.js'
import { dealSchema, type Deal } from '../deal/schema.js'
import { translate, type UiLang } from '../i18n/index.js'
import type { Issue } from './http-error.js'

/** The result of checking a deal: the validated deal, or the issues to show next to the fields. */
export type DealCheck = { deal: Deal; issues: [] } | { deal: undefined; issues: Issue[] }

type ZodIssue = z.core.$ZodIssue

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root
  for (const k of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined
  return v
}

const number = (n: number | bigint, lang: UiLang) => new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB').format(Number(n))

/** One zod issue as a sentence for a person, in the interface's language. */
export function issueMessage(issue: ZodIssue, value: unknown, lang: UiLang): string {
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
      return tr('valid.choose')
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

/** Checks a deal value; every problem becomes `{ path, message }` (path like `price.perLead`, `sources.0.name`). */
export function checkDeal(value: unknown, lang: UiLang = 'en'): DealCheck {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { deal: undefined, issues: [{ path: '', message: translate(lang, 'valid.invalid') }] }
  const parsed = dealSchema.safeParse(value)
  if (!parsed.success) {
    return { deal: undefined, issues: parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: issueMessage(i, valueAt(value, i.path), lang) })) }
  }
  try {
    return { deal: parseDeal(JSON.stringify(value), 'deal'), issues: [] }
  } catch (e) {
    if (e instanceof ValidationError) return { deal: undefined, issues: issuesOf(e, lang) }
    if (e instanceof InputError) return { deal: undefined, issues: [{ path: '', message: e.message.replace(/^deal:?\s*/, '') }] }
    throw e
  }
}

/** The issues of a ValidationError, with `(root)` turned into an empty path; parseDeal's own checks in the interface's language. */
export function issuesOf(e: ValidationError, lang: UiLang = 'en'): Issue[] {
  return e.problems.map((p) => {
    const path = p.path === undefined || p.path === '(root)' ? '' : p.path
    const clause = /^expected a clause id, got "(.*)"$/.exec(p.message)
    if (clause) return { path, message: translate(lang, 'valid.unknownClause', { id: clause[1]! }) }
    if (p.message === 'expected a date after 2000-01-01') return { path, message: translate(lang, 'valid.dateAfter2000') }
    return { path, message: p.message }
  })
}
