/**
 * A snapshot of the parsed and validated library, written into dist/ when the package is built
 * (`npm run build`, run by `npm ci`). It is keyed by a digest of every clause file's name and
 * text, so an edited library is never served stale: a digest mismatch means a full parse.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { projectRoot } from '../core/paths.js'
import type { Clause } from './clause.js'
import type { ClauseSource } from './files.js'

/** Where the build writes the snapshot. */
export const SNAPSHOT_FILE = join(projectRoot, 'dist', 'library.snapshot.json')

/** What the build computes once besides the clauses. */
type Work = Pick<Snapshot, 'factors' | 'templates'>

interface Snapshot {
  digest: string
  clauses: Clause[]
  /** Literal factors of every detection pattern (see review/factors.ts); null: none. */
  factors: Record<string, string[] | null>
  /** Precompiled Handlebars specs of clause bodies and templates, by source text. */
  templates: Record<string, string>
}

/** Work the build did once for the library in use (empty until a matching snapshot is read). */
let current: Work = { factors: {}, templates: {} }
let matched = false

/** The build's precompiled Handlebars spec for this template source, if any. */
export function precompiledTemplate(source: string): string | undefined {
  return Object.hasOwn(current.templates, source) ? current.templates[source] : undefined
}

/** Where the build writes the detection prefilter's automaton (see review/factors.ts). */
export const INDEX_FILE = join(projectRoot, 'dist', 'library.index.bin')

/** The saved automaton's bytes, when a snapshot matching the clause files was read. */
export function snapshotIndexBytes(): Buffer | undefined {
  if (!matched) return undefined
  try {
    return readFileSync(INDEX_FILE)
  } catch {
    return undefined
  }
}

/** The build's literal factors for this (lower-cased) pattern: null for none, undefined if unknown. */
export function snapshotFactors(pattern: string): string[] | null | undefined {
  return Object.hasOwn(current.factors, pattern) ? current.factors[pattern] : undefined
}

/** A digest of the library's files (names and texts, in load order). */
export function libraryDigest(sources: readonly ClauseSource[]): string {
  const hash = createHash('sha256')
  for (const { file, text } of sources) hash.update(`${file}\0${text}\0`)
  return hash.digest('hex')
}

/** The snapshot's clauses when it was made from exactly these sources; undefined otherwise. */
export function readSnapshot(sources: readonly ClauseSource[], file = SNAPSHOT_FILE): Clause[] | undefined {
  let snapshot: Snapshot
  try {
    snapshot = JSON.parse(readFileSync(file, 'utf8')) as Snapshot
  } catch {
    return undefined
  }
  if (snapshot.digest !== libraryDigest(sources)) return undefined
  current = { factors: snapshot.factors ?? {}, templates: snapshot.templates ?? {} }
  matched = true
  return snapshot.clauses
}

/** The snapshot's JSON text for a valid library and the work done for it. */
export function snapshotText(sources: readonly ClauseSource[], clauses: readonly Clause[], work: Work): string {
  return JSON.stringify({ digest: libraryDigest(sources), clauses: [...clauses], ...work } satisfies Snapshot)
}
