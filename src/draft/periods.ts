/**
 * Periods that several clauses state and that must agree: each comes from one deal field, and for
 * any deal every clause that states it must state the same value (a per-clause override in
 * `clauses:` must not split it). Checked by `clausier clauses check` (the library) and by every
 * build (the deal).
 */
import type { Problem } from '../core/errors.js'
import type { Library } from '../library/clause.js'
import type { Lang } from '../library/schema.js'
import { resolveVariables } from '../library/variables.js'

/** One period: the deal field it comes from and the clause variables that state it. */
export interface PeriodRule {
  id: string
  deal: string
  uses: readonly { clause: string; variable: string }[]
}

/** The periods that must agree across clauses. */
export const PERIODS: readonly PeriodRule[] = [
  { id: 'new-source-notice', deal: 'sourceChangeNoticeDays', uses: [{ clause: 'lead-sources', variable: 'noticeDays' }] },
  { id: 'form-change-notice', deal: 'formChangeNoticeDays', uses: [{ clause: 'lead-sources', variable: 'formChangeDays' }, { clause: 'audit-rights', variable: 'formChangeDays' }] },
  { id: 'subprocessor-notice', deal: 'subprocessorNoticeDays', uses: [{ clause: 'subcontracting', variable: 'changeNoticeDays' }, { clause: 'art28-subprocessor-changes', variable: 'subprocessorNoticeDays' }] },
  { id: 'survival', deal: 'survivalYears', uses: [{ clause: 'compliance-warranty', variable: 'survivalYears' }, { clause: 'indemnity', variable: 'survivalYears' }] },
  { id: 'proof-retention', deal: 'proofRetentionYears', uses: [{ clause: 'retention-deletion', variable: 'archiveYears' }, { clause: 'fraud-controls', variable: 'proofYears' }, { clause: 'telemarketing-rules', variable: 'proofYears' }] },
  { id: 'recording-retention', deal: 'recordingMonths', uses: [{ clause: 'fraud-controls', variable: 'recordingMonths' }, { clause: 'telemarketing-rules', variable: 'recordingMonths' }] },
]

/** Library problems: every use names a declared variable bound (`from`) to the period's deal field, in every variant. */
export function checkPeriodBindings(library: Library): Problem[] {
  const problems: Problem[] = []
  for (const period of PERIODS) {
    const defaults: { file: string; path: string; value: string }[] = []
    for (const use of period.uses) {
      const files = library.byId.get(use.clause) ?? []
      if (files.length === 0) problems.push({ file: 'clauses/', message: `period ${period.id}: no clause "${use.clause}"` })
      for (const clause of files) {
        const v = clause.variables[use.variable]
        if (!v) problems.push({ file: clause.file, path: `variables.${use.variable}`, message: `period ${period.id}: variable not declared` })
        else if (v.from !== period.deal) problems.push({ file: clause.file, path: `variables.${use.variable}.from`, message: `period ${period.id}: must come from ${period.deal}, got ${v.from ?? 'no deal field'}` })
        else defaults.push({ file: clause.file, path: `variables.${use.variable}.default`, value: JSON.stringify(v.default) })
      }
    }
    if (new Set(defaults.map((d) => d.value)).size > 1) {
      for (const d of defaults) problems.push({ file: d.file, path: d.path, message: `period ${period.id}: defaults differ (${defaults.map((x) => x.value).join(' v. ')})` })
    }
  }
  return problems
}

/**
 * Deal problems: for the clauses selected for this deal, every statement of a period has the same
 * value. `values` is what the clauses are rendered with (the deal, its defaults and terms).
 */
export function checkPeriodValues(library: Library, selected: ReadonlySet<string>, values: unknown, lang: Lang, file: string): Problem[] {
  const problems: Problem[] = []
  for (const period of PERIODS) {
    const stated: { where: string; value: unknown }[] = []
    for (const use of period.uses) {
      if (!selected.has(use.clause)) continue
      for (const clause of library.byId.get(use.clause) ?? []) {
        if (!clause.variables[use.variable]) continue
        const { values: resolved } = resolveVariables(clause, values, lang, file)
        if (use.variable in resolved) stated.push({ where: `${use.clause}.${use.variable}`, value: resolved[use.variable] })
        break
      }
    }
    const distinct = new Set(stated.map((s) => JSON.stringify(s.value)))
    if (distinct.size > 1) {
      problems.push({ file, path: `clauses`, message: `period ${period.id} is stated differently: ${stated.map((s) => `${s.where} = ${JSON.stringify(s.value)}`).join(', ')}; set ${period.deal} once instead` })
    }
  }
  return problems
}
