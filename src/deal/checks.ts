/**
 * Build-time deal checks: the law, not taste. Each check is a pure function of the deal that
 * returns problems with their legal source. A `forbidden` problem means the deal cannot be
 * drafted lawfully (the CLI refuses it, exit code 2); a `risky` one is printed as a warning.
 * Sources marked `verify` rest on the domain brief's [VERIFY] points: the message says that the
 * consolidated text was not checked, and the mark itself never reaches a document.
 */
import type { Deal } from './schema.js'
import { ENERGY_HINT, MERCHANT_FORM, normalise, sectorsOf } from './sectors.js'
import { DEFAULT_EXCLUSIVITY } from './terms.js'

/** One problem a deal check found. */
export interface DealProblem {
  level: 'forbidden' | 'risky'
  /** Stable id of the check. */
  check: string
  /** Deal path the problem is about. */
  path: string
  message: string
  /** Legal source(s) of the rule. */
  source: string
  /** True when part of the source was not checked against its consolidated text. */
  verify?: boolean
}

type Check = (deal: Deal) => DealProblem[]

/** Phone canvassing for energy renovation or home adaptation, and every channel since loi 2025-594. */
export const energyRenovation: Check = (deal) => {
  const sectors = sectorsOf([...deal.sectors, deal.leads.product])
  const hit = (['energy-renovation', 'home-adaptation'] as const).filter((s) => sectors.has(s))
  const out: DealProblem[] = []
  if (hit.length > 0) {
    const what = hit.map((s) => (s === 'energy-renovation' ? 'energy renovation or renewable-energy equipment' : 'home adaptation for ageing or disability')).join(' and ')
    const phone = deal.channels.includes('phone')
    out.push({
      level: 'forbidden',
      check: 'energy-renovation-canvassing',
      path: 'sectors',
      message: phone
        ? `canvassing consumers by phone for ${what} is banned outside an ongoing contract, whatever their consent; no contract can make it lawful`
        : `canvassing for ${what} is banned on every channel (${deal.channels.join(', ')}) outside an ongoing contract, whatever the consent; no contract can make it lawful`,
      source: phone ? 'C. consom. L. 223-1 (loi n° 2020-901)' : 'C. consom. L. 223-1; loi n° 2025-594 art. 13 (all channels; consolidated text not checked)',
      ...(phone ? {} : { verify: true }),
    })
  } else if (!deal.noEnergyWorks && ENERGY_HINT.test(normalise([deal.buyer.name, deal.leads.product, ...deal.sectors].join(' ')))) {
    out.push({
      level: 'risky',
      check: 'energy-renovation-hint',
      path: 'noEnergyWorks',
      message: `"${deal.buyer.name}" reads as an energy business: set noEnergyWorks: true only if the buyer warrants that nothing it offers these leads is energy-saving or renewable-energy work or equipment (the draft then carries that warranty)`,
      source: 'C. consom. L. 223-1 (loi n° 2020-901)',
    })
  }
  return out
}

/** Payment terms within C. com. L. 441-10 I (periodic invoices: 45 days from the invoice date). */
export const paymentTerm: Check = (deal) => {
  const { invoicing, paymentDays, paymentBasis } = deal.price
  const source = 'C. com. L. 441-10 I; fine up to €2 M on the debtor, L. 441-16'
  if (invoicing === 'monthly' && paymentBasis === 'end-of-month') {
    return [{ level: 'forbidden', check: 'payment-term', path: 'price.paymentBasis', message: `a monthly invoice is a periodic invoice (CGI art. 289, I-3): its payment term runs from the invoice date, at most 45 days; "${paymentDays} days end of month" is not allowed`, source }]
  }
  if (invoicing === 'monthly' && paymentDays > 45) {
    return [{ level: 'forbidden', check: 'payment-term', path: 'price.paymentDays', message: `a monthly invoice is a periodic invoice (CGI art. 289, I-3): at most 45 days from the invoice date, got ${paymentDays}`, source }]
  }
  if (paymentBasis === 'end-of-month' && paymentDays > 45) {
    return [{ level: 'forbidden', check: 'payment-term', path: 'price.paymentDays', message: `at most 45 days end of month, got ${paymentDays}`, source }]
  }
  if (paymentDays > 60) return [{ level: 'forbidden', check: 'payment-term', path: 'price.paymentDays', message: `at most 60 days from the invoice date, got ${paymentDays}`, source }]
  return []
}

/** A jurisdiction clause binds only parties that all contract as merchants (CPC art. 48). */
export const jurisdictionMerchants: Check = (deal) => {
  const out: DealProblem[] = []
  for (const key of ['buyer', 'generator'] as const) {
    const party = deal[key]
    const merchant = party.merchant ?? MERCHANT_FORM.test(normalise(party.legalForm.trim()))
    if (!merchant) {
      out.push({
        level: 'risky',
        check: 'jurisdiction-non-merchant',
        path: `${key}.legalForm`,
        message: `${party.name} (${party.legalForm}) is not known to contract as a merchant: the clause giving jurisdiction to the courts of ${deal.courts} would not bind it (set ${key}.merchant: true if it is one)`,
        source: 'CPC art. 48',
      })
    }
  }
  return out
}

/** Sector and role combinations the library cannot draft safely. */
export const sectorAndRole: Check = (deal) => {
  const out: DealProblem[] = []
  const sectors = sectorsOf([...deal.sectors, deal.leads.product])
  const phone = deal.channels.includes('phone')
  const risky = (check: string, path: string, message: string, source: string) => out.push({ level: 'risky', check, path, message, source })
  for (const [i, s] of deal.sources.entries()) {
    if (s.type === 'call-centre') risky('call-centre-source', `sources.${i}`, `"${s.name}" is a call centre listed as a source of leads: consent to be called must exist before the call, so a call centre can only call back leads collected on a form`, 'C. consom. L. 223-1; C. assur. R. 112-7 for insurance')
    if (deal.role === 'processor' && s.type !== 'own-site') risky('processor-third-party-source', `sources.${i}`, `the generator acts as processor but "${s.name}" is a ${s.type}: a processor collects on the buyer's own forms; leads from third-party sources call for controller-to-controller terms`, 'GDPR art. 28, 13, 14')
    if ((deal.exclusivity ?? DEFAULT_EXCLUSIVITY).exclusive && s.type === 'comparison-site') risky('exclusive-comparison-site', `sources.${i}`, `"${s.name}" is a comparison site, which sends each request to several buyers: exclusivity cannot be guaranteed for it (exclude it or buy its leads as shared)`, 'C. civ. 1103, 1104')
  }
  if (sectors.has('insurance') && phone && deal.offshore.length > 0) risky('insurance-offshore-calls', 'offshore', 'insurance offered by phone through a call centre outside the EEA: the call centre must not present insurance products unless it is a registered insurance intermediary', 'C. assur. L. 511-1, L. 512-1 (ORIAS)')
  if (sectors.has('health')) risky('health-sector', 'sectors', 'health-related leads may reveal health data, which the lead definition excludes: have the fields and forms reviewed', 'GDPR art. 9')
  if (deal.liveTransfer && !phone) risky('live-transfer-without-phone', 'liveTransfer', 'live transfers are set but the deal has no phone channel: the draft leaves live transfers out', 'C. consom. L. 223-1')
  return out
}

/** Every check, in the order problems are reported. */
export const DEAL_CHECKS: readonly Check[] = [energyRenovation, paymentTerm, jurisdictionMerchants, sectorAndRole]

/** Runs every check on a deal. */
export function checkDeal(deal: Deal): DealProblem[] {
  return DEAL_CHECKS.flatMap((check) => check(deal))
}
