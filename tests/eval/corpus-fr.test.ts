/**
 * The French half of the corpus of documents written by others (eval/corpus/fr): every labelled
 * file exists and has a SOURCES.md row, every id is a taxonomy id or a rule id, the labels obey the
 * examples' conventions, and each document's split is the one the hash rule of labels.yaml gives.
 * These check the data, not the detection (the corpus is never reviewed by a test).
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { parse } from 'yaml'
import { ART28_IDS, CLAUSE_IDS } from '../../src/library/taxonomy.js'
import { referencedByRule } from './referenced-rule.js'
import { ROOT } from '../helpers.js'

interface Label {
  file: string
  language: string
  kind: string
  facts: { channels: string[]; role: string; offshore: boolean; referencedTerms: boolean }
  present: string[]
  referenced: string[]
  redFlags: string[]
  split: string
  notes: string
}

const DIR = join(ROOT, 'eval/corpus/fr')
const labels = parse(readFileSync(join(DIR, 'labels.yaml'), 'utf8')) as Label[]
const sources = readFileSync(join(DIR, 'SOURCES.md'), 'utf8')
const IDS = new Set<string>([...CLAUSE_IDS, ...ART28_IDS])
const RULES = new Set(
  readdirSync(join(ROOT, 'docs/rules'))
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .map((f) => f.replace(/\.md$/, ''))
    .filter((r) => r !== 'missing-clause'),
)

/** The split rule stated at the top of labels.yaml. */
function splitOf(file: string): 'dev' | 'test' {
  const h = Number.parseInt(createHash('sha256').update(file, 'utf8').digest('hex').slice(0, 2), 16)
  return h % 5 < 2 ? 'test' : 'dev'
}

describe('the French corpus labels', () => {
  test('every document in the folder is labelled once, and every label names a document', () => {
    const docs = readdirSync(DIR).filter((f) => !['labels.yaml', 'SOURCES.md', 'README.md'].includes(f))
    const files = labels.map((l) => l.file)
    expect(new Set(files).size).toBe(files.length)
    expect([...files].sort()).toEqual([...docs].sort())
  })

  test.each(labels.map((l) => [l.file, l] as const))('%s: has a SOURCES.md row with a licence', (file) => {
    const row = sources.split('\n').find((line) => line.startsWith(`| \`${file}\` |`))
    expect(row).toBeDefined()
    expect(row!.split('|').length).toBeGreaterThanOrEqual(7)
  })

  test.each(labels.map((l) => [l.file, l] as const))('%s: well-formed and consistent', (file, label) => {
    expect(existsSync(join(DIR, file))).toBe(true)
    expect(label.language).toBe('fr')
    expect(['quote', 'purchase-order', 'insertion-order', 'contract']).toContain(label.kind)
    expect(['processor', 'joint', 'independent', 'unknown']).toContain(label.facts.role)
    for (const c of label.facts.channels) expect(['email', 'sms', 'phone', 'post']).toContain(c)
    for (const id of [...label.present, ...label.referenced]) expect(IDS.has(id), id).toBe(true)
    for (const r of label.redFlags) expect(RULES.has(r), r).toBe(true)
    expect(label.present.filter((id) => label.referenced.includes(id))).toEqual([])
    expect(new Set(label.present).size).toBe(label.present.length)
    expect(label.notes.length).toBeGreaterThan(40)
  })

  test.each(labels.map((l) => [l.file, l] as const))('%s: referenced follows the one rule, from the labelled facts', async (_file, label) => {
    const want = await referencedByRule(label)
    if (!label.facts.referencedTerms) expect(want).toEqual([])
    expect([...label.referenced].sort()).toEqual([...want].sort())
  })

  test.each(labels.map((l) => [l.file, l] as const))('%s: split follows the hash rule', (file, label) => {
    expect(label.split).toBe(splitOf(file))
  })

  test('the hash rule is the stated one on two known names', () => {
    // sha256("contrat-partenariat-widget-enchantier.md") starts 0x13 = 19, 19 mod 5 = 4 → dev
    expect(splitOf('contrat-partenariat-widget-enchantier.md')).toBe('dev')
    // sha256("cgu-administrations-demarches-simplifiees.md") starts 0x92 = 146, 146 mod 5 = 1 → test
    expect(splitOf('cgu-administrations-demarches-simplifiees.md')).toBe('test')
  })
})
