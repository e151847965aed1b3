/**
 * The small review's entry: the CLI with the `review` command alone. `scripts/bundle-cli.mjs`
 * bundles it into `dist/bundle/review.cjs`, which `compiled-review.ts` runs with V8's code cache
 * (only for a review whose first argument is `review`, so the program it builds is the one
 * `index.ts` would build).
 */
import { run, type Commands } from './program.js'

const REVIEW: Commands = [['review', async () => (await import('./commands/review.js')).registerReview]]

/** Runs `clausier review …` on the process's streams (`argv` without `node` and the script), setting its exit code. */
export async function main(argv: readonly string[]): Promise<void> {
  const { processIo } = await import('./io.js')
  process.exitCode = await run(REVIEW, argv, processIo())
}
