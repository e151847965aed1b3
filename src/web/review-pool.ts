/**
 * The web app's review pool: review jobs run in a few worker threads, never on the server's event
 * loop, so the page and `/api/config` keep answering while a large DOCX is read. Concurrency is
 * bounded (one worker per spare core, 2 to 4), so is memory (a heap limit per worker, and the
 * uploads waiting in the queue: past its count or bytes the server says it is busy instead of
 * piling up uploads). The server starts one worker as soon as it listens (`warm`), so the first
 * review neither waits for a thread to start nor starts one while the page is being used; that
 * worker stays ready, the others start on demand, keep the library loaded and stop after a minute
 * idle. Without the compiled worker (the TypeScript sources under test), jobs run in this thread,
 * one at a time.
 */
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { InputError } from '../core/errors.js'
import { RequestError, type ErrorStatus } from './http-error.js'
import { runReviewJob, type ReviewJob, type ReviewJobResult } from './review-task.js'
import type { ReviewWorkerAnswer, ReviewWorkerSetup } from './review-worker-loop.js'
import type { Services } from './services.js'
import type { Words } from '../i18n/index.js'

/** Bounds of the pool. */
export interface ReviewPoolOptions {
  /** Worker threads at most (default: one per spare core, 1 to 4). */
  size?: number
  /** Jobs waiting at most; past it a job is refused with 503 (default 40). */
  queue?: number
  /** Bytes of uploads waiting at most; past it a job is refused with 503 (default 256 MB). */
  queueBytes?: number
  /** Heap limit of each worker, in MB (default 768). */
  memoryMb?: number
  /** The worker's JavaScript file (default: the compiled review-worker.js next to this module). */
  workerFile?: string | URL
  /** Milliseconds before an idle worker stops (default 60 000). */
  idleMs?: number
}

/** The pool as the routes use it. */
export interface ReviewPool {
  /** Runs a job; resolves with its result or rejects with a one-line error. */
  run(job: ReviewJob): Promise<ReviewJobResult>
  /** Starts one worker now, if none runs, and keeps it ready (nothing without the compiled worker). */
  warm(): void
  /** Jobs running and waiting, and the number of threads (0: in this thread). */
  stats(): { running: number; waiting: number; threads: number }
  /** Stops every worker. */
  close(): Promise<void>
}

/** The default number of worker threads: one per spare core, 2 to 4 (two let a small file pass a large one). */
export function defaultPoolSize(): number {
  return Math.min(4, Math.max(2, availableParallelism() - 1))
}

/** The bytes of uploads a job holds. */
export function jobBytes(job: ReviewJob): number {
  const uploads = job.op === 'describe' ? [job.file, ...job.terms] : [...job.files, ...job.terms]
  return uploads.reduce((sum, u) => sum + u.bytes.byteLength, 0)
}

interface Pending {
  job: ReviewJob
  bytes: number
  resolve(result: ReviewJobResult): void
  reject(e: Error): void
}

interface Slot {
  worker: Worker
  current: (Pending & { id: number }) | undefined
  idle: ReturnType<typeof setTimeout> | undefined
}

const BUSY: Words = { key: 'api.busy' }

// The uploads move to the worker without a copy; the terms, shared by the jobs of one request, are copied.
function transferables(job: ReviewJob): ArrayBuffer[] {
  const uploads = job.op === 'describe' ? [job.file] : job.files
  return uploads.map((u) => u.bytes.buffer as ArrayBuffer).filter((b, i, all) => all.indexOf(b) === i)
}

