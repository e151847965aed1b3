/**
 * `weak-proof-delay`: the generator delivers the proof of consent of a lead later than
 * `thresholds.maxProofDays` after the request. Days count as written (a business day is a day).
 */
import { defineRule, msg } from '../define-rule.js'
import { compile, onePerBlock, quote, reportParts, type Bilingual } from './support/patterns.js'
import { durations, formatDuration } from './support/quantities.js'

/** The sentence is about the proof of consent. */
const PROOF: Bilingual = {
  en: ['proofs? of (the )?consent', 'consent (records?|evidence|logs?|proof)', 'records? of consent', 'evidence of (the )?consent', '(proof|evidence)[^.;]{0,60}consent'],
  fr: ['preuves? (du|de|des) consentements?', 'justificatifs? (du|de) consentement', 'journal (des|de) consentements?', '(preuves?|justificatifs?)[^.;]{0,60}consentement'],
}

/** Delivering it (the delay that follows is the delivery delay). */
const DELIVER = compile({
  en: ['provid', 'deliver', 'suppl(y|ies|ied)', 'send', 'sent', 'produc', 'transmit', 'communicat', 'furnish', 'mak(e|es) available', 'made available'],
  fr: ['fourni(r|t|s|e|es|ra|ront|ssent)?\\b', 'remet', 'remis', 'remettre', 'transmet', 'transmis', 'communiqu', 'produi(re|ra|ront|sent)\\b', 'adress(e|ee|ees|er|era|eront)\\b', 'envoi', 'envoy', '(mis|mise|mettre|met) a (la )?disposition'],
})

/** Delivery on request: the delay runs from a request. */
const ON_REQUEST = compile({
  en: ['request', 'demand', 'ask(s|ed)?\\b', 'enquir', 'inquir'],
  fr: ['demande', 'requete', 'sollicit', 'premiere demande'],
})

/** Handing records back at the end of the contract, or deleting them: not a delivery on request. */
const END_OR_DELETE = compile({
  en: ['terminat', 'expir', 'end of (the|this) (agreement|contract)', 'delet', 'destr(oy|uction)', 'eras'],
  fr: ['resili', 'expiration', '(a la |la )?fin du contrat', 'cessation', 'supprim', 'suppression', 'destruction', 'detrui', 'effac'],
})

/** The buyer asking for it (a delay right after is a window to ask, not to deliver). */
const REQUEST = compile({
  en: ['(may|can|shall be entitled to|is entitled to|has the right to) (request|ask)'],
  fr: ['(peut|pourra|est en droit de|a le droit de|a la faculte de) (demander|solliciter|exiger)'],
})

/** Text right before a duration that makes it a deadline. */
const DEADLINE_BEFORE =
  /(?<![\p{L}])(?:within|in|under|no later than|not later than|at the latest|sous|dans|au plus tard|delai|maximum|max\.?|en moins de|less than)(?: (?:the|a|an|un|une|les|la|le|de|d'|maximum|max|of|delai|dans|un delai|following))*[ ']?$/u

const proof = compile(PROOF)
const DELIVER_ALL = new RegExp(DELIVER.source, 'giu')
const REQUEST_ALL = new RegExp(REQUEST.source, 'giu')

/** Offset of the last match of a global regex in `text`, or -1. */
function lastIndex(text: string, re: RegExp): number {
  let last = -1
  for (const m of text.matchAll(re)) last = m.index
  return last
}

const SOURCES = ['GDPR art. 7(1)', 'CNIL SAN-2022-021 (EDF) §20', 'C. consom. L. 223-1 (from 11 Aug 2026)']

export default defineRule({
  id: 'weak-proof-delay',
  meta: { description: 'Report a proof-of-consent delay above the playbook threshold', severity: 'warning' },
  check(ctx) {
    const { lang } = ctx
    const max = ctx.playbook.thresholds.maxProofDays
    for (const s of onePerBlock(ctx.sentences.filter((x) => proof.test(x.norm) && DELIVER.test(x.norm) && (ON_REQUEST.test(x.norm) || !END_OR_DELETE.test(x.norm))))) {
      // The first deadline after a delivery verb is the delivery delay; later ones are about
      // something else (« pour répondre dans le délai d'un mois »).
      let previousEnd = -1
      const delays = durations(s.norm).filter((d) => {
        const before = s.norm.slice(0, d.index)
        const delivered = lastIndex(before, DELIVER_ALL)
        const first = delivered > previousEnd
        previousEnd = d.end
        if (!first || !DEADLINE_BEFORE.test(before.slice(-50))) return false
        return delivered >= 0 && lastIndex(before, REQUEST_ALL) < delivered
      })
      const longest = delays.sort((a, b) => b.days - a.days)[0]
      if (!longest || longest.days <= max) continue
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
