/** Finds and reads the playbook: `--playbook`, else `clausier.config.yaml` from cwd upward. */
import { existsSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { readYamlFile } from '../../core/yaml.js'
import { defaultPlaybook } from './defaults.js'
import type { Playbook } from './schema.js'

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

/**
 * Loads the playbook for a run; returns it with the file it came from (undefined: defaults). The
 * schema (and zod) is loaded only when there is a playbook file to validate.
 */
export async function loadPlaybook(cwd: string, explicit: string | undefined, ruleIds: readonly string[]): Promise<{ playbook: Playbook; file: string | undefined }> {
  const path = explicit ? resolve(cwd, explicit) : findPlaybook(cwd)
  if (!path) return { playbook: defaultPlaybook(), file: undefined }
  const display = explicit ?? relative(cwd, path)
  const text = readYamlFile(path, display, 'playbook')
  const { parsePlaybook } = await import('./parse.js')
  return { playbook: parsePlaybook(text, display, ruleIds), file: display }
}
