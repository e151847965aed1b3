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

/** The bytes each source of `clauseSources` was read from (a source copied or made otherwise has none). */
const read = new WeakMap<ClauseSource, Buffer>()

/** The bytes `source` was read from, when `clauseSources` read it (the library digest hashes them). */
export function sourceBytes(source: ClauseSource): Buffer | undefined {
  return read.get(source)
}

/**
 * The clause files of a directory with their text, in load order. A text is decoded when first
 * read: a run whose snapshot matches only hashes the bytes (decoding the 550 KB of French and
 * English, then encoding them again for the hash, took ~6 ms of CPU).
 */
export function clauseSources(dir: string): ClauseSource[] {
  return clauseFiles(dir).map((path) => {
    const bytes = readFileSync(path)
    let text: string | undefined
    const source: ClauseSource = {
      file: relative(projectRoot, path),
      get text() {
        return (text ??= bytes.toString('utf8'))
      },
    }
    read.set(source, bytes)
    return source
  })
}
