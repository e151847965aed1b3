/**
 * Reading a liability cap: the sentences that cap liability, the carve-outs for data protection,
 * consent, confidentiality, gross negligence or wilful misconduct, and what the cap amounts to
 * (a sum, fees over a period, the price of the leads concerned). Shared by
 * `liability-cap-no-data-carveout` and `weak-liability-cap`.
 */
import type { RuleContext } from '../../define-rule.js'
import { caseFreeFor } from '../../case-free.js'
import { mayMatch } from '../../gate.js'
import { actorOf } from '../../parties.js'
import type { Sentence } from '../../text.js'
import { compile, SIDE_OFFERING, type Bilingual } from './patterns.js'
import { amounts, durations, type Amount, type Duration } from './quantities.js'

/**
 * Any character of the same sentence clause: a full stop inside a word (« S.A.S. », a template's
 * « {{ company.name }} ») does not end it.
 */
const GAP = '(?:[^.;]|\\.(?=\\S))'
/** « en aucun cas », « en tout état de cause », « jamais » between the modal and the verb. */
const WHATEVER = '(?:en aucun cas |en tout etat de cause |jamais |a aucun titre )?'

/** A sentence that caps liability. */
const CAP: Bilingual = {
  en: [
    'liabilit(y|ies)[^.;]{0,120}(limited to|shall not exceed|will not exceed|may not exceed|not to exceed|does not exceed|exceed in the aggregate|capped|cap of|up to a maximum|up to an aggregate|up to the (amount|sum|total)|shall be limited|is limited|will be limited|in the aggregate)',
    'in no (event|case)[^.;]{0,80}liabilit[^.;]{0,80}exceed',
    '(aggregate|total|cumulative|maximum|overall) liability',
    'liability cap',
    '(general |aggregate |liability )?cap amount',
    'liable[^.;]{0,60}(for more than|in excess of|beyond|up to (a maximum|the amount))',
  ],
  fr: [
    `responsabilite${GAP}{0,120}(limitee|plafonnee|ne (saurait|pourra|peut|pourrait|sera) ${WHATEVER}(exceder|depasser|etre superieure)|n.excedera|ne depassera|dans la limite|a hauteur (de|du|des)|est limitee|sera limitee)`,
    'plafond (de|de la|d.) ?(responsabilite|l.indemnisation|indemnisation|garantie)',
    // « Le montant des dommages et intérêts mis à la charge du Prestataire ne pourra en tout état de cause excéder … »
    `(montant|indemnisation|dommages(-| et | )interets|reparation)${GAP}{0,100}(plafonnes?|plafonnees?|limites? a|limitees? a|ne (pourra|saurait|peut|pourront|sauraient) ${WHATEVER}(exceder|depasser))`,
    'responsabilite (totale|globale|cumulee|maximale)',
  ],
}

/** Not a cap: insurance cover, liability said to be unlimited, or limits set by another text (the law, a model contract) whose amount the document does not state. */
const NOT_A_CAP: Bilingual = {
  en: ['it is (advisable|recommended) to provide', '(this|these|the foregoing|such) limitations? (of liability )?(shall |will )?appl(y|ies) (even|regardless|whether)', 'insurance', 'insured', 'insuring', 'insurers?', 'not (be )?(limited|capped)', 'neither (party|of the parties)(.s)? (liabilit(y|ies) )?(shall|will|is|are) (be )?(limited|capped)', 'no (party.s )?liability (shall|will) be (limited|capped)', 'unlimited', 'uncapped', 'no (limit|cap)', 'within the limits? (set|provided|established|laid down|fixed) (by|in)', '(limited|capped) as (set out|set forth|provided|specified|stated|described|indicated) in', '(see|refer to|consult) (the )?(applicable |relevant |signed )?(order form|cover page|key terms|order|schedule|statement of work|sow|quote|proposal)s?\\b[^.;]{0,40}\\bcap', '(cap|caps|cap amounts?|liability caps?) (is|are|will be|shall be) (set out|set forth|specified|stated|defined|shown|indicated|given) (in|on) (the|an?|each|any) (applicable |relevant |signed )?(order form|cover page|key terms|order|schedule|statement of work|sow|quote|proposal)', 'subject to the (liability |damages )?(limitations?|exclusions?|caps?)( (and|or) (limitations?|exclusions?))?( of liability)?( provisions| sections?| clauses?)? (set out |set forth |contained )?(in|of|under) the (agreement|terms|main agreement|master (services |subscription )?agreement|msa)\\b'],
  // A sentence that only says the limitation before it applies even if the loss was foreseen (« Cette
  // limitation de responsabilité s'applique même si … avisée ») sets no limit of its own; a drafting
  // note that a cap may be set elsewhere (« il convient de prévoir … un plafonnement éventuel ») sets none.
  fr: ['il (convient|conviendra|y a lieu|est recommande|est conseille) de prevoir', '(plafonnements?|plafonds?|limitations?) eventuel(le)?s?', '(cette|ces|la presente|les presentes|ladite|lesdites) limitations? (de (la )?responsabilite )?s.appliquen?t? (meme|y compris|egalement) (si|lorsque|dans|en cas)', 'assurance', 'assure', 'n.est pas (limitee|plafonnee)', 'la responsabilite (d.aucune|de chacune) des parties (n.est|ne sera) (pas )?(limitee|plafonnee)', 'ne (sera|est|saurait etre) (pas )?(limitee|plafonnee)', 'illimitee', 'sans (limite|plafond|limitation)', 'dans les limites (fixees|prevues|etablies|definies) (par|dans)', '(limitee|plafonnee)s? (comme|telle que|ainsi qu.il est|dans les conditions) (indique|prevu|defini|stipule|precise)e?s? (dans|aux|au|a l.article|par|en)', 'plafonds? (de (la )?responsabilite )?(est|sont|sera|seront|figure|figurent) (fixes? |precises? |indiques? |definis? |stipules? )?(dans|aux|au|sur) (le |la |les |l.)?(bon de commande|devis|conditions particulieres|proposition commerciale|annexe|page de garde)'],
}

