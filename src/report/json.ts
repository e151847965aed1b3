/** `--format json`: the review as data (version 1, see docs/json-format.md). */
import type { FileReview } from '../review/types.js'
import { VERSION } from '../core/version.js'
import type { JsonReport } from './json-schema.js'

/** Builds the JSON report object. */
export function jsonReport(files: readonly FileReview[]): JsonReport {
  const all = files.flatMap((f) => f.findings)
  return {
    version: 1,
    tool: { name: 'clausier', version: VERSION },
    summary: { files: files.length, errors: all.filter((f) => f.severity === 'error').length, warnings: all.filter((f) => f.severity === 'warning').length },
    files: files.map((f) => ({
      path: f.path,
      with: f.with,
      language: f.language,
      kind: f.kind,
      facts: { ...f.facts, ...(f.facts.role === undefined ? { role: undefined } : {}) },
      clauses: f.clauses,
      findings: f.findings,
      ...(f.ocr ? { ocr: f.ocr } : {}),
    })) as JsonReport['files'],
  }
}

/** Renders the JSON report as text. */
export function renderJson(files: readonly FileReview[]): string {
  return `${JSON.stringify(jsonReport(files), null, 2)}\n`
}
