import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { normalizeText } from '../../src/library/detect-signals.js'
import { compileLibrary } from '../../src/review/detect.js'
import { GatedRegExp, gatedSources, mayMatch } from '../../src/review/gate.js'
import { ALWAYS, regexRequirement, type Requirement } from '../../src/review/requirement.js'
import '../../src/review/reviewer.js'
import { CLAUSE_SENTENCES, library } from '../property/helpers.js'

/** Whether `text` meets `req`, read plainly (ASCII case aside): some term whose every set has a literal in it. */
const meets = (req: Requirement, text: string) => {
  const lower = text.replace(/[A-Z]/g, (c) => c.toLowerCase())
  return req.some((term) => term.every((set) => set.some((literal) => lower.includes(literal.replace(/[A-Z]/g, (c) => c.toLowerCase())))))
}

test('a sequence needs each of its parts, an alternation one of its alternatives', () => {
  expect(regexRequirement('\\b(?:(shall|must) not (be|remain) (liable|responsible))')).toEqual([[['liable', 'responsible'], ['shall', 'must']]])
  expect(regexRequirement('\\b(?:shall not apply|(?:is|are) (?:not )?excluded)')).toEqual([[['shall not apply', 'excluded']]])
  // Terms of more than one set stay apart.
  expect(regexRequirement('(?:solely responsible|buyer (?:shall|must) bear)')).toEqual([[['solely responsible']], [['buyer '], [' bear'], ['shall', 'must']]])
  // Optional parts, classes, lookarounds and literals under three letters need nothing; a literal
  // under four letters is kept only when nothing better is there.
  expect(regexRequirement('(?<![a-z])(?:no (right of )?set.?off)')).toEqual([[['set']]])
  expect(regexRequirement('(?:sms|texto) (?:campaign|message)')).toEqual([[['campaign', 'message']]])
  expect(regexRequirement('(?=audit)[a-z]+ (is|an) x?')).toEqual(ALWAYS)
  expect(regexRequirement('a(bc)?d|e')).toEqual(ALWAYS)
  // Back-references and character escapes are not read: no requirement.
  expect(regexRequirement('(audit)\\1')).toEqual(ALWAYS)
  expect(regexRequirement('\\u0061udit')).toEqual(ALWAYS)
})

test('a requirement stays small: many terms become one set, a term keeps its most selective sets', () => {
  const many = `(${Array.from({ length: 30 }, (_, i) => `word${i} and thing${i}`).join('|')})`
  const req = regexRequirement(many)
  expect(req).toHaveLength(1)
  expect(req[0]).toHaveLength(1)
  expect(req[0]![0]).toHaveLength(30)
  const long = regexRequirement('alpha.beta.gamma.delta.epsilon.zeta')
  expect(long).toEqual([[['epsilon'], ['alpha'], ['gamma'], ['delta']]])
})

test('the gate runs an expression only where its words occur together', () => {
  const re = new GatedRegExp('\\b(?:(shall|must) not (assign|transfer))', '')
  expect(mayMatch(re, 'the generator must not sell the leads')).toBe(false)
  expect(mayMatch(re, 'the generator may assign the leads')).toBe(false)
  expect(mayMatch(re, 'the generator must not transfer the leads')).toBe(true)
  expect(re.test('the generator must not transfer the leads')).toBe(true)
  // Words that occur apart open the gate; the expression then decides.
  expect(mayMatch(re, 'it shall not be liable; it may transfer the leads')).toBe(true)
  expect(re.test('it shall not be liable; it may transfer the leads')).toBe(false)
})

test('every match of every expression of a review holds its requirement (library sentences and examples)', () => {
  compileLibrary(library)
  const examples = ['bon-de-commande-azur-leads-piscines.md', 'devis-datapulse-decideurs-it.txt', 'bon-de-commande-immolead-credit-immobilier.txt'].map((f) =>
    readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'quotes', f), 'utf8'),
  )
  // One text of normalised lines: each expression runs over it once, every match is checked.
  const text = [...CLAUSE_SENTENCES, ...examples.flatMap((t) => t.split(/\n+/))].map(normalizeText).join('\n')
  const sources = gatedSources()
  expect(sources.length).toBeGreaterThan(2000)
  const wrong: Array<{ source: string; match: string }> = []
  let gated = 0
  let matches = 0
  for (const source of sources) {
    const req = regexRequirement(source)
    if (req === ALWAYS) continue
    gated++
    let re: RegExp
    try {
      re = new RegExp(source, 'gimu')
    } catch {
      re = new RegExp(source, 'gim')
    }
    for (const m of text.matchAll(re)) {
      matches++
      if (!meets(req, m[0])) wrong.push({ source, match: m[0] })
    }
  }
  expect(wrong).toEqual([])
  // Most expressions have a requirement, and many match the library's own sentences.
  expect(gated / sources.length).toBeGreaterThan(0.9)
  expect(matches).toBeGreaterThan(5000)
})

test("the gate opens wherever a library expression matches, on raw text: accents, capitals, ſ, words inside words", () => {
  compileLibrary(library)
  // Texts as a reader gives them (not normalised): accented and capitalised French, English in
  // capitals, a word inside a longer word, the long s (which Unicode case folding reads as s).
  const texts = [
    'Le Prestataire peut résilier le Contrat moyennant un PRÉAVIS de trois (3) mois.',
    'LA SOUS-TRAITANCE EST INTERDITE SANS L’ACCORD PRÉALABLE ÉCRIT DU CLIENT.',
    'Les données à caractère personnel sont supprimées à la fin du contrat ; le fichier est restitué.',
    'IN NO EVENT SHALL EITHER PARTY’S AGGREGATE LIABILITY EXCEED THE FEES PAID UNDER THIS AGREEMENT.',
    'The Supplier may not subcontract; its subcontractors and sub-processors are listed in Annex 2.',
    'The auditorium is booked; the contractor pays no penalties; non-exclusive leads are returned.',
    'This Agreement is governed by the laws of the State of New York, without regard to conflicts of law.',
    'the ſubcontracting of the ſervices, with 30 days’ notice',
  ]
  let matched = 0
  const wrong: Array<{ source: string; text: string }> = []
  for (const source of gatedSources()) {
    let flags = 'iu'
    try {
      new RegExp(source, flags)
    } catch {
      flags = 'i'
    }
    const plain = new RegExp(source, flags)
    const gated = new GatedRegExp(source, flags)
    for (const text of texts) {
      const expected = plain.test(text)
      if (expected) matched++
      if (gated.test(text) !== expected || (expected && !mayMatch(gated, text))) wrong.push({ source, text })
    }
  }
  expect(wrong).toEqual([])
  // The texts do exercise the gate: many expressions match them.
  expect(matched).toBeGreaterThan(100)
})
