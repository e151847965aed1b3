/**
 * What the routes share, loaded once and on first use: the clause library, its compiled detection
 * signals under the playbook, and the audit questionnaire. The playbook is the CLI's
 * (`clausier.config.yaml` from the working folder upward, else the defaults), read at startup.
 */
import type { Questionnaire } from '../audit/schema.js'
import type { Library } from '../library/clause.js'
import type { CompiledLibrary } from '../review/detect.js'
import type { Playbook } from '../review/playbook/schema.js'

/** Shared, lazily loaded state of the app. */
export interface Services {
  playbook: Playbook
  library(): Promise<Library>
  compiled(): Promise<CompiledLibrary>
  questionnaire(): Promise<Questionnaire>
  /** Today's date (YYYY-MM-DD), pinned in tests. */
  today(): string
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined
  return () => {
    value ??= load().catch((e: unknown) => {
      value = undefined
      throw e
    })
    return value
  }
}

/** Creates the services for a playbook; `today` defaults to the current UTC date. */
export function createServices(playbook: Playbook, today?: string): Services {
  const library = once(async () => (await import('../library/library.js')).loadLibrary())
  return {
    playbook,
    library,
    compiled: once(async () => (await import('../review/detect.js')).compileLibrary(await library(), playbook.clausePhrases)),
    questionnaire: once(async () => (await import('../audit/questionnaire.js')).loadQuestionnaire()),
    today: () => today ?? new Date().toISOString().slice(0, 10),
  }
}

/** What every group of routes is given. */
export interface RouteDeps {
  services: Services
  limits: import('./uploads.js').Limits
  /** Where reviews run (worker threads). */
  pool: import('./review-pool.js').ReviewPool
}
