/**
 * A RuleTester for reviewer rules (ESLint's shape): a table of valid cases (no finding) and
 * invalid cases (exact findings: message substring and line), documents built in memory.
 */
import { describe, expect, test } from 'vitest'
import { loadLibrary } from '../../../src/library/library.js'
import type { ReviewDocument, TextBlock } from '../../../src/read/document.js'
import type { Rule } from '../../../src/review/define-rule.js'
import { compileLibrary } from '../../../src/review/detect.js'
import { reviewDocuments } from '../../../src/review/engine.js'
import { playbookSchema, type Playbook } from '../../../src/review/playbook/schema.js'
import { RULES } from '../../../src/review/rules/index.js'
import type { Finding } from '../../../src/review/types.js'

/** Options of one case: the review date and playbook thresholds. */
export interface CaseOptions {
  /** ISO review date (default 2026-11-29). */
  today?: string
  thresholds?: Partial<Playbook['thresholds']>
}

export interface ValidCase extends CaseOptions {
  name: string
  text: string
}

export interface ExpectedFinding {
  /** A substring of the message. */
  message: string
  line: number
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[]
}

/**
 * A document from text: one block per non-empty line, its line number the line's index + 1.
 * A line starting with `#` is a heading, one starting with `- ` a list item; others are paragraphs.
 */
export function documentOf(text: string, path = 'doc.md'): ReviewDocument {
  const blocks: TextBlock[] = []
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim()
    if (!line) return
    const heading = /^(#{1,6})\s+(.*)$/.exec(line)
    if (heading) blocks.push({ kind: 'heading', text: heading[2]!, line: i + 1, column: 1, level: heading[1]!.length })
    else if (line.startsWith('- ')) blocks.push({ kind: 'list-item', text: line.slice(2), line: i + 1, column: 1 })
    else blocks.push({ kind: 'paragraph', text: line, line: i + 1, column: 1 })
  })
  return { path, format: 'md', blocks }
}

const library = await loadLibrary()
const compiled = compileLibrary(library)

/** Runs one rule on a text and returns its findings. */
export function findings(text: string, rule: Rule, options: CaseOptions = {}): Finding[] {
  const playbook = playbookSchema.parse({ thresholds: options.thresholds ?? {} })
  return reviewDocuments(documentOf(text), [], { library, compiled, rules: [rule], playbook, today: options.today ?? '2026-11-29' }).findings
}

function describeFindings(list: readonly Finding[]): string {
  return list.map((f) => `  line ${f.line ?? '-'}: ${f.message}`).join('\n')
}

/** Runs a table of valid and invalid cases against one rule. */
export function ruleTester(rule: Rule, cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }): void {
  describe(rule.id, () => {
    describe('valid', () => {
      test.each(cases.valid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        const found = findings(c.text, rule, c)
        expect(found, `expected no finding, got:\n${describeFindings(found)}`).toEqual([])
      })
    })
    describe('invalid', () => {
      test.each(cases.invalid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        const found = findings(c.text, rule, c)
        const detail = `got:\n${describeFindings(found)}`
        expect(found.length, detail).toBe(c.errors.length)
        c.errors.forEach((e, i) => {
          const f = found[i]!
          expect(f.ruleId, detail).toBe(rule.id)
          expect(f.line, detail).toBe(e.line)
          expect(f.message, detail).toContain(e.message)
          expect(f.docs).toBe(`docs/rules/${rule.id}.md`)
          expect(f.sources === undefined || f.sources.length > 0).toBe(true)
        })
      })
    })
  })
}

/** A document's text from its lines (line n of the document is the n-th argument). */
export function lines(...text: string[]): string {
  return text.join('\n')
}

/** The rule with this id (a test naming a rule that does not exist fails here). */
export function ruleById(id: string): Rule {
  const found = RULES.find((r) => r.id === id)
  if (!found) throw new Error(`no rule ${id}`)
  return found
}
