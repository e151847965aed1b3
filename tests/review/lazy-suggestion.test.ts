/**
 * Suggested clause texts are rendered only when something reads them (the terminal report never
 * does): until then a finding's `suggestion` is a getter; reading it, serialising the finding or
 * cloning it to another thread gives the rendered text, which then stays a plain value.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { loadLibrary } from '../../src/library/library.js'
import { readBuffer } from '../../src/read/index.js'
import { clauseText } from '../../src/review/engine.js'
import { defaultPlaybook } from '../../src/review/playbook/schema.js'
import { createReviewer } from '../../src/review/reviewer.js'
import { renderStylish } from '../../src/report/stylish.js'

const QUOTE = join(import.meta.dirname, '..', '..', 'examples', 'quotes', 'bon-de-commande-azur-leads-piscines.md')

async function review() {
  const library = await loadLibrary()
  const reviewer = createReviewer({ library, playbook: defaultPlaybook(), today: '2026-11-29' })
  const doc = await readBuffer(readFileSync(QUOTE), QUOTE)
  return { library, result: reviewer.review(doc) }
}

const isPending = (finding: object) => typeof Object.getOwnPropertyDescriptor(finding, 'suggestion')?.get === 'function'

test('a suggestion is not rendered by the review nor by the terminal report', async () => {
  const { result } = await review()
  const suggesting = result.findings.filter((f) => 'suggestion' in f)
  expect(suggesting.length).toBeGreaterThan(10)
  renderStylish([result], false, 'fr')
  expect(suggesting.filter((f) => !isPending(f))).toEqual([])
})

test('reading a suggestion renders the library clause once and keeps it as a plain value', async () => {
  const { library, result } = await review()
  const finding = result.findings.find((f) => f.ruleId === 'missing-clause' && f.clauseId === 'consent-proof')!
  expect(isPending(finding)).toBe(true)
  const clause = library.byId.get('consent-proof')![0]!
  const text = clauseText(clause, 'fr', library.prepared)
  expect(finding.suggestion).toBe(text)
  expect(Object.getOwnPropertyDescriptor(finding, 'suggestion')).toEqual({ value: text, enumerable: true, configurable: true, writable: true })
})

test('JSON and a structured clone carry the text, in the same key order as a plain property', async () => {
  const { result } = await review()
  const finding = result.findings.find((f) => f.ruleId === 'missing-clause' && f.clauseId === 'consent-proof')!
  const cloned = structuredClone(finding)
  expect(Object.getOwnPropertyDescriptor(cloned, 'suggestion')?.value).toContain('Preuve')
  const json = JSON.parse(JSON.stringify(finding)) as Record<string, unknown>
  expect(Object.keys(json)).toEqual(['ruleId', 'severity', 'clauseId', 'message', 'sources', 'suggestion', 'docs'])
  expect(json.suggestion).toBe(cloned.suggestion)
})
