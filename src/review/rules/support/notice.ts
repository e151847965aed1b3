/**
 * Reading notice periods to end the contract (for convenience, or not to renew); cure periods of
 * termination for breach are not notice periods. Shared by `weak-notice-period` and `clausier compare`.
 */
import { mayMatch } from '../../gate.js'
import { caseFreeFor } from '../../case-free.js'
import type { Sentence } from '../../text.js'
import { compile, SIDE_OFFERING, type Bilingual } from './patterns.js'
import { durations, type Duration } from './quantities.js'

/** The sentence is about ending the contract (a non-renewal notice alone is not a termination notice). */
const TERMINATION: Bilingual = {
  en: [
    'terminat',
    'cancel',
    'end (this|the|your|its) (agreement|contract|order|pilot|trial|programme|program|partnership|collaboration|engagement|subscription|services?|access|account|relationship)',
    'withdraw from',
    // Stopping the work altogether: "may stop performing the services", "cease work on the project".
    '(stop|cease) (performing|providing|working on|work on) (the|this) (services?|work|project|engagement)',
  ],
  fr: [
    'resili',
    'rompre',
    'rupture',
    'denonc',
    'mettre fin',
    'met fin',
    'mettra fin',
    'fin (au|du) contrat',
    // Stopping the work altogether: « pourra arrêter les développements », « cesser les prestations ».
    '(arreter|cesser|interrompre) (definitivement )?(les|le|la|l.) ?(developpements?|prestations?|projet|mission|collaboration|relation contractuelle|execution du contrat)',
  ],
}

/**
 * Termination for a cause: breach, insolvency, or the other party's (suspected) misconduct — a
 * violation, an infringement, misuse. Its delays are cure periods, and its immediacy is no
 * convenience exit.
 */
const FOR_CAUSE: Bilingual = {
  en: [
    'breach', 'default', 'fail(s|ed|ure)? to (perform|comply|pay|remedy|cure)', '(do|does|did) not comply', 'non-?compliance', 'cure', 'remed', 'insolven', 'bankrupt', 'formal notice', 'violat', 'infring', 'misuse', 'abus', 'fraud', 'unlawful', 'illegal',
    // A legal obligation is a cause: "may terminate immediately … to comply … with applicable export
    // controls and sanctions laws".
    'terminat[^.;]{0,80}\\b(in order )?to comply\\b', 'export control', 'sanctions? (law|regulation|list|program)',
  ],
  fr: [
    'manquement', 'mise en demeure', 'inexecution', 'faute', 'defaillance', 'redressement', 'liquidation', 'remedie', 'sans effet', 'violation', 'non[- ]respect', 'contrefa', 'fraud', 'abus', 'illicite',
    '(resili|mettre fin|met fin)[^.;]{0,80}\\bpour se conformer', 'sanctions? (economiques|internationales|financieres)', 'controles? (a|des) l.exportation',
  ],
}

/**
 * An exit open only while nothing is running ("either party may terminate upon 30 days' notice in
 * the event that Customer has no then-current subscription", "if no SOW Term is in effect") ends
 * nothing the buyer pays for.
 */
const NOTHING_RUNNING: Bilingual = {
  en: [
    'no (then[- ])?(current|active|outstanding|open|pending) (paid )?(subscriptions?|orders?|order forms?|sows?|statements? of work|purchase orders?|engagements?)',
    'no (subscription|order|order form|sow|statement of work)( term)? (is )?(then )?(in effect|in force|outstanding|active)',
  ],
  fr: [
    'aucun(e)? (bon de commande|commande|devis|abonnement|contrat d.application)s? (n.est )?(en cours|en vigueur)',
  ],
}

/** For convenience: no reason needed, said outright. A stated cause does not cancel it. */
const CONVENIENCE: Bilingual = {
  en: ['convenience', 'for any reason', 'any reason', 'any or no reason', 'without cause', 'without (giving )?(a |any )?reason', 'at will', 'for no reason'],
  fr: ['convenance', 'sans motif', 'sans (avoir a )?(justifier|justification)', 'ad nutum', 'pour quelque (raison|motif)'],
}

