/**
 * Facts and conditions. A deal (builder) or a document (reviewer) is reduced to `Facts`; a clause's
 * `requiredWhen` and a variant's `when` are conditions evaluated against them.
 */
import type { Channel, Condition, OptionName, PhoneRegime, Role } from './schema.js'

/** What decides which clauses are required and which variant applies. */
export interface Facts {
  channels: readonly Channel[]
  role: Role | undefined
  offshore: boolean
  phoneRegime: PhoneRegime | undefined
  options: Readonly<Partial<Record<OptionName, boolean>>>
}

/** Date from which consumer phone canvassing needs prior consent (loi n° 2025-594, art. 13). */
export const OPT_IN_DATE = '2026-08-11'

/** The telephone regime for leads collected from `collectionStart` (ISO date). */
export function phoneRegimeFor(collectionStart: string): PhoneRegime {
  return collectionStart >= OPT_IN_DATE ? 'opt-in' : 'bloctel'
}

/** True when every key of the condition holds for the facts. */
export function holds(condition: Condition | undefined, facts: Facts): boolean {
  if (!condition) return true
  if (condition.channels && !condition.channels.some((c) => facts.channels.includes(c))) return false
  if (condition.roles && (facts.role === undefined || !condition.roles.includes(facts.role))) return false
  if (condition.offshore !== undefined && condition.offshore !== facts.offshore) return false
  if (condition.phoneRegime !== undefined && condition.phoneRegime !== facts.phoneRegime) return false
  if (condition.option !== undefined && facts.options[condition.option] !== true) return false
  return true
}

/** True when the condition is empty (the clause is always required). */
export function isUnconditional(condition: Condition): boolean {
  return Object.keys(condition).length === 0
}
