/**
 * Values read off a quote or purchase order for the addendum: the parties' names, the price per
 * lead and the payment term. Whatever is not found stays undefined (the addendum then says
 * "[to be completed]"), never a guess.
 */
import type { ReviewDocument } from '../read/document.js'

/** What the addendum can fill in from the quote. */
export interface QuoteValues {
  buyer?: string
  generator?: string
  reference?: string
  perLead?: number
  currency?: 'EUR' | 'GBP' | 'USD' | 'CHF'
  paymentDays?: number
}

// A label, then the party as the document writes it (a block may hold the letterhead and the client together).
const BUYER = /(?:^|\s)(?:client|acheteur|annonceur|destinataire|donneur d'ordre|[ée]tabli pour|customer|buyer|advertiser|bill to|ordered by|prepared for|command[ée] par)\s*:\s*(.{2,160})$/iu
const GENERATOR = /(?:^|\s)(?:fournisseur|prestataire|[ée]metteur|vendeur|soci[ée]t[ée] [ée]mettrice|provider|supplier|vendor|seller|lead generator|publisher|from)\s*:\s*(.{2,160})$/iu
// Company legal forms, case-sensitive (« SA » is a form, « sa » a French word).
const FORMS = 'SAS|SASU|SARL|EURL|SA|SNC|SCI|SCOP|SELARL|Ltd|Limited|LLP|LLC|Inc\\.?|GmbH|plc|PLC|BV|NV|SL|SpA|Srl'
// A company name ending with its legal form, at the start of a text: « NUVIO CLOUD SAS A l'attention… » → « NUVIO CLOUD SAS ».
const NAME_WITH_FORM = new RegExp(`^([^\\s—–,;:][^—–,;:]{0,80}?\\s(?:${FORMS}))(?=$|[\\s,;.—–(])`, 'u')
// Where a party's name ends when it has no legal form: a dash, « À l'attention de », an address, "which will"…
const NAME_END = /\s*(?:[—–|]|,|\(|(?<!\p{L})(?:[àa] l['’]attention|attn\.?|attention|c\/o|repr[ée]sent[ée]e? par|which|who)(?!\p{L})|\d{1,4}(?:\s?(?:bis|ter))?,?\s(?:rue|avenue|av\.|boulevard|bd|cours|place|all[ée]e|chemin|quai|route|impasse|za|zi|street|road|st\.|avenue)\b).*$/iu
const REFERENCE = /(?:devis|quote|quotation|bon de commande|purchase order|insertion order|ordre d'insertion|order form)\s*(?:n[°o]\.?|no\.?|number|#|r[ée]f(?:[ée]rence)?\.?)\s*:?\s*([A-Z0-9][A-Z0-9\-/._]{1,40})/iu
const PRICE = /(\d{1,6}(?:[ .\u00a0\u202f]\d{3})*(?:[.,]\d{1,2})?)\s?(€|eur(?:os?)?|£|gbp|\$|usd|chf)\s*(?:ht|hors taxes|excl\.? vat|excluding vat)?\s*(?:\/|par|per|by|each|le|the)\s*(?:lead|contact|prospect|demande)/iu
const PRICE_BEFORE = /(?:cpl|co[uû]t par lead|prix (?:unitaire|par lead)|price per lead|cost per lead)\s*:?\s*(?:de\s*)?(€|£|\$)?\s?(\d{1,6}(?:[.,]\d{1,2})?)\s?(€|eur(?:os?)?|£|gbp|usd|chf)?/iu
const PAYMENT = /(?:paiement|payment|r[eè]glement|payable|net)\D{0,40}?(\d{1,3})\s*(?:jours|days|j\b)/iu

function currencyOf(symbol: string | undefined): 'EUR' | 'GBP' | 'USD' | 'CHF' {
  const s = (symbol ?? '').toLowerCase()
  if (s === '£' || s === 'gbp') return 'GBP'
  if (s === '$' || s === 'usd') return 'USD'
  if (s === 'chf') return 'CHF'
  return 'EUR'
}

function amount(text: string): number {
  const clean = text.replace(/[ \u00a0\u202f]/g, '')
  // "1.234,50" or "1,234.50" or "18,50" or "18.5"
  const decimal = /[.,](\d{1,2})$/.exec(clean)
  const whole = decimal ? clean.slice(0, -decimal[0].length) : clean
  return Number(`${whole.replace(/[.,]/g, '')}${decimal ? `.${decimal[1]}` : ''}`)
}

/** The party's name out of what follows its label: up to its legal form, else up to the contact person or the address. */
export function cleanName(text: string): string {
  const flat = text.replace(/[*_`#]/g, '').replace(/\s+/g, ' ').trim()
  const withForm = NAME_WITH_FORM.exec(flat)
  if (withForm) return withForm[1]!.trim()
  return flat.replace(/[,;]\s*(?:SIRE[NT]|RCS|siège|registered|\d{5}).*$/i, '').replace(NAME_END, '').trim()
}

/** The issuer named by the letterhead (quotes, orders): a name with its legal form opening one of the first blocks, before the client's label. */
function letterhead(doc: ReviewDocument): string | undefined {
  for (const block of doc.blocks.slice(0, 4)) {
    const text = block.text.replace(/[*_`#]/g, '').replace(/\s+/g, ' ').trim()
    // A contract's parties (« Entre… et… », "Between… and…") are named by their roles, not by a letterhead.
    if (/^(?:entre|between)\b/iu.test(text) || (BUYER.test(text) && text.search(BUYER) === 0)) return undefined
    const m = NAME_WITH_FORM.exec(text)
    if (m) return m[1]!.trim()
  }
  return undefined
}

/** Reads what it can from the document's blocks. */
export function quoteValues(doc: ReviewDocument): QuoteValues {
  const out: QuoteValues = {}
  for (const block of doc.blocks) {
    const text = block.text.trim()
    if (out.buyer === undefined) {
      const m = BUYER.exec(text)
      if (m) out.buyer = cleanName(m[1]!)
    }
    if (out.generator === undefined) {
      const m = GENERATOR.exec(text)
      if (m) out.generator = cleanName(m[1]!)
    }
    if (out.reference === undefined) {
      const m = REFERENCE.exec(text)
      if (m) out.reference = m[1]!
    }
    if (out.perLead === undefined) {
      const m = PRICE.exec(text)
      if (m) {
        out.perLead = amount(m[1]!)
        out.currency = currencyOf(m[2])
      } else {
        const b = PRICE_BEFORE.exec(text)
        if (b) {
          out.perLead = amount(b[2]!)
          out.currency = currencyOf(b[1] ?? b[3])
        }
      }
    }
    if (out.paymentDays === undefined) {
      const m = PAYMENT.exec(text)
      if (m) out.paymentDays = Number(m[1])
    }
  }
  if (out.generator === undefined) {
    const issuer = letterhead(doc)
    if (issuer !== undefined && issuer !== out.buyer) out.generator = issuer
  }
  return out
}
