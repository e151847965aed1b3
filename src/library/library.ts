/**
 * The project's clause library, loaded once per process: from the build's snapshot when it
 * matches the clause files, otherwise parsed and validated (the YAML and zod parsers are then
 * imported, and only then).
 */
import { LibraryError } from '../core/errors.js'
import { indexLibrary, type Library } from './clause.js'
import { clauseSources, defaultClausesDir } from './files.js'
import { readSnapshot } from './snapshot.js'

let cached: Library | undefined

/** The project's clause library; throws LibraryError when any file is invalid. */
export async function loadLibrary(): Promise<Library> {
  if (cached) return cached
  const sources = clauseSources(defaultClausesDir())
  const snapshot = readSnapshot(sources)
  if (snapshot) return (cached = indexLibrary(snapshot.clauses, snapshot.prepared))
  const { parseLibrary } = await import('./load.js')
  const { library, problems } = parseLibrary(sources)
  if (problems.length > 0) throw new LibraryError(problems)
  return (cached = library)
}
