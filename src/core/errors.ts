/**
 * Typed errors. Anything the user can cause (a bad file, a bad flag, a file that would be
 * overwritten) is a `UserError` and becomes a one-line message with exit code 2 in the CLI;
 * `cli/program.ts` is the only place that maps errors to exit codes.
 */
import { dealWarningText } from '../i18n/deal-warnings.js'
import { checkMessage } from '../i18n/issues.js'
import type { Text, UiLang } from '../i18n/lang.js'
import { say, type Words } from '../i18n/translate.js'

/** One problem in an input file, located where possible. */
export interface Problem {
  file: string
  line?: number
  column?: number
  path?: string
  /** What is wrong, in English, for the developer of the file: `expected one of "a", "b", got "c"`. */
  message: string
  /** The same for a person, in both languages (the web form's words), when known; French output uses it. */
  text?: Text
}

/** What a problem says in a language: English keeps `message`; French takes `text`, else the known checks' and refusals' words. */
function problemMessage(p: Problem, lang: UiLang): string {
  if (lang === 'en') return p.message
  return p.text?.[lang] ?? checkMessage(p.message, lang) ?? dealWarningText(p.message, lang)
}

/** Formats a problem as `file:line:column  path  message` (message in `lang`, English by default). */
export function formatProblem(p: Problem, lang: UiLang = 'en'): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}:${p.column ?? 1}`
  return [where, p.path, problemMessage(p, lang)].filter((s) => s !== undefined && s !== '').join('  ')
}

/**
 * Base class of every error a user can cause; carries the exit code. Built from catalogue words,
 * its `message` is their English text and `words` lets an interface say it in French (`errorText`).
 */
export class UserError extends Error {
  readonly exitCode: number = 2
  readonly words: Words | undefined
  constructor(message: string | Words) {
    super(typeof message === 'string' ? message : say('en', message))
    this.name = new.target.name
    this.words = typeof message === 'string' ? undefined : message
  }
}

/** A user error's message in a language: its catalogue words when it has them, else its (English) message. */
export function errorText(e: UserError, lang: UiLang): string {
  if (e instanceof ValidationError) return e.problems.map((p) => formatProblem(p, lang)).join('\n')
  return e.words === undefined ? e.message : say(lang, e.words)
}

/** A bad command line (unknown flag, missing argument, bad value). */
export class UsageError extends UserError {}

/** An input file that cannot be used: missing, unreadable, wrong format, too large. */
export class InputError extends UserError {}

/** An input file that was read but does not validate; lists every problem at once. */
export class ValidationError extends UserError {
  constructor(readonly problems: readonly Problem[]) {
    super(problems.map((p) => formatProblem(p)).join('\n'))
  }
}

/** Refusal to overwrite an existing file without `--force`. */
export class OverwriteError extends UserError {
  constructor(readonly path: string) {
    super({ key: 'error.overwrite', params: { path } })
  }
}

/** A problem in the project's own data (clause library, templates): a bug on our side. */
export class LibraryError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(problems.map((p) => formatProblem(p)).join('\n'))
    this.name = 'LibraryError'
  }
}
