/**
 * The terms a deal implies, beyond its own fields: what the clauses and templates switch on
 * (`terms.phone`, `terms.processor`, …) and the values computed from several fields (the court's
 * name, the estimated contract value). Clause variables read them with `from: terms.<name>`.
 */
import type { Lang } from '../library/schema.js'
import type { Deal } from './schema.js'
import { normalise, sectorsOf, TAE_CITIES } from './sectors.js'

/** Exclusivity when the deal says nothing (announced by `build`, see defaults.ts). */
export const DEFAULT_EXCLUSIVITY = { exclusive: true, periodDays: 90, maxBuyers: 1, dedupDays: 90 } as const

/** Contract value from which the buyer must obtain the attestation de vigilance (C. trav. L. 8222-1, D. 8222-5). */
export const VIGILANCE_THRESHOLD_EUR = 5000

/** What the clauses switch on. Every key is listed in TERM_KEYS (checked by `clauses check`). */
export interface DealTerms {
  phone: boolean
  liveTransfer: boolean
  processor: boolean
  notProcessor: boolean
  independent: boolean
  shared: boolean
  exclusive: boolean
  minimumVolume: boolean
  dailyCap: boolean
  periodicInvoice: boolean
  refund: boolean
  insurance: boolean
  insurancePhone: boolean
  offshore: boolean
  subprocessorAnnex: boolean
  vigilance: boolean
  noEnergyWorks: boolean
  languageClause: boolean
  signed: boolean
  dataCap: boolean
  coldLeads: boolean
  /** The competent court's name in the contract's language. */
  court: string
}

/** The names of DealTerms, for the library check. */
export const TERM_KEYS: readonly (keyof DealTerms)[] = [
  'phone', 'liveTransfer', 'processor', 'notProcessor', 'independent', 'shared', 'exclusive', 'minimumVolume', 'dailyCap', 'periodicInvoice', 'refund',
  'insurance', 'insurancePhone', 'offshore', 'subprocessorAnnex', 'vigilance', 'noEnergyWorks', 'languageClause', 'signed', 'court', 'coldLeads', 'dataCap',
]

/** True when the city (as the deal writes it) hosts a tribunal des activités économiques. */
export function isTaeCity(city: string): boolean {
  return TAE_CITIES.some((c) => normalise(c) === normalise(city.trim()))
}

/** The court's name in French and English, with the pilot's name where it applies. */
export function courtNames(city: string): { fr: string; en: string } {
  const de = /^[aeiouyh]/i.test(normalise(city)) ? "d'" : 'de '
  if (isTaeCity(city)) {
    return {
      fr: `tribunal des activités économiques ${de}${city} (ou, à l'issue de l'expérimentation prévue par l'article 26 de la loi n° 2023-1059 du 20 novembre 2023, le tribunal de commerce ${de}${city})`,
      en: `economic activities court of ${city} (tribunal des activités économiques ${de}${city}; at the end of the pilot under article 26 of loi n° 2023-1059 of 20 November 2023, the commercial court of ${city})`,
    }
  }
  return { fr: `tribunal de commerce ${de}${city}`, en: `commercial court of ${city} (tribunal de commerce ${de}${city})` }
}

/** The deal's estimated value over its initial term, excluding VAT (monthly cap × price × months). */
export function estimatedValue(deal: Deal): number {
  return deal.price.perLead * deal.volumes.monthlyCap * deal.term.initialMonths
}

/**
 * The terms of a deal for a contract in `lang`. `bilingual`: the contract is one column of a
 * bilingual contract, whose terms must not depend on the column's language (both columns are the
 * same clauses, sub-clause for sub-clause).
 */
export function dealTerms(deal: Deal, lang: Lang, bilingual = false): DealTerms {
  const sectors = sectorsOf([...deal.sectors, deal.leads.product])
  const phone = deal.channels.includes('phone')
  const exclusive = (deal.exclusivity ?? DEFAULT_EXCLUSIVITY).exclusive
  const court = courtNames(deal.courts)
  return {
    phone,
    liveTransfer: phone && deal.liveTransfer,
    processor: deal.role === 'processor',
    notProcessor: deal.role !== 'processor',
    independent: deal.role === 'independent',
    shared: !exclusive,
    exclusive,
    minimumVolume: deal.volumes.minimum > 0,
    dailyCap: deal.volumes.dailyCap !== undefined,
    periodicInvoice: deal.price.invoicing === 'monthly',
    refund: deal.returns.remedy === 'refund',
    insurance: sectors.has('insurance'),
    insurancePhone: sectors.has('insurance') && phone,
    offshore: deal.offshore.length > 0,
    subprocessorAnnex: deal.offshore.length + deal.subprocessors.length > 0,
    vigilance: deal.price.currency !== 'EUR' || estimatedValue(deal) >= VIGILANCE_THRESHOLD_EUR,
    noEnergyWorks: deal.noEnergyWorks,
    // The language clause says the Agreement is drawn up in English: true of an English-only
    // contract, false of a bilingual one (it has a French version, and its controlling-language
    // article says which version prevails).
    languageClause: lang === 'en' && !bilingual && deal.consumers,
    signed: deal.date !== undefined,
    court: court[lang],
    coldLeads: deal.leads.temperature === 'cold',
    dataCap: deal.liability.dataCapFloor !== undefined,
  }
}