/**
 * Words that look like a cap and are not one: a company form (« SARL, société à responsabilité
 * limitée », "limited liability company"), liability limited to one's own acts (an allocation
 * between parties, with no amount), damages owed « dans la limite du préjudice effectivement subi
 * et prouvé » ("limited to the loss actually suffered": the law's full compensation of the proven
 * loss, no ceiling below it), or the liability the law forbids to limit (« En cas de
 * responsabilité ne pouvant être limitée ou exclue par la loi », "liability that cannot be limited
 * or excluded by law"): a reservation of mandatory law, not a limit; and a force-majeure
 * event ("not liable for delays due to circumstances beyond reasonable control"): "beyond" there
 * names the cause, not an amount.
 */
const NOT_A_LIMIT = compile({
  en: ['limited liability (company|partnership)', 'beyond ((its|our|their|the|any) )?(reasonable )?control', '(limited|restricted) to (its|their|his|her|that party.s) own', '(liabilit(y|ies)|damages?) (that|which) (cannot|can not|may not) (lawfully )?be (limited|excluded)( or (limited|excluded))?', '(limited|capped|up) to (the amount of )?the (loss|losses|damage|damages|harm) (actually )?(suffered|incurred|sustained)( and (proven|proved|demonstrated))?'],
  fr: ['(societe|entreprise|exploitation agricole)( unipersonnelle)? a responsabilite limitee', 'limitee?s? a (ses|leurs|sa|son) (propres?|seule?s?)', 'dans la limite du (seul )?prejudice (direct )?((effectivement|reellement) )?(subi|souffert)( et (prouve|justifie|demontre))?', 'responsabilites? (ne pouvant|qui ne (peut|peuvent|saurait|sauraient)) (pas )?(legalement )?etre (limitee|exclue)s?( ou (limitee|exclue)s?)?'],
})

/** A cap that applies only to a free or preview offering is not the cap on the service the buyer pays for. */
const sideOffering = compile(SIDE_OFFERING)

/** Words that carve something out of the cap. */
const EXCEPTION: Bilingual = {
  en: ['except', 'excluding', 'exclusion', 'other than', 'save (for|in)', 'does not apply', 'do not apply', 'shall not apply', 'will not apply', 'not apply', 'not (be )?(subject|limited|capped)', 'carve', 'unlimited', 'uncapped', 'separate (cap|limit)', 'in addition to', 'nothing (in|herein)', 'set aside', '(shall|does|will) not limit', 'ceases? to apply', 'neither (party|of the parties)(.s)? (liabilit(y|ies) )?(shall|will|is|are) (be )?(limited|capped)'],
  fr: ['sauf', 'a l.exception', 'exception faite', 'hors', 'excepte', 'ne s.applique(nt)? pas', 'ne (sont|sera|seront|est) pas (soumis|soumises|limite|limitee|limites|limitees|plafonne|plafonnee|plafonnes|plafonnees|applicable)', 'n.est pas (soumis|soumise|limitee|plafonnee|applicable)', 'exclu', 'non plafonn', 'illimitee', 'sans plafond', 'plafond (distinct|specifique|separe)', 'en sus', 'aucune stipulation', 'ecarte', 'ne (joue|jouent|limite|limitent) pas', 'cesse(nt)? de s.appliquer'],
}

