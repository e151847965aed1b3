import { describe, expect, test } from 'vitest'
import { checkLibrary } from '../../src/draft/library-check.js'
import { parseClause } from '../../src/library/load.js'
import { loadLibrary } from '../../src/library/library.js'
import { renderClauseBody } from '../../src/library/render-clause.js'
import { LANGS } from '../../src/library/schema.js'
import { ALL_IDS } from '../../src/library/taxonomy.js'
import { resolveVariables } from '../../src/library/variables.js'
import { parseMarkdown } from '../../src/core/markdown.js'
import { cli } from '../helpers.js'

const library = await loadLibrary()

describe('the clause library', () => {
  test('clausier clauses check finds no problem', () => {
    const { problems } = checkLibrary()
    expect(problems.map((p) => `${p.file} ${p.path ?? ''} ${p.message}`)).toEqual([])
  })

  test('every taxonomy id has a clause file', () => {
    expect(ALL_IDS.filter((id) => !library.byId.has(id))).toEqual([])
    expect(library.byId.get('data-protection-roles')!.map((c) => c.variant)).toEqual(['independent', 'joint', 'processor'])
    expect(library.byId.get('telemarketing-rules')!.map((c) => c.variant)).toEqual(['bloctel', 'opt-in'])
  })

  const clauses = library.clauses
  test.each(clauses.flatMap((c) => LANGS.map((lang) => [`${c.id}${c.variant ? `.${c.variant}` : ''}`, lang, c] as const)))('%s renders in %s with its example values', (_name, lang, clause) => {
    const { values, problems } = resolveVariables(clause, undefined, lang)
    expect(problems).toEqual([])
    const md = renderClauseBody(clause, values, { lang, currency: 'EUR' })
    expect(md.length).toBeGreaterThan(80)
    expect(md).not.toMatch(/\{\{|\}\}/)
    const tree = parseMarkdown(md)
    expect(tree.children.every((n) => n.type === 'paragraph' || n.type === 'list')).toBe(true)
    expect(clause.sources.length).toBeGreaterThan(0)
  })
})

describe('clause file validation', () => {
  const valid = `---
id: confidentiality
family: general
version: 1
title: { en: Confidentiality, fr: Confidentialité }
severity: warning
sources: [C. civ. 1112-2]
reviewed: 2026-11-29
variables:
  years: { type: integer, min: 0, default: 5, description: { en: Years, fr: Années } }
detect:
  en: { headings: [confidential] }
  fr: { headings: [confidentialite] }
---
::: en
Kept secret for {{years}} years.
:::
::: fr
Gardé secret pendant {{years}} ans.
:::
`

  test('a valid file parses', () => {
    const { clause, problems } = parseClause(valid, 'x.md')
    expect(problems).toEqual([])
    expect(clause?.variables.years?.default).toBe(5)
  })

  test('schema errors are located in the front matter', () => {
    const { problems } = parseClause(valid.replace('severity: warning', 'severity: fatal').replace('id: confidentiality', 'id: nda'), 'x.md')
    expect(problems.map((p) => `${p.line}:${p.column} ${p.path} ${p.message}`)).toEqual([
      '2:5 id a taxonomy id, got "nda"',
      '6:11 severity expected one of "error", "warning", got "fatal"',
    ])
  })

  test('a missing language body is reported', () => {
    const { problems } = parseClause(valid.replace(/::: fr[\s\S]*$/, ''), 'x.md')
    expect(problems.map((p) => p.message)).toEqual(['missing or empty "::: fr" body'])
  })
})

describe('clausier clauses', () => {
  test('list prints every clause file with its facts', async () => {
    const r = await cli(['clauses', 'list'])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^consent-proof\s+gdpr\s+error\s+always\s+en,fr\s+\d+$/m)
    expect(r.out).toMatch(/^telemarketing-rules\s+opt-in\s+gdpr\s+error\s+channels=phone\s+en,fr\s+\d+$/m)
    expect(r.out).toMatch(/^\d+ clause files$/m)
  })

  test('show prints a clause in the language asked', async () => {
    const r = await cli(['clauses', 'show', 'consent-proof', '--lang', 'fr'])
    expect(r.code).toBe(0)
    expect(r.out).toContain('## Preuve du consentement')
    expect(r.out).toContain('dans un délai de 2 Jours Ouvrés')
  })

  test('show of an unknown id is a usage error', async () => {
    const r = await cli(['clauses', 'show', 'nda'])
    expect(r.code).toBe(2)
    expect(r.err).toBe('clausier: unknown clause id "nda" (see "clausier clauses list")\n')
  })

  test('check exits 0 on the shipped library', async () => {
    const r = await cli(['clauses', 'check'])
    expect(r.out).toMatch(/clause files OK\n$/)
    expect(r.code).toBe(0)
  })
})
