/**
 * The literal gate's automaton saved by the build (dist/review-gate.bin) is keyed by the sources of
 * the expressions a review registers: a review with the default playbook finds its key and maps
 * the saved automaton back instead of building one (a few hundred milliseconds).
 */
import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { loadLibrary } from '../../src/library/library.js'
import { compileLibrary } from '../../src/review/detect.js'
import { GATE_FILE, gateBuffer } from '../../src/review/gate.js'
// A review registers the rules' and the facts' expressions, then the library's.
import '../../src/review/reviewer.js'

test("the build's gate automaton carries the key of a review's expressions", async () => {
  compileLibrary(await loadLibrary(), {}, () => undefined)
  const saved = readFileSync(GATE_FILE)
  const key = saved.toString('latin1', 0, 64).trimEnd()
  expect(key).toMatch(/^[0-9a-f]{64}$/)
  const made = gateBuffer()
  expect(made.toString('latin1', 0, 64).trimEnd()).toBe(key)
  expect(made.equals(saved)).toBe(true)
})
