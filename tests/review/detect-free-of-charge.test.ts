/**
 * "Free" said of something other than the deal is not its price (issue #11, session 14): the labels
 * count a service offered free of charge as its price term (« L'utilisation du service est
 * gratuite »), and the reviewer read every « gratuit » as one. On the dev split price-payment was
 * found in 5 documents labelled without it from: rights assigned free of charge, content that may be
 * reproduced free, a right to distribute « à titre onéreux ou gratuit », a refusal to promise the
 * service stays free, software described as free and open source.
 */
import { describe, expect, test } from 'vitest'
import { presentIds } from './detection-harness.js'

// Patterns alone: the learned model is tested elsewhere, and a pattern test must not pass by it.
const present = (text: string) => presentIds(text)

describe('free, said of something else: not the price', () => {
  test.each([
    ['rights assigned free (fr)', "Le Partenaire cède gratuitement à la Société les droits sur les idées qu'il lui soumet."],
    ['content reproduced free (fr)', 'Les articles publiés sur le site peuvent être reproduits gratuitement, sous réserve de citer leur auteur.'],
    ['paid or free (fr)', 'Le Licencié peut distribuer des copies du programme à titre onéreux ou gratuit.'],
    ['no promise to stay free (fr)', "L'Éditeur ne prend aucune obligation de laisser le service accessible gratuitement."],
    ['free and open source (en)', 'The viewer is free and open source software maintained by volunteers.'],
  ])('%s', (_name, text) => {
    expect(present(text)).not.toContain('price-payment')
  })
})

describe('the deal offered free of charge: still the price term', () => {
  test.each([
    ['a free service (fr)', "L'accès à la plateforme est gratuit pour les structures adhérentes."],
    ['free of charge (fr)', 'Le service est fourni à titre gratuit aux agents publics.'],
    ['free (en)', 'For registered partners, access to the Service is free.'],
  ])('%s', (_name, text) => {
    expect(present(text)).toContain('price-payment')
  })
})
