/**
 * The literal gate saved by the build (dist/review-gate.bin) holds the automaton of the expressions
 * a review with the default playbook registers, their sources by rank, and the tables a run derives
 * for the build's groups: a review whose expressions and groups are those (in any order) maps it
 * back without sorting, hashing or merging anything; one whose groups differ derives its tables
 * from the saved automaton; one whose expressions differ builds its own. Each answers alike.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, expect, test } from 'vitest'
import { loadLibrary } from '../../src/library/library.js'
import { compileLibrary } from '../../src/review/detect.js'
import { anyMatches, GATE_FILE, gateBuffer, gatedGroups, gatedSources, gateGroup, gateOf, gateOrigin, openMask, readSavedGate, useSavedGate } from '../../src/review/gate.js'
// A review registers the rules' and the facts' expressions, then the library's.
import '../../src/review/reviewer.js'

const quotes = join(import.meta.dirname, '..', '..', 'examples', 'quotes')
/** Lines of the text examples (Markdown and plain text), and a few built to open many gates or none. */
const texts = [
  ...readdirSync(quotes)
    .filter((f) => /\.(md|txt)$/.test(f) && f !== 'README.md')
    .sort()
    .flatMap((f) => readFileSync(join(quotes, f), 'utf8').split('\n'))
    .filter((line) => line.trim().length > 0),
  'THE PROVIDER SHALL NOT SUBCONTRACT ANY LEAD GENERATION WITHOUT PRIOR WRITTEN CONSENT.',
  'le ſous-traitant', // ſ folds to s: every gate opens
  '',
]

/** Every gate's answer and every group's, for each text: gate bits in words of 31, then one flag per group. */
function answers(): number[][] {
  const ids = gatedSources().length
  const always = () => /(?:)/
  return texts.map((text) => {
    const out: number[] = []
    for (let from = 0; from < ids; from += 31) out.push(openMask(Int32Array.from({ length: Math.min(31, ids - from) }, (_, k) => from + k), text))
    for (const [g, members] of gatedGroups().entries()) {
      const gates = Int32Array.from(members)
      out.push(anyMatches(gates, members.map((_, i) => i), always, text, g) ? 1 : 0)
    }
    return out
  })
}

afterEach(() => useSavedGate(readFileSync(GATE_FILE)))

test("the build's gate is the one a review's expressions and groups make, and a review maps it back whole", async () => {
  compileLibrary(await loadLibrary(), {}, () => undefined)
  const saved = readFileSync(GATE_FILE)
  const made = gateBuffer()
  expect(made.equals(saved)).toBe(true)
  const parsed = readSavedGate(saved)!
  expect(parsed.sources).toEqual([...gatedSources()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
  expect(parsed.groupNames).toHaveLength(gatedGroups().length)
  useSavedGate(saved)
  expect(gateOrigin()).toBe('image')
})

test('a gate from the saved file opens exactly the gates and groups that one built from the expressions opens', async () => {
  compileLibrary(await loadLibrary(), {}, () => undefined)
  useSavedGate(readFileSync(GATE_FILE))
  expect(gateOrigin()).toBe('image')
  const fromImage = answers()
  useSavedGate(null)
  expect(gateOrigin()).toBe('built')
  const built = answers()
  expect(fromImage).toEqual(built)
  // Some gates open and some stay shut on these texts: the comparison can tell them apart.
  expect(built.flat().some((v) => v !== 0)).toBe(true)
  expect(built.slice(0, -3).some((row) => row.some((v) => v === 0))).toBe(true)
})

test('a damaged or truncated saved gate is not used: the gate is built, with the same answers', async () => {
  compileLibrary(await loadLibrary(), {}, () => undefined)
  const saved = readFileSync(GATE_FILE)
  useSavedGate(readFileSync(GATE_FILE))
  const want = answers()
  const end = saved.indexOf(10)
  const damaged = [
    saved.subarray(0, saved.length - 64), // truncated
    Buffer.concat([Buffer.from('x'), saved.subarray(1)]), // head no longer JSON
    Buffer.from(saved.toString('latin1').replace('"groups":', '"groupz":'), 'latin1'), // head without a field
    Buffer.alloc(0),
  ]
  for (const buffer of damaged) {
    expect(readSavedGate(buffer)).toBeUndefined()
    useSavedGate(buffer)
    expect(gateOrigin()).toBe('built')
    expect(answers()).toEqual(want)
  }
  // A source changed in the file (same length): the run's expressions are no longer the saved ones.
  const sourcesAt = end + 1 + (JSON.parse(saved.toString('latin1', 0, end)) as { sections: Record<string, [number, number]> }).sections.sources![0]
  const changed = Buffer.from(saved)
  changed[sourcesAt] = changed[sourcesAt] === 0x41 ? 0x42 : 0x41
  useSavedGate(changed)
  expect(gateOrigin()).toBe('built')
  expect(answers()).toEqual(want)
})

test('a run with other groups derives its tables from the saved automaton; one with other expressions builds its own', async () => {
  compileLibrary(await loadLibrary(), {}, () => undefined)
  useSavedGate(readFileSync(GATE_FILE))
  expect(gateOrigin()).toBe('image')
  // A group the build never made (a playbook's signal, say).
  gateGroup([gateOf(gatedSources()[0]!), gateOf(gatedSources()[1]!), gateOf(gatedSources()[2]!)].reverse())
  expect(gateOrigin()).toBe('file')
  const fromFile = answers()
  useSavedGate(null)
  expect(gateOrigin()).toBe('built')
  expect(answers()).toEqual(fromFile)
  // An expression the build never saw.
  useSavedGate(readFileSync(GATE_FILE))
  gateOf('\\bclausier-only test expression\\b')
  expect(gateOrigin()).toBe('built')
  expect(openMask(Int32Array.of(gateOf('\\bclausier-only test expression\\b')), 'a Clausier-only test expression here')).toBe(1)
  expect(openMask(Int32Array.of(gateOf('\\bclausier-only test expression\\b')), 'nothing of the kind')).toBe(0)
})
