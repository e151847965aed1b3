/**
 * The terms a negotiation moves, read with the reviewer's own readers (return windows, proof
 * delays, notice periods, liability caps), each with the direction that protects the Buyer and the
 * playbook threshold it is judged against. Adding a term is adding a row to TERMS.
 */
import type { Playbook } from '../review/playbook/schema.js'
import { capSentences, capTerms } from '../review/rules/support/caps.js'
import { noticePeriods, noticeTerms } from '../review/rules/support/notice.js'
import { proofDelays } from '../review/rules/support/proof.js'
import { amounts, formatDuration, formatNumber, type Duration } from '../review/rules/support/quantities.js'
import { returnWindows } from '../review/rules/support/returns.js'
import type { Sentence } from '../review/text.js'
import type { Lang } from '../library/vocabulary.js'

/** What a value is counted in. */
export type TermUnit = 'days' | 'months' | 'amount' | 'per-year'

/** One value of a term, as written in a document. */
export interface TermValue {
  /** The value in the term's unit (days, months, currency units, times a year). */
  value: number
  /** How the document writes it, for messages ("7 jours", "150 000 €"). */
  display: string
  /** Where it is: the sentence's block. */
  line: number
  column: number
  page?: number
}

type Thresholds = Playbook['thresholds']

/** A kind of term: how to read it and which way protects the Buyer. */
export interface TermKind {
  id: string
  label: { en: string; fr: string }
  unit: TermUnit
  /** The value that protects the Buyer: a longer return window, a shorter proof delay. */
  better: 'higher' | 'lower'
  /** The playbook threshold it is judged against, if any. */
  threshold?: keyof Thresholds
  /** A term that disappears from its clause leaves the Buyer worse off (a return window gone). */
  lossWeakens: boolean
  read(sentences: readonly Sentence[], lang: Lang): TermValue[]
}

function at(s: Sentence, value: number, display: string): TermValue {
  return { value, display, line: s.block.line, column: s.block.column, ...(s.block.page !== undefined ? { page: s.block.page } : {}) }
}

const days = (d: Duration) => d.days
const months = (d: Duration) => d.months

/** Audit frequency: « 2 par an », "twice a year", "once per calendar year". */
const PER_YEAR = /(?<![\p{L}\p{N}])(\d{1,2}|une|un|deux|trois|quatre|once|twice|one|two|three|four)(?: \(\d{1,2}\))?(?: (?:fois|times|audits?|controles?))? (?:par an|par annee|a year|per year|each year|per calendar year|par annee civile)/u
const PER_YEAR_WORDS: Readonly<Record<string, number>> = { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, once: 1, one: 1, twice: 2, two: 2, three: 3, four: 4 }
/** A sentence about audits. */
const AUDIT = /\baudit/u

