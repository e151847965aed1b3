/**
 * A small review run from V8's code cache. Node 20 gives ES modules no code cache, and a one-quote
 * review spent about a third of its CPU time past Node's own start resolving, reading, compiling and
 * linking the bundle's modules and compiling their functions on first call. So the build also
 * bundles `review-main.ts` (the CLI with `review` alone) as one CommonJS function,
 * `dist/bundle/review.cjs`, runs it once on an example quote and saves V8's code cache of every
 * function that review compiled, `dist/bundle/review.cjs.cache` (`scripts/code-cache.mjs`). The bin
 * (`launch.ts`) compiles that file with the cache for a small review: V8 then deserialises the
 * compiled functions instead of parsing and compiling them. Both files carry the same stamp (see
 * {@link STAMP_LENGTH}).
 *
 * V8 checks a cache against its own version, the source's length and the V8 flags in force, and
 * rejects it when one differs (another Node, flags from NODE_OPTIONS): the source is then compiled
 * as usual, with the same results. Nothing is written at review time. The flags must be the ones
 * the build ran with: the small review's (set before, `regexp-tier.ts`) and a fixed hash and random
 * seed, which make two builds write the same cache; those two are set only around the compilation
 * and put back to their defaults (a random seed per isolate) before any code runs, and the process's
 * own seeds, chosen when it started, never change.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { setFlagsFromString } from 'node:v8'
import { Script } from 'node:vm'

/** The bundled small review, beside the bin in `dist/bundle/`. */
export const COMPILED_REVIEW_FILE = 'review.cjs'

/** Its code cache, made by the build. */
export const COMPILED_REVIEW_CACHE = 'review.cjs.cache'

/**
 * Length of the build's stamp: the sha256 (hex) of `review.cjs`'s text, which the build writes as
 * the file's last line (`// <stamp>`) and as the first bytes of the cache file. V8 checks a cache
 * against the source's length only, so a `review.cjs` replaced by another of the same length
 * would run the old one's compiled functions: a cache whose stamp is not the file's is not used
 * (comparing the two costs nothing; hashing at review time would load `node:crypto`).
 */
export const STAMP_LENGTH = 64

/** The stamp a `review.cjs` text ends with; undefined when it has none. */
export function stampOf(source: string): string | undefined {
  const stamp = source.slice(-STAMP_LENGTH)
  return /^[0-9a-f]{64}$/.test(stamp) && source.endsWith(`// ${stamp}`) ? stamp : undefined
}

/** The seeds the build's process runs with (on Node's command line), set again around a compilation from the cache. */
export const CODE_CACHE_SEED_FLAGS: readonly string[] = ['--hash-seed=1', '--random-seed=1']

/** V8's defaults for the same flags: a random seed for each new isolate. */
const DEFAULT_SEED_FLAGS: readonly string[] = ['--hash-seed=0', '--random-seed=0']

/** Runs `fn` under the code cache's seed flags (see the module comment). */
export function underCacheFlags<T>(fn: () => T): T {
  for (const flag of CODE_CACHE_SEED_FLAGS) setFlagsFromString(flag)
  try {
    return fn()
  } finally {
    for (const flag of DEFAULT_SEED_FLAGS) setFlagsFromString(flag)
  }
}

type Wrapper = (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string, load: (specifier: string) => Promise<unknown>) => void

/** The compiled review's `import()` (scripts/bundle-cli.mjs): resolved from this module, which sits beside it in the bundle. */
const load = (specifier: string): Promise<unknown> => import(specifier)

/** A loaded small review. */
export interface CompiledReview {
  /** The compiled script (the build makes the cache from it). */
  readonly script: Script
  /** Whether V8 took the code cache given. */
  readonly cacheAccepted: boolean
  /** The file's stamp (see {@link STAMP_LENGTH}). */
  readonly stamp: string | undefined
  /** `review-main.ts`'s `main`. */
  readonly main: (argv: readonly string[]) => Promise<void>
}

/**
 * Compiles and loads `dir/review.cjs` with the code cache in `cacheFile` (its stamp, then V8's
 * data) when the stamps agree (V8 may still reject it); undefined when the file is missing.
 */
export function compileReview(dir: string, cacheFile: Buffer | undefined): CompiledReview | undefined {
  const filename = join(dir, COMPILED_REVIEW_FILE)
  let source: string
  try {
    source = readFileSync(filename, 'latin1')
  } catch {
    return undefined
  }
  const stamp = stampOf(source)
  const cachedData = stamp !== undefined && cacheFile?.toString('latin1', 0, STAMP_LENGTH) === stamp ? cacheFile.subarray(STAMP_LENGTH) : undefined
  const script = underCacheFlags(() => new Script(source, { filename, cachedData }))
  const module = { exports: {} as { main?: CompiledReview['main'] } }
  ;(script.runInThisContext() as Wrapper)(module.exports, createRequire(filename), module, filename, dir, load)
  const { main } = module.exports
  if (typeof main !== 'function') throw new Error(`${filename} has no main function`)
  return { script, cacheAccepted: cachedData !== undefined && !script.cachedDataRejected, stamp, main }
}

/**
 * Runs a small review from `dir/review.cjs` and its cache when the file is there (the bundle's
 * folder); false when it is not (the unbundled `dist/cli/`), for the caller to run the modules.
 */
export function runCompiledReview(argv: readonly string[], dir: string = dirname(fileURLToPath(import.meta.url))): boolean {
  let cacheFile: Buffer | undefined
  try {
    cacheFile = readFileSync(join(dir, COMPILED_REVIEW_CACHE))
  } catch {
    cacheFile = undefined
  }
  const compiled = compileReview(dir, cacheFile)
  if (!compiled) return false
  void compiled.main(argv)
  return true
}
