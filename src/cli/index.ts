#!/usr/bin/env node
/**
 * The CLI entry point: the only place that turns errors into exit codes.
 * 0 = clean, 1 = findings at or above the threshold (or a failed check), 2 = usage or input error.
 */
import { realpathSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Command, CommanderError } from 'commander'
import { LibraryError, UserError } from '../core/errors.js'
import { VERSION } from '../core/version.js'
import { registerBuild } from './commands/build.js'
import { registerAddendum } from './commands/addendum.js'
import { registerAudit } from './commands/audit.js'
import { registerClauses } from './commands/clauses.js'
import { registerReview } from './commands/review.js'
import { registerSchema } from './commands/schema.js'
import { registerJournal } from './commands/journal.js'
import type { Io } from './io.js'

/** Builds the command tree; commands write through `io` and return their exit code. */
export function createProgram(io: Io): Command {
  const program = new Command('clausier')
    .description('Build and review lead-generation contracts (GDPR, CNIL, French law), in French and English.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s), outputError: () => undefined })
    .showHelpAfterError(false)
  registerBuild(program, io)
  registerReview(program, io)
  registerAddendum(program, io)
  registerClauses(program, io)
  registerSchema(program, io)
  registerJournal(program, io)
  registerAudit(program, io)
  return program
}

/** Runs the CLI with arguments (without `node` and the script); resolves to the exit code. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const program = createProgram(io)
  try {
    await program.parseAsync([...argv], { from: 'user' })
    return io.exitCode ?? 0
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0
      io.stderr(`clausier: ${e.message.replace(/^error: /, '')}\n`)
      return 2
    }
    if (e instanceof UserError) {
      io.stderr(`clausier: ${e.message}\n`)
      return e.exitCode
    }
    if (e instanceof LibraryError) {
      io.stderr(`clausier: the clause library is invalid (run "clausier clauses check"):\n${e.message}\n`)
      return 2
    }
    const err = e as Error
    io.stderr(`clausier: internal error: ${err.message?.split('\n')[0] ?? String(e)} (set CLAUSIER_DEBUG=1 for details)\n`)
    if (process.env.CLAUSIER_DEBUG) io.stderr(`${err.stack ?? ''}\n`)
    return 2
  }
}

function invokedDirectly(): boolean {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)
  } catch {
    return false
  }
}

const isMain = invokedDirectly()
if (isMain) {
  const { processIo } = await import('./io.js')
  const io = processIo()
  process.exitCode = await run(process.argv.slice(2), io)
}
