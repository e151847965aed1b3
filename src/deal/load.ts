/**
 * Reads a deal file (YAML or JSON), validates it with the deal schema and reports every problem at
 * once as `file:line:column  path  expected …, got …`.
 */
import { InputError, ValidationError, type Problem } from '../core/errors.js'
import { parseYaml, readYamlFile, zodProblems } from '../core/yaml.js'
import { ALL_IDS } from '../library/taxonomy.js'
import { dealSchema, type Deal } from './schema.js'

/** Validates deal text; `file` names it in messages. */
export function parseDeal(text: string, file: string): Deal {
  if (text.trim() === '') throw new InputError(`${file}: the deal file is empty`)
  const yaml = parseYaml(text.replace(/^\uFEFF/, ''), file)
  if (yaml.value === null || typeof yaml.value !== 'object' || Array.isArray(yaml.value)) {
    throw new InputError(`${file}: expected a mapping of deal fields (see "clausier schema deal")`)
  }
  const parsed = dealSchema.safeParse(yaml.value)
  if (!parsed.success) throw new ValidationError(zodProblems(parsed.error, yaml, file))
  const problems: Problem[] = []
  const deal = parsed.data
  for (const [i, id] of deal.exclude.entries()) {
    if (!ALL_IDS.includes(id)) problems.push({ file, ...(yaml.locate(['exclude', i]) ?? {}), path: `exclude.${i}`, message: `expected a clause id, got "${id}"` })
  }
  for (const id of Object.keys(deal.clauses)) {
    if (!ALL_IDS.includes(id)) problems.push({ file, ...(yaml.locate(['clauses', id]) ?? {}), path: `clauses.${id}`, message: `expected a clause id, got "${id}"` })
  }
  if ((deal.date !== undefined && deal.date < '2000-01-01') || deal.collectionStart < '2000-01-01') problems.push({ file, path: 'date', message: 'expected a date after 2000-01-01' })
  if (problems.length > 0) throw new ValidationError(problems)
  return deal
}

/** Reads and validates a deal file. */
export function loadDeal(path: string, displayName = path): Deal {
  return parseDeal(readYamlFile(path, displayName, 'deal file'), displayName)
}
