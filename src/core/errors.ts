/**
 * Typed errors. Anything the user can cause (a bad file, a bad flag, a file that would be
 * overwritten) is a `UserError` and becomes a one-line message with exit code 2 in the CLI;
 * `cli/index.ts` is the only place that maps errors to exit codes.
 */

/** One problem in an input file, located where possible. */
export interface Problem {
  file: string
  line?: number
  column?: number
  path?: string
  message: string
}

/** Formats a problem as `file:line:column  path  message`. */
export function formatProblem(p: Problem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}:${p.column ?? 1}`
  return [where, p.path, p.message].filter((s) => s !== undefined && s !== '').join('  ')
}

/** Base class of every error a user can cause; carries the exit code. */
export class UserError extends Error {
  readonly exitCode: number = 2
  constructor(message: string) {
    super(message)
    this.name = new.target.name
  }
}

/** A bad command line (unknown flag, missing argument, bad value). */
export class UsageError extends UserError {}

/** An input file that cannot be used: missing, unreadable, wrong format, too large. */
export class InputError extends UserError {}

/** An input file that was read but does not validate; lists every problem at once. */
export class ValidationError extends UserError {
  constructor(readonly problems: readonly Problem[]) {
    super(problems.map(formatProblem).join('\n'))
  }
}

/** Refusal to overwrite an existing file without `--force`. */
export class OverwriteError extends UserError {
  constructor(readonly path: string) {
    super(`${path} already exists: pass --force to overwrite it`)
  }
}

/** A problem in the project's own data (clause library, templates): a bug on our side. */
export class LibraryError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(problems.map(formatProblem).join('\n'))
    this.name = 'LibraryError'
  }
}
