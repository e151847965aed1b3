/**
 * Errors of the web layer and their JSON form. A request the user can get wrong is a `RequestError`
 * (a core `InputError` with an HTTP status); every error reaches the browser as
 * `{ error: "one line" }` (plus `issues` for a deal or answers that do not validate), never a stack.
 */
import { InputError, LibraryError, UserError, ValidationError } from '../core/errors.js'

/** HTTP statuses the web layer answers with. */
export type ErrorStatus = 400 | 403 | 404 | 405 | 413 | 415 | 422 | 500 | 503

/** A bad request: wrong body, too large, refused origin… carries its HTTP status. */
export class RequestError extends InputError {
  constructor(message: string, readonly status: ErrorStatus = 400) {
    super(message)
  }
}

/** One located problem, as the browser shows it next to a field. */
export interface Issue {
  path: string
  message: string
}

/** The JSON body of an error response. */
export interface ErrorBody {
  error: string
  issues?: Issue[]
}

const firstLine = (s: string): string => s.split('\n')[0] ?? ''

/** Maps any thrown value to a status and a one-line JSON body. */
export function errorBody(e: unknown): { status: ErrorStatus; body: ErrorBody } {
  if (e instanceof RequestError) return { status: e.status, body: { error: firstLine(e.message) } }
  if (e instanceof ValidationError) {
    const issues = e.problems.map((p) => ({ path: p.path ?? '', message: p.message }))
    const s = issues.length === 1 ? '' : 's'
    return { status: 422, body: { error: `${issues.length} problem${s} to fix: ${firstLine(e.problems[0]?.message ?? e.message)}`, issues } }
  }
  if (e instanceof UserError) return { status: 400, body: { error: firstLine(e.message) } }
  if (e instanceof LibraryError) return { status: 500, body: { error: `the clause library is invalid (run "clausier clauses check"): ${firstLine(e.message)}` } }
  const message = e instanceof Error ? e.message : String(e)
  return { status: 500, body: { error: `internal error: ${firstLine(message)}` } }
}
