/**
 * SARIF output, validated against the official SARIF 2.1.0 JSON schema (draft-04), vendored in
 * tests/fixtures/sarif-2.1.0.json (see tests/fixtures/README.md for where it comes from), with Ajv
 * and its formats (`uri`, `uri-reference`, `date-time`) checked.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import AjvDraft04 from 'ajv-draft-04'
import ajvFormats from 'ajv-formats'
import { describe, expect, test } from 'vitest'
import { pathToUri, renderSarif, sarifLog, type SarifLog } from '../../src/report/sarif.js'
import { VERSION } from '../../src/core/version.js'
import { EN_REVIEW, FR_PATH, FR_REVIEW, finding, review } from './fixtures.js'

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/sarif-2.1.0.json'), 'utf8')) as Record<string, unknown>
// CommonJS packages: `.default` is the class (and the plugin) both for TypeScript and at run time.
// `unicodeRegExp: false`: the 2.1.0 schema's `language` pattern has a stray "]" that only non-Unicode regular expressions accept.
const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false })
ajvFormats.default(ajv)
const validate = ajv.compile(schema)

function expectValid(log: unknown): void {
  const ok = validate(log)
  expect(ok ? [] : validate.errors?.map((e: { instancePath: string; message?: string }) => `${e.instancePath} ${e.message}`)).toEqual([])
}

const parsed = (files = [FR_REVIEW, EN_REVIEW]) => JSON.parse(renderSarif(files)) as SarifLog

describe('SARIF 2.1.0', () => {
  test('the vendored schema is the SARIF 2.1.0 one, and the validator rejects what it should', () => {
    expect(schema['title']).toMatch(/SARIF\) Version 2\.1\.0/)
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }] })).toBe(false)
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x', informationUri: 'not a uri' } } }] })).toBe(false)
    expect(validate({ version: '2.0.0', runs: [] })).toBe(false)
    const at = (uri: string) => ({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri } } }] }] }] })
    expect(validate(at('devis%20acme.md'))).toBe(true)
    expect(validate(at('devis acme.md'))).toBe(false)
  })

  test('French and English reviews together, one alone, and none at all validate against the schema', () => {
    expectValid(parsed())
    expectValid(parsed([FR_REVIEW]))
    expectValid(parsed([]))
    expectValid(parsed([review({ path: 'clean.md' })]))
  })

  test('header: $schema, version, one run, the tool driver', () => {
    const log = parsed()
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json')
    expect(log.version).toBe('2.1.0')
    expect(log.runs).toHaveLength(1)
    const driver = log.runs[0].tool.driver
    expect(driver).toMatchObject({ name: 'clausier', version: VERSION })
    expect(driver.informationUri).toMatch(/^https:\/\//)
  })

  test('one reporting descriptor per rule id used, with its description and an absolute help URI to its docs', () => {
    const { rules } = parsed().runs[0].tool.driver
    const used = [...new Set([...FR_REVIEW.findings, ...EN_REVIEW.findings].map((f) => f.ruleId))]
    expect(rules.map((r) => r.id)).toEqual(used)
    const missing = rules.find((r) => r.id === 'missing-clause')!
    expect(missing.shortDescription.text).toBe('Report essential clauses that the document lacks')
    expect(missing.helpUri).toMatch(/^https:\/\/.+\/docs\/rules\/missing-clause\.md$/)
    expect(missing.properties).toEqual({ docs: 'docs/rules/missing-clause.md' })
  })

  test('one result per finding: rule, level, message, region, clause id', () => {
    const log = parsed()
    const { results, tool } = log.runs[0]
    expect(results).toHaveLength(FR_REVIEW.findings.length + EN_REVIEW.findings.length)
    for (const r of results) expect(tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId)

    const payment = results.find((r) => r.ruleId === 'payment-terms')!
    expect(payment.level).toBe('error')
    expect(payment.message.text).toBe(FR_REVIEW.findings[1]!.message)
    expect(payment.locations[0].physicalLocation.region).toEqual({ startLine: 5, startColumn: 1 })
    expect(payment.properties).toEqual({ sources: ['C. com. L. 441-10'] })
    expect(payment.partialFingerprints).toBeUndefined()

    const cap = results.find((r) => r.ruleId === 'weak-liability-cap' && r.message.text.startsWith('Plafond'))!
    expect(cap.level).toBe('warning')

    const negated = results.find((r) => r.ruleId === 'negated-clause')!
    expect(negated.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'contracts/agreement.pdf' }, region: { startLine: 4, startColumn: 1, properties: { page: 2 } } })
    expect(negated.properties?.clauseId).toBe('consent-proof')
    expect(negated.partialFingerprints).toEqual({ 'clauseId/v1': 'negated-clause/consent-proof' })
  })

  test('a file-level finding is located by its file alone', () => {
    const missing = parsed().runs[0].results[0]!
    expect(missing.ruleId).toBe('missing-clause')
    expect(missing.locations[0]).toEqual({ physicalLocation: { artifactLocation: { uri: pathToUri(FR_PATH) } } })
    expect(missing.properties).toMatchObject({ clauseId: 'consent-proof', suggestion: FR_REVIEW.findings[0]!.suggestion })
  })

  test('paths become URI references: as given when they can be, encoded where they must', () => {
    expect(pathToUri('examples/quotes/devis.pdf')).toBe('examples/quotes/devis.pdf')
    expect(pathToUri('devis acme#1.md')).toBe('devis%20acme%231.md')
    expect(pathToUri('contrats\\été?.docx')).toBe('contrats/%C3%A9t%C3%A9%3F.docx')
    expect(pathToUri('<stdin>')).toBe('%3Cstdin%3E')
    expect(pathToUri('C:\\quotes\\q.pdf')).toBe('file:///C:/quotes/q.pdf')
    expect(pathToUri('a:b.md')).toBe('./a:b.md')
    const odd = ['<stdin>', 'C:\\quotes\\q 1.pdf', 'a:b.md', '/abs/path/x.md', '50%.md'].map((path) => review({ path, findings: [finding({ message: 'm' })] }))
    expectValid(sarifLog(odd))
  })

  test('an unknown rule id still gets a descriptor; a custom docs base is honoured', () => {
    const log = sarifLog([review({ path: 'a.md', findings: [finding({ ruleId: 'team-rule', message: 'm', line: 3 })] })], { docsBase: 'https://docs.example.org/clausier/' })
    expect(log.runs[0].tool.driver.rules[0]).toEqual({
      id: 'team-rule',
      shortDescription: { text: 'Team rule' },
      helpUri: 'https://docs.example.org/clausier/docs/rules/team-rule.md',
      properties: { docs: 'docs/rules/team-rule.md' },
    })
    expectValid(log)
  })
})
