/**
 * Before any test: rebuild dist/ when a source is newer than the build, so that suites running the
 * compiled CLI (`dist/cli/index.js`) or the worker threads never test stale code.
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
/** What the build reads. */
const SOURCES = ['src', 'clauses', 'templates', 'web/src', 'web/build.mjs', 'scripts/snapshot-library.mjs', 'scripts/bundle-cli.mjs', 'scripts/code-cache.mjs', 'package.json', 'tsconfig.json', 'tsconfig.build.json']
/** What the build writes, each step's last output. */
const OUTPUTS = ['dist/cli/index.js', 'dist/library.snapshot.json', 'dist/bundle/review.cjs.cache', 'dist/web/static/main.js']

function newest(path: string): number {
  let stat
  try {
    stat = statSync(path)
  } catch {
    return 0
  }
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))))
}

function oldest(paths: readonly string[]): number {
  return Math.min(...paths.map((p) => {
    try {
      return statSync(join(root, p)).mtimeMs
    } catch {
      return 0
    }
  }))
}

export default function setup(): void {
  // The CLI's own messages follow the locale (src/cli/lang.ts): the tests assert the English ones, so
  // every CLI they start speaks English unless a test sets CLAUSIER_LANG or --lang itself.
  process.env.CLAUSIER_LANG = 'en'
  const built = oldest(OUTPUTS)
  const changed = Math.max(...SOURCES.map((p) => newest(join(root, p))))
  if (built >= changed) return
  process.stderr.write(built === 0 ? 'tests: no build in dist/: running npm run build\n' : 'tests: sources are newer than dist/: running npm run build\n')
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' })
}
