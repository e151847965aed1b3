/**
 * `weak-proof-delay`: the generator delivers the proof of consent of a lead later than
 * `thresholds.maxProofDays` after the request. Days count as written (a business day is a day).
 */
import { defineRule, msg } from '../define-rule.js'
import { quote, reportParts } from './support/patterns.js'
import { proofDelays } from './support/proof.js'
import { formatDuration } from './support/quantities.js'
import { isDeal } from './support/deal.js'

const SOURCES = ['GDPR art. 7(1)', 'CNIL SAN-2022-021 (EDF) §20', 'C. consom. L. 223-1 (from 11 Aug 2026)']

export default defineRule({
  id: 'weak-proof-delay',
  meta: { description: 'Report a proof-of-consent delay above the playbook threshold', severity: 'warning' },
  check(ctx) {
    // A notice to the people whose data it describes is no deal: its terms are not judged (support/deal.ts).
    if (!isDeal(ctx)) return
    const { lang } = ctx
    const max = ctx.playbook.thresholds.maxProofDays
    for (const { sentence: s, duration: longest } of proofDelays(ctx.sentences)) {
      if (longest.days <= max) continue
      const found = formatDuration(longest, lang)
      ctx.report({
        message: msg(lang, {
          en: `Proof of consent delivered within ${found} ("${quote(s, longest.index)}"): above the playbook's ${max} days; the Buyer must be able to show consent promptly to a data subject or an authority, so ask for delivery within ${max} days, faster for an authority's request (GDPR art. 7(1); CNIL SAN-2022-021 (EDF) §20) (playbook maxProofDays)`,
          fr: `Preuve du consentement remise sous ${found} (« ${quote(s, longest.index)} ») : au-delà des ${max} jours du playbook ; le Client doit pouvoir démontrer rapidement le consentement à une personne ou à une autorité : exigez une remise sous ${max} jours, plus rapide en cas de demande d'une autorité (RGPD art. 7(1) ; CNIL, délibération SAN-2022-021 (EDF) §20) (playbook maxProofDays)`,
        }),
        ...reportParts(ctx, s, SOURCES, 'consent-proof'),
      })
    }
  },
})
