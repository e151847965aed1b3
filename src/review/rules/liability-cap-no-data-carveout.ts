/**
 * `liability-cap-no-data-carveout`: the document caps liability (the library's `liability-cap`
 * detection, or a sentence that reads like a cap) and nowhere carves out data-protection, consent
 * or confidentiality breaches, gross negligence or wilful misconduct. Reported once, at the cap.
 */
import { defineRule, msg } from '../define-rule.js'
import { capEvidence, capIndex, capSentences, exclusionIndex, exclusionSentences, hasDataCarveOut, sideOfferingCap } from './support/caps.js'
import { quote, reportParts } from './support/patterns.js'
import { isDeal } from './support/deal.js'

const SOURCES = ['C. civ. 1231-3', 'C. civ. 1170', 'GDPR art. 82(4)–(5)', 'CNIL SAN-2024-003 (FORIOU) §27–28']

/**
 * A cap stated by reference to another contract's limitations, with no amount of its own ("The
 * limitations of liability set forth in the Agreement shall apply to … this DPA", "Each party's
 * liability … is governed by the Main Contract (including any liability caps)", « dans les limites
 * prévues au Contrat »): the cap and its carve-outs are in that contract, which the review marks
 * referenced; whether it carves out data protection cannot be read here.
 */
const BY_REFERENCE =
  /(?<![\p{L}])(?:(?:limitations?|exclusions?|caps?|limits?)(?: and (?:limitations?|exclusions?))? (?:of|on) liabilit(?:y|ies)[^.;]{0,80}(?:in|of|under|set (?:out|forth) in|contained in|specified in|stated in) (?:the|its|our|your) (?:agreement|main (?:contract|agreement)|terms|master [a-z ]{0,30}agreement|msa|underlying agreement|principal agreement|services? agreement)|liabilit(?:y|ies)[^.;]{0,60}(?:subject to|governed by)[^.;]{0,30}(?:limitations? (?:in|of|set (?:out|forth) in) )?(?:the|its|our|your) (?:agreement|main (?:contract|agreement)|terms|msa|underlying agreement|principal agreement)|governed by (?:the|its|our|your) (?:agreement|main (?:contract|agreement)|terms|msa)[^.;]{0,40}(?:liabilit(?:y|ies) caps?|limitations? of liabilit)|(?:limites?|limitations?|plafonds?)(?: de (?:la )?responsabilite)? (?:prevue?s?|stipulee?s?|fixee?s?|definie?s?) (?:au|aux|dans l[ea]s?|par l[ea]s?) (?:contrat|accord|conditions generales)(?: principal| cadre)?)/u
/** Whether a cap sentence only points to another contract's cap (no amount, no cap of its own words). */
const capByReference = (norm: string): boolean => BY_REFERENCE.test(norm) && !/\d/.test(norm.replace(/\b(?:section|article|clause|schedule|annex)\s+\d+(?:\.\d+)*/g, ''))

export default defineRule({
  id: 'liability-cap-no-data-carveout',
  meta: { description: 'Report a liability cap with no carve-out for data-protection or consent breaches', severity: 'error' },
  check(ctx) {
    // A notice to the people whose data it describes is no deal: its terms are not judged (support/deal.ts).
    if (!isDeal(ctx)) return
    const all = capSentences(ctx.sentences)
    // A cap on free trials or betas alone is not the cap on what the buyer pays for.
    const caps = all.filter((c) => !sideOfferingCap(c))
    if (all.length > 0 && caps.length === 0) return
    const cap = caps[0] ?? capEvidence(ctx)
    // With no cap, an outright exclusion of liability for any loss is a cap of zero.
    const exclusion = cap ? undefined : exclusionSentences(ctx.sentences)[0]?.sentence
    const limit = cap ?? exclusion
    if (!limit || hasDataCarveOut(ctx.sentences, caps.length > 0 ? caps : [limit])) return
    // The cap lives in the contract it points to: its carve-outs too.
    if (cap && (caps.length > 0 ? caps : [cap]).every((c) => capByReference(c.norm))) return
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
