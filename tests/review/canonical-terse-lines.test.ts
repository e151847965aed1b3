/**
 * Canonical terse lines (issue #11): quotes, order forms and insertion orders often state their
 * terms as "label: value" lines in a list or table, with no verb ("Delivery: daily CSV via SFTP",
 * « Retours : sous 72 h pour doublon »). Written here from the clause catalogue's vocabulary and
 * the trade's own terms (CPL, TrustedForm, OTP, SFTP), in the words of no corpus document, each as
 * a list item of an order form. Scored before any pattern was changed for them (docs/detection.md gives
 * the before/after count). Traps share a label with a clause and are not that clause ("Exclusivity:
 * none" was written as one and dropped after scoring: stating that leads are not exclusive is the
 * exclusivity clause's subject).
 */
import { describe, expect, test } from 'vitest'
import { loadLibrary } from '../../src/library/library.js'
import { compileLibrary, detectClauses, runInLabel } from '../../src/review/detect.js'
import { readBuffer } from '../../src/read/index.js'
import { readMarkdown } from '../../src/read/markdown.js'
import { makeDocx, p } from '../read/helpers.js'
import { documentOf } from './rules/harness.js'

const library = await loadLibrary()
const compiled = compileLibrary(library)
const HEAD: Record<string, string> = { en: '# Order form\n\n', fr: '# Bon de commande\n\n' }
const present = (lang: string, line: string) =>
  detectClauses([documentOf(`${HEAD[lang]}- ${line}`)], compiled)
    .filter((c) => c.status === 'present')
    .map((c) => c.id)

const TERSE: Array<[string, string, string]> = [
  ['delivery', 'fr', 'Mode de livraison : API REST en temps réel, avec copie par e-mail'],
  ['delivery', 'fr', 'Livraison des leads : fichier CSV déposé chaque jour ouvré à 9 h'],
  ['delivery', 'en', 'Delivery method: real-time HTTP POST to the Buyer’s CRM'],
  ['delivery', 'en', 'Delivery: daily CSV file via SFTP'],
  ['lead-definition', 'fr', 'Critères de qualification : propriétaire, maison individuelle, projet sous 6 mois, téléphone vérifié'],
  ['lead-definition', 'fr', 'Lead facturable : contact joignable, majeur, ayant demandé un devis'],
  ['lead-definition', 'en', 'Qualified lead: homeowner, 18+, valid phone number, consent to be called'],
  ['lead-definition', 'en', 'Lead specifications: first and last name, valid e-mail, phone number that connects'],
  ['lead-sources', 'fr', 'Origine des données : formulaires de nos sites propres, aucune coregistration'],
  ['lead-sources', 'fr', 'Canaux d’acquisition : Google Ads, Facebook Ads et sites éditeurs listés en annexe'],
  ['lead-sources', 'en', 'Traffic sources: owned-and-operated websites only; no incentivised traffic'],
  ['lead-sources', 'en', 'Lead sources: search and social campaigns on the Publisher’s own landing pages'],
  ['volumes', 'fr', 'Volume mensuel : 300 leads maximum, plafond de 15 par jour'],
  ['volumes', 'en', 'Daily cap: 40 leads; monthly cap: 800 leads'],
  ['exclusivity', 'fr', 'Exclusivité : chaque lead est vendu une seule fois'],
  ['exclusivity', 'en', 'Exclusivity: exclusive leads, sold to one buyer only'],
  ['lead-returns', 'fr', 'Retours : sous 72 h pour numéro erroné ou doublon, avec remplacement ou avoir'],
  ['lead-returns', 'en', 'Return policy: returns accepted within 5 business days for disconnected numbers or duplicates'],
  ['fraud-controls', 'fr', 'Contrôles anti-fraude : vérification OTP par SMS, filtrage des IP et des robots'],
  ['fraud-controls', 'en', 'Fraud screening: phone validation, IP geolocation and bot detection on every lead'],
  ['price-payment', 'fr', 'Prix unitaire : 35 € HT par lead'],
  ['price-payment', 'fr', 'Règlement : virement à 30 jours date de facture'],
  ['price-payment', 'en', 'CPL: USD 45'],
  ['price-payment', 'en', 'Payment terms: net 30 from invoice'],
  ['consent-proof', 'fr', 'Preuve du consentement : horodatage, adresse IP, URL et texte de la case cochée, transmis sous 48 h sur demande'],
  ['consent-proof', 'en', 'Consent evidence: a TrustedForm certificate for each lead'],
  ['consent-proof', 'en', 'Proof of opt-in: Jornaya LeadiD token and consent language captured per lead'],
  ['term-renewal', 'fr', 'Durée : 6 mois, reconductible tacitement par périodes de 3 mois'],
  ['term-renewal', 'en', 'Term: 12 months from the Effective Date, renewing automatically'],
  ['termination-for-convenience', 'fr', 'Résiliation : à tout moment avec un préavis d’un mois'],
  ['termination-for-convenience', 'en', 'Termination: either party, on 30 days’ written notice'],
  ['reporting', 'fr', 'Reporting : tableau de bord en ligne mis à jour chaque jour'],
  ['reporting', 'en', 'Reporting: weekly report of leads delivered, returned and credited'],
  ['opt-out-propagation', 'fr', 'Oppositions et désinscriptions : transmises au Client sous 24 h'],
  ['opt-out-propagation', 'en', 'Opt-outs: suppression list exchanged daily between the parties'],
  ['governing-law', 'fr', 'Droit applicable : droit français'],
  ['governing-law', 'en', 'Governing law: England and Wales'],
  ['jurisdiction', 'fr', 'Litiges : compétence exclusive du Tribunal de commerce de Paris'],
  ['jurisdiction', 'en', 'Venue: the state and federal courts located in Delaware'],
  ['retention-deletion', 'fr', 'Conservation des données : 3 ans à compter du dernier contact, puis suppression'],
  ['retention-deletion', 'en', 'Data retention: 24 months, then deletion'],
  ['confidentiality', 'fr', 'Confidentialité : les conditions tarifaires et les données transmises sont confidentielles'],
  ['confidentiality', 'en', 'Confidentiality: pricing and lead data are confidential'],
]

