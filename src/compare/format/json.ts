/** `--format json`: the comparison as data (version 1; schema in json-schema.ts). */
import { VERSION } from '../../core/version.js'
import type { Comparison } from '../compare.js'
import type { CompareReport } from './json-schema.js'

/** Counts of a comparison, by kind of change. */
export function summarize(c: Comparison): CompareReport['summary'] {
  const count = (kind: string) => c.changes.filter((x) => x.change === kind).length
  return {
    matched: c.matched,
    removed: count('removed'),
    added: count('added'),
    modified: count('modified'),
    moved: c.changes.filter((x) => x.change === 'moved' || x.moved).length,
    weakened: c.changes.filter((x) => x.weakened).length,
    failing: c.failing,
  }
}

/** The JSON report object. */
export function compareReport(c: Comparison): CompareReport {
  return { version: 1, tool: { name: 'clausier', version: VERSION }, ours: c.ours, theirs: c.theirs, language: c.lang, summary: summarize(c), changes: c.changes, findings: c.findings }
}

/** Renders the JSON report as text. */
export function renderCompareJson(c: Comparison): string {
  return `${JSON.stringify(compareReport(c), null, 2)}\n`
}
