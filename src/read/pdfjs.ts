/**
 * pdf.js (pdfjs-dist's legacy build, the one that runs on Node 20), loaded with its worker module
 * in this thread, in two instances:
 *
 * - `textPdfjs()`, for reading text: loaded without @napi-rs/canvas. pdf.js requires that native
 *   package when it loads, only to take DOMMatrix, ImageData and Path2D from it for drawing
 *   pages; text extraction never draws, and loading the package (a ~20 MB native library) was
 *   about 5% of reading a 159-page PDF. While this instance loads, its `require("@napi-rs/canvas")`
 *   gets inert stand-ins, removed from `globalThis` afterwards.
 * - `renderPdfjs()`, for drawing pages (OCR of scanned pages): a second module instance (the same
 *   file under another URL) loaded with @napi-rs/canvas as pdf.js expects; only a PDF with pages to
 *   read by OCR loads it.
 *
 * The legacy build also bundles core-js, which replaces `Array.prototype.push`, `JSON.parse` and
 * `Function.prototype.toString` with JavaScript versions that only add edge-case conformance
 * (non-writable lengths, JSON source text); the replaced `push` alone was the largest single cost
 * of reading a 159-page PDF, and every other module of the process paid it too. The native
 * functions are put back after each load; the polyfills that add missing functions
 * (Promise.withResolvers, Uint8Array.toHex, …) stay.
 */
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs'

type Pdfjs = typeof PdfjsModule

const natives = { push: Array.prototype.push, parse: JSON.parse, toString: Function.prototype.toString }

function restoreNatives(): void {
  for (const [target, key, value] of [[Array.prototype, 'push', natives.push], [JSON, 'parse', natives.parse], [Function.prototype, 'toString', natives.toString]] as const) {
    if ((target as unknown as Record<string, unknown>)[key] !== value) Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: false })
  }
}

/** The worker module registers itself as `globalThis.pdfjsWorker`, which the fake worker of both instances uses. */
async function loadWorker(): Promise<void> {
  // @ts-expect-error -- the worker module has no type declarations
  await import('pdfjs-dist/legacy/build/pdf.worker.min.mjs')
}

/** What pdf.js's load-time `require("@napi-rs/canvas")` gets in the text instance. */
const INERT_CANVAS = {
  DOMMatrix: class InertDOMMatrix {},
  ImageData: class InertImageData {},
  Path2D: class InertPath2D {},
} as const

const GLOBALS = ['DOMMatrix', 'ImageData', 'Path2D'] as const

let text: Promise<Pdfjs> | undefined
let render: Promise<Pdfjs> | undefined

/** pdf.js for reading text (no canvas). */
export function textPdfjs(): Promise<Pdfjs> {
  return (text ??= loadText())
}

/**
 * pdf.js for drawing pages (with @napi-rs/canvas). Loaded after the text instance, so that its
 * load never falls in the moment when the text instance's canvas stand-ins are in place.
 */
export function renderPdfjs(): Promise<Pdfjs> {
  return (render ??= textPdfjs().then(loadRender))
}

async function loadText(): Promise<Pdfjs> {
  const process_ = process as unknown as { getBuiltinModule: (id: string) => unknown }
  const getBuiltinModule = process_.getBuiltinModule
  // pdf.js loads the canvas package with process.getBuiltinModule("module").createRequire(…).
  process_.getBuiltinModule = (id: string) => {
    const builtin = getBuiltinModule.call(process, id)
    if (id !== 'module' && id !== 'node:module') return builtin
    const real = builtin as typeof import('node:module')
    return {
      ...real,
      createRequire: (from: string | URL) => {
        const require = real.createRequire(from)
        return Object.assign((request: string) => (request === '@napi-rs/canvas' ? INERT_CANVAS : require(request)), require)
      },
    }
  }
  const before = new Map(GLOBALS.map((name) => [name, (globalThis as Record<string, unknown>)[name]]))
  let loaded: Pdfjs
  try {
    // The minified files: the same code, about half the source for V8 to parse and compile.
    // @ts-expect-error -- typed by pdf.mjs's declarations (PdfjsModule)
    loaded = (await import('pdfjs-dist/legacy/build/pdf.min.mjs')) as Pdfjs
    await loadWorker()
  } finally {
    process_.getBuiltinModule = getBuiltinModule
    for (const name of GLOBALS) {
      const g = globalThis as Record<string, unknown>
      if (g[name] === INERT_CANVAS[name] && before.get(name) !== g[name]) delete g[name]
    }
    restoreNatives()
  }
  return loaded
}

async function loadRender(): Promise<Pdfjs> {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
  // Another URL for the same file: a second module instance, which loads the canvas package.
  const url = `${pathToFileURL(join(root, 'legacy', 'build', 'pdf.min.mjs')).href}?render`
  try {
    const loaded = (await import(url)) as Pdfjs
    await loadWorker()
    return loaded
  } finally {
    restoreNatives()
  }
}
