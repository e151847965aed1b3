import { expect, test } from 'vitest'
import { normalizeText } from '../../src/read/blocks.js'

/** The readers' normalisation as first written: every run of white space replaced. */
const reference = (text: string) =>
  text
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .normalize('NFC')

test('collapsing only runs and non-space white space gives what replacing every run gave', () => {
  const alphabet = [' ', ' ', '\t', '\n', '\r', '\u00a0', '\u2028', '\u3000', '\ufeff', '\u200b', '\u00ad', 'a', 'B', 'é', 'e\u0301', '.', '’']
  // A fixed pseudo-random sequence (the same texts each run).
  let seed = 12345
  const next = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) % alphabet.length
  let differing = 0
  for (let n = 0; n < 20_000; n++) {
    let text = ''
    for (let i = 0, len = n % 17; i < len; i++) text += alphabet[next()]!
    if (normalizeText(text) !== reference(text)) differing++
  }
  expect(differing).toBe(0)
  expect(normalizeText(' a \t b\u00a0c  \n d\ufeff ')).toBe('a b c d')
})
