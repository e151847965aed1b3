/** Validates a playbook file's text against the schema and the library's ids. */
import { ValidationError, type Problem } from '../../core/errors.js'
import { parseYaml, zodProblems } from '../../core/yaml.js'
import { compileSignal } from '../../library/detect-signals.js'
import { ALL_IDS } from '../../library/taxonomy.js'
import { playbookSchema, type Playbook } from './schema.js'

/** Validates playbook text. `ruleIds` are the known rule ids (for `severity` keys). */
export function parsePlaybook(text: string, file: string, ruleIds: readonly string[]): Playbook {
  const yaml = parseYaml(text.replace(/^\uFEFF/, ''), file)
  const value = yaml.value ?? {}
  const parsed = playbookSchema.safeParse(value)
  if (!parsed.success) throw new ValidationError(zodProblems(parsed.error, yaml, file))
  const problems: Problem[] = []
  const known = new Set([...ruleIds, ...ALL_IDS])
  for (const key of Object.keys(parsed.data.severity)) {
    if (!known.has(key)) problems.push({ file, ...(yaml.locate(['severity', key]) ?? {}), path: `severity.${key}`, message: 'expected a rule id or a clause id' })
  }
  for (const [i, id] of [...parsed.data.required.entries()]) {
    if (!ALL_IDS.includes(id)) problems.push({ file, ...(yaml.locate(['required', i]) ?? {}), path: `required.${i}`, message: `expected a clause id, got "${id}"` })
  }
  for (const [id, patterns] of Object.entries(parsed.data.clausePhrases)) {
    if (!ALL_IDS.includes(id)) problems.push({ file, path: `clausePhrases.${id}`, message: 'expected a clause id' })
    patterns.forEach((p, i) => checkPattern(p, file, `clausePhrases.${id}.${i}`, problems))
  }
  parsed.data.phrases.forEach((p, i) => checkPattern(p.pattern, file, `phrases.${i}.pattern`, problems))
  if (problems.length > 0) throw new ValidationError(problems)
  return parsed.data
}

function checkPattern(pattern: string, file: string, path: string, problems: Problem[]): void {
  try {
    compileSignal(pattern)
  } catch (e) {
    problems.push({ file, path, message: `expected a regular expression: ${(e as Error).message}` })
  }
}
