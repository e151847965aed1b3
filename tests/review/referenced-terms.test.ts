/**
 * Which other terms a document incorporates (issue #11, « referenced »): the general conditions of
 * French public procurement are terms like any CGV, and a document's own parts or a shortened form
 * of its own name are the document itself. The documents are written here, in the words of no
 * document of the corpus.
 */
import { describe, expect, test } from 'vitest'
import { documentFacts } from '../../src/review/facts.js'
import { documentOf } from './rules/harness.js'

const names = (lines: readonly string[]) => documentFacts(documentOf(lines.join('\n'))).referencedTerms.map((r) => r.name)

describe('public procurement general conditions are incorporated terms', () => {
  test('a CCAG named among the contract documents is referenced', () => {
    const got = names([
      '# Marché de services de maintenance',
      'Article 2 — Pièces contractuelles',
      "Le marché est constitué, par ordre de priorité décroissante, de l'acte d'engagement, du présent cahier et du cahier des clauses administratives générales applicables aux marchés publics de fournitures courantes et de services.",
    ])
    expect(got).toEqual(['cahier des clauses administratives generales'])
  })

  test('its abbreviation, applied by the particular conditions, is referenced too', () => {
    expect(names(['# Cahier des clauses particulières', 'Les stipulations du CCAG-PI applicables au présent marché sont complétées comme suit.'])).toEqual(['ccag'])
  })

  test('the particular conditions a document calls its own are not other terms', () => {
    expect(names(['# Marché de services', 'Le présent cahier des clauses administratives particulières fixe les pénalités de retard.'])).toEqual([])
  })
})

describe('a document is not incorporated into itself', () => {
  test('a part of the document headed « Conditions générales », with its articles under it, is the document itself', () => {
    const got = names([
      "# Conditions d'utilisation et de réutilisation des données",
      '## Conditions particulières aux réutilisateurs',
      'Toute réutilisation mentionne la source des données.',
      "Outre les conditions propres à chaque usage, les conditions générales s'appliquent à tous.",
      '## Conditions générales',
      'Les présentes conditions peuvent être modifiées à tout moment.',
      "L'éditeur peut suspendre un compte en cas d'usage abusif.",
      'La version française fait seule foi.',
      'Le droit français est applicable.',
    ])
    expect(got).toEqual([])
  })

  test('a heading that names other terms without holding them stays a reference', () => {
    const got = names(['# Bon de commande n° 42', '## Conditions générales', "Les conditions générales du Prestataire s'appliquent à la présente commande.", '## Prix', 'Le prix est de 900 euros hors taxes.'])
    expect(got).toEqual(['conditions generales'])
  })

  test('a shortened form of its own title is the document itself', () => {
    const got = names([
      "# Conditions générales d'utilisation",
      "Les modifications s'imposent à l'utilisateur, qui consulte les conditions générales en vigueur, accessibles depuis la page d'accueil.",
    ])
    expect(got).toEqual([])
  })

  test('longer terms that only begin like its title are other terms', () => {
    const got = names(["# Conditions générales d'utilisation", 'Les achats effectués sur le site sont soumis aux conditions générales de vente de la boutique.'])
    expect(got).toEqual(['conditions generales de vente'])
  })
})
