/**
 * Errors of the web layer and their JSON form. A request the user can get wrong is a `RequestError`
 * (a core `InputError` with an HTTP status); every error reaches the browser as
 * `{ error: "one line" }` (plus `issues` for a deal or answers that do not validate), never a stack.
 */
import { errorText, InputError, LibraryError, UserError, ValidationError } from '../core/errors.js'
import { count, readErrorText, translate, type UiLang, type Words } from '../i18n/index.js'

/** HTTP statuses the web layer answers with. */
export type ErrorStatus = 400 | 403 | 404 | 405 | 413 | 415 | 422 | 500 | 503

/** A bad request: wrong body, too large, refused origin… carries its HTTP status. */
export class RequestError extends InputError {
  constructor(message: string | Words, readonly status: ErrorStatus = 400) {
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

/**
 * The page's language, which the front end sends with every request as `Accept-Language` (`fr`
 * or `en`, its own choice, not the browser's list); undefined without it.
 */
export function requestLang(acceptLanguage: string | undefined): UiLang | undefined {
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase()
  if (first === undefined || first === '' || first === '*') return undefined
  return first.startsWith('fr') ? 'fr' : 'en'
}

const NAMED = new WeakMap<Request, UiLang>()

/** Records the page's language that a request's body names (its `ui` field), for its error answer. */
export function noteRequestLang(request: Request, lang: UiLang | undefined): void {
  if (lang !== undefined) NAMED.set(request, lang)
}

/** The language to answer a request's error in: its body's `ui` field, else its `Accept-Language`; undefined when neither says. */
export function answerLang(request: Request): UiLang | undefined {
  return NAMED.get(request) ?? requestLang(request.headers.get('accept-language') ?? undefined)
}

/** A user error's one line in `lang`: its catalogue words, or a reader's error in known words (English as written without a language). */
function userText(e: UserError, lang: UiLang | undefined): string {
  if (e.words !== undefined) return firstLine(errorText(e, lang ?? 'en'))
  const line = firstLine(e.message)
  return lang === undefined ? line : readErrorText(line, lang)
}

/** Maps any thrown value to a status and a one-line JSON body, in the page's language when known. */
export function errorBody(e: unknown, lang?: UiLang): { status: ErrorStatus; body: ErrorBody } {
  if (e instanceof RequestError) return { status: e.status, body: { error: userText(e, lang) } }
  if (e instanceof ValidationError) {
    const issues = e.problems.map((p) => ({ path: p.path ?? '', message: p.message }))
    return { status: 422, body: { error: count(lang ?? 'en', 'api.problems', issues.length, { first: firstLine(e.problems[0]?.message ?? e.message) }), issues } }
  }
  if (e instanceof UserError) return { status: 400, body: { error: userText(e, lang) } }
  if (e instanceof LibraryError) return { status: 500, body: { error: `${translate(lang ?? 'en', 'cli.libraryInvalid')} ${firstLine(e.message)}` } }
  const message = e instanceof Error ? e.message : String(e)
  return { status: 500, body: { error: translate(lang ?? 'en', 'api.internalError', { message: firstLine(message) }) } }
}
