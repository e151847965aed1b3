/**
 * Defaults that change the deal. The schema fills in protective values silently; these are the
 * ones a lawyer would not expect (exclusivity the deal never mentions, an uncapped indemnity, a
 * missing share capital), so the builder applies them here and says so. A deal without a date is not
 * one of them: leaving the signature dates blank is what a lawyer expects.
 */
import type { Deal } from './schema.js'
import { DEFAULT_EXCLUSIVITY } from './terms.js'

/** A deal whose announced defaults are applied. */
export type ResolvedDeal = Deal & { exclusivity: NonNullable<Deal['exclusivity']> }

/** The deal with its announced defaults applied, and one line per default that changes it. */
export function resolveDefaults(deal: Deal): { deal: ResolvedDeal; notices: string[] } {
  const notices: string[] = []
  if (deal.exclusivity === undefined) {
    notices.push(`exclusivity: not set in the deal; the draft makes every lead exclusive to ${deal.buyer.name} for ${DEFAULT_EXCLUSIVITY.periodDays} days, with ${DEFAULT_EXCLUSIVITY.dedupDays}-day deduplication (set exclusivity to change or drop it)`)
  }
  if (deal.liability.dataCapFloor === undefined) notices.push('liability.dataCapFloor: not set; the indemnity for data-protection, consent and canvassing breaches is uncapped')
  for (const key of ['buyer', 'generator'] as const) {
    if (deal[key].capital === undefined) notices.push(`${key}.capital: not set; the share capital is left as [●] (required on company documents)`)
  }
  return { deal: { ...deal, exclusivity: deal.exclusivity ?? { ...DEFAULT_EXCLUSIVITY } }, notices }
}
