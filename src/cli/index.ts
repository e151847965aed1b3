#!/usr/bin/env node
/**
 * The CLI with every command. Errors become exit codes in `program.ts`.
 * 0 = clean, 1 = findings at or above the threshold (or a failed check), 2 = usage or input error.
 */
import { realpathSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Command } from 'commander'
import type { HelpWords } from './help.js'
import type { Io } from './io.js'
import { createProgram as createProgramOf, run as runOf, type Commands } from './program.js'
import { tuneRegexpTier } from './regexp-tier.js'

/**
 * The commands, in help order, each loaded only when needed: a run imports the one command it
 * names (and that command's dependencies), so `clausier review` never loads the DOCX writer or
 * SQLite. Help and unknown commands load them all.
 */
const COMMANDS: Commands = [
  ['build', async () => (await import('./commands/build.js')).registerBuild],
  ['review', async () => (await import('./commands/review.js')).registerReview],
  ['compare', async () => (await import('./commands/compare.js')).registerCompare],
  ['addendum', async () => (await import('./commands/addendum.js')).registerAddendum],
  ['clauses', async () => (await import('./commands/clauses.js')).registerClauses],
  ['schema', async () => (await import('./commands/schema.js')).registerSchema],
  ['journal', async () => (await import('./commands/journal.js')).registerJournal],
  ['audit', async () => (await import('./commands/audit.js')).registerAudit],
  ['serve', async () => (await import('./commands/serve.js')).registerServe],
]

/**
 * Builds the command tree (only the command `argv` names, when it names one); commands write through
 * `io`. Its descriptions come from `help` (help.ts): none until help is to be shown.
 */
export function createProgram(io: Io, argv: readonly string[] = [], help?: HelpWords): Promise<Command> {
  return createProgramOf(COMMANDS, io, argv, help)
}

/** Runs the CLI with arguments (without `node` and the script); resolves to the exit code. */
export function run(argv: readonly string[], io: Io): Promise<number> {
  return runOf(COMMANDS, argv, io)
}

function invokedDirectly(): boolean {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)
  } catch {
    return false
  }
}

/** Runs the CLI on the process's streams with `argv` (without `node` and the script), setting its exit code. */
export async function main(argv: readonly string[]): Promise<void> {
  const { processIo } = await import('./io.js')
  process.exitCode = await run(argv, processIo())
}

// Run as a script (`node dist/cli/index.js …`, `node dist/bundle/index.js …`); the bin, `launch.ts`, imports it instead.
if (invokedDirectly()) {
  tuneRegexpTier(process.argv.slice(2), process.cwd())
  void main(process.argv.slice(2))
}
