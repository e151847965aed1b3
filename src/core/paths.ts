/** Where the package's own data lives (clauses, templates, examples), wherever it is installed. */
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

function findRoot(start: string): string {
  let dir = start
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'clauses'))) return dir
    const parent = dirname(dir)
    if (parent === dir) return start
    dir = parent
  }
}

/** The package root (the folder holding `clauses/` and `templates/`). */
export const projectRoot: string = findRoot(dirname(fileURLToPath(import.meta.url)))
