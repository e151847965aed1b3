/** `negated-clause`: a clause is there, but its own words deny it ("no audit right is granted"). */
import { normalizeText } from '../../library/detect-signals.js'
import { ALL_IDS } from '../../library/taxonomy.js'
import { defineRule, msg } from '../define-rule.js'
import { actorOf } from '../parties.js'
import { localSources } from '../sources.js'
import type { Evidence } from '../types.js'
import { compile } from './support/patterns.js'
import { holdsLeadClause } from './support/leads.js'
import { isDeal } from './support/deal.js'

/**
 * What an obligation's definition leaves out is no denial of the obligation: "Confidential
 * Information does not include information that …", « ne sont pas considérées comme confidentielles
 * les informations qui … ». An exception names a category (a relative clause or a condition); a
 * denial does not (« les informations échangées ne sont pas confidentielles »).
 */
const EXCLUSION = compile({
  en: [
    '(does|do|shall|will) not (include|cover|extend to)\\b',
    '(is|are|shall be|will be) not (considered|deemed|treated as) confidential[^.;]{0,80}\\b(that|which|who|where|when|if|unless)\\b',
    // A list of exceptions announced by a colon: "The following is NOT considered confidential:".
    '(is|are|shall be|will be) not (considered|deemed|treated as) confidential\\w*\\s*:',
  ],
  fr: [
    '(ne (sont|seront|sera|est)|n.(est|sont)) pas (considere|repute)e?s?( comme)? (confidentiel|secret)[^.;]{0,80}\\b(qui|que|qu|dont|lorsque|lorsqu|si|sauf)\\b',
    // Une liste d'exceptions annoncée par deux-points : « Ne sont pas considérées comme confidentielles : ».
    '(ne (sont|seront|sera|est)|n.(est|sont)) pas (considere|repute)e?s?( comme)? (confidentiel|secret)\\w*\\s*:',
    'ne (couvre|comprend|vise|s.etend)(nt)? pas (aux|les) (informations|donnees|elements)',
  ],
})

/**
 * Sentences that match a clause's adverse wording and still deny nothing of it (classes seen on
 * contracts written by others):
 * - a tax gross-up: "paid free and clear of and without any deduction or withholding for tax" is
 *   about taxes, not a waiver of set-off;
 * - a submission to the courts: "the parties waive any objection to the laying of venue" confirms
 *   the jurisdiction;
 * - a prohibition with exceptions: "Distributor may not assign … (other than the right to receive
 *   any amount due, which shall be freely assignable)", "Neither party may assign … without consent,
 *   except to an affiliate" is the restriction itself;
 * - a licence's perpetual term is the licence's, not the contract's commitment;
 * - a prepayment refunded: "fees paid in advance shall be prorated and refunded";
 * - a cap's exception names the claims it leaves uncapped: "Section 7.1 (Liability Caps) does not
 *   apply to any Unlimited Claims", « le plafond ne s'applique pas aux dommages corporels » is a
 *   carve-out, not a denial of the cap.
 */
const NOT_A_DENIAL: Readonly<Record<string, RegExp>> = {
  'price-payment': compile({
    en: ['(deduction|deductions|withhold\\w*)[^.;]{0,60}\\btax', '(paid|payable) in advance[^.;]{0,120}\\b(refund|prorat|reimburs)'],
    fr: ['retenues? a la source', '(paye|payee|payes|payees|verse|versee|verses|versees) d.avance[^.;]{0,120}\\b(rembours|prorata)'],
  }),
  jurisdiction: compile({
    en: ['waives? (any|all)?\\s?(objections?|right to object)'],
    fr: ['renonce\\w* a (toute|soulever (toute|une))? ?(exception d.incompetence|contestation de (la )?competence)'],
  }),
  assignment: compile({
    en: ['(may|shall|will|can) not (assign|transfer)', 'neither (party|of the parties) (may|shall|will|can) (assign|transfer)'],
    fr: ['ne (peut|pourra|peuvent|pourront) (pas |en aucun cas )?(ceder|transferer)'],
  }),
  'liability-cap': compile({
    en: ['(does|do|shall|will) not apply (to|in respect of|with respect to|in the case of) [^.;]{0,60}\\b(claims?|liabilit\\w*|obligations?|breach\\w*|damages|indemnit\\w*|losses|negligence|misconduct|fraud)'],
    fr: ['ne s.appliqu\\w* pas (aux?|a la|a l.|en cas de|au titre de|pour) [^.;]{0,60}\\b(dommages?|prejudices?|reclamations?|obligations?|manquements?|responsabilites?|fautes?|fraudes?|indemni\\w*)'],
  }),
  'term-renewal': compile({
    en: ['perpetual[^.;]{0,60}\\blicen[cs]', 'licen[cs]\\w*[^.;]{0,120}\\bperpetual'],
    fr: ['licence[^.;]{0,120}\\b(perpetuelle|perpetuite)'],
  }),
}

