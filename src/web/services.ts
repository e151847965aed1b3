/**
 * What the routes share, loaded once and on first use: the clause library, a reviewer per message
 * language (auto, fr, en) under the playbook, and the audit questionnaire. The playbook is the CLI's
 * (`clausier.config.yaml` from the working folder upward, else the defaults), read at startup.
 */
import type { Questionnaire } from '../audit/schema.js'
import type { Library } from '../library/clause.js'
import type { Lang } from '../library/schema.js'
import type { Playbook } from '../review/playbook/schema.js'
import type { Reviewer } from '../review/reviewer.js'

/** Shared, lazily loaded state of the app. */
export interface Services {
  playbook: Playbook
  library(): Promise<Library>
  /** The reviewer for a message language (undefined: each document's own). */
  reviewer(lang?: Lang): Promise<Reviewer>
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
  const day = () => today ?? new Date().toISOString().slice(0, 10)
  const reviewers = new Map<string, { day: string; reviewer: Reviewer }>()
  return {
    playbook,
    library,
    async reviewer(lang) {
      // One reviewer per language and day: a server left running past midnight reviews with the new date.
      const cached = reviewers.get(lang ?? 'auto')
      if (cached && cached.day === day()) return cached.reviewer
      const { createReviewer } = await import('../review/reviewer.js')
      const reviewer = createReviewer({ library: await library(), playbook, today: day(), ...(lang ? { lang } : {}) })
      reviewers.set(lang ?? 'auto', { day: day(), reviewer })
      return reviewer
    },
    questionnaire: once(async () => (await import('../audit/questionnaire.js')).loadQuestionnaire()),
    today: day,
  }
}
