/**
 * Reviews a batch of files: in this thread for a few files, spread over worker threads (one per
 * core, at most one per 4 files) for many. Results keep the input order; the first input error
 * stops the batch with its one-line message, as in a serial run.
 */
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import type { Worker } from 'node:worker_threads'
import { InputError } from '../core/errors.js'
import type { ReviewDocument } from '../read/document.js'
import type { ReadOptions } from '../read/index.js'
import type { Reviewer } from '../review/reviewer.js'
import type { FileReview } from '../review/types.js'
import type { WorkerSetup, WorkerTask } from '../review/worker.js'
import type { InputFile } from './inputs.js'

/** Files from which a batch is spread over threads. */
export const PARALLEL_FROM = 8

/**
 * The reviewer, the terms reviewed with every file and how to read inputs. Worker threads make
 * their own reviewer from the same library, playbook, date and language, with every rule.
 */
export interface BatchOptions {
  reviewer: Reviewer
  terms: readonly ReviewDocument[]
  termFiles: readonly InputFile[]
  read: (input: InputFile) => Promise<ReviewDocument>
  /** How worker threads read the files (no progress callback: it cannot cross threads). */
  readOptions?: ReadOptions
  /** Called after each file (for a progress bar). */
  progress?: (done: number, total: number) => void
}

/** Reviews every input; returns reviews and documents in input order. */
export async function reviewBatch(inputs: readonly InputFile[], options: BatchOptions): Promise<Array<{ review: FileReview; doc: ReviewDocument }>> {
  // CLAUSIER_THREADS=1 forces a serial run (benchmarks, debugging).
  const cap = Number(process.env.CLAUSIER_THREADS) > 0 ? Number(process.env.CLAUSIER_THREADS) : availableParallelism()
  const threads = Math.min(cap, Math.floor(inputs.length / 4))
  // The worker is compiled JavaScript: when running from TypeScript sources (tests), stay serial.
  const workerFile = new URL('../review/worker.js', import.meta.url)
  if (inputs.length < PARALLEL_FROM || threads < 2 || inputs.some((i) => i.path === '-') || !existsSync(fileURLToPath(workerFile))) {
    const out: Array<{ review: FileReview; doc: ReviewDocument }> = []
    for (const input of inputs) {
      const doc = await options.read(input)
      out.push({ doc, review: options.reviewer.review(doc, options.terms) })
      options.progress?.(out.length, inputs.length)
    }
    return out
  }
  const { playbook, today, lang } = options.reviewer.options
  const setup: WorkerSetup = { playbook, today, ...(lang ? { lang } : {}), terms: options.termFiles.map((t) => ({ path: t.path, display: t.display })), ...(options.readOptions ? { read: options.readOptions } : {}) }
  const results: Array<{ review: FileReview; doc: ReviewDocument } | undefined> = new Array(inputs.length)
  // Loaded only here: a serial review (one quote) never loads the worker threads module.
  const { Worker: WorkerThread } = await import('node:worker_threads')
  const workers: Worker[] = Array.from({ length: threads }, () => new WorkerThread(workerFile, { workerData: setup }))
  let next = 0
  let done = 0
  try {
    await new Promise<void>((resolve, reject) => {
      const feed = (worker: Worker) => {
        if (next >= inputs.length) return
        const index = next++
        const task: WorkerTask = { index, path: inputs[index]!.path, display: inputs[index]!.display }
        worker.postMessage(task)
      }
      for (const worker of workers) {
        worker.on('message', (m: { index: number; review?: FileReview; doc?: ReviewDocument; error?: { message: string; user: boolean } }) => {
          if (m.error) return reject(m.error.user ? new InputError(m.error.message) : new Error(m.error.message))
          results[m.index] = { review: m.review!, doc: m.doc! }
          done++
          options.progress?.(done, inputs.length)
          if (done === inputs.length) resolve()
          else feed(worker)
        })
        worker.on('error', reject)
        feed(worker)
      }
    })
  } finally {
    await Promise.all(workers.map((w) => w.terminate()))
  }
  return results as Array<{ review: FileReview; doc: ReviewDocument }>
}
