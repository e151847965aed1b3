/**
 * `clausier build` and the law (issue #12): a deal the law forbids is refused with exit code 2 and
 * one line per problem, each with its source; a risky deal builds with a warning; a default that
 * changes the deal is printed.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { stringify } from 'yaml'
import { cli, exampleInput, tempDir } from '../helpers.js'
import type { DealInput } from '../../src/deal/schema.js'

function dealFile(change: (d: DealInput) => void, which: 'fr' | 'en' = 'en'): string {
  const d = exampleInput(which)
  change(d)
  const path = join(tempDir(), 'deal.yaml')
  writeFileSync(path, stringify(d))
  return path
}

test('energy-renovation phone canvassing is refused: exit 2, one line per problem, with its source, nothing built', async () => {
  const path = dealFile((d) => {
    d.sectors = ['rénovation énergétique', 'isolation des combles']
    d.price = { ...d.price, paymentBasis: 'end-of-month', paymentDays: 45 }
  })
  const r = await cli(['build', path])
  expect(r.code).toBe(2)
  expect(r.out).toBe('')
  const lines = r.err.trimEnd().split('\n')
  expect(lines).toHaveLength(2)
  expect(lines[0]).toMatch(/^clausier: .*deal\.yaml {2}sectors {2}refused: canvassing consumers by phone for energy renovation or renewable-energy equipment is banned .*\(C\. consom\. L\. 223-1 \(loi n° 2020-901\)\)$/)
  expect(lines[1]).toMatch(/deal\.yaml {2}price\.paymentBasis {2}refused: a monthly invoice is a periodic invoice .*\(C\. com\. L\. 441-10 I; fine up to €2 M on the debtor, L\. 441-16\)$/)
  expect(r.err).not.toMatch(/\n\s+at /)
})

test('a risky deal builds, with the warning and its source on standard error', async () => {
  const path = dealFile((d) => void (d.generator.legalForm = 'association'))
  const r = await cli(['build', path])
  expect(r.code).toBe(0)
  expect(r.err).toContain('clausier: warning: generator.legalForm: LeadCall Europe (association) is not known to contract as a merchant')
  expect(r.err).toContain('(CPC art. 48)')
})

test('a default that changes the deal is printed (exclusivity the deal does not set)', async () => {
  const r = await cli(['build', dealFile((d) => void delete d.exclusivity)])
  expect(r.code).toBe(0)
  expect(r.err).toContain('clausier: default: exclusivity: not set in the deal; the draft makes every lead exclusive to Solaria Home Energy for 90 days, with 90-day deduplication')
  const set = await cli(['build', dealFile(() => {})])
  expect(set.err).not.toContain('default: exclusivity')
})

test('clauses check reads the example deals too and finds them coherent', async () => {
  const r = await cli(['clauses', 'check'])
  expect(r.code).toBe(0)
  expect(r.out + r.err).toMatch(/\d+ clause files OK/)
})
