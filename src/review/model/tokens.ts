/**
 * Tokens of the learned detector: words normalised (lower case, accents folded), function words of
 * both languages dropped, numbers folded into one token, and a light French/English stemmer of
 * our own (plurals, then one common derivational or inflectional suffix, then a length cut).
 * Only consistency matters: the vocabulary (vocabulary.ts) stems its words with the same function.
 */
import { normalizeText } from '../../library/detect-signals.js'

/**
 * Function words of both languages: they say nothing about which clause a section is. Negations
 * (no, not, ne, pas…) are not among them: « for any or no reason » is not "for a reason"; the
 * vocabulary maps them to a concept (`without`) so that they pair with the concept they deny. Nor
 * is "only": a restriction to a purpose (« uniquement », "only for") is the concept `only`.
 */
const STOP = new Set(
  (
    'a an and any are as at be been being but by do does for from had has have he her his i if in into is it its of on or our ' +
    'she so such than that the their them then there these they this those to under upon us was we were what when where which ' +
    'while who whom will with would you your shall may must can could should all each other its also same ' +
    'au aux avec ce ces cet cette dans de des du elle elles en est et eux il ils je la le les leur leurs lui ma mais me meme ' +
    'mes moi mon nos notre nous on ou par pour qu que qui sa se ses son sont sur ta te tes toi ton tu un une vos votre ' +
    'vous y d l s c j m t qu lorsque lors ainsi dont cela celui celle ceux celles tout tous toute toutes sous entre afin sera ' +
    'seront etre avoir ete fait peut peuvent pourra pourront doit doivent devra devront'
  ).split(' '),
)

/** Suffixes removed once (longest first), when at least MIN_STEM letters remain. */
const SUFFIXES = [
  'issements', 'issement', 'ational', 'ements', 'ement', 'ations', 'ation', 'itions', 'ition', 'ments', 'ment', 'ness', 'ities',
  'ity', 'ite', 'ings', 'ing', 'ives', 'ive', 'ifs', 'if', 'ions', 'ion', 'euses', 'euse', 'eurs', 'eur', 'ables', 'able',
  'ibles', 'ible', 'iques', 'ique', 'ally', 'ly', 'ees', 'ee', 'ed', 'es', 'er', 'ers', 'ors', 'or', 'ants', 'ant', 'ents', 'ent',
  'al', 'aux', 'el', 'elle', 'e', 's',
]
const MIN_STEM = 4
const MAX_STEM = 9
/**
 * The key of a word the vocabulary lists whole ("=terms" in the file): a document's word with that
 * form takes that concept before its stem is looked up. For the forms whose stem another concept's
 * word shares (terms/term, droits/droit, processor/process, cession/cessation, controller/controlling).
 */
export const exactKey = (norm: string): string => `=${norm}`

/** The token every number becomes. */
export const NUMBER = '#'

/** The stem of one normalised word (lower case, no accents). */
export function stem(word: string): string {
  let w = word
  if (w.length <= MIN_STEM) return w
  if (w.endsWith('ies') && w.length > 5) w = `${w.slice(0, -3)}y`
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1)
  else if (w.endsWith('x') && w.length > 5) w = w.slice(0, -1)
  for (const s of SUFFIXES) {
    if (w.length - s.length >= MIN_STEM && w.endsWith(s)) {
      w = w.slice(0, -s.length)
      break
    }
  }
  return w.slice(0, MAX_STEM)
}

/** A word (hyphenated compounds whole) or a number. */
export const WORD = /\p{L}[\p{L}-]*\p{L}|\p{L}|\d+(?:[.,]\d+)*/gu

const LETTER = /\p{L}/u
/** Letters beyond ASCII, by code point: decided once each. */
const letterCache = new Map<number, boolean>()
function isLetter(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90)
  let yes = letterCache.get(cp)
  if (yes === undefined) letterCache.set(cp, (yes = LETTER.test(String.fromCodePoint(cp))))
  return yes
}
const isDigit = (c: number) => c >= 48 && c <= 57
const width = (cp: number) => (cp > 0xffff ? 2 : 1)

/**
 * Where the word that starts at `i` of `text` ends, as `text.matchAll(WORD)` finds it, without the
 * regular expression (it was the detector's largest cost): a letter, then letters and hyphens up to
 * the last letter; or digits, with `.`/`,` groups of digits. An apostrophe separates words. -1 when
 * no word starts at `i` (the next one starts after the code point at `i`, `nextFrom`).
 */
export function wordEnd(text: string, i: number): number {
  const n = text.length
  const cp = text.codePointAt(i)!
  if (isLetter(cp)) {
    let end = i + width(cp)
    let j = end
    while (j < n) {
      const c = text.codePointAt(j)!
      if (c === 45) j++
      else if (c !== 39 && isLetter(c)) end = j += width(c)
      else break
    }
    return end
  }
  if (isDigit(cp)) {
    let j = i + 1
    while (j < n && isDigit(text.charCodeAt(j))) j++
    while (j + 1 < n && (text.charCodeAt(j) === 46 || text.charCodeAt(j) === 44) && isDigit(text.charCodeAt(j + 1))) {
      j += 2
      while (j < n && isDigit(text.charCodeAt(j))) j++
    }
    return j
  }
  return -1
}

/** Where to look for a word after position `i` of `text`, where none starts (see `wordEnd`). */
export const nextFrom = (text: string, i: number): number => i + width(text.codePointAt(i)!)

/** The words of a text, as `text.matchAll(WORD)` finds them (see `wordEnd`). */
export function wordsOf(text: string): string[] {
  const out: string[] = []
  for (let i = 0; i < text.length; ) {
    const end = wordEnd(text, i)
    if (end < 0) i = nextFrom(text, i)
    else {
      out.push(text.slice(i, end))
      i = end
    }
  }
  return out
}

/** Whether a normalised word is a function word. */
export function isStopWord(word: string): boolean {
  return STOP.has(word)
}

/** The stems of an already normalised text, function words dropped, numbers as NUMBER. */
export function stemsOfNorm(norm: string): string[] {
  const out: string[] = []
  // Elisions (l'article, d'un, qu'il) are cut at the apostrophe.
  for (const w of wordsOf(norm)) {
    if (w.charCodeAt(0) <= 57) {
      out.push(NUMBER)
      continue
    }
    if (STOP.has(w)) continue
    out.push(stem(w))
  }
  return out
}

/** The stems of a raw text. */
export function stemsOf(text: string): string[] {
  return stemsOfNorm(normalizeText(text))
}
