import { describe, expect, test } from 'vitest'
import { batchThreads, PARALLEL_FROM, takingOrder } from '../../src/cli/batch.js'
import { claimTask, type WorkerTask } from '../../src/review/worker-protocol.js'

const tasks = (n: number): WorkerTask[] => Array.from({ length: n }, (_, i) => ({ index: i, path: `f${i}`, display: `f${i}` }))
const queue = (failed: number) => {
  const q = new Int32Array(new SharedArrayBuffer(8))
  q[1] = failed
  return q
}

describe('review batch threads', () => {
  test('a few files stay in this thread; many take one thread per core, at most one per 4 files', () => {
    expect(batchThreads(PARALLEL_FROM - 1, 8)).toBe(1)
    expect(batchThreads(PARALLEL_FROM, 8)).toBe(2)
    expect(batchThreads(13, 8)).toBe(3)
    expect(batchThreads(101, 2)).toBe(2)
    expect(batchThreads(101, 1)).toBe(1)
  })

  test('threads sharing a queue take every file once, in order', () => {
    const setup = { files: tasks(5), queue: queue(5) }
    const taken: number[] = []
    for (let t = claimTask(setup); t; t = claimTask(setup)) taken.push(t.index)
    expect(taken).toEqual([0, 1, 2, 3, 4])
    expect(claimTask(setup)).toBeUndefined()
  })

  test('files are taken in input order, the last quarter largest first (ties in input order)', () => {
    expect(takingOrder([5, 1, 9, 2, 7, 3, 30, 8])).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
    expect(takingOrder([5, 1, 9, 2, 7, 3, 8, 30])).toEqual([0, 1, 2, 3, 4, 5, 7, 6])
    expect(takingOrder([50, 1, 2, 3, 4, 5, 6, 7, 8, 3, 0, 4])).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 9, 10])
    expect(takingOrder([1, 2, 3])).toEqual([0, 1, 2])
    expect(takingOrder([])).toEqual([])
  })

  test('after a failure, files after it in input order are not taken, files before it are', () => {
    const files = [3, 0, 4, 1, 2].map((i) => tasks(5)[i]!)
    const setup = { files, queue: queue(2) }
    const taken: number[] = []
    for (let t = claimTask(setup); t; t = claimTask(setup)) taken.push(t.index)
    expect(taken).toEqual([0, 1])
  })
})
