/**
 * The labelled examples (examples/quotes/labels.yaml), read by the real readers and reported by
 * the CLI's JSON: every clause status and every red flag is the one its label gives, and the
 * Markdown source of each generated document gives the same statuses as the file it ships as.
 */
import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { parse } from 'yaml'
import { ART28_IDS, CLAUSE_IDS } from '../../src/library/taxonomy.js'
import { cli, ROOT } from '../helpers.js'

interface Label {
  file: string
  present?: string[]
  referenced?: string[]
  redFlags?: string[]
}
interface JsonFile {
  path: string
  clauses: Array<{ id: string; status: string }>
  findings: Array<{ ruleId: string }>
}

const DIR = join(ROOT, 'examples/quotes')
const labels = parse(readFileSync(join(DIR, 'labels.yaml'), 'utf8')) as Label[]
const SOURCES = ['accord-sous-traitance-neolead-nexaline', 'bon-de-commande-gagnez-plus-coregistration', 'contrat-cadre-kalyso-cofinea', 'devis-leadflow-assurance', 'devis-watt-contact-renovation-energetique', 'insertion-order-clickvantage-lumio', 'lead-generation-agreement-harbourline-bellport', 'order-form-brightline-live-transfers', 'quote-northstar-home-insurance']

async function reviewJson(paths: string[]): Promise<JsonFile[]> {
  const { code, out, err } = await cli(['review', ...paths, '--format', 'json', '--fail-on', 'never', '--date', '2026-11-29'])
  expect(err).toBe('')
  expect(code).toBe(0)
  return (JSON.parse(out) as { files: JsonFile[] }).files
}

const statuses = (file: JsonFile) => Object.fromEntries(file.clauses.map((c) => [c.id, c.status]))

describe('the labelled examples', async () => {
  const files = await reviewJson(labels.map((l) => join(DIR, l.file)))

  test('there are at least 12, in md, txt, docx, pdf and html', () => {
    expect(labels.length).toBeGreaterThanOrEqual(12)
    expect(new Set(labels.map((l) => l.file.split('.').pop()))).toEqual(new Set(['md', 'txt', 'docx', 'pdf', 'html']))
  })

  test.each(labels.map((l, i) => [l.file, l, i] as const))('%s: every status is the labelled one', (_file, label, i) => {
    const got = statuses(files[i]!)
    const expected: Record<string, string> = {}
    for (const id of [...CLAUSE_IDS, ...ART28_IDS]) {
      if (id.startsWith('art28-') && got[id] === undefined && !label.present?.includes(id)) continue
      expected[id] = label.present?.includes(id) ? 'present' : label.referenced?.includes(id) ? 'referenced' : 'missing'
    }
    expect(got).toEqual(expected)
  })

  test.each(labels.map((l, i) => [l.file, l, i] as const))('%s: the red flags are the labelled ones', (_file, label, i) => {
    const flags = new Set(files[i]!.findings.map((f) => f.ruleId).filter((r) => r !== 'missing-clause'))
    expect([...flags].sort()).toEqual([...(label.redFlags ?? [])].sort())
  })
})

describe('each generated example and its Markdown source', async () => {
  const shipped = SOURCES.map((name) => labels.find((l) => l.file.startsWith(`${name}.`))!.file)
  const [fromShipped, fromSource] = await Promise.all([reviewJson(shipped.map((f) => join(DIR, f))), reviewJson(SOURCES.map((name) => join(DIR, 'sources', `${name}.md`)))])
  test.each(shipped.map((f, i) => [f, i] as const))('%s gives the statuses of its source', (_file, i) => {
    expect(basename(fromSource[i]!.path, '.md')).toBe(SOURCES[i])
    expect(statuses(fromShipped[i]!)).toEqual(statuses(fromSource[i]!))
  })
})
