/**
 * `weak-liability-cap`: a liability cap below the playbook: a sum under
 * `thresholds.minLiabilityCap`, fees paid over fewer than `thresholds.minLiabilityCapMonths`
 * months, or the price of the leads (or order) concerned. With "whichever is greater", one
 * adequate component is enough.
 */
import { defineRule, msg } from '../define-rule.js'
import { capEvidence, capIndex, capSentences, capTerms, exclusionIndex, exclusionSentences, sideOfferingCap } from './support/caps.js'
import { quote, reportParts } from './support/patterns.js'
import { formatDuration, formatNumber } from './support/quantities.js'
import { isDeal } from './support/deal.js'

const SOURCES = ['C. civ. 1170', 'C. civ. 1231-3']

export default defineRule({
  id: 'weak-liability-cap',
  meta: { description: 'Report a liability cap below the playbook threshold', severity: 'warning' },
  check(ctx) {
    // A notice to the people whose data it describes is no deal: its terms are not judged (support/deal.ts).
    if (!isDeal(ctx)) return
    const { lang } = ctx
    const { minLiabilityCap, minLiabilityCapMonths } = ctx.playbook.thresholds
    const caps = capSentences(ctx.sentences)
    const evidence = caps.length === 0 ? capEvidence(ctx) : undefined
    for (const s of evidence ? [evidence] : caps) {
      // A cap on free trials or betas is not the cap on what the buyer pays for.
      if (sideOfferingCap(s)) continue
      const terms = capTerms(s)
      const weak: { en: string; fr: string }[] = []
      // Fees with no period grow with the contract: "the greater of" them and a sum is not known to be low.
      let adequate = terms.allFees
      for (const a of terms.amounts) {
        if (a.value >= minLiabilityCap) adequate = true
        else weak.push({ en: `${formatNumber(a.value, 'en')} ${a.currency} is below ${formatNumber(minLiabilityCap, 'en')}`, fr: `${formatNumber(a.value, 'fr')} ${a.currency} est inférieur à ${formatNumber(minLiabilityCap, 'fr')}` })
      }
      for (const d of terms.feePeriods) {
        if (d.months >= minLiabilityCapMonths) adequate = true
        else weak.push({ en: `fees over ${formatDuration(d, 'en')} are fewer than ${minLiabilityCapMonths} months' fees`, fr: `les sommes versées sur ${formatDuration(d, 'fr')} représentent moins de ${minLiabilityCapMonths} mois de prix` })
      }
      if (terms.perLead) weak.push({ en: 'the price of the leads concerned is a few euros', fr: 'le prix des leads concernés ne représente que quelques euros' })
      else if (terms.perOrder) weak.push({ en: 'the price of one order, deliverable, commission or prize bears no relation to the harm a failure may cause', fr: "le prix d'une seule commande, d'un livrable, d'une commission ou d'un lot est sans rapport avec le préjudice qu'un manquement peut causer" })
      if (weak.length === 0 || (terms.greater && adequate)) continue
      ctx.report({
        message: msg(lang, {
          en: `Liability cap too low ("${quote(s, capIndex(s))}"): ${weak.map((w) => w.en).join('; ')}; expected at least ${formatNumber(minLiabilityCap, 'en')} or ${minLiabilityCapMonths} months' fees, whichever is greater; a cap that empties the Generator's essential obligation is deemed unwritten (C. civ. 1170) (playbook minLiabilityCap, minLiabilityCapMonths)`,
          fr: `Plafond de responsabilité trop bas (« ${quote(s, capIndex(s))} ») : ${weak.map((w) => w.fr).join(' ; ')} ; attendu au moins ${formatNumber(minLiabilityCap, 'fr')} ou ${minLiabilityCapMonths} mois de prix, le plus élevé des deux ; un plafond qui vide de sa substance l'obligation essentielle du Fournisseur est réputé non écrit (C. civ. 1170) (playbook minLiabilityCap, minLiabilityCapMonths)`,
        }),
        ...reportParts(ctx, s, SOURCES, 'liability-cap'),
      })
    }
    if (caps.length > 0 || evidence) return
    // No cap: an exclusion of all liability, direct damages included, is a cap of zero.
    const zero = exclusionSentences(ctx.sentences).find((e) => e.direct)?.sentence
    if (!zero) return
    ctx.report({
      message: msg(lang, {
        en: `Liability excluded, direct damages included ("${quote(zero, exclusionIndex(zero))}"): a cap of zero; expected at least ${formatNumber(minLiabilityCap, 'en')} or ${minLiabilityCapMonths} months' fees, whichever is greater; a clause that empties the Generator's essential obligation is deemed unwritten (C. civ. 1170) (playbook minLiabilityCap, minLiabilityCapMonths)`,
        fr: `Responsabilité exclue, dommages directs compris (« ${quote(zero, exclusionIndex(zero))} ») : un plafond nul ; attendu au moins ${formatNumber(minLiabilityCap, 'fr')} ou ${minLiabilityCapMonths} mois de prix, le plus élevé des deux ; une clause qui vide de sa substance l'obligation essentielle du Fournisseur est réputée non écrite (C. civ. 1170) (playbook minLiabilityCap, minLiabilityCapMonths)`,
      }),
      ...reportParts(ctx, zero, SOURCES, 'liability-cap'),
    })
  },
})