/** What a carve-out must cover: data protection, consent, confidentiality, gross or wilful fault. */
const CARVE_TOPIC: Bilingual = {
  en: ['data protection', 'personal data', 'customer data', 'gdpr', 'privacy', 'consent', 'data subjects?', 'confidential', 'gross(ly)? neglig', 'wil(l)?ful', 'intentional (misconduct|breach|fault)', 'fraud'],
  fr: ['protection des donnees', 'donnees (a caractere )?personnelles', 'rgpd', 'consentement', 'personnes concernees', 'confidentialite', 'faute lourde', 'faute (intentionnelle|dolosive)', 'dol(?![\\p{L}])', 'fraude'],
}

/**
 * Liability vocabulary, to tie a carve-out to the cap ("including but not limited to" and "capital"
 * are not: an exception in a copyright notice is no carve-out).
 */
const LIABILITY: Bilingual = {
  en: ['liabilit', 'liable', 'caps?\\b', 'capped', 'limitations? (of|on) liabilit', '(this|these|the|such|foregoing|above|preceding) (foregoing )?(limitations?|limits?)\\b'],
  fr: ['responsabilite', 'plafond', 'plafonn', 'limitations? de (la )?responsabilite', '(cette|ces|la|les|ladite|lesdites) limitations?\\b'],
}

/**
 * A waiver of indirect damages. An exception to it ("except for breaches of confidentiality, no
 * party is liable for lost profits") lifts the waiver, not the cap.
 */
const WAIVER = compile({
  en: ['(indirect|consequential|incidental|special|punitive|exemplary) damages', 'lost profits', 'loss of (profits?|revenues?)'],
  fr: ['dommages?(-| )(et interets )?(indirects?|immateriels?|consecutifs?)', 'pertes? de (profits?|chiffre d.affaires|benefices?)', 'manque a gagner'],
})

/** A sentence found by the library's detection still has to read like a cap ("cap", not "capital"). */
const CAP_LIKE = compile({ en: ['limit', 'cap(s|ped)?\\b', 'exceed', 'maximum'], fr: ['limit', 'plafon', 'exceder', 'depasser', 'maximum'] })

/** Fees paid over a period: "the fees paid in the last 3 months", « les sommes versées au cours des 12 derniers mois ». */
const FEES: Bilingual = {
  en: ['(fees|sums|amounts?|price|charges|remuneration|compensation|commissions|payments?)[^.;]{0,60}(paid|payable|invoiced|received|due|pay|pays)\\b'],
  fr: ['(sommes|montants?|prix|remuneration|honoraires|redevances|commissions|factur)[^.;]{0,60}(paye|verse|percu|facture|regle|encaisse|acquitte|du|due)(e|s|es)?\\b'],
}

/** A cap set at the price of the leads concerned: a few euros. */
const PER_LEAD: Bilingual = {
  en: ['(price|cost|amount|value|fees?) (paid )?(of|for) (the )?(lead|leads)( or leads)? (concerned|in question|at issue|disputed|affected|giving rise)', '(price|cost|amount) of the (disputed|affected|defective) (lead|leads)'],
  fr: ['(prix|montant|cout|valeur) (du|des|de la) leads? (concernee?s?|en cause|litigieu(x|se)|objet du litige|ayant donne lieu)'],
}

/**
 * A cap set at the price of one transaction: the order, invoice or deliverable concerned, or the
 * commission earned on it (« le montant de la commission perçue », « le prix total du Livrable »),
 * not the harm a failure may cause.
 */
