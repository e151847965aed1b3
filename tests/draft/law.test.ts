/**
 * The drafts follow the law and the deal (issue #12): periodic-invoice payment terms, court names,
 * processor-only text only for processors, phone text only with phone, a blank signature date, and
 * no [VERIFY] mark or English note in a French contract.
 */
import { describe, expect, test } from 'vitest'
import { assemble } from '../../src/draft/assemble.js'
import type { DealInput } from '../../src/deal/schema.js'
import { loadLibrary } from '../../src/library/library.js'
import { renderMarkdown } from '../../src/render/markdown.js'
import { exampleDeal } from '../helpers.js'

const library = await loadLibrary()
const build = (which: 'fr' | 'en', change: (d: DealInput) => void = () => {}, lang?: 'fr' | 'en') =>
  renderMarkdown(assemble(exampleDeal(which, change), { library, ...(lang ? { lang } : {}) }).contract)
const fr = build('fr')
const en = build('en')

describe('payment terms on a periodic invoice (C. com. L. 441-10 I al. 4)', () => {
  test('the monthly invoice is issued by the end of the month and paid within 45 days of its date', () => {
    expect(fr).toContain('au plus tard le dernier jour de chaque mois civil, une facture périodique')
    expect(fr).toContain("dans un délai de 45 jours à compter de sa date d'émission")
    expect(fr).not.toMatch(/fin de mois/)
    expect(fr).not.toContain('au début de chaque mois civil')
  })

  test('a deal the law forbids is refused with its source, not drafted', () => {
    expect(() => assemble(exampleDeal('fr', (d) => void (d.price.paymentBasis = 'end-of-month')), { library, file: 'deal.yaml' })).toThrow(/price\.paymentBasis {2}refused: .*C\. com\. L\. 441-10 I/)
  })
})

describe('court names (tribunal des activités économiques since 1 Jan 2025)', () => {
  test('Lyon and Paris are named as pilot courts, in both languages', () => {
    expect(fr).toContain('compétence exclusive au tribunal des activités économiques de Lyon (ou, à l')
    expect(en).toContain('exclusive jurisdiction to the economic activities court of Paris (tribunal des activités économiques de Paris;')
    expect(fr).not.toContain('compétence exclusive au tribunal de commerce')
  })

  test('a city outside the pilot keeps its tribunal de commerce', () => {
    expect(build('fr', (d) => void (d.courts = 'Bordeaux'))).toContain('compétence exclusive au tribunal de commerce de Bordeaux, ou à la juridiction')
  })
})

describe('processor-only text only for processors', () => {
  const PROCESSOR_FR = ['En sa qualité de sous-traitant du Client', "l'ensemble des Données Personnelles traitées pour le compte du Client", 'Annexe 1 — Clauses de sous-traitance']
  test('absent from the independent-controller contract', () => {
    for (const text of PROCESSOR_FR) expect(fr).not.toContain(text)
    expect(fr).toContain('Annexe 1 — Répartition des rôles')
  })

  test('present in the same deal built for a processor', () => {
    const asProcessor = build('fr', (d) => void ((d.role = 'processor'), (d.sources = [{ name: 'Site du Client', type: 'own-site' }])))
    for (const text of PROCESSOR_FR) expect(asProcessor).toContain(text)
  })

  test('the processor contract applies article 13, never names the processor as source, and shows no partner list', () => {
    expect(en).not.toMatch(/information required by article 14 of the GDPR at/)
    expect(en).not.toMatch(/Generator as the source/)
    expect(en).not.toContain('list of recipients shown to the person')
    expect(en).toContain('the collection form identified the Buyer as controller')
  })
})

describe('phone, live-transfer, shared-lead and minimum-volume text only when the deal has them', () => {
  test('the email and SMS deal has no call rules, transfers, shared leads or minimum', () => {
    for (const text of ['transferts d\'appels', 'les plages horaires et la fréquence des appels', 'D. 223-9 du Code de la consommation et toute règle', 'à titre mutualisé', 'aucun volume minimum ne s\'applique']) expect(fr).not.toContain(text)
    expect(fr).toContain("le Client s'interdit tout démarchage téléphonique des Leads")
  })

  test('the phone deal has them, and the daily cap', () => {
    expect(en).toContain('including for live call transfers')
    expect(en).toContain('no more than 100 Leads per day and 1,500 Leads per calendar month')
    expect(en).toContain('article L. 112-2-2 and article R. 112-7 of the French Insurance Code apply')
  })
})

describe('dates, standard clauses and language', () => {
  test('the signature date is blank and the agreement takes effect on the last signature', () => {
    expect(fr).toMatch(/\| Date : +\| Date : +\|/)
    expect(fr).toContain("« **Date d'Entrée en Vigueur** » : la date de la dernière des signatures des Parties")
    expect(build('fr', (d) => void (d.date = '2026-12-15'))).toMatch(/\| Date : 15 décembre 2026 +\|/)
  })

  test('notices use the deal\'s addresses; the reference is shown; vigilance from 5,000 euros', () => {
    expect(fr).toContain('juridique\\@assurances-horizon.example')
    expect(fr).toContain('**Référence : CTR-2026-041**')
    expect(fr).toContain('articles L. 8222-1 et D. 8222-5 du Code du travail')
    expect(fr).toContain("l'application de l'article 1195 du Code civil")
  })

  test('an English contract with French consumers has a language clause (loi n° 94-665 art. 2); a French one does not need it', () => {
    expect(en).toContain('article 2 of loi n° 94-665 of 4 August 1994')
    expect(fr).not.toContain('94-665')
  })

  test('the energy-renovation ban has no contractual carve-out', () => {
    expect(fr).not.toMatch(/sauf accord exprès et écrit des Parties sur la base licite/)
    expect(en).not.toMatch(/unless the Parties have expressly agreed/)
    expect(en).toContain('The Buyer represents and warrants to the Generator that none of the products and services it offers')
  })

  test('French contracts carry no [VERIFY] mark and no English note', () => {
    for (const text of [fr, build('en', () => {}, 'fr')]) expect(text).not.toMatch(/\[VERIFY|\(controller\)|generally treated|text not verified/)
  })
})
