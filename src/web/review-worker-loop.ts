/** The job loop of a review worker (review-worker.ts loads it once the thread's priority is lowered). */
import { parentPort, workerData } from 'node:worker_threads'
import { UserError } from '../core/errors.js'
import type { Words } from '../i18n/index.js'
import type { Playbook } from '../review/playbook/schema.js'
import { RequestError } from './http-error.js'
import { runReviewJob, type ReviewJob, type ReviewJobResult } from './review-task.js'
import { createServices } from './services.js'

/** What the pool gives every worker. */
export interface ReviewWorkerSetup {
  playbook: Playbook
  today?: string
}

/** A job as the pool posts it. */
export interface ReviewWorkerTask {
  id: number
  job: ReviewJob
}

/** A worker's answer. */
export type ReviewWorkerAnswer =
  | { id: number; result: ReviewJobResult }
  | { id: number; error: { message: string; user: boolean; status?: number; words?: Words } }

const setup = workerData as ReviewWorkerSetup
const services = createServices(setup.playbook, setup.today)

parentPort?.on('message', async ({ id, job }: ReviewWorkerTask) => {
  try {
    const result = await runReviewJob(job, services)
    const bytes = result.op !== 'export' ? result.json : typeof result.download.data === 'string' ? undefined : result.download.data
    const transfer = bytes ? [bytes.buffer as ArrayBuffer] : []
    parentPort?.postMessage({ id, result } satisfies ReviewWorkerAnswer, transfer)
  } catch (e) {
    const user = e instanceof UserError
    parentPort?.postMessage({ id, error: { message: (e as Error).message.split('\n')[0] ?? '', user, ...(e instanceof RequestError ? { status: e.status } : {}), ...(user && e.words ? { words: e.words } : {}) } } satisfies ReviewWorkerAnswer)
  }
})
