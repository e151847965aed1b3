/**
 * The parties read off a quote for the addendum: the buyer's name stops before « À l'attention de »
 * and the address, the supplier is the letterhead's company when no label names it, and a contract's
 * « Entre… et… » parties are not guessed.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readDocument } from '../../src/read/index.js'
import { cleanName, quoteValues } from '../../src/review/quote-values.js'
import { ROOT } from '../helpers.js'

const values = async (file: string) => quoteValues(await readDocument(join(ROOT, 'examples/quotes', file)))

describe('quote values', () => {
  it('cuts the name before the contact person, the dash or the address', () => {
    expect(cleanName("NUVIO CLOUD SAS A l'attention de Mme Léa Fontaine, Head of Growth 60 rue de la République")).toBe('NUVIO CLOUD SAS')
    expect(cleanName('Assurvia Courtage SARL À l’attention de M. Thomas Guérin, directeur marketing')).toBe('Assurvia Courtage SARL')
    expect(cleanName('Rivoli Auto Finance SAS, which will contact Leads by phone and email.')).toBe('Rivoli Auto Finance SAS')
    expect(cleanName('Veridia')).toBe('Veridia')
    expect(cleanName('Maison Dupont À l’attention de M. Dupont')).toBe('Maison Dupont')
    // « sa » is a French word, not a legal form
    expect(cleanName('Durand et sa famille — 3 rue Haute')).toBe('Durand et sa famille')
  })

  it('names both parties of the example quotes as the quotes name them', async () => {
    expect(await values('devis-datapulse-decideurs-it.txt')).toMatchObject({ buyer: 'NUVIO CLOUD SAS', generator: 'DATAPULSE B2B SARL' })
    expect(await values('devis-leadflow-assurance.pdf')).toMatchObject({ buyer: 'Assurvia Courtage SARL', generator: 'LeadFlow Média SAS' })
    expect(await values('bon-de-commande-azur-leads-piscines.md')).toMatchObject({ buyer: 'Piscines du Soleil SARL', generator: 'Azur Leads EURL' })
    expect(await values('quote-northstar-home-insurance.docx')).toMatchObject({ buyer: 'Calvane Assurances SA', generator: 'Northstar Leads Ltd' })
  })

  it('does not guess the roles of a contract\'s parties', async () => {
    const kalyso = await values('contrat-cadre-kalyso-cofinea.docx')
    expect(kalyso.buyer).toBeUndefined()
    expect(kalyso.generator).toBeUndefined()
  })
})
