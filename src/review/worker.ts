/**
 * A review worker thread: reviews the files it is sent with the same library, playbook and date as
 * the main thread, so a batch spread over the CPU cores gives exactly the reviews of a serial run.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { UserError } from '../core/errors.js'
import { loadLibrary } from '../library/library.js'
import type { Lang } from '../library/schema.js'
import { readDocument, type ReadOptions } from '../read/index.js'
import type { Playbook } from './playbook/schema.js'
import { createReviewer } from './reviewer.js'

/** What the main thread gives every worker. */
export interface WorkerSetup {
  playbook: Playbook
  today: string
  lang?: Lang
  terms: Array<{ path: string; display: string }>
  /** How to read the files (OCR limits, or `ocr: false`). */
  read?: ReadOptions
}

/** One file to review. */
export interface WorkerTask {
  index: number
  path: string
  display: string
}

const setup = workerData as WorkerSetup
const reviewer = createReviewer({ library: await loadLibrary(), playbook: setup.playbook, today: setup.today, ...(setup.lang ? { lang: setup.lang } : {}) })
const terms = Promise.all(setup.terms.map((t) => readDocument(t.path, t.display, setup.read)))

parentPort?.on('message', async (task: WorkerTask) => {
  try {
    const doc = await readDocument(task.path, task.display, setup.read)
    const review = reviewer.review(doc, await terms)
    parentPort?.postMessage({ index: task.index, review, doc })
  } catch (e) {
    const user = e instanceof UserError
    parentPort?.postMessage({ index: task.index, error: { message: (e as Error).message, user } })
  }
})
