/**
 * `weak-notice-period`: a notice period to terminate (for convenience, or not to renew) shorter
 * than `thresholds.minNoticeMonths`. Cure periods of termination for breach are not notice periods.
 */
import { normalizeText } from '../../library/detect-signals.js'
import { defineRule, msg, type RuleContext } from '../define-rule.js'
import { actorOf } from '../parties.js'
import type { Sentence } from '../text.js'
import { noticeTerms } from './support/notice.js'
import { quote, reportParts } from './support/patterns.js'
import { chargesPrice } from './support/price.js'
import { formatDuration } from './support/quantities.js'
import { isDeal } from './support/deal.js'

/** The act of ending the contract, to find who may do it. */
const TERMINATE_VERB = /(?<![\p{L}])(?:terminat|cancel|end (?:this|the)|resili|mettre fin|met fin|mettra fin|denonc|rompre)/u

const SOURCES = ['C. com. L. 442-1 II', 'C. civ. 1211']

/**
 * Who terminates, as the sentence's heading says it ("Termination by you", « Résiliation par le
 * Client »): a passive or impersonal sentence under it ("the term must be terminated by providing
 * written notice…") is that party's right.
 */
function headingActor(ctx: RuleContext, s: Sentence) {
  if (s.heading < 0) return undefined
  const block = ctx.documents.find((d) => d.path === s.path)?.blocks[s.heading]
  return block ? actorOf(normalizeText(block.text), TERMINATE_VERB) : undefined
}

export default defineRule({
  id: 'weak-notice-period',
  meta: { description: 'Report a notice period below the playbook threshold', severity: 'warning' },
  check(ctx) {
    // A notice to the people whose data it describes is no deal: its terms are not judged (support/deal.ts).
    if (!isDeal(ctx)) return
    const { lang } = ctx
    const min = ctx.playbook.thresholds.minNoticeMonths
    // Notice protects a buyer that pays for a supply it must replace: ending a free service (a
    // public service's terms of use, a newsletter) takes nothing the buyer paid for.
    if (!chargesPrice(ctx.sentences)) return
    const seen = new Set<string>()
    for (const { sentence: s, clause, shortest, none } of noticeTerms(ctx.sentences)) {
      // A short notice on the Buyer's own right to end the contract is in the Buyer's favour.
      const actor = actorOf(clause, TERMINATE_VERB) ?? headingActor(ctx, s)
      if (actor === 'buyer') continue
      if (!none && (!shortest || shortest.months >= min)) continue
      const key = `${s.path}:${s.blockIndex}`
      if (seen.has(key)) continue
      seen.add(key)
      const found = shortest ? formatDuration(shortest, lang) : undefined
      ctx.report({
        message: msg(lang, {
          en: `${found ? `Notice period of ${found}` : 'No notice'} to end the contract ("${quote(s, shortest?.index)}"): below the playbook's ${min} months; the Buyer needs time to replace its lead supply, and notice must be proportionate to the length of the relationship (C. com. L. 442-1 II) (playbook minNoticeMonths)`,
          fr: `${found ? `Préavis de ${found}` : 'Aucun préavis'} pour mettre fin au contrat (« ${quote(s, shortest?.index)} ») : inférieur aux ${min} mois du playbook ; le Client doit avoir le temps de remplacer sa source de leads, et le préavis doit tenir compte de la durée de la relation commerciale (C. com. L. 442-1 II) (playbook minNoticeMonths)`,
        }),
        ...reportParts(ctx, s, SOURCES, 'termination-for-convenience'),
      })
    }
  },
})
