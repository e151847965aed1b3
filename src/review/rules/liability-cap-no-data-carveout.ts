/**
 * `liability-cap-no-data-carveout`: the document caps liability (the library's `liability-cap`
 * detection, or a sentence that reads like a cap) and nowhere carves out data-protection, consent
 * or confidentiality breaches, gross negligence or wilful misconduct. Reported once, at the cap.
 */
import { defineRule, msg } from '../define-rule.js'
import { capEvidence, capIndex, capSentences, exclusionIndex, exclusionSentences, hasDataCarveOut, sideOfferingCap } from './support/caps.js'
import { quote, reportParts } from './support/patterns.js'

const SOURCES = ['C. civ. 1231-3', 'C. civ. 1170', 'GDPR art. 82(4)–(5)', 'CNIL SAN-2024-003 (FORIOU) §27–28']

export default defineRule({
  id: 'liability-cap-no-data-carveout',
  meta: { description: 'Report a liability cap with no carve-out for data-protection or consent breaches', severity: 'error' },
  check(ctx) {
    const all = capSentences(ctx.sentences)
    // A cap on free trials or betas alone is not the cap on what the buyer pays for.
    const caps = all.filter((c) => !sideOfferingCap(c))
    if (all.length > 0 && caps.length === 0) return
    const cap = caps[0] ?? capEvidence(ctx)
    // With no cap, an outright exclusion of liability for any loss is a cap of zero.
    const exclusion = cap ? undefined : exclusionSentences(ctx.sentences)[0]?.sentence
    const limit = cap ?? exclusion
    if (!limit || hasDataCarveOut(ctx.sentences, caps.length > 0 ? caps : [limit])) return
    const what = exclusion
      ? { en: `Liability excluded without a carve-out for data protection ("${quote(limit, exclusionIndex(limit))}")`, fr: `Responsabilité exclue sans exception pour la protection des données (« ${quote(limit, exclusionIndex(limit))} »)` }
      : { en: `Liability cap without a carve-out for data protection ("${quote(limit, capIndex(limit))}")`, fr: `Plafond de responsabilité sans exclusion pour la protection des données (« ${quote(limit, capIndex(limit))} »)` }
    ctx.report({
      message: msg(ctx.lang, {
        en: `${what.en}: a consent or data-protection failure of the Generator exposes the Buyer, as controller, to CNIL sanctions and claims whatever the Generator's cap; exclude from the cap breaches of data-protection, consent and confidentiality obligations, fraud, gross negligence and wilful misconduct, or set a separate, higher data cap (C. civ. 1231-3; GDPR art. 82(4)–(5); CNIL SAN-2024-003 (FORIOU) §27–28)`,
        fr: `${what.fr} : un défaut de consentement ou un manquement du Fournisseur au RGPD expose le Client, responsable de traitement, aux sanctions de la CNIL et aux réclamations quel que soit le plafond du Fournisseur ; excluez du plafond les manquements à la protection des données, au consentement et à la confidentialité, la fraude, la faute lourde et la faute intentionnelle, ou prévoyez un plafond distinct et plus élevé pour les données (C. civ. 1231-3 ; RGPD art. 82(4)–(5) ; CNIL SAN-2024-003 (FORIOU) §27–28)`,
      }),
      ...reportParts(ctx, limit, SOURCES, 'liability-cap'),
    })
  },
})
