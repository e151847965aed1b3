/**
 * A stopped OCR engine refuses new jobs with an error we hold. Before, a page still in its
 * rotation probes when the time limit stopped the engine sent its next job to a terminated
 * worker: tesseract.js then failed outside any promise and the process ended with a stack trace.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'
import { createOcrEngine } from '../../src/read/ocr/engine.js'

const photo = readFileSync(fileURLToPath(new URL('../fixtures/ocr/photo-devis-leadflow-p1.jpg', import.meta.url)))

test('a job after terminate rejects with a held error, and nothing escapes', async () => {
  const escaped: unknown[] = []
  const onRejection = (reason: unknown) => escaped.push(reason)
  process.on('unhandledRejection', onRejection)
  try {
    const engine = await createOcrEngine(1)
    await engine.terminate()
    await expect(engine.recognize(new Uint8Array(photo))).rejects.toThrow(/^the OCR engine was stopped$/)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(escaped).toEqual([])
  } finally {
    process.off('unhandledRejection', onRejection)
  }
}, 20_000)