const PER_ORDER: Bilingual = {
  en: [
    '(price|cost|amount|value|fees?) (paid )?(of|for) (the )?(order|invoice|purchase order|deliverable|placement)s? (concerned|in question|at issue|disputed|affected|giving rise)',
    '(fees?|amounts?|sums?|price) (actually )?(paid|invoiced) (by (the )?customer )?(for|under) the (services?|order|project|engagement|deliverable)s? (concerned|in question|at issue|giving rise)',
    '(price|cost|amount|value|fees?) (paid )?(of|for) (the|such|that) (deliverable|placement)\\b',
    // "the amount of fees becoming payable under the PO": one purchase order or statement of work.
    '(fees?|amounts?|sums?|price)[^.;]{0,40}\\b(payable|paid|due|invoiced) (under|pursuant to|for) (the|such|that|this|an?|each|the applicable|the relevant) (purchase orders?|po|statements? of work|sow)\\b',
    '(the )?(commission|placement fee) (paid|received|earned|invoiced)',
    // A promotion's cap at one prize: "the total amount of the prize offered to a single participant".
    '(price|cost|amount|value)( of)? (the|one|a|any) (single )?(prize|reward|voucher|gift card)s?\\b',
  ],
  fr: [
    '(prix|montant|cout|valeur) (total )?(du|des|de la|de l.) (commande|facture|bon de commande|livrable|mission)s? (concernee?s?|en cause|litigieu(x|se)|objet du litige|ayant donne lieu)',
    // The sums invoiced or paid for the one service at issue (« le montant total facturé pour la
    // prestation concernée »), not the fees of a period.
    '(prix|montant|cout|valeur|sommes?)( total| totale?s?)? (effectivement )?(paye|verse|facture|regle|encaisse|percu)e?s? (par le client )?(pour|au titre de|au titre d.|en contrepartie de) (la|le|l.|cette|ce) (prestation|service|commande|mission|projet|livrable)s? (concernee?s?|en cause|litigieu(x|se)|objet du litige|ayant donne lieu)',
    // The price of the one order or deliverable (singular), not of the orders over a period.
    '(prix|montant|cout|valeur) (total )?(du|de la|de l.) (commande|bon de commande|livrable)(?![\\p{L}])(?! ?s\\b)',
    '(montant (de la|des) )?commissions? (percues?|versees?|facturees?|encaissees?)',
    '(prix|montant|valeur) (du|d.un|de la|d.une) (seul )?(lot|gain|bon d.achat|cheque cadeau|carte cadeau)\\b',
  ],
}

/** A single period in words: "the month preceding the claim", « le mois précédent », "the previous year". */
const ONE_MONTH = compile({ en: ['(the|one|a|last|previous|preceding|prior) (calendar )?month\\b'], fr: ['(le|du|au|un|dernier) mois\\b( (precedent|precedant|anterieur|ecoule|civil))?'] })
const ONE_YEAR = compile({ en: ['(the|one|a|last|previous|preceding|prior|any|each|per) (calendar |contract |contractual )?year\\b'], fr: ["(l'|la |une |par |derniere |chaque )(annee|an)\\b( (civile|contractuelle|precedente|ecoulee))?", "(les|des) douze (derniers )?mois"] })

/** "whichever is greater": one adequate component is enough. */
const GREATER = compile({ en: ['whichever is (greater|higher|the greater|the higher)', 'the (greater|higher) of'], fr: ['le plus (eleve|important)', 'la plus (elevee|importante)', 'le montant le plus (eleve|important)'] })

const cap = compile(CAP)
const notACap = compile(NOT_A_CAP)
const exception = compile(EXCEPTION)
const carveTopic = compile(CARVE_TOPIC)
const liability = compile(LIABILITY)
/** Liability named outright, not by a back-reference (« cette limitation », "these limits"). */
const liabilityNamed = compile({
  en: LIABILITY.en.filter((p) => !p.includes('foregoing')),
  fr: LIABILITY.fr.filter((p) => !p.includes('ladite')),
})
const fees = compile(FEES)
const perLead = compile(PER_LEAD)
const perOrder = compile(PER_ORDER)

/** Look-alike limits, global, for a text (without `i` where that matches alike: case-free.ts). */
const lookAlikes = caseFreeFor(new RegExp(NOT_A_LIMIT.source, 'giu'))

/** The text with look-alike limits blanked out (same length, so offsets still hold). */
function withoutLookAlikes(norm: string): string {
  return norm.replace(lookAlikes(norm), (m) => ' '.repeat(m.length))
}

/**
 * Whose liability a cap limits. A cap on the buyer's liability alone (« la responsabilité du
 * Client », "the Customer's aggregate liability", "your liability") is in the buyer's favour: it
 * burdens nobody the reviewer works for. A cap that names the generator's or each party's
 * liability, or no one, stays a cap.
 */
const BUYER_HOLDER =
  /(?<![\p{L}])(?:(?:liabilit(?:y|ies)|responsabilite)(?: (?:totale|globale|cumulee|maximale|aggregate|total|entire))? (?:of (?:the )?(?:buyer|client|customer|advertiser|purchaser)|du (?:client|donneur d.ordre)|de l.(?:acheteur|annonceur))|(?:buyer|client|customer|advertiser|purchaser).s (?:(?:total|aggregate|entire|maximum|overall|cumulative) )?liabilit|your (?:(?:total|aggregate|entire) )?liabilit|votre responsabilite)/u
const OTHER_HOLDER =
  /(?<![\p{L}])(?:(?:liabilit(?:y|ies)|responsabilite)[^.;]{0,30}(?:of (?:the )?(?:generator|supplier|provider|vendor|publisher|seller|broker|company|agency|parties)|(?:du|de la|de l.) ?(?:fournisseur|prestataire|generateur|editeur|vendeur|courtier|societe|agence)|des parties)|(?:generator|supplier|provider|vendor|publisher|seller|broker|company|agency).s (?:[a-z]+ )?liabilit|our (?:[a-z]+ )?liabilit|notre responsabilite|(?:each|either|any) party|chaque partie|l.une ou l.autre (?:des )?parties|the parties)/u

