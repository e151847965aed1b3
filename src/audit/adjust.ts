/**
 * From an audit score to deal changes: which deal fields to set so that a draft built for a weak
 * generator adds or tightens the clauses the audit calls for. Pure; the builder applies them with
 * `applyAuditAdjustments` before assembling (`clausier build <deal> --audit answers.yaml`).
 */
import { dealSchema, type Deal } from '../deal/schema.js'
import type { AuditScore, ChangeOp } from './json-schema.js'
import { mergeChange } from './score.js'

/** One deal change: set `path` according to `op` and `value`, for `reason`. */
export interface AuditChange {
  /** Deal field, dotted (`proof.deliveryDays`). */
  path: string
  /** The bound or value: `at-most`/`at-least` a number, `set` the value, `if-absent` the value when the field is empty, `keep` a clause id to remove from `exclude`. */
  value: unknown
  op: ChangeOp
  /** The clause this change adds or tightens. */
  clause: string
  /** The questions whose answers call for it. */
  questions: string[]
  reason: { en: string; fr: string }
}

/** The deal changes called for by an audit score, one per deal field (the tightest bound wins). */
export function auditAdjustments(score: AuditScore): { changes: AuditChange[] } {
  const byPath = new Map<string, AuditChange>()
  for (const r of score.reinforce) {
    for (const c of r.changes) {
      const prev = byPath.get(c.path)
      const merged = prev ? mergeChange({ ...prev, why: prev.reason }, c) : c
      byPath.set(c.path, { path: merged.path, value: merged.value, op: merged.op, clause: prev?.clause ?? r.clause, questions: merged.questions, reason: merged.why })
    }
  }
  return { changes: [...byPath.values()] }
}

function getAt(root: unknown, path: string): unknown {
  let v = root
  for (const k of path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined
    v = (v as Record<string, unknown>)[k]
  }
  return v
}

function setAt(root: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.')
  let v = root
  for (const k of keys.slice(0, -1)) {
    const next = v[k]
    if (next === null || typeof next !== 'object') v[k] = {}
    v = v[k] as Record<string, unknown>
  }
  v[keys.at(-1)!] = value
}

/** The value to set for a change on this deal, or undefined when the deal is already as tight. */
function resolve(deal: Deal, c: AuditChange): { value: unknown } | undefined {
  const current = getAt(deal, c.path)
  switch (c.op) {
    case 'at-most':
      return typeof current === 'number' && typeof c.value === 'number' && current <= c.value ? undefined : { value: c.value }
    case 'at-least':
      return typeof current === 'number' && typeof c.value === 'number' && current >= c.value ? undefined : { value: c.value }
    case 'set':
      return current === c.value ? undefined : { value: c.value }
    case 'if-absent':
      return current === undefined || (Array.isArray(current) && current.length === 0) ? { value: structuredClone(c.value) } : undefined
    case 'keep':
      return Array.isArray(current) && current.includes(c.value) ? { value: current.filter((x) => x !== c.value) } : undefined
  }
}

/**
 * Applies the changes that tighten this deal; returns the new deal (re-validated, defaults filled)
 * and the changes applied, each with the value actually set.
 */
export function applyAuditAdjustments(deal: Deal, adjustments: { changes: readonly AuditChange[] }): { deal: Deal; applied: AuditChange[] } {
  const next = structuredClone(deal) as unknown as Record<string, unknown>
  const applied: AuditChange[] = []
  for (const c of adjustments.changes) {
    const r = resolve(deal, c)
    if (!r) continue
    setAt(next, c.path, r.value)
    applied.push({ ...c, value: r.value })
  }
  return { deal: dealSchema.parse(next), applied }
}