/** A run-in title ("Non-Use and Non-Disclosure.", « NON-CONCURRENCE ») names the clause; it denies nothing. */
function isTitle(text: string): boolean {
  const words = text.replace(/[.:]\s*$/, '').split(/\s+/).filter(Boolean)
  if (words.length === 0 || words.length > 8) return false
  // A verb makes it a sentence ("NO SUBCONTRACTING IS ALLOWED").
  if (words.some((w) => /^(?:is|are|be|shall|will|may|must|can|does|do|est|sont|sera|seront|peut|peuvent|doit|doivent|n'\S*|ne)$/iu.test(w))) return false
  const small = /^(?:and|or|of|the|to|for|et|ou|de|des|du|la|le|les|a|à|en)$/i
  return words.every((w) => small.test(w) || /^[\p{Lu}\d(«"“]/u.test(w))
}

/**
 * Who is bound: a bar on the generator's own exit ("The Supplier may not terminate this Agreement
 * for convenience", « le Prestataire ne peut résilier le contrat avant son terme ») keeps the supply
 * running for the buyer; it denies the buyer nothing. A bar on the buyer, on either party, or on no
 * one named ("This Agreement may not be terminated for convenience") stays a denial.
 */
const EXIT_IDS: ReadonlySet<string> = new Set(['termination-for-convenience', 'termination-for-cause'])
const EXIT_VERB = /(?<![\p{L}])(?:terminat|cancel|resili|mettre fin|met fin|mettra fin|denonc|rompre|suspend)/u

/**
 * Where it applies: paying before delivery denies the buyer a price paid per lead received, so
 * prepayment counts as a denial of the price clause only where the document supplies leads or
 * contacts (a lead clause, or leads named in the sentence itself; a channel alone is not enough:
 * subscription terms send e-mails too). A subscription paid in advance (« Les frais
 * d'abonnement sont payables d'avance ») is the ordinary price of a service.
 */
const PREPAYMENT = compile({
  en: ['(payable|paid|due) (in advance|upfront|up.front|prior to delivery|before delivery)'],
  fr: ['payables? (d.avance|a la commande|avant (la )?livraison)'],
})

/**
 * A limit on how a right is exercised ("will only exercise its audit rights … by instructing
 * Provider to…", « n'exerce son droit d'audit que par questionnaire », "solely through the reports")
 * right after the sentence of the same paragraph that grants it ("Provider will allow for and
 * contribute to audits") narrows the clause; it does not deny it.
 */
const RESTRICTION = compile({
  en: ['\\bonly\\b', '\\bsolely\\b', '\\bexclusively\\b'],
  fr: ['\\buniquement\\b', '\\bseulement\\b', '\\bexclusivement\\b', "\\bn(e |')[^.;]{1,80}\\bque?\\b"],
})

/** Whether a negation only restricts a clause its own paragraph grants before it (see RESTRICTION). */
function grantedThenRestricted(e: Evidence, all: readonly Evidence[]): boolean {
  if (!RESTRICTION.test(normalizeText(e.text))) return false
  return all.some((g) => g.signal === 'phrase' && g.path === e.path && g.line === e.line && g.column <= e.column && g.text !== e.text)
}

/** Whether a piece of negation evidence really denies clause `id` (`aboutLeads`: the document supplies leads). */
function denies(id: string, e: Evidence, aboutLeads: boolean): boolean {
  const norm = normalizeText(e.text)
  if (EXIT_IDS.has(id) && actorOf(norm, EXIT_VERB) === 'generator') return false
  if (id === 'price-payment' && !aboutLeads && PREPAYMENT.test(norm) && !/\b(?:leads?|prospects?|contacts?)\b/.test(norm)) return false
  return !isTitle(e.text) && !EXCLUSION.test(norm) && !(NOT_A_DENIAL[id]?.test(norm) ?? false)
}

export default defineRule({
  id: 'negated-clause',
  meta: { description: 'Report clauses whose text denies what they should grant', severity: 'error' },
  check(ctx) {
    // A notice to the people whose data it describes is no deal: its terms are not judged (support/deal.ts).
    if (!isDeal(ctx)) return
    const { lang } = ctx
    const aboutLeads = holdsLeadClause(ctx)
    for (const id of ALL_IDS) {
      const status = ctx.clauses.get(id)
      if (!status?.negated) continue
      const clause = ctx.library.byId.get(id)?.[0]
      if (!clause) continue
      // Only a denial the reviewer can show: a heading or a definition's exception is none.
      const evidence = status.evidence.find((e) => e.signal === 'negation' && denies(id, e, aboutLeads) && !grantedThenRestricted(e, status.evidence))
      if (!evidence) continue
      ctx.report({
        clauseId: id,
        message: msg(lang, {
          en: `The document denies "${clause.title.en}": "${evidence.text}"`,
          fr: `Le document écarte « ${clause.title.fr} » : « ${evidence.text} »`,
        }),
        sources: localSources(clause.sources, lang),
        suggestion: ctx.suggestion(clause),
        location: { line: evidence.line, column: evidence.column, ...(evidence.page !== undefined ? { page: evidence.page } : {}) },
      })
    }
  },
})
