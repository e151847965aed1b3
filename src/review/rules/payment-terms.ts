/**
 * `payment-terms`: a payment term beyond C. com. L. 441-10 (more than `maxPaymentDays` from the
 * invoice, or more than `maxPaymentDaysEndOfMonth` end of month), and, in a document under French
 * law that speaks of payment, no mention of late-payment penalties or of the €40 fixed indemnity for
 * recovery costs (C. com. L. 441-10, D. 441-5). The term is read unless another law is chosen; the
 * mentions are asked of a document under French law, or of a French document that chooses none.
 */
import { defineRule, msg } from '../define-rule.js'
import { normalizeText } from '../../library/detect-signals.js'
import { governingLaw } from '../law.js'
import { writtenByPayer } from '../parties.js'
import type { Sentence } from '../text.js'
import { compile, quote, reportParts, type Bilingual } from './support/patterns.js'
import { chargesPrice } from './support/price.js'
import { durations, formatDuration, type Duration } from './support/quantities.js'
import { isDeal } from './support/deal.js'

/** Words that put a payment term on the duration that follows. */
const PAY_WORD =
  '(?:payable|payables|paid|payment|payments|paiement|paiements|reglement|reglements|regle|reglee|reglees|regles|pay|payer|due|exigible|exigibles|echeance|settle|settled|settlement|invoices?|factures?|net)'
/** Words allowed between PAY_WORD and the duration ("payable within", « réglées dans un délai de »). */
const GAP_WORD =
  "(?:a|at|within|in|under|sous|dans|un|une|le|les|la|delai|de|d'|maximum|max|of|is|are|shall|be|will|sont|est|seront|sera|doit|doivent|etre|intervient|interviendra|interviendront|interviennent|effectue|effectuee|effectues|effectuees|made|due|dues|exigible|exigibles|au|plus|tard|no|later|than|the|by|payable|payables|paid|regle|reglee|regles|reglees|net|terms?|conditions|delais?)"
