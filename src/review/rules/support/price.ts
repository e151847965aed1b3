/**
 * Whether a document makes someone pay: a price, a fee, invoices, an amount to be paid. Payment
 * rules (payment terms, late-payment mentions) and the notice owed to a buyer who depends on a paid
 * supply apply only there. A free service (« L'utilisation du service est gratuite », "free of
 * charge"), a price the writer may set later ("we reserve the right to charge in the future"),
 * or a document with no price at all (a DPA, a privacy policy), makes nobody pay; a
 * criminal fine recalled by the text (« 45 000 euros d'amende »), a liability cap, insurance cover
 * or a company's share capital is no price either.
 */
import type { Sentence } from '../../text.js'
import { compile } from './patterns.js'
import { amounts } from './quantities.js'

/** Words that make someone pay (a price, a fee, an invoice, a payment). */
const PAYING = compile({
  en: [
    'prices?\\b',
    // Not pricing as a kind of information in a list ("marketing plans, pricing, discounts and proposals").
    'pricing(?!,? (and |or )?(discounts|proposals|margins|forecasts|roadmaps)\\b)',
    'fees?\\b',
    'invoic',
    'payments?\\b',
    'payable',
    'pay(ing)?\\b',
    // Not « pays » (French: country).
    'pays (the|all|any|for|to|a|an|each|its|their|his|her)\\b',
    'paid\\b',
    '(monthly|annual|yearly|service|setup|set-up|subscription|usage|recurring) charges?\\b',
    'subscription (fee|price|charge|plan)s?',
    'remuneration',
    'commissions? (paid|payable|due|earned|rate|of \\d)',
    'cost per (lead|click|acquisition|action)',
    'cp[alc]\\b',
  ],
  fr: [
    'prix\\b',
    'tarif',
    'redevances?\\b',
    'honoraires',
    'factur',
    'paiements?\\b',
    'payables?\\b',
    'pa(y|i)(e|er|era|eront|ent|es)\\b',
    'remuneration',
    'commissions? (percue|versee|due|de \\d|calculee|d.apport|de placement)',
    'cout (par|du|d.un) (lead|contact|clic|prospect)',
    'abonnements? payants?',
  ],
})

/** Words that say the service is free, or that nothing is paid. */
const FREE = compile({
  en: ['free of (charge|cost)', 'at no (cost|charge|fee)', 'without (charge|cost|fee|payment)', 'no (fee|charge|cost|payment)s?\\b', 'free (service|version|tier|plan|use|access)', '(is|are) free\\b', 'for free\\b'],
  // « Aucune facturation supplémentaire n'est prévue pour la migration »: nothing more is billed.
  fr: ['gratuit', 'sans (frais|contrepartie|paiement|facturation|cout)', 'a titre (gracieux|gratuit)', 'aucun (paiement|frais|prix|cout)', 'aucune facturation', 'n.est pas payant', 'ne donne lieu a aucun'],
})

/**
 * A discount offered on a later, optional purchase (« En cas de souscription à une licence dans les
 * six mois, le partenaire bénéficie d'une réduction de 20 % sur le prix catalogue », "if the Partner
 * subscribes within six months, it receives a 20% discount"): the price of another deal, if it is
 * ever made, not one this document charges (a pilot or evaluation programme that is free).
 */
const LATER_PURCHASE_DISCOUNT = compile({
  en: [
    '\\bif (the |you |it )?[a-z ]{0,30}(subscribes?|converts?|upgrades?) (to|for)\\b[^.;]{0,200}\\b(discount|reduction|rebate)',
    '\\b(discount|reduction|rebate)\\b[^.;]{0,80}\\bif (the |you |it )?[a-z ]{0,30}(subscribes?|converts?|upgrades?) (to|for)\\b',
  ],
  // A volume discount on this deal's own orders (« en cas de commande de plus de 1 000 leads ») stays a price.
  fr: ['(en cas de|lors de (la|sa)|si [^.;]{0,40}souscrit a) (souscription|conversion)\\b[^.;]{0,200}\\b(reduction|remise|rabais|tarif preferentiel)'],
})

/**
 * A price the writer may set later, and has not set: "we reserve the right to charge for the
 * Services in the future", "the terms of sale, to be posted upon release of paid functionality",
 * « l'Éditeur se réserve le droit de rendre le service payant », « pourra devenir payant ». A free
 * service's terms often keep that option open; until the writer uses it, nobody pays (a price
 * that exists and may change, "fees may change on 30 days' notice", stays a price).
 */
const FUTURE_PRICE = compile({
  en: [
    'reserves? the right,? (in the future,? )?to (start |begin )?(charg|introduce (fees|charges|pricing)|impose (fees|charges))',
    '(may|might|could) (in the future )?(start|begin) (to )?charg',
    '(may|might|could) (charge|introduce fees|introduce charges)[^.;]{0,60}\\bin the future',
    '(upon|on|after|when|once) (the )?(release|launch|introduction|availability)( date)? of (any )?(paid|premium|priced) (functionality|features?|plans?|services?|offerings?|versions?|tiers?)',
  ],
  fr: [
    'se reserve (le droit|la possibilite|la faculte) de (rendre|faire devenir) [^.;]{0,60}payant',
    '(pourra|pourrait|peut|pourront|pourraient) (a l.avenir |ulterieurement )?(devenir|etre rendus?|etre rendues?) payant',
    '(a l.avenir|ulterieurement|dans le futur)[^.;]{0,40}(devenir|rendre|rendus?|rendues?) payant',
  ],
})

