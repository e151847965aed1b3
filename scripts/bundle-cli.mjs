#!/usr/bin/env node
// Bundles the compiled CLI (dist/cli/index.js) into dist/bundle/ with esbuild: one entry file plus
// shared chunks, each command still loaded only when it runs (dynamic imports become chunks). A
// cold `clausier review` then opens a handful of files instead of hundreds of modules: measured
// about a quarter less CPU time (npm run bench -- --only cold). Native, asset-reading or optional
// packages stay outside the bundle: better-sqlite3 (native), pdfjs-dist (reads its own cmaps and
// fonts, and its worker), @napi-rs/canvas (native), playwright-core (tests only), tesseract.js (its
// Node worker options read `__dirname`, which an ES module bundle does not have: `clausier review
// scanned.pdf` stopped on "__dirname is not defined in ES module scope").
// Run by `npm run build` and `prepare`, after tsc.
import { createHash } from 'node:crypto'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
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
  external: ['better-sqlite3', 'pdfjs-dist', '@napi-rs/canvas', 'playwright-core', 'tesseract.js'],
  // CommonJS packages inside the bundle (commander, handlebars, yaml) call require().
  banner: { js: "import { createRequire as __clausierRequire } from 'node:module'; const require = __clausierRequire(import.meta.url);" },
  plugins: [lazyChildProcess],
  logLevel: 'warning',
  legalComments: 'linked',
})

// The bin (package.json), dist/bundle/clausier.cjs: src/cli/launch.ts and the two small modules it
// imports, as CommonJS. Node starts a CommonJS main file without its ES module loader, which costs
// a bare `node` about a tenth more CPU (measured on an empty file: 20 pairs, 0.12 -> 0.13 s); it
// imports ./index.js above (external here) when the run is not a small review.
const cliEntry = {
  name: 'clausier-cli-entry',
  setup(build) {
    build.onResolve({ filter: /^\.\/index\.js$/ }, () => ({ path: './index.js', external: true }))
  },
}
await build({
  entryPoints: [join(root, 'dist', 'cli', 'launch.js')],
  outfile: join(outdir, 'clausier.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  define: { 'import.meta.url': '__clausierImportMetaUrl' },
  banner: { js: "'use strict'; const __clausierImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [cliEntry],
  logLevel: 'warning',
})

// The small review as one CommonJS function (src/cli/compiled-review.ts): the CLI with `review` alone
// (dist/cli/review-main.js), every module of its own inlined, wrapped as `(function (exports, require,
// module, __filename, __dirname) {…})` so that the file's text is the script V8 compiles and caches
// (scripts/code-cache.mjs makes the cache once the library snapshot is built). `import.meta.url` is
// the file's URL: it sits in dist/bundle/ with the chunks above, so paths made from it are theirs.
// Besides the packages kept out above, the DOCX writer (a review's DOCX report) stays in
// node_modules: it publishes CommonJS, and a small review seldom needs it, where inlining it
// (0.5 MB) would make every one read it. With a code cache V8 no longer
// parses the text, but every run reads it: it is written without comments or indentation, and in
// ASCII, so that it is read as Latin-1 (a one-byte string; a UTF-8 text with one accent decodes
// to two bytes a character, more than twice as slow): esbuild leaves the characters of regular
// expression literals as they are, and each one left becomes its \u escape here, which means the same
// character in a string, a template's value, an identifier and a regular expression, with or
// without the u flag (a surrogate pair of escapes is one code point under u). It is minified too
// (shorter names, simpler syntax: 1.33 MB → 0.97 MB, its code cache 980 → 927 KB; 16 interleaved
// rounds of a one-quote review: CPU −7%, wall −9%), with `keepNames`, so that a function's or a
// class's `name` stays its own (UserError names its errors by `new.target.name`; commander's and
// zod's errors read `constructor.name`).
const compiled = await build({
  entryPoints: [join(root, 'dist', 'cli', 'review-main.js')],
  outfile: join(outdir, 'review.cjs'),
  write: false,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['better-sqlite3', 'pdfjs-dist', '@napi-rs/canvas', 'playwright-core', 'tesseract.js', 'docx'],
  define: { 'import.meta.url': '__clausierImportMetaUrl' },
  banner: { js: "(function (exports, require, module, __filename, __dirname, __clausierImport) {'use strict'; const __clausierImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  footer: { js: '})' },
  minifyWhitespace: true,
  minifySyntax: true,
  minifyIdentifiers: true,
  keepNames: true,
  plugins: [lazyChildProcess],
  logLevel: 'warning',
  legalComments: 'linked',
  metafile: true,
})
// A script has no module of its own to resolve an `import()` from (vm's loader for scripts is
// experimental in Node 20, warns on standard error, and a cached function loses it), so the loader
// passes `__clausierImport`, an `import()` made in its own module (dist/bundle/, like this file).
// Each dynamic import left in the output (packages kept out, Node's modules) calls it instead: the
// build stops if one is not a call on a specifier esbuild reports or on a variable, which would
// mean the text replaced held "import(" in a string.
const dynamic = new Set(Object.values(compiled.metafile.outputs).flatMap((o) => o.imports.filter((i) => i.kind === 'dynamic-import').map((i) => JSON.stringify(i.path))))
for (const file of compiled.outputFiles) {
  if (!file.path.endsWith('.cjs')) {
    writeFileSync(file.path, file.contents)
    continue
  }
  const text = file.text.replace(/(?<![\w$.])import\((?=([^)]*)\))/g, (call, argument) => {
    if (!dynamic.has(argument) && !/^[A-Za-z_$][\w$]*$/.test(argument)) throw new Error(`bundle-cli: review.cjs holds "import(${argument})", which is neither an import esbuild reports nor one of a variable`)
    return '__clausierImport('
  })
  const ascii = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  // The last line is the text's sha256, the stamp the code cache must carry (src/cli/compiled-review.ts).
  writeFileSync(file.path, `${ascii}\n// ${createHash('sha256').update(ascii).digest('hex')}`)
}
