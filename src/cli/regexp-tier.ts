/**
 * When V8 compiles the reviewer's regular expressions to machine code. V8 runs a regular
 * expression in its bytecode interpreter once, then compiles it to machine code
 * (`--regexp-tier-up-ticks=1`), which for the library's and the rules' large alternations costs
 * more than a short document's whole review needs. For a small input (one quote, a few pages) the
 * CLI lets them run interpreted for their first 1,000 executions; a large input keeps V8's default,
 * where machine code pays for itself (measured: a one-page quote ~50 ms less CPU; 12 CUAD contracts
 * ~25% more CPU with the raised limit, hence the size test). A regular expression takes the setting
 * in force when it is created, so this runs before the command's modules are loaded. Results are
 * the same either way: only the engine's execution tier changes.
 *
 * A small review also skips V8's optimisation passes over a new expression's graph and bytecode
 * (`--no-regexp-optimization`, `--no-regexp-peephole-optimization`): compiling the few hundred large
 * alternations a one-page review meets costs more than running them (measured: a one-page quote
 * ~9% less CPU, 10 pairs), and they seldom reach the machine-code tier anyway. A large input keeps
 * them (without the peephole pass, 101 CUAD contracts took no less CPU). Like the tier, they change
 * how an expression is compiled, never what it matches.
 *
 * A small review also runs without V8's optimising compiler (`--no-opt`): in a process of a few
 * hundred milliseconds, TurboFan compiled about thirty functions on a background thread for code
 * that was about to end (measured: a one-page quote ~9% less CPU and ~14% less wall time, 16 pairs
 * on the shared 2-core machine). Like the settings above, it changes how code runs, not what it
 * computes.
 *
 * Any other review (a large file, many files, a folder) keeps TurboFan but with a smaller inlining
 * budget per optimised function (`--max-inlined-bytecode-size-cumulative=300`, V8's default 920).
 * TurboFan compiles on background threads, and a review of CUAD dev's 101 contracts spent about a
 * third of its CPU there (perf: the compiler's graph reduction and escape analysis), most of it
 * compiling large functions with their inlined callees again after each deoptimisation (a later
 * document taking a path the first ones had not). A smaller budget makes each compile smaller;
 * the review's hot loops stay optimised (measured in concurrent pairs, the same build with and
 * without: serial CPU −16 to −23%, threaded −16%, wall time unchanged at load 12–19). Like the
 * settings above, it changes how code runs, not what it computes.
 *
 * Such a review also compiles each regular expression straight to machine code
 * (`--no-regexp-tier-up`): the ~1,000 detection expressions and the rules' that a large input runs
 * more than once were compiled twice, to bytecode for their first run and to machine code for the
 * next, on the main thread (measured, 9 concurrent pairs at load 4.4–6.6, the same build with and
 * without: CPU paired median 0.95, 0.91–1.01, serial and threaded; peak memory unchanged).
 */
import { statSync } from 'node:fs'
import { resolve } from 'node:path'
import { setFlagsFromString } from 'node:v8'

/** Total size of the named files at or below which a review counts as small. */
export const SMALL_REVIEW_BYTES = 32 * 1024

/** Executions before compilation to machine code, for a small review. */
const SMALL_REVIEW_TICKS = 1000

/** V8's regular-expression settings for a small review (see the module comment). */
export const SMALL_REVIEW_FLAGS: readonly string[] = [`--regexp-tier-up-ticks=${SMALL_REVIEW_TICKS}`, '--no-regexp-optimization', '--no-regexp-peephole-optimization', '--no-opt']

/** V8's settings for any other review (see the module comment). */
export const LARGE_REVIEW_FLAGS: readonly string[] = ['--max-inlined-bytecode-size-cumulative=300', '--no-regexp-tier-up']

/**
 * Whether `argv` (without `node` and the script) reviews only named files that total at most
 * {@link SMALL_REVIEW_BYTES}. Folders, globs, standard input or a missing file: not small. Option
 * values that name files count too (it only makes the test stricter).
 */
export function isSmallReview(argv: readonly string[], cwd: string): boolean {
  if (argv[0] !== 'review') return false
  let total = 0
  let files = 0
  for (const arg of argv.slice(1)) {
    if (arg === '-') return false
    if (arg.startsWith('-')) continue
    let stat
    try {
      stat = statSync(resolve(cwd, arg))
    } catch {
      if (/[*?[\]{}]/.test(arg)) return false
      continue
    }
    if (stat.isDirectory()) return false
    if (!stat.isFile()) continue
    total += stat.size
    files++
  }
  return files > 0 && total <= SMALL_REVIEW_BYTES
}

/** V8's flags for the command `argv` (without `node` and the script): none unless it is a review (see the module comment). */
export function reviewFlags(argv: readonly string[], cwd: string): readonly string[] {
  if (argv[0] !== 'review') return []
  return isSmallReview(argv, cwd) ? SMALL_REVIEW_FLAGS : LARGE_REVIEW_FLAGS
}

/**
 * Sets V8's flags for a review, small or not (see the module comment); call before loading the
 * command. Returns whether the review is small.
 */
export function tuneRegexpTier(argv: readonly string[], cwd: string): boolean {
  const flags = reviewFlags(argv, cwd)
  for (const flag of flags) setFlagsFromString(flag)
  return flags === SMALL_REVIEW_FLAGS
}
