/** Finds and reads the playbook: `--playbook`, else `clausier.config.yaml` from cwd upward. */
import { existsSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { InputError, ValidationError, type Problem } from '../../core/errors.js'
import { parseYaml, readYamlFile, zodProblems } from '../../core/yaml.js'
import { compileSignal } from '../../library/detect-signals.js'
import { ALL_IDS } from '../../library/taxonomy.js'
import { defaultPlaybook, playbookSchema, type Playbook } from './schema.js'

export const CONFIG_NAME = 'clausier.config.yaml'

/** The nearest `clausier.config.yaml` from `cwd` upward, if any. */
export function findPlaybook(cwd: string): string | undefined {
  let dir = cwd
  for (;;) {
    const candidate = join(dir, CONFIG_NAME)
    if (existsSync(candidate)) return candidate
    const parent = dirname(dir)
    if (parent === dir) return undefined
    dir = parent
  }
}

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

/** Loads the playbook for a run; returns it with the file it came from (undefined: defaults). */
export function loadPlaybook(cwd: string, explicit: string | undefined, ruleIds: readonly string[]): { playbook: Playbook; file: string | undefined } {
  const path = explicit ? resolve(cwd, explicit) : findPlaybook(cwd)
  if (!path) return { playbook: defaultPlaybook(), file: undefined }
  const display = explicit ?? relative(cwd, path)
  return { playbook: parsePlaybook(readYamlFile(path, display, 'playbook'), display, ruleIds), file: display }
}
