/** The registry: every rule of docs/rules.md is registered, named after its file, and documented. */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { RULES, RULE_IDS } from '../../../src/review/rules/index.js'
import { playbookSchema } from '../../../src/review/playbook/schema.js'

const ROOT = join(import.meta.dirname, '../../..')
const documented = [...readFileSync(join(ROOT, 'docs/rules.md'), 'utf8').matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1])

test('every rule of docs/rules.md is registered, once', () => {
  expect(documented.length).toBeGreaterThanOrEqual(17)
  expect(documented.filter((id) => !RULE_IDS.includes(id!))).toEqual([])
  expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length)
})

test('each rule lives in src/review/rules/<id>.ts and has docs/rules/<id>.md', () => {
  const files = readdirSync(join(ROOT, 'src/review/rules')).filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual([...RULE_IDS].sort())
  for (const rule of RULES) {
    expect(rule.meta.docs).toBe(`docs/rules/${rule.id}.md`)
    expect(existsSync(join(ROOT, rule.meta.docs)), rule.meta.docs).toBe(true)
  }
})

test('the thresholds the rules read have defaults', () => {
  expect(playbookSchema.parse({}).thresholds).toEqual({
    minNoticeMonths: 3,
    maxProofDays: 5,
    minReturnDays: 7,
    minLiabilityCap: 100000,
    minLiabilityCapMonths: 12,
    maxPaymentDays: 60,
    maxPaymentDaysEndOfMonth: 45,
  })
})
