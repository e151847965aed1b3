/** The in-memory clause: validated front matter plus its two bodies. */
import type { FrontMatter, Lang } from './schema.js'

/** One clause file, loaded and validated. */
export interface Clause extends FrontMatter {
  /** Path of the file, relative to the project root. */
  file: string
  /** Handlebars body per language. */
  body: Record<Lang, string>
  /** Line of the first body line per language, for locating template errors. */
  bodyLine: Record<Lang, number>
}

/** The whole library: every clause file, by id (variants of one id together). */
export interface Library {
  clauses: readonly Clause[]
  byId: ReadonlyMap<string, readonly Clause[]>
}

/** Groups clauses by id (variants of one id together, in the given order). */
export function indexLibrary(clauses: readonly Clause[]): Library {
  const byId = new Map<string, Clause[]>()
  for (const c of clauses) byId.set(c.id, [...(byId.get(c.id) ?? []), c])
  return { clauses, byId }
}
