import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { isSmallReview, LARGE_REVIEW_FLAGS, reviewFlags, SMALL_REVIEW_BYTES, SMALL_REVIEW_FLAGS } from '../../src/cli/regexp-tier.js'
import { tempDir } from '../helpers.js'

describe('isSmallReview (when the CLI lets regular expressions run interpreted longer)', () => {
  const dir = tempDir()
  writeFileSync(join(dir, 'quote.md'), 'x'.repeat(1000))
  writeFileSync(join(dir, 'other.md'), 'y'.repeat(2000))
  writeFileSync(join(dir, 'big.txt'), 'z'.repeat(SMALL_REVIEW_BYTES + 1))
  mkdirSync(join(dir, 'folder'))

  test('a review of named files totalling at most the limit is small, options and their values aside', () => {
    expect(isSmallReview(['review', 'quote.md'], dir)).toBe(true)
    expect(isSmallReview(['review', 'quote.md', 'other.md', '-f', 'json', '--date', '2026-12-01', '-o', 'new.json'], dir)).toBe(true)
  })

  test('a large file, a folder, a glob, standard input, no file or another command is not', () => {
    expect(isSmallReview(['review', 'big.txt'], dir)).toBe(false)
    expect(isSmallReview(['review', 'quote.md', 'folder'], dir)).toBe(false)
    expect(isSmallReview(['review', 'quote.md', '*.md'], dir)).toBe(false)
    expect(isSmallReview(['review', '-'], dir)).toBe(false)
    expect(isSmallReview(['review', 'missing.md'], dir)).toBe(false)
    expect(isSmallReview(['build', 'quote.md'], dir)).toBe(false)
  })
})

describe('reviewFlags (V8 settings by review size)', () => {
  const dir = tempDir()
  writeFileSync(join(dir, 'quote.md'), 'x'.repeat(1000))
  writeFileSync(join(dir, 'big.txt'), 'z'.repeat(SMALL_REVIEW_BYTES + 1))

  test('a small review gets the small-review flags, any other review the smaller inlining budget and machine-code expressions', () => {
    expect(reviewFlags(['review', 'quote.md'], dir)).toEqual(SMALL_REVIEW_FLAGS)
    expect(reviewFlags(['review', 'big.txt'], dir)).toEqual(['--max-inlined-bytecode-size-cumulative=300', '--no-regexp-tier-up'])
    expect(reviewFlags(['review', '-'], dir)).toEqual(LARGE_REVIEW_FLAGS)
  })

  test('another command gets none', () => {
    expect(reviewFlags(['build', 'big.txt'], dir)).toEqual([])
    expect(reviewFlags(['build', 'quote.md'], dir)).toEqual([])
  })
})