/** True when the cap limits the buyer's liability alone. */
function buyerOnlyCap(norm: string): boolean {
  const clause = capClause(norm)
  return BUYER_HOLDER.test(clause) && !OTHER_HOLDER.test(clause)
}

/** Whether a sentence caps liability (look-alikes are blanked only in sentences that read like a cap). */
function isCap(norm: string): boolean {
  return cap.test(norm) && cap.test(withoutLookAlikes(norm)) && !notACap.test(norm) && !buyerOnlyCap(norm)
}

/** Sentences that cap liability. */
export function capSentences(sentences: readonly Sentence[]): Sentence[] {
  return sentences.filter((s) => isCap(s.norm))
}

/** Whether a cap sentence caps only a free or preview offering (trials, betas). */
export function sideOfferingCap(s: Sentence): boolean {
  return sideOffering.test(s.norm)
}

/**
 * A category of claims the cap treats apart, named here and defined on a cover page or order form
 * ("Unlimited Claims", "Increased Claims" under an "Increased Cap Amount", « plafond spécifique »):
 * what it holds is not in the text, so it is not read as a cap without a carve-out.
 */
const CLAIM_CATEGORY =
  /(?<![\p{L}])(?:(?:unlimited|uncapped|excluded|increased|super-?capped) (?:claims?|liabilities)|(?:increased|super) cap amount|super-?cap|plafond (?:majore|specifique|particulier)|reclamations? (?:exclues|non plafonnees))(?![\p{L}])/u
/** A sentence that defines a term: '"Unlimited Claims" means …'. */
const MEANS = /^\W*(?:means|shall mean|has the meaning|designe|s.entend)(?![\p{L}])/u

/**
 * True when the document carves data protection, consent, confidentiality or gross / wilful fault
 * out of the cap: a sentence with an exception and one of these topics, about liability or in the
 * same block as a cap; or a category of claims the cap treats apart that the document does not
 * define itself (see CLAIM_CATEGORY), or defines with one of these topics.
 */
export function hasDataCarveOut(sentences: readonly Sentence[], caps: readonly Sentence[]): boolean {
  const capBlocks = new Set(caps.map((c) => `${c.path}:${c.blockIndex}`))
  for (const s of sentences) {
    const m = CLAIM_CATEGORY.exec(s.norm)
    if (!m || !(capBlocks.has(`${s.path}:${s.blockIndex}`) || liability.test(s.norm))) continue
    const name = m[0]
    const definitions = sentences.filter((d) => {
      const at = d.norm.indexOf(name)
      return at >= 0 && MEANS.test(d.norm.slice(at + name.length))
    })
    if (definitions.length === 0 || definitions.some((d) => carveTopic.test(d.norm))) return true
  }
  return sentences.some((s, i) => {
    const nearCap = capBlocks.has(`${s.path}:${s.blockIndex}`)
    // A carve-out list read as several sentences ("… for: (i) death or personal injury;" "(ii)
    // fraud;" …): its items are the rest of the paragraph.
    let norm = s.norm
    if (listLeadIn(norm) !== undefined) {
      for (let j = i + 1; j < sentences.length && j <= i + LIST_ITEMS; j++) {
        const next = sentences[j]!
        if (next.path !== s.path || next.blockIndex !== s.blockIndex) break
        norm += ` ${next.norm}`
      }
    }
    // Its clauses are parts of it: where it holds the literals of no exception or of no topic
    // (most sentences; looked up once in the gate), none of them does.
    if (!mayMatch(exception, norm) || !mayMatch(carveTopic, norm)) return false
    // Each semicolon-separated clause on its own: run-on contracts mix unrelated obligations.
    return carveClauses(norm).some((c) => exception.test(c) && carveTopic.test(c) && (nearCap || liability.test(c)) && !(WAIVER.test(c) && !isCap(c)))
  })
}

/** How many sentences of the same paragraph a carve-out list may run on. */
const LIST_ITEMS = 8

/** Where a clause ends in the lead-in of a carve-out list (an exception about liability, then a colon), its colon's index. */
function listLeadIn(clause: string): number | undefined {
  const colon = clause.lastIndexOf(':')
  if (colon < 0) return undefined
  const head = clause.slice(0, colon)
  return exception.test(head) && liability.test(head) ? colon : undefined
}

/**
 * A sentence's semicolon-separated clauses, except that a list introduced by a colon stays with
 * its lead-in: "Nothing in the Agreement excludes or limits the liability of either party for: (i)
 * death or personal injury; (ii) fraud; (iii) breach of the data protection provisions" is one
 * carve-out whose items are its topics.
 */
