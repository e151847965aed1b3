/**
 * The default playbook, as plain data: the schema (schema.ts) takes its defaults from here, and a
 * run without a playbook file uses it without loading the schema library.
 */

/** The defaults; `defaultPlaybook()` gives a fresh copy. */
export const DEFAULT_PLAYBOOK = {
  severity: {} as Record<string, 'error' | 'warning' | 'off'>,
  thresholds: {
    minNoticeMonths: 3,
    maxProofDays: 5,
    minReturnDays: 7,
    minLiabilityCap: 100000,
    minLiabilityCapMonths: 12,
    maxPaymentDays: 60,
    maxPaymentDaysEndOfMonth: 45,
  },
  required: [] as string[],
  /** Clause ids that general terms of sale usually hold: `referenced`, not `missing`, when such terms are incorporated. */
  referenceable: [
    'documents-precedence',
    'price-payment',
    'liability-cap',
    'term-renewal',
    'termination-for-convenience',
    'termination-for-cause',
    'confidentiality',
    'assignment',
    'force-majeure',
    'governing-law',
    'jurisdiction',
  ],
  clausePhrases: {} as Record<string, string[]>,
  phrases: [] as Array<{ pattern: string; message: string; severity: 'error' | 'warning' }>,
}

/** A fresh copy of the default playbook (callers may change it). */
export function defaultPlaybook(): typeof DEFAULT_PLAYBOOK {
  return structuredClone(DEFAULT_PLAYBOOK)
}
