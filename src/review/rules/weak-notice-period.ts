/**
 * `weak-notice-period`: a notice period to terminate (for convenience, or not to renew) shorter
 * than `thresholds.minNoticeMonths`. Cure periods of termination for breach are not notice periods.
 */
import { defineRule, msg } from '../define-rule.js'
import { actorOf } from '../parties.js'
import { compile, quote, reportParts, type Bilingual } from './support/patterns.js'
import { durations, formatDuration, type Duration } from './support/quantities.js'

/** The sentence is about ending the contract (a non-renewal notice alone is not a termination notice). */
const TERMINATION: Bilingual = {
  en: ['terminat', 'cancel', 'end (this|the) (agreement|contract|order)', 'withdraw from'],
  fr: ['resili', 'rompre', 'rupture', 'denonc', 'mettre fin', 'met fin', 'mettra fin', 'fin (au|du) contrat'],
}

/** Termination for breach or insolvency: its delays are cure periods. */
const FOR_CAUSE: Bilingual = {
  en: ['breach', 'default', 'fail(s|ure)? to (perform|comply|pay|remedy|cure)', 'cure', 'remed', 'insolven', 'bankrupt', 'formal notice'],
  fr: ['manquement', 'mise en demeure', 'inexecution', 'faute', 'defaillance', 'redressement', 'liquidation', 'remedie', 'sans effet'],
}

/** For convenience: no reason needed. */
const CONVENIENCE: Bilingual = {
  en: ['convenience', 'for any reason', 'any reason', 'at any time', 'without cause', 'without (giving )?(a |any )?reason', 'at will', 'discretion'],
  fr: ['convenance', 'sans motif', 'a tout moment', 'sans (avoir a )?(justifier|justification)', 'ad nutum', 'pour quelque (raison|motif)', 'discretion'],
}

/** No notice at all. */
const NO_NOTICE: Bilingual = {
  en: ['without (prior |any )?notice', 'with immediate effect', 'immediately'],
  fr: ['sans preavis', 'avec effet immediat', 'immediatement'],
}

/** Text right before a duration that makes it a notice period. */
const NOTICE_BEFORE =
  /(?<![\p{L}])(?:preavis|notice(?: period)?|notifi\w*|inform\w*|prevenir)(?: (?:minimum|minimal|de|d'|of|at least|au moins|not less than|no less than|d'au moins|moins|a|the|other party|l'autre partie|par ecrit|in writing|par lettre recommandee|ecrit|written|prior|with|avec|un|une|respectant))*[ ']?$/u
/** Text right after a duration that makes it a notice period. */
const NOTICE_AFTER = /^(?:'s|s'|')?(?: (?:prior|advance|written|de|d'|of|minimum))* ?(?:notice|preavis)|^ (?:in advance|a l'avance|before|prior to|avant)(?![\p{L}])/u

const termination = compile(TERMINATION)
/** The act of ending the contract, to find who may do it. */
const TERMINATE_VERB = /(?<![\p{L}])(?:terminat|cancel|end (?:this|the)|resili|mettre fin|met fin|mettra fin|denonc|rompre)/u
const forCause = compile(FOR_CAUSE)
const convenience = compile(CONVENIENCE)
const noNotice = compile(NO_NOTICE)

const SOURCES = ['C. com. L. 442-1 II', 'C. civ. 1211']

function noticePeriods(norm: string): Duration[] {
  return durations(norm).filter((d) => NOTICE_BEFORE.test(norm.slice(Math.max(0, d.index - 60), d.index)) || NOTICE_AFTER.test(norm.slice(d.end, d.end + 40)))
}

export default defineRule({
  id: 'weak-notice-period',
  meta: { description: 'Report a notice period below the playbook threshold', severity: 'warning' },
  check(ctx) {
    const { lang } = ctx
    const min = ctx.playbook.thresholds.minNoticeMonths
    const seen = new Set<string>()
    for (const s of ctx.sentences) {
      if (!termination.test(s.norm)) continue
      // A short notice on the Buyer's own right to end the contract is in the Buyer's favour.
      if (actorOf(s.norm, TERMINATE_VERB) === 'buyer') continue
      const byConvenience = convenience.test(s.norm)
      if (forCause.test(s.norm) && !byConvenience) continue
      const periods = noticePeriods(s.norm)
      const shortest = periods.sort((a, b) => a.months - b.months)[0]
      const none = !shortest && byConvenience && noNotice.test(s.norm)
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