/** Creates the pool (no thread starts before the first job). */
export function createReviewPool(services: Services, setup: ReviewWorkerSetup, options: ReviewPoolOptions = {}): ReviewPool {
  const size = options.size ?? defaultPoolSize()
  const queueLimit = options.queue ?? 40
  const queueBytes = options.queueBytes ?? 256 * 1024 * 1024
  let waitingBytes = 0
  const idleMs = options.idleMs ?? 60_000
  const file = options.workerFile ?? new URL('./review-worker.js', import.meta.url)
  const threaded = existsSync(typeof file === 'string' ? file : fileURLToPath(file))
  const waiting: Pending[] = []
  const slots: Slot[] = []
  let nextId = 0
  let inThread = 0
  let closed = false

  const fail = (slot: Slot, message: Words) => {
    const current = slot.current
    slot.current = undefined
    if (slots.includes(slot)) slots.splice(slots.indexOf(slot), 1)
    if (slot.idle) clearTimeout(slot.idle)
    current?.reject(new RequestError(message, 500))
    pump()
  }

  function spawn(): Slot {
    const worker = new Worker(file, { workerData: setup, resourceLimits: { maxOldGenerationSizeMb: options.memoryMb ?? 768 } })
    const slot: Slot = { worker, current: undefined, idle: undefined }
    worker.on('message', (answer: ReviewWorkerAnswer) => {
      const current = slot.current
      if (!current || current.id !== answer.id) return
      slot.current = undefined
      if ('result' in answer) current.resolve(answer.result)
      else if (answer.error.status !== undefined) current.reject(new RequestError(answer.error.words ?? answer.error.message, answer.error.status as ErrorStatus))
      else current.reject(answer.error.user ? new InputError(answer.error.words ?? answer.error.message) : new Error(answer.error.message))
      pump()
    })
    worker.on('error', (e: Error & { code?: string }) => {
      fail(slot, e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { key: 'api.outOfMemory' } : { key: 'api.reviewStopped', params: { message: e.message } })
    })
    worker.on('exit', () => {
      if (slots.includes(slot)) fail(slot, { key: 'api.reviewStoppedUnexpectedly' })
    })
    worker.unref()
    slots.push(slot)
    return slot
  }

  function pump(): void {
    while (waiting.length > 0 && !closed) {
      if (!threaded) {
        if (inThread > 0) return
        const task = waiting.shift()!
        waitingBytes -= task.bytes
        inThread++
        runReviewJob(task.job, services).then(task.resolve, task.reject).finally(() => {
          inThread--
          pump()
        })
        continue
      }
      let slot = slots.find((s) => s.current === undefined)
      if (!slot && slots.length < size) slot = spawn()
      if (!slot) return
      const task = waiting.shift()!
      waitingBytes -= task.bytes
      if (slot.idle) clearTimeout(slot.idle)
      const id = nextId++
      slot.current = { ...task, id }
      slot.worker.postMessage({ id, job: task.job }, transferables(task.job))
    }
    for (const slot of slots) {
      if (slot.current !== undefined || slot.idle) continue
      slot.idle = setTimeout(() => {
        slot.idle = undefined
        // The last worker stays ready for the next review.
        if (slot.current !== undefined || slots.length <= 1) return
        slots.splice(slots.indexOf(slot), 1)
        void slot.worker.terminate()
      }, idleMs)
      slot.idle.unref()
    }
  }

  return {
    run(job) {
      if (closed) return Promise.reject(new RequestError({ key: 'api.stopping' }, 503))
      const bytes = jobBytes(job)
      if (waiting.length >= queueLimit || (waiting.length > 0 && waitingBytes + bytes > queueBytes)) return Promise.reject(new RequestError(BUSY, 503))
      return new Promise((resolve, reject) => {
        waitingBytes += bytes
        waiting.push({ job, bytes, resolve, reject })
        pump()
      })
    },
    warm() {
      if (threaded && !closed && slots.length === 0) spawn()
    },
    stats: () => ({ running: threaded ? slots.filter((s) => s.current).length : inThread, waiting: waiting.length, threads: threaded ? slots.length : 0 }),
    async close() {
      closed = true
      for (const task of waiting.splice(0)) task.reject(new RequestError({ key: 'api.stopping' }, 503))
      waitingBytes = 0
      const all = slots.splice(0)
      for (const s of all) if (s.idle) clearTimeout(s.idle)
      await Promise.all(all.map((s) => s.worker.terminate()))
    },
  }
}
