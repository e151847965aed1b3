#!/usr/bin/env node
// Builds the web app's front end: compiles web/src/*.ts with tsc (web/tsconfig.json) and copies
// the static files next to the scripts. Output: dist/web/static/ (or the folder given with --out).
// Run by `npm run build` and `prepare`; the tests build into a temporary folder.
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const at = process.argv.indexOf('--out')
const out = at > 0 && process.argv[at + 1] ? resolve(process.argv[at + 1]) : join(here, '..', 'dist', 'web', 'static')
const STATIC = ['index.html', 'style.css', 'favicon.svg']

rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
try {
  execFileSync(process.execPath, [tsc, '-p', join(here, 'tsconfig.json'), '--outDir', out], { stdio: 'inherit' })
} catch {
  console.error('web/build.mjs: the front end does not compile (see above)')
  process.exit(1)
}
for (const file of STATIC) copyFileSync(join(here, file), join(out, file))