function carveClauses(norm: string): string[] {
  const parts = norm.split(';')
  for (let i = 0; i < parts.length - 1; i++) if (listLeadIn(parts[i]!) !== undefined) return [...parts.slice(0, i), parts.slice(i).join(';')]
  return parts
}

/** The cap a sentence sets, read off its wording. */
export interface CapTerms {
  amounts: Amount[]
  /** Periods of fees paid ("fees paid in the last 3 months"). */
  feePeriods: Duration[]
  /** The cap is the price of the leads concerned. */
  perLead: boolean
  /** The cap is the price of one order, invoice or deliverable, or the commission on it. */
  perOrder: boolean
  /** "whichever is greater": one adequate component is enough. */
  greater: boolean
  /** The cap names the fees paid over the whole contract, with no period ("the greater of the fees you pay, if any, or $100"). */
  allFees: boolean
}

/** Where the cap wording starts in a sentence's normalised text. */
export function capIndex(s: Sentence): number {
  return cap.exec(withoutLookAlikes(s.norm))?.index ?? 0
}

/** The part of a sentence that sets the cap: from the cap wording to the next semicolon. */
function capClause(norm: string): string {
  const at = cap.exec(withoutLookAlikes(norm))?.index ?? 0
  const start = norm.lastIndexOf(';', at) + 1
  const end = norm.indexOf(';', at)
  return norm.slice(start, end < 0 ? norm.length : end)
}

function period(value: number, unit: 'month' | 'year', index: number, text: string): Duration {
  return { value, unit, business: false, days: unit === 'month' ? value * 30 : value * 365, months: unit === 'month' ? value : value * 12, index, end: index + text.length, text }
}

/** Reads the terms of a cap sentence (its cap clause, in run-on contracts). */
export function capTerms(s: Sentence): CapTerms {
  const text = capClause(s.norm)
  let feePeriods: Duration[] = []
  const named = fees.test(text)
  if (named) {
    feePeriods = durations(text).filter((d) => d.unit !== 'hour')
    if (feePeriods.length === 0) {
      const month = ONE_MONTH.exec(text)
      const year = ONE_YEAR.exec(text)
      if (month) feePeriods = [period(1, 'month', month.index, month[0])]
      else if (year) feePeriods = [period(1, 'year', year.index, year[0])]
    }
  }
  const order = perOrder.test(text)
  return { amounts: amounts(text), feePeriods, perLead: perLead.test(text), perOrder: order, greater: GREATER.test(text), allFees: named && feePeriods.length === 0 && !order }
}

/**
 * Whether a sentence's liability wording stands: named in the sentence itself, or only by a back-reference (« cette limitation », "these
 * limitations") to the sentence before it in its section: « L'utilisateur accepte … cette limitation
 * de fait », after « … est un prototype », limits no liability.
 */
function speaksOfLiability(sentences: readonly Sentence[], s: Sentence): boolean {
  // No liability word at all: the library's own evidence decides, as before.
  if (!liability.test(s.norm) || liabilityNamed.test(s.norm) || amounts(s.norm).length > 0) return true
  const prev = sentences[sentences.indexOf(s) - 1]
  return prev !== undefined && prev.path === s.path && prev.heading === s.heading && liabilityNamed.test(prev.norm)
}

/** The cap clause's own evidence, when the library's detection finds it but no sentence matches. */
/**
 * A clause title the reader kept as a line of text (« Limitation de responsabilité » in a plain-text
 * file, "7. Limitation of Liability"): it names the article, it caps nothing.
 */
const BARE_TITLE =
  /^\W*(?:\d+(?:\.\d+)*\W*)?(?:(?:article|section)\s+\S+\W*)?(?:limitations? (?:de (?:la )?responsabilites?|of liability)|(?:limitation|exclusion)s? (?:et|and) (?:limitation|exclusion)s? (?:de (?:la )?responsabilites?|of liability)|responsabilites?|liabilit(?:y|ies))\W*$/u

export function capEvidence(ctx: Pick<RuleContext, 'clauses' | 'sentences'>): Sentence | undefined {
  const status = ctx.clauses.get('liability-cap')
  if (status?.status !== 'present' || status.negated) return undefined
  const evidence = status.evidence.filter((e) => e.signal === 'phrase' || e.signal === 'cooccurrence')
  const found = evidence.map((e) => ctx.sentences.find((s) => s.block.line === e.line && e.text.startsWith(s.text.slice(0, 40)))).filter((s): s is Sentence => s !== undefined)
  const capLike = (s: Sentence) => !BARE_TITLE.test(s.norm) && CAP_LIKE.test(withoutLookAlikes(s.norm)) && !notACap.test(s.norm) && !buyerOnlyCap(s.norm) && speaksOfLiability(ctx.sentences, s)
  const own = found.find(capLike)
  if (own) return own
  // The evidence may be an exclusion (« n'est pas responsable des dommages… ») beside the cap: the
  // sentence of the same section that reads like a cap of liability.
  const sections = new Set(found.filter((s) => s.heading >= 0).map((s) => `${s.path}:${s.heading}`))
  return ctx.sentences.find((s) => sections.has(`${s.path}:${s.heading}`) && liability.test(s.norm) && capLike(s))
}

