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

/**
 * Where the build writes the precompiled templates, apart from the snapshot: they are half its
 * size, and a review reads them only to render a suggested clause (which the terminal report never
 * prints), so the snapshot a run reads first holds only what every run needs.
 */
export const TEMPLATES_FILE = join(projectRoot, 'dist', 'library.templates.json')

/** What the build computes once besides the clauses. */
type Work = Pick<Snapshot, 'factors' | 'templateVariables'> & Pick<Templates, 'templates'>

interface Snapshot {
  digest: string
  clauses: Clause[]
  /** Literal factors of every detection pattern (see review/factors.ts); null: none. */
  factors: Record<string, string[] | null>
  /** The variables each template of templates/ uses, by source text (the builder's contract-template check). */
  templateVariables?: Record<string, string[]>
}

interface Templates {
  /** The digest of the library they were made with (the snapshot's). */
  digest: string
  /** Precompiled Handlebars specs of clause bodies and templates, by source text. */
  templates: Record<string, string>
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
 * The precompiled templates in `file` when they were made with the library of `digest`; none
 * otherwise (templates are then compiled when rendered: same text, more time).
 */
function readTemplates(file: string, digest: string): Record<string, string> {
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as Templates
    return saved.digest === digest && saved.templates ? saved.templates : {}
  } catch {
    return {}
  }
}

/**
 * The snapshot's clauses and prepared work when it was made from exactly these sources;
 * undefined otherwise. The precompiled templates are read on first use.
 */
export function readSnapshot(sources: readonly ClauseSource[], file = SNAPSHOT_FILE, indexFile = INDEX_FILE, templatesFile = TEMPLATES_FILE): { clauses: Clause[]; prepared: Prepared } | undefined {
  let snapshot: Snapshot
  try {
    snapshot = JSON.parse(readFileSync(file, 'utf8')) as Snapshot
  } catch {
    return undefined
  }
  const digest = libraryDigest(sources)
  if (snapshot.digest !== digest) return undefined
  let templates: Record<string, string> | undefined
  return {
    clauses: snapshot.clauses,
    prepared: {
      factors: snapshot.factors ?? {},
      get templates() {
        return (templates ??= readTemplates(templatesFile, digest))
      },
      templateVariables: snapshot.templateVariables ?? {},
      index: lazyIndex(indexFile),
    },
  }
}

/** The JSON texts of the snapshot and of its templates, for a valid library and the work done for it. */
export function snapshotText(sources: readonly ClauseSource[], clauses: readonly Clause[], work: Work): { snapshot: string; templates: string } {
  const digest = libraryDigest(sources)
  return {
    snapshot: JSON.stringify({ digest, clauses: [...clauses], factors: work.factors, ...(work.templateVariables ? { templateVariables: work.templateVariables } : {}) } satisfies Snapshot),
    templates: JSON.stringify({ digest, templates: work.templates } satisfies Templates),
  }
}
