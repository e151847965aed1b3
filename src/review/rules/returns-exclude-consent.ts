/**
 * `returns-exclude-consent`: the returns policy excludes consent or compliance defects, closes its
 * list of return grounds without them, or gives them a window too short to obtain and check the
 * proof of consent (shorter than `thresholds.minReturnDays`).
 *
 * Short windows are shared with `weak-return-window`: the window set for consent or compliance
 * defects is reported here (as an error), every other short window there (as a warning).
 */
import { defineRule, msg } from '../define-rule.js'
import type { Sentence } from '../text.js'
import { onePerBlock, quote, reportParts } from './support/patterns.js'
import { formatDuration } from './support/quantities.js'
import { closedGroundLists, excludesConsent, exclusionIndex, hasConsentRoute, returnWindows } from './support/returns.js'
import { isDeal } from './support/deal.js'

const SOURCES = ['GDPR art. 7(1)', 'CNIL SAN-2022-021 (EDF) §20', 'CNIL SAN-2025-001 (Solocal)', 'CNIL SAN-2025-002 (CALOGA) §57, §62–63']

export default defineRule({
  id: 'returns-exclude-consent',
  meta: { description: 'Report returns policies that exclude consent or compliance defects, or leave them too short a window', severity: 'error' },
  check(ctx) {
    // A notice to the people whose data it describes is no deal: its terms are not judged (support/deal.ts).
    if (!isDeal(ctx)) return
    const { lang } = ctx
    const reported = new Set<Sentence>()
    const report = (s: Sentence, message: { en: string; fr: string }) => {
      reported.add(s)
      ctx.report({ message: msg(lang, message), ...reportParts(ctx, s, SOURCES, 'lead-returns') })
    }

    for (const s of onePerBlock(ctx.sentences.filter(excludesConsent))) {
      report(s, {
        en: `Returns exclude consent or compliance defects ("${quote(s, exclusionIndex(s))}"): a lead without valid, provable consent is unusable and exposes the Buyer as controller; such leads must be returnable and credited, in a window long enough to obtain and check the proof (GDPR art. 7(1); CNIL SAN-2022-021 (EDF) §20)`,
        fr: `Les retours excluent les défauts de consentement ou de conformité (« ${quote(s, exclusionIndex(s))} ») : un lead sans consentement valable et prouvé est inutilisable et expose le Client, responsable de traitement ; ces leads doivent pouvoir être retournés et crédités, dans un délai suffisant pour obtenir et vérifier la preuve (RGPD art. 7(1) ; CNIL, délibération SAN-2022-021 (EDF) §20)`,
      })
    }

    if (!hasConsentRoute(ctx.sentences)) {
      for (const s of onePerBlock(closedGroundLists(ctx.sentences))) {
        if (reported.has(s)) continue
        report(s, {
          en: `The return grounds are a closed list without consent or compliance defects ("${quote(s, exclusionIndex(s))}"): add leads whose consent cannot be proven or is invalid, leads the person denies requesting and leads subject to a regulator's complaint (GDPR art. 7(1); CNIL SAN-2022-021 (EDF) §20)`,
          fr: `Les motifs de retour sont limitatifs et n'incluent pas les défauts de consentement ou de conformité (« ${quote(s, exclusionIndex(s))} ») : ajoutez les leads dont le consentement n'est pas prouvé ou pas valable, ceux dont la personne conteste la demande et ceux visés par une plainte auprès d'une autorité (RGPD art. 7(1) ; CNIL, délibération SAN-2022-021 (EDF) §20)`,
        })
      }
    }

    const min = ctx.playbook.thresholds.minReturnDays
    for (const w of returnWindows(ctx)) {
      if (!w.forConsent || reported.has(w.sentence) || w.duration.days >= min) continue
      const found = formatDuration(w.duration, lang)
      report(w.sentence, {
        en: `The return window for consent defects is ${found} ("${quote(w.sentence, w.duration.index)}"): too short to request the proof of consent and check it; expected at least ${min} days, or a separate, longer window for consent and compliance defects (playbook minReturnDays; GDPR art. 7(1))`,
        fr: `Le délai de retour applicable aux défauts de consentement est de ${found} (« ${quote(w.sentence, w.duration.index)} ») : trop court pour demander la preuve du consentement et la vérifier ; attendu au moins ${min} jours, ou un délai distinct et plus long pour les défauts de consentement et de conformité (playbook minReturnDays ; RGPD art. 7(1))`,
      })
    }
  },
})