/** A party declines liability (« ne pourra être tenu responsable », « tenu pour » or « comme responsable », "shall not be liable"). */
const EXCLUDES = compile({
  en: [
    '(shall|will|may|does|do|is|are|would) not (be )?(held )?(liable|responsible)',
    '(shall|will) (have|bear|incur) no (liability|responsibility)',
    'neither [^.;]{0,200}(shall|will|is|are) (be )?(liable|responsible)',
    // The parties spared may be a long list ("In no event will we, our affiliates or their licensors,
    // service providers, employees, agents, officers or directors be liable"): as long as "neither …".
    'in no (event|case) (shall|will) [^.;]{0,200}(be )?liable',
    'under no circumstances (shall|will|is|are) [^.;]{0,200}(be )?liable',
    'disclaims? (all|any) liability',
  ],
  fr: [
    // « que l'AFPy ne puisse être tenue responsable » (a subjunctive after « accepte que ») reads the same.
    'ne (peut|pourra|saurait|sauraient|pourront|peuvent|sera|seront|puisse|puissent) (en aucun cas |jamais |a aucun titre )?etre (tenue?s? )?(pour |comme )?responsables?',
    // The future passive without « être »: « l'Offrant ne sera en aucun cas tenu responsable ».
    'ne (sera|seront) (en aucun cas |jamais |a aucun titre )?tenue?s? (pour )?responsables?',
    'n.engage(ra|nt|ront)? (pas|aucunement|en aucun cas|jamais) (sa|leur) responsabilite',
    '(decline|declinent|exclut|excluent|n.assume|ne porte|n.encourt) (toute|aucune) responsabilite',
  ],
})
/** Direct damages are excluded too: nothing is left to recover, a cap of zero. */
const DIRECT = compile({
  en: ['direct (damages?|loss(es)?|harm)', 'direct(,| or| and|, or|, and)+ (indirect|special|incidental|consequential|punitive|exemplary)'],
  // « qu'il subirait directement ou indirectement »: the loss suffered directly, as « dommage direct ».
  fr: ['(dommages?|prejudices?|pertes?)( et interets)? directs?', 'directs? (ou|et|comme) indirects?', 'directement (ou|et) indirectement'] })
/** Any loss of any kind (with no list of indirect heads of damage). */
const ANY_KIND = compile({
  en: ['(any|all) (loss|losses|damages?|harm)( or (loss|losses|damages?))? (of any kind|whatsoever|of whatever nature)', '(loss|losses|damages?) of any kind', '(any|all) (loss|losses|damages?|harm) (suffered|sustained|incurred)'],
  // « d'un quelconque dommage », « d'aucun préjudice »: any loss, as « de quelque nature que ce soit ».
  fr: ['de quelque (nature|sorte) (que ce soit|qu.(ils|elles) soient)', 'de toute nature', 'quelconques? (dommages?|prejudices?|pertes?)', '(dommages?|prejudices?|pertes?) quelconques?', 'd.aucune?s? (dommages?|prejudices?|pertes?)'],
})
/**
 * Material and immaterial damages together (« des dommages matériels ou immatériels »): every head
 * of loss, not the immaterial loss of a waiver of indirect damages.
 */
const MATERIAL_AND_IMMATERIAL = compile({
  en: ['(material|tangible) (or|and) (immaterial|intangible) (damages?|loss(es)?|harm)'],
  fr: ['(dommages?|prejudices?) (materiels? (ou|et) immateriels?|immateriels? (ou|et) materiels?)'],
})
/**
 * A buyer that acknowledges the other party's exclusion (« Vous comprenez et acceptez que l'AFPy ne
 * puisse être tenue responsable », « L'Utilisateur reconnaît que l'Éditeur ne saurait… », "You agree
 * that the Provider shall not be liable"): the party excluded is the one after « que » / "that".
 */
