#!/usr/bin/env node
// Makes V8's code cache of the small review (src/cli/compiled-review.ts): runs
// dist/bundle/review.cjs once, in a child process started with the cache's fixed seeds and the small
// review's V8 flags, on an example quote (stylish report, fixed date, output discarded), then saves
// the code of every function that review compiled to dist/bundle/review.cjs.cache. Run by
// `npm run build` and `prepare` after the library snapshot (a review of a stale snapshot would
// compile other functions). Same build, same bytes (the seeds fix V8's hashing; checked by building
// twice). A Node whose V8 differs from the one that made the cache rejects it and compiles the
// source instead.
import { spawnSync } from 'node:child_process'
import { existsSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const bundle = join(root, 'dist', 'bundle')
const { COMPILED_REVIEW_CACHE, CODE_CACHE_SEED_FLAGS, compileReview, underCacheFlags } = await import(join(root, 'dist', 'cli', 'compiled-review.js'))
const { SMALL_REVIEW_FLAGS } = await import(join(root, 'dist', 'cli', 'regexp-tier.js'))
const { setFlagsFromString } = await import('node:v8')

/** The review whose compiled functions are cached: the one-page quote of the bench's cold start. */
const REVIEW = ['review', join(root, 'examples', 'quotes', 'bon-de-commande-azur-leads-piscines.md'), '--date', '2026-11-29']

// `--out <file>` writes the cache there instead (tests/cli/compiled-review.test.ts makes it again to compare).
const outAt = process.argv.indexOf('--out')
const out = outAt > 0 ? process.argv[outAt + 1] : join(bundle, COMPILED_REVIEW_CACHE)

if (process.argv[2] === '--child') {
  for (const flag of SMALL_REVIEW_FLAGS) setFlagsFromString(flag)
  const compiled = compileReview(bundle, undefined)
  if (!compiled) throw new Error(`code-cache: ${join(bundle, 'review.cjs')} is missing (run scripts/bundle-cli.mjs first)`)
  await compiled.main(REVIEW)
  if (compiled.stamp === undefined) throw new Error(`code-cache: ${join(bundle, 'review.cjs')} has no stamp (run scripts/bundle-cli.mjs)`)
  // The stamp of review.cjs first, then V8's data (src/cli/compiled-review.ts).
  writeFileSync(out, Buffer.concat([Buffer.from(compiled.stamp, 'latin1'), underCacheFlags(() => compiled.script.createCachedData())]))
} else {
  rmSync(out, { force: true })
  // The review's path, hence the functions cached, must not follow the builder's environment: the
  // messages in English (no locale), no colour or thread settings, and no V8 flags from NODE_OPTIONS,
  // which would also be in the cache's flag check.
  const env = { ...process.env, CLAUSIER_LANG: 'en' }
  for (const name of ['NODE_OPTIONS', 'CLAUSIER_THREADS', 'CLAUSIER_DEBUG', 'NO_COLOR', 'FORCE_COLOR', 'LC_ALL', 'LC_MESSAGES', 'LANG', 'LANGUAGE']) delete env[name]
  const child = spawnSync(process.execPath, [...CODE_CACHE_SEED_FLAGS, fileURLToPath(import.meta.url), '--child', '--out', out], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] })
  // The review exits 1 when it reports findings at or above the threshold; any other failure stops the build.
  if ((child.status !== 0 && child.status !== 1) || !existsSync(out)) {
    console.error(`code-cache: the review that makes the code cache exited ${child.status ?? child.signal}`)
    process.exit(1)
  }
}
