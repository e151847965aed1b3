/**
 * `liability-cap-no-data-carveout`: the document caps liability (the library's `liability-cap`
 * detection, or a sentence that reads like a cap) and nowhere carves out data-protection, consent
 * or confidentiality breaches, gross negligence or wilful misconduct. Reported once, at the cap.
 */
import { defineRule, msg } from '../define-rule.js'
import { capEvidence, capIndex, capSentences, hasDataCarveOut, sideOfferingCap } from './support/caps.js'
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
    if (!cap || hasDataCarveOut(ctx.sentences, caps.length > 0 ? caps : [cap])) return
    ctx.report({
      message: msg(ctx.lang, {
        en: `Liability cap without a carve-out for data protection ("${quote(cap, capIndex(cap))}"): a consent or data-protection failure of the Generator exposes the Buyer, as controller, to CNIL sanctions and claims whatever the Generator's cap; exclude from the cap breaches of data-protection, consent and confidentiality obligations, fraud, gross negligence and wilful misconduct, or set a separate, higher data cap (C. civ. 1231-3; GDPR art. 82(4)–(5); CNIL SAN-2024-003 (FORIOU) §27–28)`,
        fr: `Plafond de responsabilité sans exclusion pour la protection des données (« ${quote(cap, capIndex(cap))} ») : un défaut de consentement ou un manquement du Fournisseur au RGPD expose le Client, responsable de traitement, aux sanctions de la CNIL et aux réclamations quel que soit le plafond du Fournisseur ; excluez du plafond les manquements à la protection des données, au consentement et à la confidentialité, la fraude, la faute lourde et la faute intentionnelle, ou prévoyez un plafond distinct et plus élevé pour les données (C. civ. 1231-3 ; RGPD art. 82(4)–(5) ; CNIL SAN-2024-003 (FORIOU) §27–28)`,
      }),
      ...reportParts(ctx, cap, SOURCES, 'liability-cap'),
    })
  },
})
