/** Every reviewer rule, in report order. */
import type { Rule } from '../define-rule.js'
import bannedSectorCanvassing from './banned-sector-canvassing.js'
import complianceShiftedToBuyer from './compliance-shifted-to-buyer.js'
import contestSourcesUnreviewed from './contest-sources-unreviewed.js'
import customPhrase from './custom-phrase.js'
import legitimateInterestCanvassing from './legitimate-interest-canvassing.js'
import liabilityCapNoDataCarveout from './liability-cap-no-data-carveout.js'
import missingClause from './missing-clause.js'
import negatedClause from './negated-clause.js'
import ocrLowConfidence from './ocr-low-confidence.js'
import partnerConsentUnnamed from './partner-consent-unnamed.js'
import paymentTerms from './payment-terms.js'
import retentionUntilOptOut from './retention-until-opt-out.js'
import returnsExcludeConsent from './returns-exclude-consent.js'
import sampleProof from './sample-proof.js'
import unlimitedSubcontracting from './unlimited-subcontracting.js'
import weakLiabilityCap from './weak-liability-cap.js'
import weakNoticePeriod from './weak-notice-period.js'
import weakProofDelay from './weak-proof-delay.js'
import weakReturnWindow from './weak-return-window.js'

export const RULES: readonly Rule[] = [
  missingClause,
  negatedClause,
  partnerConsentUnnamed,
  sampleProof,
  complianceShiftedToBuyer,
  returnsExcludeConsent,
  unlimitedSubcontracting,
  retentionUntilOptOut,
  legitimateInterestCanvassing,
  bannedSectorCanvassing,
  contestSourcesUnreviewed,
  liabilityCapNoDataCarveout,
  weakNoticePeriod,
  weakProofDelay,
  weakReturnWindow,
  weakLiabilityCap,
  paymentTerms,
  customPhrase,
  ocrLowConfidence,
]

/** The ids of every rule (for playbook validation). */
export const RULE_IDS: readonly string[] = RULES.map((r) => r.id)