/** An amount that is no price: a criminal fine, a cap, insurance, share capital. */
const NOT_A_PRICE = compile({
  en: ['fines?\\b', 'imprisonment', 'punishable', 'liabilit', 'liable', 'insur', 'share capital', 'capital of'],
  fr: ['amendes?\\b', 'emprisonnement', 'puni', 'responsabilite', 'assur', 'capital (social|de)', 'au capital'],
})

/**
 * Words about payments that set no price of the deal: a party's legal costs (an indemnity's
 * "attorneys' fees"), payment data or processing in a privacy policy (« les données de votre
 * carte de paiement », "payment processors"), and a licence granted without payment
 * ("royalty-free", « libre de redevance »).
 */
const LOOK_ALIKES = new RegExp(
  String.raw`\b(?:royalty[- ]free|free of (?:any )?royalt(?:y|ies)|(?:libres?|exempte?s?|franche?s?) de (?:toute )?redevances?|sans redevances?|(?:traitement|donnees|carte|cartes|moyens?|informations?|coordonnees|prestataires?|services?|societes?|processing|data|cards?|details|information|processors?|providers?|methods?) (?:de |des |du |bancaires? de )?(?:paiements?|payments?)|(?:paiements?|payments?) (?:data|details|information|processors?|processing|providers?|cards?)|(?:attorneys?|lawyers?|legal|counsel|expert witness|court|arbitration|arbitrator|filing|collection)(?:'s?|s')? (?:fees|costs)|honoraires d.(?:avocats?|conseils?|experts?)|frais (?:d.avocats?|de justice|de procedure|irrepetibles))`,
  'gu',
)

/** A word every match of LOOK_ALIKES holds. */
const LOOK_ALIKE_WORD = /paiement|payment|fees|costs|honoraires|frais|royalt|redevance/

/**
 * A sentence about liability: a cap ("shall not exceed the amounts paid"), an exclusion, or an
 * indemnity ("indemnify … against claims, damages, payments, costs"). Its sums measure what a
 * party answers for, not a price: a free service's terms cap liability at "the greater of the
 * amounts you paid, if any, or $100".
 */
const LIABILITY_TALK = compile({
  en: ['liabilit', 'liable\\b', 'indemnif', 'hold (\\w+ )?harmless'],
  fr: ['responsabilite', 'indemniser', 'garanti(r|t|ra) [^.;]{0,40}contre (toute|tous|les)'],
})

/**
 * Whether a sentence makes someone pay: price words or an amount of money, and not a free service.
 * Each semicolon-separated clause is read on its own: "You may use the free plan or subscribe to a
 * paid plan; paid plans are billed monthly" offers a free plan and charges for the others.
 */
function paying(s: Sentence): boolean {
  if (s.definition || LIABILITY_TALK.test(s.norm)) return false
  return s.norm.split(';').some(payingClause)
}

/** Whether one clause of a sentence (normalised) makes someone pay. */
function payingClause(clause: string): boolean {
  if (FREE.test(clause) || LATER_PURCHASE_DISCOUNT.test(clause) || FUTURE_PRICE.test(clause)) return false
  const norm = LOOK_ALIKE_WORD.test(clause) ? clause.replace(LOOK_ALIKES, ' ') : clause
  if (PAYING.test(norm)) return true
  return !NOT_A_PRICE.test(norm) && amounts(norm).length > 0
}

/**
 * The writer takes no part in what users pay each other (a car-pooling or classifieds platform):
 * « n'intervient pas dans … le paiement », « ne perçoit aucune commission », "payments are made
 * directly between users", "is not a party to any transaction between users".
 */
const NOT_PARTY_TO_PAYMENT = compile({
  en: [
    '(does|will) not (process|handle|take part in|intervene in) (any )?payments? (made )?(between|among)',
    'payments? (are|is) (made|settled|arranged) directly between',
    'not (a )?party to (any |the )?(transactions?|payments?|agreements?|contracts?) between',
    '(takes|charges|receives) no commission',
  ],
  fr: [
    'n.intervient (pas|aucunement|nullement)[^.;]{0,60}paiement',
    '(ne percoit|ne prend|ne preleve|sans) (aucune )?commission',
    'paiements? (s.effectue|se fait|est effectue|intervient) directement entre (?!les mains)',
    'n.est pas partie (aux|a la|au) (transactions?|contrats?|paiements?|relations?) (entre|conclu)',
  ],
})

/**
 * True when the writer's service is free and what users pay goes between them: the document
 * then sets no price of its own deal (a sentence « payer le montant convenu » binds the users).
 */
function paymentsBetweenUsersOnly(sentences: readonly Sentence[]): boolean {
  return sentences.some((s) => FREE.test(s.norm)) && sentences.some((s) => NOT_PARTY_TO_PAYMENT.test(s.norm))
}

/** The answer for each document's sentences: several rules ask it of the same review. */
const charged = new WeakMap<readonly Sentence[], boolean>()

/** Whether the document makes someone pay (some sentence sets a price, a fee or a payment). */
export function chargesPrice(sentences: readonly Sentence[]): boolean {
  let yes = charged.get(sentences)
  if (yes === undefined) charged.set(sentences, (yes = sentences.some(paying) && !paymentsBetweenUsersOnly(sentences)))
  return yes
}
