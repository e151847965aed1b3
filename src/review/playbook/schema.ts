/**
 * The playbook: what a reviewing team decides — severities, thresholds of weak terms, extra
 * required clauses, custom phrases, rules turned off. Read from `clausier.config.yaml` (found from
 * the working directory upward) or `--playbook`, over the defaults below.
 */
import * as z from 'zod'
import { DEFAULT_PLAYBOOK } from './defaults.js'

export { defaultPlaybook } from './defaults.js'

const level = z.enum(['error', 'warning', 'off'])

export const playbookSchema = z.strictObject({
  /** Severity per rule id or per clause id (for `missing-clause`); `off` silences it. */
  severity: z.record(z.string(), level).default({}),
  thresholds: z
    .strictObject({
      /** Notice to terminate (for convenience) of at least this many months; days count 30 to a month (`weak-notice-period`). */
      minNoticeMonths: z.number().min(0).max(36).default(DEFAULT_PLAYBOOK.thresholds.minNoticeMonths),
      /** Proof of consent delivered within at most this many days of a request; a business day counts as a day (`weak-proof-delay`). */
      maxProofDays: z.number().min(1).max(60).default(DEFAULT_PLAYBOOK.thresholds.maxProofDays),
      /** A return window for defective leads of at least this many days; a business day counts as a day (`weak-return-window`, `returns-exclude-consent`). */
      minReturnDays: z.number().min(1).max(365).default(DEFAULT_PLAYBOOK.thresholds.minReturnDays),
      /** Liability cap at least this amount, in the document's currency (`weak-liability-cap`). */
      minLiabilityCap: z.number().min(0).default(DEFAULT_PLAYBOOK.thresholds.minLiabilityCap),
      /** A liability cap set as the fees paid over a period covers at least this many months of fees; market: 12 (`weak-liability-cap`). */
      minLiabilityCapMonths: z.number().min(0).max(120).default(DEFAULT_PLAYBOOK.thresholds.minLiabilityCapMonths),
      /** C. com. L. 441-10: payment at most 60 days from the invoice date … (`payment-terms`) */
      maxPaymentDays: z.number().min(0).max(365).default(DEFAULT_PLAYBOOK.thresholds.maxPaymentDays),
      /** … or 45 days end of month. */
      maxPaymentDaysEndOfMonth: z.number().min(0).max(365).default(DEFAULT_PLAYBOOK.thresholds.maxPaymentDaysEndOfMonth),
    })
    .prefault({}),
  /** Clause ids required in every document, whatever its facts. */
  required: z.array(z.string()).default([]),
  /** Clause ids that general terms of sale usually hold: `referenced`, not `missing`, when such terms are incorporated. */
  referenceable: z.array(z.string()).default(() => [...DEFAULT_PLAYBOOK.referenceable]),
  /** Extra phrases (regular expressions) that prove a clause, per clause id. */
  clausePhrases: z.record(z.string(), z.array(z.string().min(2))).default({}),
  /** Custom wording to flag, with the team's own message. */
  phrases: z
    .array(
      z.strictObject({
        pattern: z.string().min(2),
        message: z.string().min(1),
        severity: z.enum(['error', 'warning']).default('warning'),
      }),
    )
    .default([]),
})

/** A validated playbook, defaults applied. */
export type Playbook = z.infer<typeof playbookSchema>
