import { expect, test } from 'vitest'
import { entriesKey, FactorIndex } from '../../src/review/factors.js'

const entries: Array<[string, number]> = [['consent', 0], ['proof of consent', 1], ['sent', 2], ['préavis', 3]]
const hits = (index: FactorIndex, text: string) => {
  const out: Array<[number, number]> = []
  index.scan(text, (key, end) => out.push([key, end]))
  return out
}

test('the automaton finds every factor occurrence, overlapping ones included', () => {
  const index = FactorIndex.build(entries)
  const sorted = hits(index, 'a proof of consent was sent').sort((a, b) => a[1] - b[1] || a[0] - b[0])
  expect(sorted).toEqual([[0, 17], [1, 17], [2, 17], [2, 26]])
})

test('saved as bytes and read back, it finds the same occurrences', () => {
  const built = FactorIndex.build(entries)
  const key = entriesKey(entries)
  const read = FactorIndex.fromBuffer(built.toBuffer(key), key)
  const text = 'proof of consent, préavis, consents sent'
  expect(read).toBeDefined()
  expect(hits(read!, text)).toEqual(hits(built, text))
})

test('saved bytes are refused for other entries or when truncated', () => {
  const built = FactorIndex.build(entries)
  const bytes = built.toBuffer(entriesKey(entries))
  expect(FactorIndex.fromBuffer(bytes, entriesKey([...entries, ['audit', 4]]))).toBeUndefined()
  expect(FactorIndex.fromBuffer(bytes.subarray(0, bytes.length - 4), entriesKey(entries))).toBeUndefined()
})

test('an automaton of more than 65,536 states keeps 32-bit transitions, saved and read back alike', () => {
  // 12,000 factors of 10 letters from a fixed generator: about 90,000 trie states.
  let seed = 7
  const letter = () => String.fromCharCode(97 + (((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) % 26))
  const many: Array<[string, number]> = Array.from({ length: 12_000 }, (_, i) => [Array.from({ length: 10 }, letter).join(''), i])
  const built = FactorIndex.build(many)
  const bytes = built.toBuffer(entriesKey(many))
  const states = bytes.readInt32LE(68)
  expect(states).toBeGreaterThan(65_536)
  const width = bytes.readInt32LE(64)
  // Header, class table, outStarts and outKeys (int32), then 4 bytes per transition.
  expect(bytes.length).toBe(64 + 12 + 128 + 4 * (states + 1 + bytes.readInt32LE(72)) + 4 * states * width)
  const read = FactorIndex.fromBuffer(bytes, entriesKey(many))!
  const text = `${many[0]![0]} ${many[11_999]![0]}x${many[4000]![0].slice(2)}`
  expect(hits(read, text)).toEqual(hits(built, text))
  expect(hits(read, text).map(([key]) => key)).toEqual([0, 11_999])
})

test('a smaller automaton saves 16-bit transitions: half the bytes a run reads', () => {
  const built = FactorIndex.build(entries)
  const bytes = built.toBuffer(entriesKey(entries))
  const states = bytes.readInt32LE(68)
  expect(bytes.length).toBe(64 + 12 + 128 + 4 * (states + 1 + bytes.readInt32LE(72)) + 2 * states * bytes.readInt32LE(64))
  // Read from an odd offset (an aligned copy is made): the same occurrences.
  const shifted = Buffer.alloc(bytes.length + 1)
  bytes.copy(shifted, 1)
  const read = FactorIndex.fromBuffer(shifted.subarray(1), entriesKey(entries))!
  expect(hits(read, 'proof of consent, préavis')).toEqual(hits(built, 'proof of consent, préavis'))
})

test('scanBits marks, as bits of 30 per word, the keys scan reports (keys sharing a word and a state merged)', () => {
  // Keys 0, 29, 30 and 61 on one factor: three words; key 31 shares a word with 30 at another state.
  const many: Array<[string, number]> = [['lead', 0], ['lead', 29], ['lead', 30], ['lead', 61], ['leads', 31], ['price', 5]]
  const index = FactorIndex.build(many)
  for (const text of ['the leads and the price', 'no match here', 'lead']) {
    const expected = [0, 0, 0]
    index.scan(text, (key) => (expected[(key / 30) | 0]! |= 1 << key % 30))
    const bits = [0, 0, 0]
    const top = index.scanBits(text, bits)
    expect(bits).toEqual(expected)
    expect(top).toBe(Math.max(...[...text].map((c) => c.charCodeAt(0))))
  }
  const bits = [0, 0, 0]
  index.scanBits('the leads', bits)
  expect(bits).toEqual([1 | (1 << 29), 1 | 2, 1 << 1])
})

test('built or read back, the automaton reports exactly the occurrences a plain search finds (overlapping factors)', () => {
  let seed = 3
  const pick = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) % n
  const word = (len: number) => Array.from({ length: len }, () => 'abc '[pick(4)]).join('')
  const factors: Array<[string, number]> = Array.from({ length: 60 }, (_, i) => [word(1 + pick(5)), i])
  const built = FactorIndex.build(factors)
  const read = FactorIndex.fromBuffer(built.toBuffer(entriesKey(factors)), entriesKey(factors))!
  for (let t = 0; t < 200; t++) {
    const text = word(pick(40)) + (t % 2 ? 'é' : 'X')
    const expected: Array<[number, number]> = []
    for (let end = 0; end < text.length; end++) for (const [f, key] of factors) if (text.slice(0, end + 1).endsWith(f)) expected.push([key, end])
    const sort = (a: Array<[number, number]>) => [...new Set(a.map(([k, e]) => `${e}:${k}`))].sort()
    expect(sort(hits(built, text))).toEqual(sort(expected))
    expect(hits(read, text)).toEqual(hits(built, text))
  }
})
