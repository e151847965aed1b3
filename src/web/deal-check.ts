/**
 * A deal as the form sends it (a JSON value), checked exactly as the CLI checks a deal file — the
 * same zod schema, then `parseDeal`'s extra checks — but with messages written for the person
 * filling the form, in the interface's language (the catalogue's `valid.*`), each with the path of
 * its field.
 */
import { InputError, ValidationError } from '../core/errors.js'
import { parseDeal } from '../deal/load.js'
import { dealSchema, type Deal } from '../deal/schema.js'
import { translate, type UiLang } from '../i18n/index.js'
import { checkMessage, issueMessage } from '../i18n/issues.js'
import type { Issue } from './http-error.js'

/** The result of checking a deal: the validated deal, or the issues to show next to the fields. */
export type DealCheck = { deal: Deal; issues: [] } | { deal: undefined; issues: Issue[] }

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root
  for (const k of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined
  return v
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
    return { path, message: checkMessage(p.message, lang) ?? p.message }
  })
}
