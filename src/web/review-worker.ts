/**
 * A worker thread of the web app's review pool: it lowers its own priority first, then loads the
 * reviewer (review-worker-loop.ts), which runs the jobs it is sent (see review-task.ts) off the
 * server's event loop and answers each with its result, or with a one-line error that says whether
 * the user's file was at fault. Loading the reviewer is most of a cold start's work: done at the
 * lower priority, it leaves the server's thread free to answer the page meanwhile.
 */
import { getPriority, setPriority } from 'node:os'

// A review yields the processor to the server's own thread: on Linux the nice value is per thread,
// so this lowers this worker only, and the page keeps answering on a busy machine. Jobs posted
// meanwhile wait in the port until the loop listens.
try {
  setPriority(Math.min(19, getPriority() + 10))
} catch {
  // not allowed here: the review runs at the server's priority
}

await import('./review-worker-loop.js')
