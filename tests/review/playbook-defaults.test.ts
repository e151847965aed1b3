import { expect, test } from 'vitest'
import { DEFAULT_PLAYBOOK, defaultPlaybook } from '../../src/review/playbook/defaults.js'
import { playbookSchema } from '../../src/review/playbook/schema.js'

test('the plain default playbook is exactly what the schema gives for an empty file', () => {
  expect(playbookSchema.parse({})).toEqual(DEFAULT_PLAYBOOK)
})

test('defaultPlaybook() is a fresh copy each time', () => {
  const a = defaultPlaybook()
  a.referenceable.push('audit-rights')
  a.thresholds.maxProofDays = 1
  expect(defaultPlaybook()).toEqual(DEFAULT_PLAYBOOK)
  expect(DEFAULT_PLAYBOOK.referenceable).not.toContain('audit-rights')
})
