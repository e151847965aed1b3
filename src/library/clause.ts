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

/**
 * Work done once for a library (by `npm run build`, see snapshot.ts) that a run would otherwise
 * redo: precompiled templates, literal factors of detection patterns, the prefilter automaton.
 * A library parsed at run time has none of it, and everything is computed as needed.
 */
export interface Prepared {
  /** The digest of the clause files the snapshot was made from (see snapshot.ts); absent: a library parsed at run time. */
  digest?: string
  /** Precompiled Handlebars specs of clause bodies and templates, by source text. */
  templates: PrecompiledTemplates
  /** The variables each template of templates/ uses, by source text; absent: parse the template to know. */
  templateVariables?: Readonly<Record<string, readonly string[]>>
  /** Literal factors of detection patterns (lower-cased), null for none. */
  factors: Readonly<Record<string, string[] | null>>
  /** The saved detection prefilter automaton, read on first use; undefined when there is none. */
  index(): Buffer | undefined
}

/** The precompiled Handlebars spec of a template, by its source text; undefined: compile it. */
export interface PrecompiledTemplates {
  spec(source: string): string | undefined
}

/** No precompiled template: each is compiled when first rendered. */
export const NO_TEMPLATES: PrecompiledTemplates = { spec: () => undefined }

/** Nothing prepared: a library parsed at run time. */
export const NOTHING_PREPARED: Prepared = { templates: NO_TEMPLATES, factors: {}, index: () => undefined }

/** The whole library: every clause file, by id (variants of one id together), and its prepared work. */
export interface Library {
  clauses: readonly Clause[]
  byId: ReadonlyMap<string, readonly Clause[]>
  prepared: Prepared
}

/** Groups clauses by id (variants of one id together, in the given order). */
export function indexLibrary(clauses: readonly Clause[], prepared: Prepared = NOTHING_PREPARED): Library {
  const byId = new Map<string, Clause[]>()
  for (const c of clauses) byId.set(c.id, [...(byId.get(c.id) ?? []), c])
  return { clauses, byId, prepared }
}
