/**
 * A review worker thread: reviews files taken from the batch's shared queue with the same library,
 * playbook and date as the main thread, so a batch spread over the CPU cores gives exactly the
 * reviews of a serial run.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { UserError } from '../core/errors.js'
import { loadLibrary } from '../library/library.js'
import { readDocument } from '../read/index.js'
import { createReviewer } from './reviewer.js'
import { claimTask, type WorkerReply, type WorkerSetup } from './worker-protocol.js'

export type { WorkerSetup, WorkerTask } from './worker-protocol.js'

const setup = workerData as WorkerSetup
const reviewer = createReviewer({ library: await loadLibrary(), playbook: setup.playbook, today: setup.today, ...(setup.lang ? { lang: setup.lang } : {}) })
const terms = await Promise.all(setup.terms.map((t) => readDocument(t.path, t.display, setup.read)))
const reply = (m: WorkerReply) => parentPort?.postMessage(m)

for (let task = claimTask(setup); task; task = claimTask(setup)) {
  try {
    const doc = await readDocument(task.path, task.display, setup.read)
    const review = reviewer.review(doc, terms)
    reply(setup.documents ? { index: task.index, review, doc } : { index: task.index, review })
  } catch (e) {
    const user = e instanceof UserError
    reply({ index: task.index, error: { message: (e as Error).message, user, ...(user && e.words ? { words: e.words } : {}) } })
  }
}
reply({ finished: true })