/**
 * The exit is said to be no fault (« sans que cela ne constitue une faute », "without it
 * constituting a breach"): a discretionary exit, and its "fault" names no cause.
 */
const NO_FAULT: Bilingual = {
  en: ['without (it|this|such \\w+) (constituting|being deemed|being considered|being) (a |an )?(breach|default|fault)'],
  fr: ['sans que (cela|ceci|celle-ci|cette \\w+) (ne )?(constitue|puisse constituer|soit constituti\\w*)( d.)? ?(une )?(faute|manquement)'],
}

/** When or how, not why: "at any time", "in its sole discretion" say no reason is needed only where no cause is stated. */
const ANY_TIME: Bilingual = {
  en: ['at any time', 'discretion'],
  fr: ['a tout moment', 'discretion'],
}

/**
 * A change to the terms, the price or the service. A notice given before a change, with a right to
 * end the contract if one disagrees (« Réductions nécessitent préavis de 60 jours + droit de
 * résiliation », "Provider may change the fees on 30 days' notice, and Customer may then
 * terminate"), is notice of the change: the exit it opens belongs to the party told of it.
 */
const CHANGE: Bilingual = {
  en: ['chang(e|es|ed|ing)\\b', 'modif', 'amend', 'updat', 'revis', 'reduc', 'increas', 'new (version|sub-?processors?|subcontractors?)'],
  fr: ['modifi', 'changements?\\b', 'evolutions?\\b', 'mises? a jour', 'reductions?\\b', 'reduire', 'augment', 'revision', 'nouve(au|l|lle|aux) (sous-traitants?|version|tarifs?)'],
}

/** No notice at all. */
const NO_NOTICE: Bilingual = {
  en: ['without (prior |any )?notice', 'with immediate effect', 'immediately'],
  fr: ['sans preavis', 'avec effet immediat', 'immediatement'],
}

/** Text right before a duration that makes it a notice period. */
const NOTICE_BEFORE =
  /(?<![\p{L}])(?:preavis|notice(?: period)?|notifi\w*|inform\w*|prevenir)(?: (?:minimum|minimal|de|d'|of|at least|au moins|not less than|no less than|d'au moins|moins|a|the|other party|l'autre partie|par ecrit|in writing|par lettre recommandee|ecrit|written|prior|with|avec|un|une|respectant))*[ ']?$/u
/** Text right after a duration that makes it a notice period (« effective 15 jours après l'envoi de la lettre »). */
const NOTICE_AFTER =
  /^(?:'s|s'|')?(?: (?:prior|advance|written|de|d'|of|minimum))* ?(?:notice|preavis)|^ (?:in advance|a l'avance|before|prior to|avant)(?![\p{L}])|^ (?:apres|after|following|suivant) (?:l'|la |le |the |its |son |sa |their |leur )?(?:envoi|emission|reception|receipt|notification|notice|sending|dispatch|lettre|courrier|letter)/u

const termination = compile(TERMINATION)
/**
 * « Dénoncer » a tacit renewal (« renouvelé automatiquement sauf dénonciation par l'une des parties
 * un mois avant l'échéance », « reconduit tacitement, sauf dénonciation ») is giving notice not to
 * renew: a non-renewal date, not an exit during the term. Only a sentence about renewal that holds
 * no other word of ending the contract is read so.
 */
const RENEWAL = compile({ en: ['renew', 'renewal'], fr: ['renouvel', 'reconduction', 'reconduit', 'reconduite', 'tacite'] })
const terminationOtherThanDenounce = compile({ en: TERMINATION.en, fr: TERMINATION.fr.filter((p) => p !== 'denonc') })
const forCause = compile(FOR_CAUSE)
const convenience = compile(CONVENIENCE)
const anyTime = compile(ANY_TIME)
const noFault = compile(NO_FAULT)
const noFaultAll = caseFreeFor(new RegExp(noFault.source, 'giu'))
const sideOffering = compile(SIDE_OFFERING)
const noNotice = compile(NO_NOTICE)
const nothingRunning = compile(NOTHING_RUNNING)
const change = compile(CHANGE)
/**
 * An insurance policy's own cancellation ("endorsed to provide the Issuer with 30 days' notice of
 * cancellation", « résiliation de la police d'assurance »): the insurer's notice to the insured
 * parties, not a party's notice to end the contract.
 */