const PAYMENT_BEFORE = new RegExp(`(?<![\\p{L}])${PAY_WORD}(?![\\p{L}])(?:[ :]+${GAP_WORD}(?![\\p{L}'])){0,7}[ :']*$`, 'u')
/** After the duration: from the invoice. */
const FROM_INVOICE_AFTER = /^,? (?:de |a compter de |from |after |of |following |suivant |apres )?(?:la |the )?(?:date (?:d'emission )?(?:de |of )(?:la |the )?)?(?:(?:reception|receipt) (?:de |of )(?:la |the )?)?(?:facture|invoice|invoicing|facturation)/u
/** After the duration: end of month. */
const EOM_AFTER = /^,? ?(?:fin de mois|fdm|end of (?:the )?month|eom|e\.o\.m)(?![\p{L}])/u
/** Before the duration: « fin de mois + 45 jours ». */
const EOM_BEFORE = /(?:fin de mois|end of (?:the )?month|eom)\s?(?:\+|plus|et)\s?$/u
/** A past period ("the last 3 months", « les 12 derniers mois »). */
const PAST_PERIOD = /(?<![\p{L}])(?:last|preceding|previous|derniers|dernieres)(?![\p{L}])/u
const PERIOD_AFTER = /^ (?:preceding|prior to|before the (?:claim|event|date)|precedant|precedent|anterieurs?)(?![\p{L}])/u
/**
 * A sentence about keeping or deleting data or records: its durations are retention periods, even
 * after the word « paiement » (« suppression des données sous 30 jours, sauf obligations légales
 * (paiement : 10 ans) », "payment records are retained for 7 years").
 */
const RETENTION = /(?<![\p{L}])(?:conserv\w*|archiv\w*|suppression|supprim\w*|effac\w*|retention|retain\w*|kept|stored|delet\w*)(?![\p{L}])/u
/**
 * Terms of sale to consumers: C. com. L. 441-10 sets payment terms between professionals, so it
 * does not apply where the document sells to consumers (a withdrawal right, consumer mediation, the
 * Code de la consommation) and states no price before tax (« HT », the professional's price).
 */
const CONSUMER_SALE = /(?<![\p{L}])(?:droit de retractation|delai de retractation|mediat\w* de la consommation|code de la consommation|right of withdrawal|withdrawal period|cooling-off period)(?![\p{L}])/u
/**
 * A payer that is not a business: a syndicate of co-owners (« syndicat des copropriétaires »), which
 * the syndic's standard mandate serves. C. com. L. 441-10 sets payment terms between professionals;
 * a syndicate of co-owners is read as a non-professional (Code de la consommation, liminary article
 * [VERIFY]), whatever its syndic's prices are stated before tax.
 */
const NON_BUSINESS_PAYER = /(?<![\p{L}])syndicats? des? (?:co-?)?proprietaires(?![\p{L}])/u
const PRICE_BEFORE_TAX = /(?<![\p{L}])(?:ht|h\.t\.?|hors taxes?|excluding vat|excl\.? vat|before tax)(?![\p{L}])/u

/** "net 90" (days, no unit). */
const NET = /(?<![\p{L}])net ?(\d{1,3})(?!\d|[.,]\d|\s?(?:\d|%|€|eur|\$|ht|ttc|jours?|days?))/gu

/** The document speaks of payment. */
const PAYMENT_MENTION: Bilingual = {
  en: ['payments?\\b', 'payable\\b', 'invoic', 'payment terms'],
  fr: [
    'paiements?\\b',
    // « règlement » of a sum, not a regulation (« règlement (UE) 2016/679 », « réglementaire »).
    'reglements?\\b(?! ?\\(|\\s(general|interieur|europeen|delegue|d.execution|n.|ue|ce|cee)\\b)',
    'payables?\\b',
    'conditions de (paiement|reglement)',
    // A payment date, not the end of the contract (« à l'échéance du contrat »).
    'echeances? (de paiement|de reglement|des factures?|de la facture)',
    'echeancier',
    'factur',
  ],
}
/** Late-payment penalties (C. com. L. 441-10 II). */
const LATE_PENALTY: Bilingual = {
  en: [
    'late payment (interest|penalt|charges?|fees?)',
    'interest on (late|overdue|unpaid) (payments?|amounts?|sums?|invoices?)',
    '(late|overdue|unpaid) (payments?|amounts?|sums?|invoices?)[^.;]{0,80}\\b(bear|bears|accrue|accrues|carry|carries|incur|incurs)[^.;]{0,20}interest',
    '(three|3) times the (french )?legal (interest )?rate',
    '(ecb|european central bank)[^.;]{0,40}rate',
  ],
  fr: [
    'penalites? de retard',
    'interets? de retard',
    'interets? moratoires',
    'taux (d.interet )?(de la bce|bce|de la banque centrale europeenne|directeur)',
    '(trois|3) fois le taux (d.interet )?legal',
    'retard de (paiement|reglement)[^.;]{0,80}(penalit|interet|taux)',
  ],
}
/** The €40 indemnity for recovery costs (C. com. D. 441-5). */
const RECOVERY: Bilingual = {
  en: [
    '(fixed|flat)[- ](rate |sum )?(indemnity|compensation|fee)[^.;]{0,100}((40|forty) ?(euros?|€|eur)|(euros?|€|eur) ?(40|forty)\\b|d\\.? ?441-5)',
    '((40|forty) ?(euros?|€|eur)|(euros?|€|eur) ?(40|forty)\\b|d\\.? ?441-5)[^.;]{0,100}(recovery|collection) (costs|expenses|fees)',
  ],
  fr: [
    "(indemnite forfaitaire|frais de recouvrement)[^.;]{0,100}((40|quarante)(,00)? ?(euros?|€|eur)|d\\.? ?441-5)",
    "((40|quarante)(,00)? ?(euros?|€|eur)|d\\.? ?441-5)[^.;]{0,100}(indemnite forfaitaire|frais de recouvrement)",
  ],
}

const paymentMention = compile(PAYMENT_MENTION)
const latePenalty = compile(LATE_PENALTY)
const recovery = compile(RECOVERY)

const SOURCES = ['C. com. L. 441-10']
const INDEMNITY_SOURCES = ['C. com. L. 441-10', 'C. com. D. 441-5']

interface Term {
  /** Offset in the sentence's normalised text. */
  index: number
  days: number
  endOfMonth: boolean
  duration: Pick<Duration, 'value' | 'unit' | 'business'>
}

/** A cheap test before reading durations: the sentence speaks of payment or invoices. */
const PAYMENT_HINT = /pa[iy]|regl|du|exigib|echeanc|settl|invoic|factur|net|fin de mois|end of (the )?month/

/** The payment terms a sentence sets, in days, from invoice or end of month. */
function paymentTerms(norm: string): Term[] {
  const out: Term[] = []
  if (!PAYMENT_HINT.test(norm) || RETENTION.test(norm)) return out
  const starts = new Set<number>()
  for (const d of durations(norm)) {
    starts.add(d.index)
    if (d.unit === 'hour') continue
    const before = norm.slice(Math.max(0, d.index - 80), d.index)
    const after = norm.slice(d.end, d.end + 60)
    // "fees paid in the 12 months preceding the claim" is a period, not a term.
    if (PAST_PERIOD.test(d.text) || PERIOD_AFTER.test(after)) continue
    const endOfMonth = EOM_AFTER.test(after) || EOM_BEFORE.test(before)
    if (!endOfMonth && !PAYMENT_BEFORE.test(before) && !FROM_INVOICE_AFTER.test(after)) continue
    out.push({ index: d.index, days: d.days, endOfMonth, duration: d })
  }
  for (const m of norm.matchAll(NET)) {
    const digits = m[1] ?? ''
    const value = Number(digits)
    if (starts.has(m.index + m[0].length - digits.length)) continue
    out.push({ index: m.index, days: value, endOfMonth: EOM_AFTER.test(norm.slice(m.index + m[0].length, m.index + m[0].length + 40)), duration: { value, unit: 'day', business: false } })
  }
  return out
}

export default defineRule({
  id: 'payment-terms',
  meta: { description: 'Report payment terms beyond C. com. L. 441-10, or a French B2B document without the late-payment mentions', severity: 'warning' },
  check(ctx) {
    // A notice to the people whose data it describes is no deal: its terms are not judged (support/deal.ts).
    if (!isDeal(ctx)) return
    const { lang } = ctx
    const { maxPaymentDays, maxPaymentDaysEndOfMonth } = ctx.playbook.thresholds
    // Payment rules apply where the document makes someone pay (not to a DPA, nor to a free
    // service whose price clause says « gratuit »), and these are French rules: not under another law.
    const law = governingLaw(ctx.sentences)
    if (ctx.clauses.get('price-payment')?.status !== 'present' || !chargesPrice(ctx.sentences) || law === 'foreign') return
    if (ctx.sentences.some((s) => CONSUMER_SALE.test(s.norm)) && !ctx.sentences.some((s) => PRICE_BEFORE_TAX.test(s.norm))) return
    if (ctx.sentences.some((s) => NON_BUSINESS_PAYER.test(s.norm))) return
    const reported = new Set<string>()
    for (const s of ctx.sentences) {
      const key = `${s.path}:${s.blockIndex}`
      if (reported.has(key)) continue
      const late = paymentTerms(s.norm).find((t) => t.days > (t.endOfMonth ? maxPaymentDaysEndOfMonth : maxPaymentDays))
      if (!late) continue
      reported.add(key)
      const found = formatDuration(late.duration, lang)
      const limit = late.endOfMonth ? maxPaymentDaysEndOfMonth : maxPaymentDays
      ctx.report({
        message: late.endOfMonth
          ? msg(lang, {
              en: `Payment term of ${found} end of month ("${quote(s, late.index)}"): beyond ${limit} days end of month; between businesses the agreed term may not exceed 45 days end of month or 60 days from the invoice date (C. com. L. 441-10)`,
              fr: `Délai de paiement de ${found} fin de mois (« ${quote(s, late.index)} ») : au-delà de ${limit} jours fin de mois ; entre professionnels, le délai convenu ne peut dépasser 45 jours fin de mois ou 60 jours à compter de la date d'émission de la facture (C. com. L. 441-10)`,
            })
          : msg(lang, {
              en: `Payment term of ${found} ("${quote(s, late.index)}"): beyond ${limit} days from the invoice; between businesses the agreed term may not exceed 60 days from the invoice date or 45 days end of month (C. com. L. 441-10)`,
              fr: `Délai de paiement de ${found} (« ${quote(s, late.index)} ») : au-delà de ${limit} jours à compter de la facture ; entre professionnels, le délai convenu ne peut dépasser 60 jours à compter de la date d'émission de la facture ou 45 jours fin de mois (C. com. L. 441-10)`,
            }),
        ...reportParts(ctx, s, SOURCES, 'price-payment'),
      })
    }

    // French B2B terms must state late-payment penalties and the €40 recovery indemnity; when the
    // document incorporates general terms by reference, they may hold them: not reported.
    // They are French drafting duties: asked under French law, chosen, or, in a French document,
    // not displaced by another (an English document that chooses no law is not asked them).
    if (!(law === 'french' || ctx.facts.language === 'fr') || ctx.facts.referencedTerms.length > 0) return
    // The mentions are the seller's duty: not asked of the payer's own purchase or programme terms.
    const headings = ctx.documents[0]?.blocks.filter((b) => b.kind === 'heading').map((b) => normalizeText(b.text)) ?? []
    if (writtenByPayer([...headings, ...ctx.sentences.map((s) => s.norm)])) return
    const first: Sentence | undefined = ctx.sentences.find((s) => paymentMention.test(s.norm))
    if (!first) return
    if (!ctx.sentences.some((s) => latePenalty.test(s.norm))) {
      ctx.report({
        message: msg(lang, {
          en: `No late-payment penalties are stated: between businesses the payment terms must give the rate of late-payment penalties (ECB rate + 10 points, at least three times the legal interest rate), due without reminder (C. com. L. 441-10)`,
          fr: `Aucune mention des pénalités de retard : entre professionnels, les conditions de règlement doivent indiquer le taux des pénalités de retard (taux BCE majoré de 10 points, au moins trois fois le taux d'intérêt légal), exigibles sans rappel (C. com. L. 441-10)`,
        }),
        ...reportParts(ctx, first, SOURCES, 'price-payment'),
      })
    }
    if (!ctx.sentences.some((s) => recovery.test(s.norm))) {
      ctx.report({
        message: msg(lang, {
          en: `No mention of the €40 fixed indemnity for recovery costs: between businesses a late payer owes it by law and the payment terms must state it (C. com. L. 441-10; D. 441-5)`,
          fr: `Aucune mention de l'indemnité forfaitaire pour frais de recouvrement de 40 euros : entre professionnels, elle est due de plein droit par le débiteur en retard et les conditions de règlement doivent la mentionner (C. com. L. 441-10 ; D. 441-5)`,
        }),
        ...reportParts(ctx, first, INDEMNITY_SOURCES, 'price-payment'),
      })
    }
  },
})