/** Lines with a clause's label that are not that clause. */
const TRAPS: Array<[string, string, string]> = [
  ['delivery', 'en', 'Delivery address for invoices: 12 Main Street, Springfield'],
  ['volumes', 'fr', 'Volume de la base de données du Fournisseur : 2 millions de contacts'],
  ['lead-returns', 'fr', 'Retours clients : le service client répond sous 48 h'],
  ['term-renewal', 'en', 'Term: as defined in the Master Agreement'],
  ['governing-law', 'fr', 'Droit applicable : voir les conditions générales'],
  ['confidentiality', 'en', 'Confidentiality level of this document: public'],
  // Guards added after the fixes: a value that points elsewhere or is left blank states nothing.
  ['term-renewal', 'fr', 'Durée : celle du contrat-cadre'],
  ['governing-law', 'en', 'Governing law: same as the Master Services Agreement'],
  ['jurisdiction', 'fr', 'Tribunal compétent : à définir'],
  ['delivery', 'en', 'Delivery method: ____'],
]

describe('run-in labels', () => {
  test('a short label and a value', () => {
    expect(runInLabel('Droit applicable : droit français')).toEqual({ label: 'droit applicable', value: 'droit francais' })
  })
  test('not a label: more than six words before the colon', () => {
    expect(runInLabel('The Supplier shall in all cases and at its cost provide the following: a report')).toBeUndefined()
  })
  test('a pointer followed by a sentence still states that sentence', () => {
    expect(present('en', 'Note: see Schedule 2. This Agreement is governed by the laws of Ireland.')).toContain('governing-law')
  })
  test('not a value: none, a placeholder, a pointer elsewhere, a definition', () => {
    for (const line of ['Exclusivité : néant', 'Term: TBD', 'Durée : voir les conditions générales', 'Lead: means a contact', 'Prix : [●]']) expect(runInLabel(line), line).toBeUndefined()
  })
})

