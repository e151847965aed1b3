/**
 * A deal as the form sends it (a JSON value), checked exactly as the CLI checks a deal file: the
 * value goes through `parseDeal` (JSON is YAML), so the same zod schema and the same extra checks
 * give the same messages, each with the path of its field.
 */
import { InputError, ValidationError } from '../core/errors.js'
import { parseDeal } from '../deal/load.js'
import type { Deal } from '../deal/schema.js'
import type { Issue } from './http-error.js'

/** The result of checking a deal: the validated deal, or the issues to show next to the fields. */
export type DealCheck = { deal: Deal; issues: [] } | { deal: undefined; issues: Issue[] }

/** Checks a deal value; every problem becomes `{ path, message }` (path like `price.perLead`, `sources.0.name`). */
export function checkDeal(value: unknown): DealCheck {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { deal: undefined, issues: [{ path: '', message: 'expected a mapping of deal fields' }] }
  try {
    return { deal: parseDeal(JSON.stringify(value), 'deal'), issues: [] }
  } catch (e) {
    if (e instanceof ValidationError) return { deal: undefined, issues: issuesOf(e) }
    if (e instanceof InputError) return { deal: undefined, issues: [{ path: '', message: e.message.replace(/^deal:?\s*/, '') }] }
    throw e
  }
}

/** The issues of a ValidationError, with `(root)` turned into an empty path. */
export function issuesOf(e: ValidationError): Issue[] {
  return e.problems.map((p) => ({ path: p.path === undefined || p.path === '(root)' ? '' : p.path, message: p.message }))
}
