import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

/**
 * Suites that run real processes (the compiled CLI, LibreOffice, Chromium, worker threads) or
 * stress inputs: `npm test` runs them with the rest, `npm run test:quick` leaves them out.
 */
const PROCESS_SUITES = [
  'tests/hardening/**',
  'tests/property/**',
  'tests/web/browser.test.ts',
  'tests/journal/concurrency.test.ts',
  'tests/cli/build-batch.test.ts',
  'tests/cli/review.test.ts',
  'tests/render/docx.test.ts',
  'tests/report/docx-annotated.test.ts',
  'tests/review/round-trip.test.ts',
  'tests/read/ocr.test.ts',
  'tests/web/ocr-upload.test.ts',
]

export default defineConfig({
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    globalSetup: ['./tests/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Every core: vitest's default leaves one idle, which on a 2-core machine halves the speed.
    maxWorkers: availableParallelism(),
    projects: [
      { extends: true, test: { name: 'quick', include: ['tests/**/*.test.ts'], exclude: PROCESS_SUITES } },
      { extends: true, test: { name: 'process', include: PROCESS_SUITES.map((p) => (p.endsWith('**') ? `${p}/*.test.ts` : p)) } },
    ],
  },
})
