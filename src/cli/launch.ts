#!/usr/bin/env node
/**
 * The `clausier` command (package.json `bin`, bundled as `dist/bundle/index.js`). A small review
 * (`regexp-tier.ts`) runs the compiled review with V8's code cache when the bundle has it
 * (`compiled-review.ts`); every other run loads the CLI's modules (`index.ts`).
 */
import { runCompiledReview } from './compiled-review.js'
import { tuneRegexpTier } from './regexp-tier.js'

const argv = process.argv.slice(2)
if (!(tuneRegexpTier(argv, process.cwd()) && runCompiledReview(argv))) await (await import('./index.js')).main(argv)
