/**
 * What the CLI's batch and its review worker threads exchange: the setup every worker gets, the
 * shared queue of files (taken with an atomic counter, so no thread waits for another to hand it
 * work) and the replies.
 */
import type { Words } from '../i18n/translate.js'
import type { Lang } from '../library/schema.js'
import type { ReviewDocument } from '../read/document.js'
import type { ReadOptions } from '../read/index.js'
import type { Playbook } from './playbook/schema.js'
import type { FileReview } from './types.js'

/** One file of the batch: its index in the input order. */
export interface WorkerTask {
  index: number
  path: string
  display: string
}

/** What the main thread gives every worker. */
export interface WorkerSetup {
  playbook: Playbook
  today: string
  lang?: Lang
  terms: Array<{ path: string; display: string }>
  /** How to read the files (OCR limits, or `ocr: false`). */
  read?: ReadOptions
  /** Every file of the batch, in the order they are taken. */
  files: WorkerTask[]
  /**
   * Shared by all threads: [0] the next position in `files` to take, [1] the lowest input index
   * that failed so far (files after it are not taken: a serial run stops at its first failure).
   */
  queue: Int32Array
  /** Whether a file's reply carries its document (a report that shows the documents). */
  documents: boolean
}

/** A worker's answer: one file's review, one file's error, or the end of its work. */
export type WorkerReply =
  | { index: number; review: FileReview; doc?: ReviewDocument }
  | { index: number; error: { message: string; user: boolean; words?: Words } }
  | { finished: true }

/** The next file for this thread, or undefined when none is left to take. */
export function claimTask(setup: Pick<WorkerSetup, 'files' | 'queue'>): WorkerTask | undefined {
  for (;;) {
    const at = Atomics.add(setup.queue, 0, 1)
    const task = setup.files[at]
    if (!task) return undefined
    if (task.index < Atomics.load(setup.queue, 1)) return task
  }
}
