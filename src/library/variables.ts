/**
 * Resolves a clause's variables: a per-clause override in the deal, else the deal field named by
 * `from`, else the default. Each value is checked against its declared type and bounds.
 */
import type { Problem } from '../core/errors.js'
import type { Clause } from './clause.js'
import type { Lang, Variable } from './schema.js'

export type VariableValue = string | number | boolean | readonly string[]

/** Reads a dot path from a plain object; undefined when any step is missing. */
export function getPath(root: unknown, path: string): unknown {
  let v: unknown = root
  for (const key of path.split('.')) {
    if (v === null || typeof v !== 'object' || !Object.prototype.hasOwnProperty.call(v, key)) return undefined
    v = (v as Record<string, unknown>)[key]
  }
  return v
}

function defaultFor(variable: Variable, lang: Lang): unknown {
  const d = variable.default
  if (d !== null && typeof d === 'object' && !Array.isArray(d)) return d[lang]
  return d
}

/** Returns an error message when `value` does not fit the variable's type, else undefined. */
export function checkValue(variable: Variable, value: unknown): string | undefined {
  switch (variable.type) {
    case 'integer':
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return `expected a number, got ${JSON.stringify(value)}`
      if (variable.type === 'integer' && !Number.isInteger(value)) return `expected an integer, got ${value}`
      if (variable.min !== undefined && value < variable.min) return `expected a value >= ${variable.min}, got ${value}`
      if (variable.max !== undefined && value > variable.max) return `expected a value <= ${variable.max}, got ${value}`
      return undefined
    }
    case 'string':
      return typeof value === 'string' && value.trim() !== '' ? undefined : `expected text, got ${JSON.stringify(value)}`
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `expected true or false, got ${JSON.stringify(value)}`
    case 'enum':
      return typeof value === 'string' && (variable.values ?? []).includes(value)
        ? undefined
        : `expected one of ${(variable.values ?? []).join(', ')}, got ${JSON.stringify(value)}`
    case 'list':
      return Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')
        ? undefined
        : `expected a non-empty list of text, got ${JSON.stringify(value)}`
  }
}

/** Resolves every variable of a clause for a deal (or defaults only when `deal` is undefined). */
export function resolveVariables(
  clause: Clause,
  deal: unknown,
  lang: Lang,
  file = 'deal',
): { values: Record<string, VariableValue>; problems: Problem[] } {
  const values: Record<string, VariableValue> = {}
  const problems: Problem[] = []
  const overrides = getPath(deal, `clauses`) as Record<string, Record<string, unknown>> | undefined
  const own = overrides && Object.prototype.hasOwnProperty.call(overrides, clause.id) ? overrides[clause.id] : undefined
  for (const name of Object.keys(own ?? {})) {
    if (!Object.prototype.hasOwnProperty.call(clause.variables, name))
      problems.push({ file, path: `clauses.${clause.id}.${name}`, message: `unknown variable of clause ${clause.id} (it has: ${Object.keys(clause.variables).join(', ') || 'none'})` })
  }
  for (const [name, variable] of Object.entries(clause.variables)) {
    let value: unknown
    let path: string
    if (own && Object.prototype.hasOwnProperty.call(own, name)) {
      value = own[name]
      path = `clauses.${clause.id}.${name}`
    } else if (variable.from !== undefined && deal !== undefined && getPath(deal, variable.from) !== undefined) {
      value = getPath(deal, variable.from)
      path = variable.from
    } else {
      value = defaultFor(variable, lang)
      path = `${clause.file}: default of ${name}`
    }
    const error = checkValue(variable, value)
    if (error) problems.push({ file, path, message: error })
    else values[name] = value as VariableValue
  }
  return { values, problems }
}
