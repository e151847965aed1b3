import { expect, test } from 'vitest'
import { citation, localSources } from '../../src/review/sources.js'

const SOURCES = [
  'GDPR art. 7(1) and 13 (controller must be able to demonstrate consent)',
  'EDPB Guidelines 05/2020 on consent, §§ 104 ff. (granularity)',
  'CJEU C-40/17 Fashion ID v Verbraucherzentrale (joint controllers)',
  'Commission Implementing Decision (EU) 2021/914 (standard contractual clauses)',
  'CNIL deliberation SAN-2022-021 [VERIFY paragraph]',
  'Brief §3 (a note, not a legal text)',
]

test('French sources: citations only, translated, never a [VERIFY] one', () => {
  expect(localSources(SOURCES, 'fr')).toEqual([
    'RGPD art. 7(1) et 13',
    'CEPD, lignes directrices 05/2020 on consent, §§ 104 et s.',
    'CJUE C-40/17 Fashion ID c. Verbraucherzentrale',
    "Décision d'exécution (UE) 2021/914",
  ])
  expect(citation(SOURCES, 'fr')).toBe('RGPD art. 7(1) et 13 ; CEPD, lignes directrices 05/2020 on consent, §§ 104 et s.')
  expect(citation(SOURCES, 'fr', 1)).toBe('RGPD art. 7(1) et 13')
})

test('English sources keep their notes, without a [VERIFY] one or a brief note', () => {
  expect(localSources(SOURCES, 'en')).toEqual(SOURCES.filter((s) => !s.includes('[VERIFY') && !s.startsWith('Brief')))
  expect(citation(SOURCES, 'en')).toBe('GDPR art. 7(1) and 13; EDPB Guidelines 05/2020 on consent, §§ 104 ff.')
})

test('each call gives its own array: a caller that changes it changes no later answer', () => {
  const first = localSources(SOURCES, 'fr')
  first.length = 0
  expect(localSources(SOURCES, 'fr')).toHaveLength(4)
})