const insurancePolicy = compile({ en: ['insur(ance|er|ers|ed|ing)', 'endorsed to (provide|give)', 'endorsement'], fr: ['assurance', 'assureurs?', "police d.assurance"] })

/**
 * The cancellation of one session, meeting or appointment ("24-hour notice required for session
 * cancellation", « annulation d'un rendez-vous 48 heures à l'avance »): a booking rule, not notice
 * to end the contract.
 */
const ONE_OFF = compile({
  en: ['(sessions?|meetings?|appointments?|calls?|lessons?|classes|visits?|consultations?) (cancell?ation|cancel)', 'cancel\\w* (a|an|the|any|your|each) (scheduled |planned |booked |coaching |training )?(session|meeting|appointment|call|lesson|class|visit|consultation)s?\\b'],
  fr: ['annul\\w* (d.une?|de la|du|des|les?|la) (seance|seances|rendez-vous|reunion|reunions|cours|session|sessions|visite|visites)\\b'],
})

/**
 * A delay counted from the notification of a termination already decided (« dans un délai de quinze
 * jours après la notification de la résiliation », "within 15 days after notice of termination")
 * is a deadline for something done after it (a claim, a statement, a return), not a notice before
 * the end; unless the sentence says the end itself takes effect then (« la résiliation prend effet »).
 */
const AFTER_TERMINATION_NOTICE =
  /^ (?:apres|suivant|a compter de|after|following|of) (?:la |sa |the |its )?(?:notification|reception|receipt|notice) (?:de |of )(?:la |sa |the |its )?(?:decision de |decision of |decision to )?(?:resiliation|termination|terminate)/u
const TAKES_EFFECT = /(?<![\p{L}])(?:prend(?:ra)? effet|prend(?:ra)? fin|devien(?:t|dra) effective|effective|takes? effect|shall take effect|will take effect|becomes? effective)(?![\p{L}])/u

/** The notice periods of a normalised sentence, in order. */
export function noticePeriods(norm: string): Duration[] {
  return durations(norm).filter((d) => {
    if (AFTER_TERMINATION_NOTICE.test(norm.slice(d.end, d.end + 80)) && !TAKES_EFFECT.test(norm)) return false
    return NOTICE_BEFORE.test(norm.slice(Math.max(0, d.index - 60), d.index)) || NOTICE_AFTER.test(norm.slice(d.end, d.end + 40))
  })
}

/** The notice a sentence about ending the contract sets. */
export interface NoticeTerm {
  sentence: Sentence
  /**
   * The normalised text read: the sentence, or an item of an enumeration with its lead-in
   * ("Either party may terminate this Agreement: … c. for any reason on 30 days' notice").
   */
  clause: string
  /** Its shortest notice period, if it states one (`index` is an offset in the sentence's `norm`). */
  shortest: Duration | undefined
  /** Termination for convenience without any notice. */
  none: boolean
}

/** Whether the notice `d` of `own` is given of a change, said before the exit that follows it. */
function changeNotice(own: string, d: Duration): boolean {
  const end = termination.exec(own)
  const what = change.exec(own)
  return end !== null && what !== null && what.index < d.index && d.index < end.index
}

