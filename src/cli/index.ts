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
import { HELP_PENDING, HelpWanted, loadHelpWords, type Describe, type HelpWords } from './help.js'
import type { Io } from './io.js'
import { langOfArgv } from './lang.js'
import { tuneRegexpTier } from './regexp-tier.js'

type Register = (program: Command, io: Io, describe: Describe) => void

/**
 * The commands, in help order, each loaded only when needed: a run imports the one command it
 * names (and that command's dependencies), so `clausier review` never loads the DOCX writer or
 * SQLite. Help and unknown commands load them all.
 */
const COMMANDS: ReadonlyArray<readonly [string, () => Promise<Register>]> = [
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
export async function createProgram(io: Io, argv: readonly string[] = [], help: HelpWords = HELP_PENDING): Promise<Command> {
  const { describe } = help
  // Help settings first: subcommands inherit them when they are created.
  const program = new Command('clausier')
    .description(describe('help.program'))
    .version(VERSION, '-V, --version', describe('help.version'))
    .helpOption('-h, --help', describe('help.helpOption'))
    .helpCommand(`help ${describe('help.commandArgument') || '[command]'}`, describe('help.helpCommand'))
    .configureHelp(help.configure)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s), outputError: () => undefined })
    .showHelpAfterError(false)
  const named = COMMANDS.find(([name]) => name === argv[0])
  for (const [, load] of named ? [named] : COMMANDS) (await load())(program, io, describe)
  return program
}

/** Runs the CLI with arguments (without `node` and the script); resolves to the exit code. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const lang = langOfArgv(argv) ?? io.lang ?? 'en'
  io.lang = lang
  try {
    try {
      await (await createProgram(io, argv)).parseAsync([...argv], { from: 'user' })
    } catch (e) {
      if (!(e instanceof HelpWanted)) throw e
      // Help is shown before any action runs: parse again, with the help's words.
      await (await createProgram(io, argv, await loadHelpWords(lang))).parseAsync([...argv], { from: 'user' })
    }
    return io.exitCode ?? 0
  } catch (e) {
    const { commanderText, message, userErrorText } = await import('./messages.js')
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0
      // One line, even when commander adds a suggestion ("(Did you mean review?)").
      io.stderr(`clausier: ${commanderText(e, lang)}\n`)
      return 2
    }
    if (e instanceof UserError) {
      io.stderr(`clausier: ${userErrorText(e, lang)}\n`)
      return e.exitCode
    }
    if (e instanceof LibraryError) {
      io.stderr(`clausier: ${message(io, 'cli.libraryInvalid')}\n${e.message}\n`)
      return 2
    }
    const err = e as Error
    io.stderr(`clausier: ${message(io, 'cli.internalError', { message: err.message?.split('\n')[0] ?? String(e) })}\n`)
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
  tuneRegexpTier(process.argv.slice(2), process.cwd())
  const { processIo } = await import('./io.js')
  const io = processIo()
  process.exitCode = await run(process.argv.slice(2), io)
}
