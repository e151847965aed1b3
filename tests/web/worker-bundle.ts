/**
 * The web app's review worker for tests. The server runs it from compiled JavaScript; tests run the
 * TypeScript sources, so the worker is bundled once with esbuild (imports of packages stay
 * external) into node_modules/.cache, inside the project so that it finds the clause library.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'
import { ROOT } from '../helpers.js'

/** Bundles src/web/review-worker.ts; returns the path of the JavaScript file. */
export async function bundleReviewWorker(): Promise<string> {
  const dir = join(ROOT, 'node_modules', '.cache', 'clausier-web-test', String(process.pid))
  mkdirSync(dir, { recursive: true })
  const outfile = join(dir, 'review-worker.mjs')
  await build({ entryPoints: [join(ROOT, 'src/web/review-worker.ts')], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'silent' })
  return outfile
}
