/**
 * `weak-return-window`: a return window for defective leads shorter than
 * `thresholds.minReturnDays`. The window set for consent or compliance defects is reported by
 * `returns-exclude-consent` instead (as an error).
 */
import { defineRule, msg } from '../define-rule.js'
import { quote, reportParts } from './support/patterns.js'
import { formatDuration } from './support/quantities.js'
import { returnWindows } from './support/returns.js'
import { isDeal } from './support/deal.js'

/** A playbook choice (market practice: 48 h – 7 days for data defects), not a legal rule. */
const SOURCES: string[] = []

export default defineRule({
  id: 'weak-return-window',
  meta: { description: 'Report a return window below the playbook threshold', severity: 'warning' },
  check(ctx) {
    // A notice to the people whose data it describes is no deal: its terms are not judged (support/deal.ts).
    if (!isDeal(ctx)) return
    const { lang } = ctx
    const min = ctx.playbook.thresholds.minReturnDays
    // A window only matters where the document gives returns: without a returns clause the missing
    // clause is the finding.
    if (ctx.clauses.get('lead-returns')?.status !== 'present') return
    for (const w of returnWindows(ctx)) {
      if (w.forConsent || w.duration.days >= min) continue
      const found = formatDuration(w.duration, lang)
      ctx.report({
        message: msg(lang, {
          en: `Return window of ${found} ("${quote(w.sentence, w.duration.index)}"): below the playbook's ${min} days; the Buyer needs time to call or mail the lead and find wrong, duplicate or out-of-target leads (playbook minReturnDays)`,
          fr: `Délai de retour de ${found} (« ${quote(w.sentence, w.duration.index)} ») : inférieur aux ${min} jours du playbook ; le Client doit avoir le temps de contacter le lead et de repérer les leads erronés, en doublon ou hors cible (playbook minReturnDays)`,
        }),
        ...reportParts(ctx, w.sentence, SOURCES, 'lead-returns'),
      })
    }
  },
})
