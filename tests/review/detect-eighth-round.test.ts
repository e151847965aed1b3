/**
 * Classes found on the eighth round of English documents written by others (issue #11, GDPR DPAs
 * and the Art. 28 items): a document titled as processor terms at the level of its own sections
 * (front matter read as a heading, « ## Data Processing Agreement » over « ## 1. Definitions »)
 * is processor terms throughout. Each class has its traps: the same words about something else.
 */
import { describe, expect, test } from 'vitest'
import { loadLibrary } from '../../src/library/library.js'
import { compileLibrary, detectClauses } from '../../src/review/detect.js'
import { documentOf } from './rules/harness.js'

const library = await loadLibrary()
// Patterns alone: the learned model is tested elsewhere, and a pattern test must not pass by it.
const compiled = compileLibrary(library, {}, () => undefined)
const present = (text: string) => detectClauses([documentOf(text)], compiled).filter((c) => c.status === 'present').map((c) => c.id)

describe('a title naming processor terms at the level of its sections makes the whole document processor terms', () => {
  const body = [
    '## 1. Definitions',
    '"Sub-processor" means any third party engaged by the Processor.',
    '## 2. Obligations of the Processor',
    'The Processor shall process Personal Data only on documented instructions from the Customer.',
    '## 3. Breaches',
    'The Processor shall notify the Customer without undue delay after becoming aware of a Personal Data Breach.',
  ]
  test.each([
    ['a title heading at the level of the sections', ['## Data Processing Agreement', 'This agreement is an addendum to the Service Agreement.', ...body]],
    ['front matter read as a heading', ['## title: Data processing agreement description: How we process personal data for customers.', 'Last updated: 1 April 2026.', 'This agreement is an addendum to the Service Agreement between the parties.', ...body]],
  ])('%s: the Art. 28 items in its articles are present', (_name, lines) => {
    const got = present(lines.join('\n'))
    expect(got).toContain('art28-instructions')
    expect(got).toContain('art28-breach-notice')
  })
  test('trap: a contract whose title is no processor terms keeps its Art. 28 items in its processor annex', () => {
    const got = present(
      [
        '## Master Services Agreement',
        '## 1. Services',
        'The Supplier shall process Personal Data only on documented instructions from the Customer.',
        '## 2. Fees',
        'The Customer shall pay the fees within 30 days of invoice.',
        '## Annex 2 - Data Processing Agreement',
        'The Supplier shall notify the Customer without undue delay after becoming aware of a Personal Data Breach.',
      ].join('\n'),
    )
    expect(got).toContain('art28-breach-notice')
    expect(got).not.toContain('art28-instructions')
  })
})
