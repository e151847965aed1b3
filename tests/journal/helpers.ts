/** Helpers of the journal tests: a temporary journal, the CLI against it, a runnable build for child processes. */
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { cli, ROOT, tempDir } from '../helpers.js'

export { cli, ROOT, tempDir }

/** A fresh folder with a journal path in it. */
export function tempJournal(): { dir: string; db: string } {
  const dir = tempDir()
  return { dir, db: join(dir, 'journal.sqlite') }
}

/** Runs `clausier journal <args> --db <db>` in-process. */
export async function journal(db: string, args: string[], cwd?: string): Promise<{ code: number; out: string; err: string }> {
  const [sub, ...rest] = args
  return cli(['journal', sub!, '--db', db, ...rest], cwd === undefined ? {} : { cwd })
}

/** Adds an entry and returns its id (fails the test on a non-zero exit). */
export async function add(db: string, args: string[], cwd?: string): Promise<number> {
  const r = await journal(db, ['add', ...args], cwd)
  if (r.code !== 0) throw new Error(`journal add failed: ${r.err}`)
  return Number(r.out.trim())
}

/**
 * Transpiles src/core (with the catalogue it reads, src/i18n) and src/journal to plain ESM in a temporary folder (with node_modules linked),
 * so that child processes can import the real journal module without a build step.
 */
export function buildJournalModule(): string {
  const out = tempDir()
  for (const folder of ['core', 'i18n', 'journal']) {
    mkdirSync(join(out, 'src', folder), { recursive: true })
    for (const file of readdirSync(join(ROOT, 'src', folder)).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(join(ROOT, 'src', folder, file), 'utf8')
      const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, esModuleInterop: true } }).outputText
      writeFileSync(join(out, 'src', folder, file.replace(/\.ts$/, '.js')), js)
    }
  }
  writeFileSync(join(out, 'package.json'), '{"type":"module"}')
  symlinkSync(join(ROOT, 'node_modules'), join(out, 'node_modules'), 'dir')
  return out
}
