import { expect, test } from 'vitest'
import { normalizeText } from '../../../src/library/detect-signals.js'
import { BUYER, GENERATOR, compile } from '../../../src/review/rules/support/patterns.js'

/**
 * `compile` of several sources answers `test` one source at a time (each behind its own gate): it
 * must answer exactly as the one alternation it stands for, on texts where no source, one, or
 * several match, in lower case (normalised sentences) and with capitals (the expression then runs
 * with its own `i` flag).
 */
const SOURCES = {
  en: [`(${BUYER}) (shall be|is) (solely|exclusively) responsible`, `(${BUYER})[^.;]{0,40}(releases?|waives?|holds? harmless)[^.;]{0,30}(${GENERATOR})`, 'at (the )?(buyer|client).s (sole|own) risk'],
  fr: [`(${BUYER}) (est|sera) seule? responsable`, `aux (seuls )?risques (du client|de l.acheteur)`],
}
const whole = (flags: string) => new RegExp(`\\b(?:${[...SOURCES.en, ...SOURCES.fr].map((s) => `(?:${s})`).join('|')})`, flags)

const TEXTS = [
  'the client shall be solely responsible for the campaigns.',
  'the buyer hereby releases the supplier from any claim.',
  'the buyer hereby releases its affiliates; the supplier shall pay.',
  'leads are delivered at the client\'s own risk and the buyer is solely responsible.',
  "l'annonceur est seul responsable de ses campagnes.",
  'les leads sont livres aux risques du client.',
  'the supplier shall be solely responsible for the leads.',
  'nothing here names a party.',
  '',
  'The Client shall be solely responsible for compliance.',
  'THE BUYER HOLDS HARMLESS THE SUPPLIER.',
  'the ſupplier and the Kelvin K: the client is solely responsible.',
  normalizeText("L'Annonceur est seul responsable des données collectées."),
]

test('compile of several sources tests each text as the whole alternation does', () => {
  const re = compile(SOURCES)
  const reference = whole('iu')
  const answers = TEXTS.map((t) => re.test(t))
  expect(answers).toEqual(TEXTS.map((t) => reference.test(t)))
  // The texts cover both answers, and a match of each language.
  expect(answers.filter(Boolean).length).toBe(9)
  expect(answers.filter((a) => !a).length).toBe(4)
  // exec is still the whole expression's: the leftmost match, as the alternation finds it.
  expect(re.exec(TEXTS[3]!)?.[0]).toBe(reference.exec(TEXTS[3]!)?.[0])
  expect(re.exec(TEXTS[3]!)?.index).toBe(reference.exec(TEXTS[3]!)?.index)
  expect(re.source).toBe(reference.source)
})

test('compile of one source is the plain expression', () => {
  const re = compile(['solely responsible'])
  expect(re.test('the client is solely responsible')).toBe(true)
  expect(re.test('the client is responsible')).toBe(false)
})
