/** The clause files of a library folder: `clauses/<family>/<id>[.<variant>].md`. */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { projectRoot } from '../core/paths.js'

/** One clause file: its path relative to the project root and its text. */
export interface ClauseSource {
  file: string
  text: string
}

/** The project's own clause folder. */
export function defaultClausesDir(): string {
  return join(projectRoot, 'clauses')
}

/** Lists the clause files under a directory, sorted for determinism. */
export function clauseFiles(dir: string): string[] {
  const out: string[] = []
  for (const family of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (!family.isDirectory()) continue
    for (const f of readdirSync(join(dir, family.name)).sort()) if (f.endsWith('.md')) out.push(join(dir, family.name, f))
  }
  return out
}

/** The clause files of a directory with their text, in load order. */
export function clauseSources(dir: string): ClauseSource[] {
  return clauseFiles(dir).map((path) => ({ file: relative(projectRoot, path), text: readFileSync(path, 'utf8') }))
}
