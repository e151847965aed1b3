/**
 * Reviews a batch of files: in this thread for a few files, spread over this thread and worker
 * threads (one thread per core, at most one per 4 files) for many. Results keep the input order;
 * the first input error (in input order) stops the batch with its one-line message, as in a
 * serial run.
 *
 * This thread reviews its share instead of waiting: every thread compiles the library's
 * expressions and warms up on its own, so on two cores one worker and this thread do the work of
 * two workers with one start-up less and half the results copied between threads. The files are
 * taken in input order from one queue shared by all threads (an atomic counter), so no thread
 * waits for another to hand it work. (Largest first was measured and not kept: a thread that warms
 * up on large contracts spends ~1 s more CPU over CUAD dev than one that meets them in name order.)
 */
import { existsSync, statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import type { Worker } from 'node:worker_threads'
import { InputError } from '../core/errors.js'
import type { ReviewDocument } from '../read/document.js'
import type { ReadOptions } from '../read/index.js'
import type { Reviewer } from '../review/reviewer.js'
import type { FileReview } from '../review/types.js'
import { claimTask, type WorkerReply, type WorkerSetup } from '../review/worker-protocol.js'
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
  /**
   * Whether the results keep each document (a report that shows the documents); without it, a
   * worker does not copy each document back to this thread, and no thread holds them all.
   */
  keepDocuments?: boolean
}

/** The share of a threaded batch, at its end, taken largest file first (see `takingOrder`). */
const TAIL_SHARE = 4

/**
 * The order in which the threads take the files: input order, except the last quarter, taken
 * largest first. Threads share one queue, so the batch ends when the thread that took the last
 * file finishes it: a large contract among the last ones leaves the other threads idle meanwhile.
 * Its last files by size, largest first, leave the small ones for the end (the tail only: a thread
 * that warms up on large contracts costs more, see the module comment). The size is the file's
 * (0 when it cannot be read: its error comes when it is read, in input order as ever).
 */
export function takingOrder(sizes: readonly number[]): number[] {
  const order = sizes.map((_, i) => i)
  const from = sizes.length - Math.floor(sizes.length / TAIL_SHARE)
  const tail = order.slice(from).sort((a, b) => sizes[b]! - sizes[a]! || a - b)
  return [...order.slice(0, from), ...tail]
}

const sizeOf = (path: string): number => {
  try {
    return statSync(path).size
  } catch {
    return 0
  }
}

/** A file's review, and its document when the batch keeps them. */
type Result = { review: FileReview; doc?: ReviewDocument }

/** How many threads review a batch of `files` files (1: this thread alone). */
export function batchThreads(files: number, cap = Number(process.env.CLAUSIER_THREADS) > 0 ? Number(process.env.CLAUSIER_THREADS) : availableParallelism()): number {
  // CLAUSIER_THREADS=1 forces a serial run (benchmarks, debugging).
  return files < PARALLEL_FROM ? 1 : Math.max(1, Math.min(cap, Math.floor(files / 4)))
}

/** Reviews every input; returns reviews and documents in input order. */
export async function reviewBatch(inputs: readonly InputFile[], options: BatchOptions): Promise<Result[]> {
  const threads = batchThreads(inputs.length)
  // The worker is the bundled one (dist/bundle/worker.js: the same path from dist/cli/ and from the
  // bundle's chunks in dist/bundle/); when running from TypeScript sources (tests), stay serial.
  const workerFile = new URL('../bundle/worker.js', import.meta.url)
  if (threads < 2 || inputs.some((i) => i.path === '-') || !existsSync(fileURLToPath(workerFile))) {
    const out: Result[] = []
    for (const input of inputs) {
      const doc = await options.read(input)
      const review = options.reviewer.review(doc, options.terms)
      out.push(options.keepDocuments ? { review, doc } : { review })
      options.progress?.(out.length, inputs.length)
    }
    return out
  }
  // [0]: the next file to take; [1]: the lowest input index that failed so far.
  const queue = new Int32Array(new SharedArrayBuffer(8))
  queue[1] = inputs.length
  const { playbook, today, lang } = options.reviewer.options
  const setup: WorkerSetup = {
    playbook,
    today,
    ...(lang ? { lang } : {}),
    terms: options.termFiles.map((t) => ({ path: t.path, display: t.display })),
    ...(options.readOptions ? { read: options.readOptions } : {}),
    files: takingOrder(inputs.map((input) => sizeOf(input.path))).map((index) => ({ index, path: inputs[index]!.path, display: inputs[index]!.display })),
    queue,
    documents: options.keepDocuments === true,
  }
  const results: Array<Result | undefined> = new Array(inputs.length)
  const failures = new Map<number, Error>()
  let done = 0
  const settle = (index: number, outcome: Result | Error) => {
    if (outcome instanceof Error) {
      failures.set(index, outcome)
      // Files after the first failure are not needed (a serial run stops there): not taken.
      Atomics.store(queue, 1, Math.min(Atomics.load(queue, 1), index))
    } else results[index] = outcome
    done++
    options.progress?.(done, inputs.length)
  }
  // Loaded only here: a serial review (one quote) never loads the worker threads module.
  const { Worker: WorkerThread } = await import('node:worker_threads')
  const workers: Worker[] = Array.from({ length: threads - 1 }, () => new WorkerThread(workerFile, { workerData: setup }))
  // Each worker's end: every file it took answered, or the error that stopped it.
  const finished = workers.map(
    (worker) =>
      new Promise<void>((resolve, reject) => {
        worker.on('message', (m: WorkerReply) => {
          if ('finished' in m) return resolve()
          if ('error' in m) settle(m.index, m.error.user ? new InputError(m.error.words ?? m.error.message) : new Error(m.error.message))
          else settle(m.index, m.doc ? { review: m.review, doc: m.doc } : { review: m.review })
        })
        worker.on('error', reject)
        worker.on('exit', (code) => reject(new Error(`review worker stopped (exit code ${code})`)))
      }),
  )
  try {
    // This thread takes files from the same queue meanwhile, letting the workers' answers (and a
    // failure, which stops the files after it) in before taking each: a file is read
    // synchronously, so awaiting its read no longer does.
    for (;;) {
      await new Promise<void>((resolve) => setImmediate(resolve))
      const task = claimTask(setup)
      if (!task) break
      try {
        const doc = await options.read(inputs[task.index]!)
        const review = options.reviewer.review(doc, options.terms)
        settle(task.index, options.keepDocuments ? { review, doc } : { review })
      } catch (e) {
        settle(task.index, e instanceof Error ? e : new Error(String(e)))
      }
    }
    await Promise.all(finished)
  } finally {
    // Not awaited: a worker that has answered for every file it took only tears its heap down
    // (~0.1–0.2 s), which the report's rendering and writing overlap; the process waits for it at exit.
    for (const w of workers) void w.terminate()
  }
  // The first failure in input order: every file before it was reviewed, as in a serial run.
  const first = Atomics.load(queue, 1)
  if (first < inputs.length) throw failures.get(first)!
  return results as Result[]
}
