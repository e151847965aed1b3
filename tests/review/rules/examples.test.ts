/**
 * The labelled example documents (examples/quotes/labels.yaml) in plain text formats: each rule of
 * this folder reports exactly the red flags the labels give (a careful legal reading).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { parse } from 'yaml'
import { loadLibrary } from '../../../src/library/library.js'
import { compileLibrary } from '../../../src/review/detect.js'
import { reviewDocuments } from '../../../src/review/engine.js'
import { defaultPlaybook } from '../../../src/review/playbook/schema.js'
import { RULES } from '../../../src/review/rules/index.js'
import { documentOf } from './harness.js'

const DIR = join(import.meta.dirname, '../../../examples/quotes')
const OTHERS = ['missing-clause', 'negated-clause', 'custom-phrase']
const rules = RULES.filter((r) => !OTHERS.includes(r.id))
const ids = rules.map((r) => r.id)

interface Label {
  file: string
  redFlags: string[]
}

const labels = (parse(readFileSync(join(DIR, 'labels.yaml'), 'utf8')) as Label[]).filter((l) => /\.(md|txt)$/.test(l.file))
const library = await loadLibrary()
const options = { library, compiled: compileLibrary(library), rules, playbook: defaultPlaybook(), today: '2026-11-29' }

describe('red flags of the labelled examples (md, txt)', () => {
  test('there are examples to check', () => {
    expect(labels.length).toBeGreaterThanOrEqual(5)
  })
  test.each(labels.map((l) => [l.file, l] as const))('%s', (file, label) => {
    const review = reviewDocuments(documentOf(readFileSync(join(DIR, file), 'utf8'), file), [], options)
    const found = [...new Set(review.findings.map((f) => f.ruleId))].sort()
    expect(found).toEqual(label.redFlags.filter((id) => ids.includes(id)).sort())
  })
})
