#!/usr/bin/env node
// Bundles the compiled CLI (dist/cli/index.js) into dist/bundle/ with esbuild: one entry file plus
// shared chunks, each command still loaded only when it runs (dynamic imports become chunks). A
// cold `clausier review` then opens a handful of files instead of hundreds of modules: measured
// about a quarter less CPU time (npm run bench -- --only cold). Native, asset-reading or optional
// packages stay outside the bundle: better-sqlite3 (native), pdfjs-dist (reads its own cmaps and
// fonts, and its worker), @napi-rs/canvas (native), playwright-core (tests only).
// Run by `npm run build` and `prepare`, after tsc.
import { readFileSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

// commander requires node:child_process when it loads, for executable subcommands, which clausier
// has none of; loading it (net, dgram, streams) took about 7 ms of CPU on every run. Its only use,
// `childProcess.spawn`, now requires it when called. A commander whose line differs is bundled as is.
const COMMANDER_CHILD_PROCESS = "const childProcess = require('node:child_process');"
const lazyChildProcess = {
  name: 'commander-lazy-child-process',
  setup(build) {
    build.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8')
      if (!text.includes(COMMANDER_CHILD_PROCESS)) {
        console.warn(`bundle-cli: ${args.path} no longer holds "${COMMANDER_CHILD_PROCESS}": node:child_process is loaded on every run`)
        return undefined
      }
      return { contents: text.replace(COMMANDER_CHILD_PROCESS, "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };"), loader: 'js' }
    })
  },
}
const outdir = join(root, 'dist', 'bundle')
rmSync(outdir, { recursive: true, force: true })
await build({
  // The review worker thread is an entry too (dist/bundle/worker.js, sharing the CLI's chunks): a
  // worker that loaded the compiled modules one by one spent ~0.3 s resolving and reading ~150 files
  // before its first review.
  entryPoints: { index: join(root, 'dist', 'cli', 'index.js'), worker: join(root, 'dist', 'review', 'worker.js') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['better-sqlite3', 'pdfjs-dist', '@napi-rs/canvas', 'playwright-core'],
  // CommonJS packages inside the bundle (commander, handlebars, yaml) call require().
  banner: { js: "import { createRequire as __clausierRequire } from 'node:module'; const require = __clausierRequire(import.meta.url);" },
  plugins: [lazyChildProcess],
  logLevel: 'warning',
  legalComments: 'linked',
})
