#!/usr/bin/env node
// Bundles the compiled CLI (dist/cli/index.js) into dist/bundle/ with esbuild: one entry file plus
// shared chunks, each command still loaded only when it runs (dynamic imports become chunks). A
// cold `clausier review` then opens a handful of files instead of hundreds of modules: measured
// about a quarter less CPU time (npm run bench -- --only cold). Native, asset-reading or optional
// packages stay outside the bundle: better-sqlite3 (native), pdfjs-dist (reads its own cmaps and
// fonts, and its worker), @napi-rs/canvas (native), playwright-core (tests only).
// Run by `npm run build` and `prepare`, after tsc.
import { rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const outdir = join(root, 'dist', 'bundle')
rmSync(outdir, { recursive: true, force: true })
await build({
  entryPoints: [join(root, 'dist', 'cli', 'index.js')],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['better-sqlite3', 'pdfjs-dist', '@napi-rs/canvas', 'playwright-core'],
  // CommonJS packages inside the bundle (commander, handlebars, yaml) call require().
  banner: { js: "import { createRequire as __clausierRequire } from 'node:module'; const require = __clausierRequire(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'linked',
})