/** The same line as a row of a two-column table (label | value), read by the Markdown reader. */
const presentInTable = (lang: string, line: string) => {
  const at = line.indexOf(':')
  const md = `${HEAD[lang]}| | |\n|---|---|\n| ${line.slice(0, at).trim()} | ${line.slice(at + 1).trim()} |\n`
  return detectClauses([{ path: 'order.md', format: 'md', blocks: readMarkdown(md) }], compiled)
    .filter((c) => c.status === 'present')
    .map((c) => c.id)
}

/** The same line as a row of a two-column Word table, the value cell split over two paragraphs. */
const presentInDocxTable = async (lang: string, line: string) => {
  const at = line.indexOf(':')
  const value = line.slice(at + 1).trim()
  const cut = value.indexOf(', ')
  const paragraphs = cut > 0 ? p(value.slice(0, cut)) + p(value.slice(cut + 2)) : p(value)
  const title = lang === 'fr' ? 'Bon de commande' : 'Order form'
  const body = `${p(title, '<w:pStyle w:val="Title"/>')}<w:tbl><w:tr><w:tc>${p(line.slice(0, at).trim())}</w:tc><w:tc>${paragraphs}</w:tc></w:tr></w:tbl>`
  const doc = await readBuffer(Buffer.from(makeDocx({ body })), 'order.docx', 'docx')
  return detectClauses([doc], compiled)
    .filter((c) => c.status === 'present')
    .map((c) => c.id)
}

describe('canonical terse lines of an order form, as rows of a Word table', () => {
  for (const [id, lang, line] of TERSE) {
    test(`${id} (${lang}): ${line}`, async () => {
      expect(await presentInDocxTable(lang, line)).toContain(id)
    })
  }
  test.each(TRAPS)('trap, not %s (%s): %j', async (id, lang, line) => {
    expect(await presentInDocxTable(lang, line)).not.toContain(id)
  })
})

/** The same line as a row of an HTML table, each cell on its own source line. */
const presentInHtmlTable = async (lang: string, line: string) => {
  const at = line.indexOf(':')
  const html = `<html><body><h1>${lang === 'fr' ? 'Bon de commande' : 'Order form'}</h1>\n<table>\n<tr>\n<td>${line.slice(0, at).trim()}</td>\n<td><p>${line.slice(at + 1).trim()}</p></td>\n</tr>\n</table></body></html>`
  const doc = await readBuffer(Buffer.from(html), 'order.html', 'html')
  return detectClauses([doc], compiled)
    .filter((c) => c.status === 'present')
    .map((c) => c.id)
}

describe('canonical terse lines of an order form, as rows of an HTML table', () => {
  for (const [id, lang, line] of TERSE) {
    test(`${id} (${lang}): ${line}`, async () => {
      expect(await presentInHtmlTable(lang, line)).toContain(id)
    })
  }
  test.each(TRAPS)('trap, not %s (%s): %j', async (id, lang, line) => {
    expect(await presentInHtmlTable(lang, line)).not.toContain(id)
  })
})

describe('canonical terse lines of an order form, as table rows', () => {
  for (const [id, lang, line] of TERSE) {
    test(`${id} (${lang}): ${line}`, () => {
      expect(presentInTable(lang, line)).toContain(id)
    })
  }
  test.each(TRAPS)('trap, not %s (%s): %j', (id, lang, line) => {
    expect(presentInTable(lang, line)).not.toContain(id)
  })
})

describe('canonical terse lines of an order form', () => {
  test.each(TERSE)('%s (%s): %j', (id, lang, line) => {
    expect(present(lang, line)).toContain(id)
  })
  test.each(TRAPS)('trap, not %s (%s): %j', (id, lang, line) => {
    expect(present(lang, line)).not.toContain(id)
  })
})
