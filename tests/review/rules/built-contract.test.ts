/**
 * Our own contracts pass our own rules: a contract built from the library for the example deals
 * (FR and EN) gives no red flag, and no weak term beyond the deal's own choices.
 */
import { expect, test } from 'vitest'
import { assemble } from '../../../src/draft/assemble.js'
import { loadLibrary } from '../../../src/library/library.js'
import { renderMarkdown } from '../../../src/render/markdown.js'
import { compileLibrary } from '../../../src/review/detect.js'
import { reviewDocuments } from '../../../src/review/engine.js'
import { defaultPlaybook, playbookSchema } from '../../../src/review/playbook/schema.js'
import { RULES } from '../../../src/review/rules/index.js'
import { exampleDeal } from '../../helpers.js'
import { documentOf } from './harness.js'

const OTHERS = ['missing-clause', 'negated-clause', 'custom-phrase']
const library = await loadLibrary()
const options = { library, compiled: compileLibrary(library), rules: RULES.filter((r) => !OTHERS.includes(r.id)), playbook: defaultPlaybook(), today: '2026-11-29' }

function review(which: 'fr' | 'en', thresholds: Record<string, number> = {}) {
  const { contract } = assemble(exampleDeal(which), { library })
  const playbook = playbookSchema.parse({ thresholds })
  return reviewDocuments(documentOf(renderMarkdown(contract), `${which}.md`), [], { ...options, playbook }).findings.map((f) => `${f.ruleId}: ${f.message.slice(0, 120)}`)
}

test('the French contract has no red flag and no weak term', () => {
  expect(review('fr')).toEqual([])
})

test("the English deal's 5-day data-defect window is below the default 7 days, and only that", () => {
  expect(review('en')).toEqual([expect.stringMatching(/^weak-return-window: Return window of 5 days/)])
  expect(review('en', { minReturnDays: 5 })).toEqual([])
})