/** The terms compare reads, in report order. */
export const TERMS: readonly TermKind[] = [
  {
    id: 'return-window',
    label: { en: 'return window for defective leads', fr: 'délai de retour des leads défectueux' },
    unit: 'days',
    better: 'higher',
    threshold: 'minReturnDays',
    lossWeakens: true,
    read: (sentences, lang) => returnWindows({ sentences }).filter((w) => !w.forConsent).map((w) => at(w.sentence, days(w.duration), formatDuration(w.duration, lang))),
  },
  {
    id: 'consent-return-window',
    label: { en: 'return window for consent or compliance defects', fr: 'délai de retour pour défaut de consentement ou de conformité' },
    unit: 'days',
    better: 'higher',
    lossWeakens: true,
    read: (sentences, lang) => returnWindows({ sentences }).filter((w) => w.forConsent).map((w) => at(w.sentence, days(w.duration), formatDuration(w.duration, lang))),
  },
  {
    id: 'proof-delay',
    label: { en: 'delay to deliver the proof of consent', fr: 'délai de remise de la preuve du consentement' },
    unit: 'days',
    better: 'lower',
    threshold: 'maxProofDays',
    lossWeakens: true,
    read: (sentences, lang) => proofDelays(sentences).map((p) => at(p.sentence, days(p.duration), formatDuration(p.duration, lang))),
  },
  {
    id: 'notice',
    label: { en: 'notice to end the contract', fr: 'préavis pour mettre fin au contrat' },
    unit: 'months',
    better: 'higher',
    threshold: 'minNoticeMonths',
    lossWeakens: false,
    read: (sentences, lang) =>
      noticeTerms(sentences.filter((s) => !AUDIT.test(s.norm))).map((n) =>
        at(n.sentence, n.shortest ? months(n.shortest) : 0, n.shortest ? formatDuration(n.shortest, lang) : lang === 'fr' ? 'aucun préavis' : 'no notice'),
      ),
  },
  {
    id: 'liability-cap-amount',
    label: { en: 'liability cap (amount)', fr: 'plafond de responsabilité (montant)' },
    unit: 'amount',
    better: 'higher',
    threshold: 'minLiabilityCap',
    // A cap that disappears leaves liability uncapped: better for the Buyer.
    lossWeakens: false,
    // The whole cap sentence: the sum often comes after a semicolon (« … au plus élevé des deux
    // montants suivants : les sommes payées … ; et 150 000 € »).
    read: (sentences, lang) => capSentences(sentences).flatMap((s) => amounts(s.norm).map((a) => at(s, a.value, `${formatNumber(a.value, lang)} ${a.currency}`))),
  },
  {
    id: 'liability-cap-months',
    label: { en: 'liability cap (months of fees)', fr: 'plafond de responsabilité (mois de prix)' },
    unit: 'months',
    better: 'higher',
    threshold: 'minLiabilityCapMonths',
    lossWeakens: false,
    read: (sentences, lang) => capSentences(sentences).flatMap((s) => capTerms(s).feePeriods.map((d) => at(s, months(d), formatDuration(d, lang)))),
  },
  {
    id: 'audit-notice',
    label: { en: 'notice before an audit', fr: "préavis avant un audit" },
    unit: 'days',
    better: 'lower',
    lossWeakens: false,
    read: (sentences, lang) => sentences.filter((s) => AUDIT.test(s.norm)).flatMap((s) => noticePeriods(s.norm).map((d) => at(s, days(d), formatDuration(d, lang)))),
  },
  {
    id: 'audit-frequency',
    label: { en: 'audits a year', fr: 'audits par an' },
    unit: 'per-year',
    better: 'higher',
    lossWeakens: false,
    read: (sentences, lang) =>
      sentences.flatMap((s) => {
        const m = AUDIT.test(s.norm) ? PER_YEAR.exec(s.norm) : null
        if (!m) return []
        const raw = m[1] ?? ''
        const n = /^\d+$/.test(raw) ? Number(raw) : (PER_YEAR_WORDS[raw] ?? 0)
        return n > 0 ? [at(s, n, lang === 'fr' ? `${n} par an` : `${n} a year`)] : []
      }),
  },
  {
    id: 'insurance-amount',
    label: { en: 'insurance cover', fr: "montant d'assurance" },
    unit: 'amount',
    better: 'higher',
    lossWeakens: true,
    read: (sentences, lang) =>
      sentences.filter((s) => /\b(assur|insur)/.test(s.norm)).flatMap((s) => amounts(s.norm).map((a) => at(s, a.value, `${formatNumber(a.value, lang)} ${a.currency}`))),
  },
]

/** Reads every term of a clause's sentences. */
export function readTerms(sentences: readonly Sentence[], lang: Lang): Map<string, TermValue[]> {
  return new Map(TERMS.map((kind) => [kind.id, kind.read(sentences, lang)]))
}

/** Whether `after` is worse for the Buyer than `before`. */
export function worse(kind: TermKind, before: number, after: number): boolean {
  return kind.better === 'higher' ? after < before : after > before
}

/** Whether a value meets the playbook threshold of its kind (true when the kind has none). */
export function meetsThreshold(kind: TermKind, value: number, thresholds: Thresholds): boolean {
  if (!kind.threshold) return true
  const limit = thresholds[kind.threshold]
  return kind.better === 'higher' ? value >= limit : value <= limit
}

/** The threshold as a lawyer reads it: « 7 jours », "12 months", « 100 000 ». */
export function thresholdDisplay(kind: TermKind, thresholds: Thresholds, lang: Lang): string | undefined {
  if (!kind.threshold) return undefined
  const value = thresholds[kind.threshold]
  if (kind.unit === 'days') return formatDuration({ value, unit: 'day', business: false }, lang)
  if (kind.unit === 'months') return formatDuration({ value, unit: 'month', business: false }, lang)
  return formatNumber(value, lang)
}
