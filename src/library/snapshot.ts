/**
 * A snapshot of the parsed and validated library, written into dist/ when the package is built
 * (`npm run build`, run by `npm ci`). It is keyed by a digest of every clause file's name and
 * text, so an edited library is never served stale: a digest mismatch means a full parse.
 * Reading a snapshot returns values (the clauses and their prepared work); nothing is kept here.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { projectRoot } from '../core/paths.js'
import type { Clause, Prepared } from './clause.js'
import type { ClauseSource } from './files.js'

/** Where the build writes the snapshot. */
export const SNAPSHOT_FILE = join(projectRoot, 'dist', 'library.snapshot.json')

/** Where the build writes the detection prefilter's automaton (see review/factors.ts). */
export const INDEX_FILE = join(projectRoot, 'dist', 'library.index.bin')

/** What the build computes once besides the clauses. */
type Work = Pick<Snapshot, 'factors' | 'templates' | 'templateVariables'>

interface Snapshot {
  digest: string
  clauses: Clause[]
  /** Literal factors of every detection pattern (see review/factors.ts); null: none. */
  factors: Record<string, string[] | null>
  /** Precompiled Handlebars specs of clause bodies and templates, by source text. */
  templates: Record<string, string>
  /** The variables each template of templates/ uses, by source text (the builder's contract-template check). */
  templateVariables?: Record<string, string[]>
}

/** A digest of the library's files (names and texts, in load order). */
export function libraryDigest(sources: readonly ClauseSource[]): string {
  const hash = createHash('sha256')
  for (const { file, text } of sources) hash.update(`${file}\0${text}\0`)
  return hash.digest('hex')
}

/** The automaton's bytes in `file`, read once on first use. */
function lazyIndex(file: string): () => Buffer | undefined {
  let bytes: Buffer | undefined | null = null
  return () => {
    if (bytes === null) {
      try {
        bytes = readFileSync(file)
      } catch {
        bytes = undefined
      }
    }
    return bytes
  }
}

/**
 * The snapshot's clauses and prepared work when it was made from exactly these sources;
 * undefined otherwise.
 */
export function readSnapshot(sources: readonly ClauseSource[], file = SNAPSHOT_FILE, indexFile = INDEX_FILE): { clauses: Clause[]; prepared: Prepared } | undefined {
  let snapshot: Snapshot
  try {
    snapshot = JSON.parse(readFileSync(file, 'utf8')) as Snapshot
  } catch {
    return undefined
  }
  if (snapshot.digest !== libraryDigest(sources)) return undefined
  return { clauses: snapshot.clauses, prepared: { factors: snapshot.factors ?? {}, templates: snapshot.templates ?? {}, templateVariables: snapshot.templateVariables ?? {}, index: lazyIndex(indexFile) } }
}

/** The snapshot's JSON text for a valid library and the work done for it. */
export function snapshotText(sources: readonly ClauseSource[], clauses: readonly Clause[], work: Work): string {
  return JSON.stringify({ digest: libraryDigest(sources), clauses: [...clauses], ...work } satisfies Snapshot)
}
