/**
 * Features of a document's sections for the learned detector. A unit is a section (heading and
 * the body text under it) or, for a long section, a run of at most UNIT_SENTENCES of its
 * sentences under the same heading. Its features: the concepts (or, for words the vocabulary
 * does not list, the stems) of its sentences, bigrams of adjacent concepts, and the concepts of
 * its heading apart (`h` prefix). Definitions, tables of contents, cover pages and signature
 * blocks hold no sentence here (text.ts, sections.ts), so they are never features.
 */
import { normalizeText } from '../../library/detect-signals.js'
import type { ReviewDocument } from '../../read/document.js'
import { sentencesOf, type Sentence } from '../text.js'
import { exactKey, nextFrom, stemsOfNorm, wordEnd } from './tokens.js'
import { WordTable } from './word-table.js'
import type { Vocabulary } from './vocabulary.js'

/** The most sentences one unit holds. */
export const UNIT_SENTENCES = 8

/**
 * The fewest distinct concepts of the vocabulary a unit's sentences (its heading apart) must hold
 * for the model to read a clause in it. A unit below this says too little to state a clause alone:
 * a version line (« Version 1.0 - Applicable à partir du 01 juin 2021 (PDF 142 Ko) »: numbers, a
 * month, one concept) or a heading over one bare line. Such units are never evidence of the model
 * and never its positives in training (they stay negatives); the patterns still read them. Nor is
 * a sentence below it the model's evidence (« Source: SCANSOURCE, INC., 10-Q, 5/9/2019 »): the
 * unit's best sentence that says enough is, or the unit states nothing.
 */
export const MIN_CONCEPTS = 2

/** One section (or part of a long one) with its features. */
export interface Unit {
  /** Index of the heading block (-1: none) of its document. */
  heading: number
  /** The sentences it holds (definitions left out). */
  sentences: Sentence[]
  /** Features of each sentence (same order), without the heading's: computed when first asked (evidence only). */
  readonly sentenceFeatures: string[][]
  /** Features of its heading. */
  headingFeatures: string[]
  /** Every feature of the unit, once (sentences' and heading's). */
  features: string[]
  /** How many distinct concepts of the vocabulary its sentences hold (heading apart). */
  concepts: number
}

/** The token of each word already seen, per vocabulary ('' for a function word): words repeat, stemming is the cost. */
const seen = new WeakMap<Vocabulary, WordTable<string>>()
const MAX_SEEN = 200_000

/** Tokens of a normalised text: `@concept` for listed words, the stem otherwise. */
export function tokensOf(norm: string, vocabulary: Vocabulary): string[] {
  let cache = seen.get(vocabulary)
  if (!cache || cache.size > MAX_SEEN) seen.set(vocabulary, (cache = new WordTable()))
  const out: string[] = []
  for (let i = 0; i < norm.length; ) {
    const end = wordEnd(norm, i)
    if (end < 0) {
      i = nextFrom(norm, i)
      continue
    }
    let token = cache.get(norm, i, end)
    if (token === undefined) {
      const word = norm.slice(i, end)
      const [s] = stemsOfNorm(word)
      const c = s === undefined ? undefined : (vocabulary.concepts.get(exactKey(word)) ?? vocabulary.concepts.get(s))
      token = s === undefined ? '' : c === undefined ? s : `@${c}`
      cache.add(norm.slice(i, end), token)
    }
    if (token !== '') out.push(token)
    i = end
  }
  return out
}

/** How many distinct concepts a set of sentence features holds (`@name`; a pair `@a@b` is not one more). */
export function conceptCount(features: Iterable<string>): number {
  let n = 0
  for (const f of features) if (f.charCodeAt(0) === 64 && f.indexOf('@', 1) < 0) n++
  return n
}

/** How far apart (in tokens, function words not counted) two concepts may be to make a pair. */
export const PAIR_WINDOW = 3

/**
 * Pair features already made, by their concepts in order: each is one string for the whole run,
 * whose hash is computed once (a unit's features go through a Set and the model's weights by
 * string; a pair made anew each time was hashed each time). Concepts are few: so are their pairs.
 */
const madePairs = new Map<string, Map<string, string>>()

/** The pair feature of two concepts: unordered (« loi applicable », "applicable law": one pair). */
function pairOf(a: string, b: string): string {
  const first = a < b ? a : b
  const second = a < b ? b : a
  let after = madePairs.get(first)
  if (!after) madePairs.set(first, (after = new Map()))
  let pair = after.get(second)
  if (pair === undefined) after.set(second, (pair = `${first}${second}`))
  return pair
}

/** Adds the concepts' pairs of a token list to `out`: distinct concepts at most PAIR_WINDOW tokens apart. */
function addPairs(tokens: readonly string[], out: Set<string>, prefix = ''): void {
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i]!
    if (a.charCodeAt(0) !== 64) continue
    for (let j = i + 1; j < tokens.length && j <= i + PAIR_WINDOW; j++) {
      const b = tokens[j]!
      if (b.charCodeAt(0) === 64 && a !== b) out.add(`${prefix}${pairOf(a, b)}`)
    }
  }
}

/** Adds the features of one normalised sentence to `out`: tokens and pairs of close concepts. */
function addSentenceFeatures(norm: string, vocabulary: Vocabulary, out: Set<string>): void {
  const tokens = tokensOf(norm, vocabulary)
  for (const t of tokens) out.add(t)
  addPairs(tokens, out)
}

/** Features of one normalised sentence: tokens and bigrams of adjacent concepts. */
export function sentenceFeatures(norm: string, vocabulary: Vocabulary): string[] {
  const out = new Set<string>()
  addSentenceFeatures(norm, vocabulary, out)
  return [...out]
}

/** Features of a heading's text. */
export function headingFeatures(text: string, vocabulary: Vocabulary): string[] {
  if (text.length > 200) return []
  const tokens = tokensOf(normalizeText(text), vocabulary)
  const out = new Set(tokens.map((t) => `h${t}`))
  addPairs(tokens, out, 'h')
  return [...out]
}

/** The units of a document, in reading order. */
export function unitsOf(doc: ReviewDocument, vocabulary: Vocabulary): Unit[] {
  const units: Unit[] = []
  const headingCache = new Map<number, string[]>()
  let current: Sentence[] = []
  const flush = () => {
    if (current.length === 0) return
    const heading = current[0]!.heading
    let h = headingCache.get(heading)
    if (!h) {
      h = heading >= 0 ? headingFeatures(doc.blocks[heading]!.text, vocabulary) : []
      headingCache.set(heading, h)
    }
    const own = new Set<string>()
    for (const s of current) addSentenceFeatures(s.norm, vocabulary, own)
    const concepts = conceptCount(own)
    const features = new Set([...h, ...own])
    const sentences = current
    let perSentence: string[][] | undefined
    units.push({
      heading,
      sentences,
      get sentenceFeatures() {
        return (perSentence ??= sentences.map((s) => sentenceFeatures(s.norm, vocabulary)))
      },
      headingFeatures: h,
      features: [...features],
      concepts,
    })
    current = []
  }
  for (const s of sentencesOf(doc)) {
    if (s.definition) continue
    if (current.length > 0 && (current[0]!.heading !== s.heading || current.length >= UNIT_SENTENCES)) flush()
    current.push(s)
  }
  flush()
  return units
}
