/**
 * Reading the delay within which the generator delivers the proof of consent of a lead after a
 * request. Shared by `weak-proof-delay` and `clausier compare`.
 */
import type { Sentence } from '../../text.js'
import { caseFreeFor } from '../../case-free.js'
import { compile, onePerBlock, type Bilingual } from './patterns.js'
import { durations, type Duration } from './quantities.js'

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
const DELIVER_ALL = caseFreeFor(new RegExp(DELIVER.source, 'giu'))
const REQUEST_ALL = caseFreeFor(new RegExp(REQUEST.source, 'giu'))

/** Offset of the last match of a global regex in `text`, or -1. */
function lastIndex(text: string, re: RegExp): number {
  let last = -1
  for (const m of text.matchAll(re)) last = m.index
  return last
}

/** A proof-of-consent delivery delay: the longest of a sentence (one sentence per block). */
export interface ProofDelay {
  sentence: Sentence
  duration: Duration
}

/** The delays within which the proof of consent is delivered on request, in document order. */
export function proofDelays(sentences: readonly Sentence[]): ProofDelay[] {
  const out: ProofDelay[] = []
  for (const s of onePerBlock(sentences.filter((x) => proof.test(x.norm) && DELIVER.test(x.norm) && (ON_REQUEST.test(x.norm) || !END_OR_DELETE.test(x.norm))))) {
    // The first deadline after a delivery verb is the delivery delay; later ones are about
    // something else (« pour répondre dans le délai d'un mois »).
    let previousEnd = -1
    const delays = durations(s.norm).filter((d) => {
      const before = s.norm.slice(0, d.index)
      const delivered = lastIndex(before, DELIVER_ALL(before))
      const first = delivered > previousEnd
      previousEnd = d.end
      if (!first || !DEADLINE_BEFORE.test(before.slice(-50))) return false
      return delivered >= 0 && lastIndex(before, REQUEST_ALL(before)) < delivered
    })
    const longest = delays.sort((a, b) => b.days - a.days)[0]
    if (longest) out.push({ sentence: s, duration: longest })
  }
  return out
}
