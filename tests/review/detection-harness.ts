/**
 * What the detection tests share: the library compiled once per test file, with the patterns alone
 * (a pattern test must not pass by the learned model, which is tested elsewhere) or as a review runs
 * (patterns and model), and the ids a text is found to state.
 */
import { loadLibrary } from '../../src/library/library.js'
import { compileLibrary, detectClauses, type CompiledLibrary } from '../../src/review/detect.js'
import { documentOf } from './rules/harness.js'

export const library = await loadLibrary()

let patterns: CompiledLibrary | undefined
let patternsAndModel: CompiledLibrary | undefined

/** The library compiled with the patterns alone (no model loaded), or with the model too. */
export function compiledLibrary(withModel: boolean): CompiledLibrary {
  if (withModel) return (patternsAndModel ??= compileLibrary(library))
  return (patterns ??= compileLibrary(library, {}, () => undefined))
}

/** The clause ids found present in a document made of `text` (Markdown): by the patterns alone unless `withModel`. */
export function presentIds(text: string, withModel = false): string[] {
  return detectClauses([documentOf(text)], compiledLibrary(withModel))
    .filter((c) => c.status === 'present')
    .map((c) => c.id)
}
