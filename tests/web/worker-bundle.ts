/**
 * The web app's review worker and server for tests. The server runs the worker from compiled
 * JavaScript; tests run the TypeScript sources, so the worker (and, to run the server in a process of
 * its own, a small server entry) are bundled with esbuild (imports of packages stay external) into
 * node_modules/.cache, inside the project so that they find the clause library.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'
import { ROOT } from '../helpers.js'

const options = { bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'silent' } as const

function cacheDir(): string {
  const dir = join(ROOT, 'node_modules', '.cache', 'clausier-web-test', String(process.pid))
  mkdirSync(dir, { recursive: true })
  return dir
}

/** Bundles src/web/review-worker.ts; returns the path of the JavaScript file. */
export async function bundleReviewWorker(): Promise<string> {
  const outfile = join(cacheDir(), 'review-worker.mjs')
  await build({ ...options, entryPoints: [join(ROOT, 'src/web/review-worker.ts')], outfile })
  return outfile
}

/**
 * Bundles a server entry: `node <file> <static dir> <worker file>` starts the app on a free port with
 * that review worker (one thread) and prints its URL.
 */
export async function bundleServer(): Promise<string> {
  const outfile = join(cacheDir(), 'server.mjs')
  const contents = [
    "import { loadAssets } from './src/web/assets.ts'",
    "import { startServer } from './src/web/serve.ts'",
    "const [assets, workerFile] = process.argv.slice(2)",
    "const server = await startServer(0, { assets: loadAssets(assets), today: '2026-12-01', poolOptions: { workerFile, size: 1 } })",
    'process.stdout.write(`${server.url}\\n`)',
  ].join('\n')
  await build({ ...options, stdin: { contents, resolveDir: ROOT, loader: 'ts', sourcefile: 'server-entry.ts' }, outfile })
  return outfile
}
