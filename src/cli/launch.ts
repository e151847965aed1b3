#!/usr/bin/env node
/**
 * The `clausier` command (package.json `bin`, bundled as CommonJS into `dist/bundle/clausier.cjs`
 * by scripts/bundle-cli.mjs). A small review (`regexp-tier.ts`) runs the compiled review with V8's
 * code cache when the bundle has it (`compiled-review.ts`); every other run imports the CLI's
 * modules (`index.ts`, the bundle's `index.js`).
 */
import { runCompiledReview } from './compiled-review.js'
import { tuneRegexpTier } from './regexp-tier.js'

const argv = process.argv.slice(2)
if (!(tuneRegexpTier(argv, process.cwd()) && runCompiledReview(argv))) void import('./index.js').then(({ main }) => main(argv))
