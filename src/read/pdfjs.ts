/**
 * pdf.js (pdfjs-dist's legacy build, the one that runs on Node 20), loaded with its worker module
 * in this thread, without the slow polyfills it leaves behind. The legacy build bundles core-js,
 * which replaces `Array.prototype.push`, `JSON.parse` and `Function.prototype.toString` with
 * JavaScript versions that only add edge-case conformance (non-writable lengths, JSON source text);
 * the replaced `push` alone was the largest single cost of reading a 159-page PDF, and every other
 * module of the process paid it too. The native functions are put back once both modules are loaded;
 * the polyfills that add missing functions (Promise.withResolvers, Uint8Array.toHex, …) stay.
 */
import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs'

const natives = { push: Array.prototype.push, parse: JSON.parse, toString: Function.prototype.toString }

// The minified files: the same code, about half the source for V8 to parse and compile.
// @ts-expect-error -- typed by pdf.mjs's declarations (PdfjsModule)
const loaded = (await import('pdfjs-dist/legacy/build/pdf.min.mjs')) as typeof PdfjsModule
// The worker module registers itself as `globalThis.pdfjsWorker`, which the fake worker then uses
// instead of importing it later (after the restore below).
// @ts-expect-error -- the worker module has no type declarations
await import('pdfjs-dist/legacy/build/pdf.worker.min.mjs')

for (const [target, key, value] of [[Array.prototype, 'push', natives.push], [JSON, 'parse', natives.parse], [Function.prototype, 'toString', natives.toString]] as const) {
  if ((target as unknown as Record<string, unknown>)[key] !== value) Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: false })
}

/** The pdf.js module. */
export const pdfjs: typeof PdfjsModule = loaded