/** What one text about ending the contract says of notice; `context` (a lead-in) adds the act, never a cause. */
function read(own: string, context: string): { shortest: Duration | undefined; none: boolean } | undefined {
  const text = context ? `${context} ${own}` : own
  if (!termination.test(text) || sideOffering.test(text) || nothingRunning.test(own) || insurancePolicy.test(own) || ONE_OFF.test(own)) return undefined
  if (RENEWAL.test(own) && !terminationOtherThanDenounce.test(text)) return undefined
  const discretionary = noFault.test(own)
  const cause = forCause.test(discretionary ? own.replace(noFaultAll(own), ' ') : own)
  // "may terminate at any time, in its discretion, if you violate …" is for cause, not convenience.
  const byConvenience = convenience.test(own) || discretionary || (!cause && anyTime.test(text))
  if (cause && !byConvenience) return undefined
  const shortest = noticePeriods(own).sort((a, b) => a.months - b.months)[0]
  // A notice of a change, before the exit it opens, is no notice to end the contract.
  if (shortest && changeNotice(own, shortest)) return undefined
  // "at any time for any reason", with no notice stated, ends the contract at once.
  const none = !shortest && byConvenience && (noNotice.test(text) || discretionary || (convenience.test(own) && anyTime.test(text)))
  return shortest || none ? { shortest, none } : undefined
}

/** An item's marker and joining word: "(c)", "c.", "iii)", "14.2.5", "or", « et ». */
const ITEM_MARKER = /^\s*(?:(?:or|and|et|ou)\s+)?(?:\(?[a-z0-9]{1,4}[.)]\s*|\d+(?:\.\d+)+\.?\s*)?(?:(?:or|and|et|ou)\s+)?/
/** How far into an item its ground may start ("for any reason", « sans motif », "at any time"). */
const GROUND_START = 15

/**
 * Whether an enumeration item states a convenience ground at its start ("(c) for any or no reason
 * …", « c) sans motif … »). The items of a list of grounds are events ("if: … (e) you lose
 * possession of the site for any reason"): a reason named further in is the event's, not a ground.
 */
function convenienceItem(item: string): boolean {
  const text = item.replace(ITEM_MARKER, '')
  const at = Math.min(convenience.exec(text)?.index ?? Infinity, anyTime.exec(text)?.index ?? Infinity)
  return at <= GROUND_START
}

/** The lead-in of an enumeration about ending the contract: the text before a colon (« Either party may terminate: »). */
function leadIn(norm: string): string | undefined {
  const colon = norm.indexOf(':')
  // The head is part of the sentence: when the sentence holds none of the expression's literal
  // words, neither does the head (and the sentence's own gate pass is already known).
  if (colon < 0 || !mayMatch(termination, norm)) return undefined
  const head = norm.slice(0, colon)
  return termination.test(head) ? head : undefined
}

/**
 * Every sentence that sets the notice to end the contract (not a cure period), in document order.
 * A sentence that is an enumeration of the ways to end the contract ("may terminate: a. for breach
 * …; b. on insolvency …; c. for any reason on 30 days' notice") is read item by item, each with
 * its lead-in: one item's cause is not another's.
 */
export function noticeTerms(sentences: readonly Sentence[]): NoticeTerm[] {
  const out: NoticeTerm[] = []
  let block = ''
  let context: string | undefined
  for (const s of sentences) {
    const key = `${s.path}:${s.blockIndex}`
    if (key !== block) {
      block = key
      context = undefined
    }
    // A list of grounds ("may terminate if: (a) …; (b) …") is read item by item, unless its
    // lead-in is itself the convenience exit ("may terminate for convenience: by giving …").
    const own = leadIn(s.norm)
    const whole = own === undefined || convenience.test(own) ? read(s.norm, '') : undefined
    if (whole) out.push({ sentence: s, clause: s.norm, ...whole })
    else {
      // Items: after the lead-in's colon in its own sentence, then the semicolon-separated parts
      // of the block's next sentences.
      const start = own !== undefined ? own.length + 1 : 0
      const lead = own ?? context
      if (lead !== undefined) {
        let offset = start
        for (const part of s.norm.slice(start).split(';')) {
          const item = convenienceItem(part) || convenience.test(lead) ? read(part, lead) : undefined
          if (item) {
            const shortest = item.shortest ? { ...item.shortest, index: item.shortest.index + offset, end: item.shortest.end + offset } : undefined
            out.push({ sentence: s, clause: `${lead} ${part}`, shortest, none: item.none })
          }
          offset += part.length + 1
        }
      }
    }
    context = leadIn(s.norm) ?? context
  }
  return out
}
