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

/** Names of lower-case ASCII letters and digits, which `localeCompare` orders by their code units. */
const PLAIN_NAME = /^[a-z0-9]+$/

/**
 * Sorts names as `localeCompare` does. When every name is plain (the library's family folders),
 * that is their code-unit order, and sorting by it spares starting ICU's collator (~10 ms, the
 * only collation a review would do).
 */
export function sortNames<T>(items: T[], name: (item: T) => string): T[] {
  if (items.every((item) => PLAIN_NAME.test(name(item)))) return items.sort((a, b) => (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0))
  return items.sort((a, b) => name(a).localeCompare(name(b)))
}

/** Lists the clause files under a directory, sorted for determinism. */
export function clauseFiles(dir: string): string[] {
  const out: string[] = []
  // Only the folders are sorted: the files beside them (the detection model, the vocabulary) have
  // names that are not plain, and would make every run start the collator.
  for (const family of sortNames(readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()), (d) => d.name)) {
    for (const f of readdirSync(join(dir, family.name)).sort()) if (f.endsWith('.md')) out.push(join(dir, family.name, f))
  }
  return out
}

/** The file each source of `clauseSources` comes from, and its bytes once read. */
const origin = new WeakMap<ClauseSource, { path: string; bytes?: Buffer }>()

/** The bytes `source` was read from, when `clauseSources` made it (the library digest hashes them); read on first use. */
export function sourceBytes(source: ClauseSource): Buffer | undefined {
  const from = origin.get(source)
  return from && (from.bytes ??= readFileSync(from.path))
}

/** The file `source` comes from, when `clauseSources` made it. */
export function sourcePath(source: ClauseSource): string | undefined {
  return origin.get(source)?.path
}

/**
 * The clause files of a directory, in load order. A file is read when its bytes or text are first
 * asked for, and its text decoded then: a run whose snapshot matches the files' stamps (see
 * snapshot.ts) reads neither (reading, decoding and hashing the 550 KB took ~5 ms of CPU).
 */
export function clauseSources(dir: string): ClauseSource[] {
  return clauseFiles(dir).map((path) => {
    let text: string | undefined
    const source: ClauseSource = {
      file: relative(projectRoot, path),
      get text() {
        return (text ??= sourceBytes(source)!.toString('utf8'))
      },
    }
    origin.set(source, { path })
    return source
  })
}
