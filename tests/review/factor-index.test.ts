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