const ACKNOWLEDGES =
  /(?<![\p{L}])(?:(?:acknowledges?|agrees?|understands?|accepts?)(?: and (?:acknowledges?|agrees?|understands?|accepts?))? that|(?:reconnai|accept|compren|admet)\p{L}*(?: et (?:reconnai|accept|compren|admet)\p{L}*)? qu(?:e |['’]))/gu
/** The party whose liability an exclusion sentence excludes. */
function excluded(norm: string): ReturnType<typeof actorOf> {
  const at = EXCLUDES.exec(norm)?.index ?? 0
  const before = norm.slice(0, at)
  let from = -1
  for (const m of before.matchAll(ACKNOWLEDGES)) from = m.index + m[0].length
  return actorOf(from < 0 ? norm : norm.slice(from), EXCLUDES)
}
/** Exclusions for one outside cause, not for the party's own performance. */
const OUTSIDE_CAUSE = compile({
  en: ['third[- ]part(y|ies).? (websites?|sites?|content|materials?|services?|products?|links?)', 'force majeure', 'beyond ((its|our|their|the|any) )?(reasonable )?control', "(customer|client|buyer|user|your).?s? (own )?(fault|negligence|misuse|breach)", 'misuse'],
  fr: ['sites? (internet )?tiers', 'contenus? (de |des )?tiers', 'liens? hypertextes?', 'force majeure', 'faute (du|de la|de l.|des) (client|utilisateur|acheteur|annonceur|partenaire|recruteur)', 'utilisation (non conforme|anormale|frauduleuse|illicite)', 'mauvaise utilisation'],
})
/**
 * Someone the document says is not a party to it: « Creative Commons n'est pas partie à ce
 * Contrat », "The Foundation is not a party to this Agreement". Its own disclaimer (« Creative
 * Commons décline toute responsabilité ») excludes the liability of no party: the text's publisher
 * or steward, not the generator whose performance the buyer relies on.
 */
const NOT_A_PARTY =
  /(?:^|[.;:] )((?:the |l[ae] |l')?[\p{L}\d][\p{L}\d'&-]*(?: [\p{L}\d][\p{L}\d'&-]*){0,3}) (?:(?:is|are) not (?:a )?part(?:y|ies) to|(?:n'est|ne sont) (?:pas|nullement|aucunement) (?:une )?parties? (?:a|au|aux))(?![\p{L}])/gu
/** Who governs the verb (the words that open the sentence), for the names NOT_A_PARTY captures. */
const PARTY_WORD = /(?<![\p{L}])(?:party|parties|partie|parties|buyer|client|customer|supplier|provider|generator|fournisseur|prestataire|vendor|licensee|licensor|acceptant|offrant|you|vous|we|nous|it|il|elle)$/u
/** The names the document gives to those who are no party to it (normalised). */
function nonParties(sentences: readonly Sentence[]): string[] {
  const names = new Set<string>()
  for (const s of sentences) {
    if (!/not (?:a )?part|pas (?:une )?partie|(?:nullement|aucunement) (?:une )?partie/.test(s.norm)) continue
    for (const m of s.norm.matchAll(NOT_A_PARTY)) {
      const name = m[1]!.trim()
      // "Either party is not a party…" never; a party's own name ("the Supplier") is no outsider.
      if (!PARTY_WORD.test(name)) names.add(name)
    }
  }
  return [...names]
}

/** A sentence that excludes the writer's or the generator's liability outright, and how far. */
export interface Exclusion {
  sentence: Sentence
  /** Direct damages too: a cap of zero. */
  direct: boolean
}

/**
 * Sentences that exclude liability for any loss (not a cap, and not a waiver of indirect damages
 * only): « la DINUM ne peut être tenue responsable des pertes et/ou préjudices, de quelque nature
 * qu'ils soient », "Neither Mozilla nor its affiliates shall be liable for any direct, indirect …
 * damages". Not the Buyer's own exclusion, nor one for an outside cause (force majeure,
 * third-party sites, the Buyer's own fault).
 */
export function exclusionSentences(sentences: readonly Sentence[]): Exclusion[] {
  const out: Exclusion[] = []
  const outsiders = nonParties(sentences)
  for (const s of sentences) {
    if (s.definition || !EXCLUDES.test(s.norm)) continue
    if (outsiders.some((name) => s.norm.startsWith(name))) continue
    const direct = DIRECT.test(s.norm)
    if (!direct && !MATERIAL_AND_IMMATERIAL.test(s.norm) && (!ANY_KIND.test(s.norm) || WAIVER.test(s.norm))) continue
    if (isCap(s.norm) || OUTSIDE_CAUSE.test(s.norm) || sideOffering.test(s.norm) || amounts(s.norm).length > 0) continue
    if (excluded(s.norm) === 'buyer') continue
    out.push({ sentence: s, direct })
  }
  return out
}

/** Where the exclusion wording starts in a sentence's normalised text. */
export function exclusionIndex(s: Sentence): number {
  return EXCLUDES.exec(s.norm)?.index ?? 0
}
