/**
 * The command line's program: the only place that turns errors into exit codes.
 * 0 = clean, 1 = findings at or above the threshold (or a failed check), 2 = usage or input error.
 * The list of commands is the caller's: `index.ts` has them all; `review-main.ts`, the small
 * review's compiled entry (see `compiled-review.ts`), has only `review`, so that its bundle holds
 * no other command's code.
 */
import { Command, CommanderError } from 'commander'
import { LibraryError, UserError } from '../core/errors.js'
import { VERSION } from '../core/version.js'
import { HELP_PENDING, HelpWanted, loadHelpWords, type Describe, type HelpWords } from './help.js'
import type { Io } from './io.js'
import { langOfArgv } from './lang.js'

/** Adds one command to the program; its words come from `describe`. */
export type Register = (program: Command, io: Io, describe: Describe) => void

/** Commands by name, in help order, each loaded only when needed. */
export type Commands = ReadonlyArray<readonly [string, () => Promise<Register>]>

/**
 * Builds the command tree (only the command `argv` names, when it names one); commands write through
 * `io`. Its descriptions come from `help` (help.ts): none until help is to be shown.
 */
export async function createProgram(commands: Commands, io: Io, argv: readonly string[] = [], help: HelpWords = HELP_PENDING): Promise<Command> {
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
  const named = commands.find(([name]) => name === argv[0])
  for (const [, load] of named ? [named] : commands) (await load())(program, io, describe)
  return program
}

/** Runs the CLI with arguments (without `node` and the script); resolves to the exit code. */
export async function run(commands: Commands, argv: readonly string[], io: Io): Promise<number> {
  const lang = langOfArgv(argv) ?? io.lang ?? 'en'
  io.lang = lang
  try {
    try {
      await (await createProgram(commands, io, argv)).parseAsync([...argv], { from: 'user' })
    } catch (e) {
      if (!(e instanceof HelpWanted)) throw e
      // Help is shown before any action runs: parse again, with the help's words.
      await (await createProgram(commands, io, argv, await loadHelpWords(lang))).parseAsync([...argv], { from: 'user' })
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
