/**
 * Who is bound. The reviewer works for the buyer of leads (the user's side); the other party is the
 * lead generator. A red flag is about a term that burdens the buyer or weakens the generator's
 * duties, so rules ask who acts in a sentence: « le Client peut résilier » is the buyer's own right.
 */
import { BUYER, GENERATOR } from './rules/support/patterns.js'

/** A party of a sentence: the buyer (the user's side), the generator, both, or not said. */
export type Party = 'buyer' | 'generator' | 'both' | undefined

/**
 * Terms addressed to the reader (« vous », "you") address the party that receives them: the buyer;
 * their writer speaking in the first person (« nous », "we") is the other party, the generator.
 */
/**
 * In processor terms the controller (« responsable de traitement ») gives the instructions: the
 * buyer's side; the processor (« sous-traitant ») is the generator's.
 */
const CONTROLLER = '(?:the )?(?:data )?controller|(?:le |la |l.)?responsable (?:du |de )?traitement'
const PROCESSOR = '(?:the )?(?:data )?processor|(?:le |la |l.)?sous-traitant'
const BUYER_RE = new RegExp(`(?<![\\p{L}])(?:${BUYER}|${CONTROLLER}|you|vous)(?![\\p{L}])`, 'gu')
/**
 * A party named with a prefix is someone else: a sub-processor ("sub-processor", « sous-traitant
 * ultérieur ») or a "third-party provider" is a third party the generator engages, not the generator.
 */
const GENERATOR_RE = new RegExp(`(?<![\\p{L}-])(?:${GENERATOR}|${PROCESSOR}|we|nous)(?![\\p{L}-]| ulterieurs?)`, 'gu')
const EITHER = /(?<![\p{L}])(?:you and we|we and you|vous et nous|nous et vous|either party|each party|either of the parties|any party|the parties|chaque partie|l.une ou l.autre(?: des)? parties?|les parties|chacune des parties|une partie|a party|each of the parties)(?![\p{L}])/gu

/** The last party named in `text` (normalised), by position. */
function lastNamed(text: string): Party {
  let best: { at: number; party: Party } = { at: -1, party: undefined }
  for (const [re, party] of [
    [BUYER_RE, 'buyer'],
    [GENERATOR_RE, 'generator'],
    [EITHER, 'both'],
  ] as const) {
    re.lastIndex = 0
    for (const m of text.matchAll(re)) if (m.index > best.at) best = { at: m.index, party }
  }
  return best.party
}

/**
 * The agent of a passive verb, read right after it: "terminated by the Customer", « résilié par le
 * Client », "cancelled at any time by either party". Only a party that directly follows « by » /
 * « par » (with its article) acts: "terminated by notice to the Customer" names the means, not who
 * terminates.
 */
const PASSIVE_AGENT = /^[\p{L}]*(?:\s+(?!by\b|par\b)[\p{L}]+){0,4}?\s+(?:by|par)\s+(?:the\s+|le\s+|la\s+|l.)?/u
function passiveAgent(after: string): Party {
  const m = PASSIVE_AGENT.exec(after.slice(0, 120))
  if (!m) return undefined
  const rest = after.slice(m[0].length)
  for (const [re, party] of [
    [EITHER, 'both'],
    [BUYER_RE, 'buyer'],
    [GENERATOR_RE, 'generator'],
  ] as const) {
    re.lastIndex = 0
    const hit = re.exec(rest)
    // The agent is the words right after « by » (an article may have been read already).
    if (hit && hit.index <= 4 && !/[,;.:]/.test(rest.slice(0, hit.index))) return party
  }
  return undefined
}

/**
 * The party that performs the action matched by `verb` in a sentence (normalised): the nearest
 * party named before it in the same clause (« Le Client peut résilier », "Either party may
 * terminate"), or else the agent of a passive verb ("This agreement may be terminated by the
 * Customer"); an impersonal sentence names none.
 */
export function actorOf(norm: string, verb: RegExp): Party {
  // A stateful verb is copied without its `g` (a gated or case-free one keeps its own matching).
  const m = verb.global || verb.sticky ? new RegExp(verb.source, verb.flags.replace('g', '')).exec(norm) : verb.exec(norm)
  if (!m) return undefined
  // The clause the verb is in: from the last ; or : or sentence-internal full stop before it.
  const before = norm.slice(0, m.index)
  const start = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('. '))
  return lastNamed(before.slice(start + 1)) ?? passiveAgent(norm.slice(m.index))
}

/**
 * Terms the paying party wrote: purchase terms (« conditions générales d'achat »), or the terms of
 * an affiliation, referral or partner programme, whatever it calls its members (« programme d'annonces
 * des affiliés », « programme de parrainage », "ambassador program"; written by the merchant that
 * pays its publishers). The late-payment mentions of C. com. L. 441-10 II are the seller's to
 * state, in its own terms: their absence from the payer's terms is no fault of those terms. Who earns a commission says nothing
 * of who wrote (a recruiter's own terms pay it a commission).
 */
const PAYER_TERMS =
  /(?<![\p{L}])(?:conditions (?:generales )?d.achats?|conditions generales d.approvisionnement|(?:general )?(?:terms and )?conditions of purchase|purchas(?:e|ing) (?:terms|conditions)|programmes? (?:d.affiliation|de partenariat|de parrainage|d.apporteurs? d.affaires|(?:d.|de |des )(?:\p{L}+ (?:d.|de |des ))?(?:affilies|ambassadeurs|apporteurs|parrains))|(?:affiliate|affiliates|affiliation|publisher|referral|partner|ambassador) (?:ads? )?program(?:me)?s?)(?![\p{L}])/u

/** Whether the document is the paying party's own terms (`norm` texts: headings and sentences). */
export function writtenByPayer(texts: Iterable<string>): boolean {
  for (const t of texts) if (PAYER_TERMS.test(t)) return true
  return false
}
