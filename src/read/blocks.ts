/**
 * Helpers shared by the readers: text normalisation and the heuristics that recognise headings in
 * formats without explicit structure (plain text, PDF) and numbered titles written inline at the
 * start of a paragraph ("9. Governing Law. This Agreement…"). All are linear in their input: no
 * regular expression here can backtrack more than a bounded number of characters.
 */
import type { TextBlock } from './document.js'

/**
 * White space to collapse into one space: a run of two or more, or one that is not a space (the
 * same result as replacing every run, without a replacement per single space between words).
 */
const SPACE_RUN = /\s{2,}|[^\S ]/g

/** Collapses white space, drops soft hyphens and zero-width characters, and trims. */
export function normalizeText(text: string): string {
  return text
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(SPACE_RUN, ' ')
    .trim()
    .normalize('NFC')
}

/**
 * Joins the lines of a paragraph with spaces; a line ending in a hyphen after a letter, followed
 * by a line starting in lower case, is joined without a space (`out-of-` + `pocket`).
 */
export function joinLines(lines: readonly string[]): string {
  let out = ''
  for (const raw of lines) {
    const line = raw.trim()
    if (line === '') continue
    if (out === '') out = line
    else if (/\p{L}-$/u.test(out) && /^\p{Ll}/u.test(line)) out += line
    else out += ' ' + line
  }
  return out
}

/** Words a title cannot contain: they make it a sentence ("5.1 The Generator shall…"). */
const VERBS = new Set([
  'shall', 'will', 'must', 'may', 'is', 'are', 'be', 'been', 'was', 'were', 'has', 'have', 'means',
  'mean', 'agrees', 'agree', 'hereby', 'doit', 'doivent', 'est', 'sont', 'sera', 'seront', 'peut',
  'peuvent', "s'engage", 's’engage',
])
/** Small words that stay lower case in a Title Case heading. */
const SMALL_WORDS = new Set([
  'a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'per', 'the',
  'to', 'upon', 'with', 'under', 'than', 'vs', 'à', 'au', 'aux', 'd', 'de', 'des', 'du', 'en', 'et',
  'l', 'la', 'le', 'les', 'ou', 'par', 'pour', 'sur', 'avec', 'dans', 'entre', 'sans', 'une', 'un',
])
/** Words after which a line is cut mid-sentence: such a line is no title. */
const CONTINUATION_WORDS = new Set([
  'a', 'an', 'and', 'or', 'of', 'the', 'to', 'in', 'for', 'with', 'by', 'at', 'on', 'from', 'as',
  'that', 'which', 'than', 'this', 'these', 'those', 'such', 'any', 'each', 'all', 'its', 'their',
  'et', 'ou', 'de', 'du', 'des', 'la', 'le', 'les', 'à', 'au', 'aux', 'en', 'par', 'pour', 'sur', 'que',
  'qui', 'dont', 'un', 'une', 'ce', 'cette', 'ces', 'under', 'upon', 'into', 'onto', 'between', 'within',
])
/** Abbreviations whose final period does not end a title ("Acme Inc. shall…"). */
const ABBREVIATIONS = new Set([
  'inc', 'ltd', 'co', 'corp', 'llc', 'no', 'nos', 'art', 'st', 'e.g', 'i.e', 'etc', 'u.s', 'u.k',
  'mr', 'mrs', 'ms', 'dr', 'sa', 's.a', 'sas', 'sarl', 'gmbh', 'bv', 'b.v', 'n.v', 'plc', 'vs', 'cf',
])
const NUMBER_WORDS =
  'ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|ELEVEN|TWELVE|THIRTEEN|FOURTEEN|FIFTEEN|SIXTEEN|SEVENTEEN|EIGHTEEN|NINETEEN|TWENTY'

const hasLower = (s: string): boolean => /\p{Ll}/u.test(s)
const hasLetter = (s: string): boolean => /\p{L}/u.test(s)
const words = (s: string): string[] => s.split(/\s+/).filter((w) => w !== '')
/** An ASCII letter or digit: nothing to strip at that end of a word. */
const isAsciiAlnum = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)
/**
 * A word without the punctuation around it, lower-cased. Most words begin and end with an ASCII
 * letter or digit, which the expression would not strip: they skip it (it ran on every word of
 * every line a PDF reader tests as a title).
 */
const bare = (w: string): string =>
  w.length > 0 && isAsciiAlnum(w.charCodeAt(0)) && isAsciiAlnum(w.charCodeAt(w.length - 1)) ? w.toLowerCase() : w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase()

/**
 * Whether a phrase reads like a title rather than a sentence: ALL CAPS, Title Case, or (short)
 * sentence case as in French ("Durée du contrat"); never with a verb like "shall".
 */
export function isTitlePhrase(phrase: string, maxWords = 12): boolean {
  const ws = words(phrase)
  if (ws.length === 0 || ws.length > maxWords || phrase.length > 100) return false
  const first = ws[0] ?? ''
  if (!/^["“'‘(]?[\p{Lu}\p{N}]/u.test(first)) return false
  if (!hasLetter(phrase)) return false
  if (ws.some((w) => VERBS.has(bare(w)))) return false
  const last = bare(ws[ws.length - 1] ?? '')
  if (CONTINUATION_WORDS.has(last) || /^(?:and|or|but|nor|et|ou|mais)$/.test(bare(first))) return false
  if (ws.length > 1 && /^\p{Lu}\.?$/u.test(ws[ws.length - 1] ?? '')) return false // "William L." — an initial
  if (!hasLower(phrase)) return true // ALL CAPS
  const significant = ws.slice(1).filter((w) => {
    const b = bare(w)
    return b.length >= 3 && /^\p{L}/u.test(b) && !SMALL_WORDS.has(b)
  })
  const capitalised = significant.filter((w) => /^["“'‘(]?\p{Lu}/u.test(w)).length
  if (capitalised === significant.length) return true // Title Case
  return ws.length <= 5 // short sentence case ("Droit applicable")
}

/** Title Case: every significant word (three letters or more, not a small word) capitalised. */
function isTitleCase(phrase: string): boolean {
  return words(phrase).every((w) => {
    const b = bare(w)
    return b.length < 3 || !/^\p{L}/u.test(b) || SMALL_WORDS.has(b) || /^["“'‘(]?\p{Lu}/u.test(w)
  })
}

/** Numbering at the start of a line: the level it implies and where the title starts. */
interface Numbering {
  level: number
  /** Index where the text after the numbering starts. */
  end: number
  /** Whether the numbering is a keyword form ("Article 5", "Section 9.2"). */
  keyword: boolean
}

const KEYWORD_TOP = /^(?:ARTICLE|Article|ART\.|Art\.|CHAPTER|Chapter|CHAPITRE|Chapitre|TITRE|Titre|TITLE|PART|Part|PARTIE|Partie|SCHEDULE|Schedule|ANNEX|Annex|ANNEXE|Annexe|EXHIBIT|Exhibit|APPENDIX|Appendix)\s+/
const KEYWORD_SECTION = /^(?:SECTION|Section|SECT\.|Sect\.|CLAUSE|Clause|§)\s*/
const KEYWORD_ID = new RegExp(String.raw`^(?:\d{1,3}(?:\.\d{1,3}){0,4}|[IVXLC]{1,7}|[A-Z](?![\p{L}])|${NUMBER_WORDS})(?![\p{L}\p{N}])`, 'u')
const SEPARATOR = /^\s*(?:[.:)]|[-–—])?\s*/

/** Reads the numbering at the start of `line` ("12.", "5.1", "ARTICLE 5 –", "IV.", "(a)", "d."), if any. */
export function readNumbering(line: string): Numbering | undefined {
  const head = line.slice(0, 120)
  const top = KEYWORD_TOP.exec(head)
  const section = top ? undefined : KEYWORD_SECTION.exec(head)
  const kw = top ?? section
  if (kw) {
    const rest = head.slice(kw[0].length)
    const id = KEYWORD_ID.exec(rest)
    if (!id) return undefined
    const sep = SEPARATOR.exec(rest.slice(id[0].length))
    const end = kw[0].length + id[0].length + (sep ? sep[0].length : 0)
    const depth = /^\d/.test(id[0]) ? id[0].split('.').length : 1
    return { level: top ? 1 : Math.min(6, depth + 1), end, keyword: true }
  }
  const num = /^(\d{1,3}(?:\.\d{1,3}){0,4})(\.?)(\)?)\s+/.exec(head)
  if (num) {
    const digits = num[1] ?? ''
    const depth = digits.split('.').length
    // "740 Heinz Avenue" is an address, not numbering: a single number needs its period.
    if (depth === 1 && num[2] === '' && num[3] === '') return undefined
    return { level: Math.min(6, depth + 1), end: num[0].length, keyword: false }
  }
  const roman = /^([IVXLC]{1,7})\.\s+/.exec(head)
  if (roman) return { level: 1, end: roman[0].length, keyword: false }
  const letter = /^([A-Z])\.\s+/.exec(head)
  if (letter) return { level: 2, end: letter[0].length, keyword: false }
  const sub = /^(?:\((?:[a-z]|[ivx]{1,4})\)|[a-z][.)])\s+/.exec(head)
  if (sub) return { level: 3, end: sub[0].length, keyword: false }
  return undefined
}

/** A table-of-contents entry: dot leaders or a page number after a wide gap. */
const TOC_ENTRY = /(?:\.{4,}|…{2,}|\s{3,})\s*\d{1,4}$/

/**
 * The heading level of a short line standing alone ("12. LIMITATION OF LIABILITY", "ARTICLE 5 –
 * DURÉE", "Section 9.2 Governing Law", "GOVERNING LAW", "Governing Law"), or undefined when the
 * line does not read as a title. The caller checks that text follows it.
 */
export function titleLevel(line: string): number | undefined {
  const t = line.trim()
  if (t.length === 0 || t.length > 80 || !hasLetter(t)) return undefined
  if (/[.,;:]$/.test(t)) return undefined
  if (/^\p{Ll}/u.test(t) || TOC_ENTRY.test(t)) return undefined
  const numbering = readNumbering(t)
  if (numbering) {
    const title = t.slice(numbering.end)
    if (title === '') return numbering.keyword ? numbering.level : undefined
    return isTitlePhrase(title, 12) ? numbering.level : undefined
  }
  // Unnumbered: no labels ("Source: …", "Dated: …"), form blanks, paths, sentences, or leading digits.
  if (/[:_\\@|]|\.\s|^\p{N}/u.test(t) || /^page\s/i.test(t)) return undefined
  if (!isTitlePhrase(t, 10)) return undefined
  if (!hasLower(t)) return /\p{L}{2}/u.test(t) ? 1 : undefined
  // Unnumbered Title Case: stricter, every significant word capitalised.
  const ws = words(t)
  if (ws.length > 8) return undefined
  return isTitleCase(t) && /\p{Lu}\p{L}{2}/u.test(t) ? 2 : undefined
}

/**
 * Whether a title-like first line heads the text below it in the same block, rather than being
 * the first line of a wrapped paragraph or of an address.
 */
export function headingAboveText(first: string, second: string): boolean {
  const a = first.trim()
  const b = second.trim()
  if (a.length >= 50 && b.length >= 50 && a.length >= 0.85 * b.length) return false // wrapped
  if (readNumbering(a) || !/\p{Ll}/u.test(a)) return true
  return b.length > 40 || /[.;:]$/.test(b)
}

/** A numbered title at the start of a paragraph: its text, level and where the body starts. */
export interface InlineTitle {
  title: string
  level: number
  /** Where sub-numbering starts when the title runs into it ("12. Indemnity 12.1 Each…"). */
  subAt?: number
}

/**
 * Recognises a numbered title written at the start of a paragraph: "9. Governing Law. This
 * Agreement…" → `Governing Law` (level 2); "15.1 Relationship. The…" → level 3; also a title that
 * runs into sub-numbering without a period ("12. Indemnity and Liability 12.1 Each Party…",
 * "5. INDEMNIFICATION a. WPT shall…").
 */
export function inlineTitle(text: string): InlineTitle | undefined {
  const numbering = readNumbering(text)
  if (!numbering) return undefined
  const rest = text.slice(numbering.end, numbering.end + 140)
  if (!/^["“'‘(]?[\p{Lu}]/u.test(rest)) return undefined
  // Title ending in a period, followed by the body or the end of the paragraph.
  const period = /^([^.!?:"“”]{1,100}?)\.(?:\s+|$)/u.exec(rest)
  if (period) {
    const title = (period[1] ?? '').trim()
    const after = rest.slice(period[0].length)
    const lastWord = bare(words(title).at(-1) ?? '')
    const bodyStarts = after === '' || /^["“'‘(\[]?[\p{Lu}\p{N}(]/u.test(after)
    if (bodyStarts && !ABBREVIATIONS.has(lastWord) && isTitlePhrase(title, 12)) {
      return { title, level: numbering.level }
    }
  }
  // Title running into sub-numbering: "12. Indemnity and Liability 12.1 Each Party…".
  const sub = /^([^.!?:"“”]{1,100}?)(\s+)(?:\d{1,3}\.\d{1,3}\b|\(?[a-z]\)\s|[a-z]\.\s|\(?[ivx]{1,4}\)\s|(?:Section|SECTION|Article|ARTICLE)\s+\d)/u.exec(rest)
  if (sub) {
    const title = (sub[1] ?? '').trim()
    const marker = sub[0].slice((sub[1] ?? '').length + (sub[2] ?? '').length)
    if (isTitlePhrase(title, 12) && (!hasLower(title) || (isTitleCase(title) && /^\d/.test(marker)))) {
      const subAt = numbering.end + (sub[1] ?? '').length + (sub[2] ?? '').length
      return { title, level: numbering.level, subAt }
    }
  }
  return undefined
}

/** The fewest words of a heading read as the paragraph it is, when it holds a verb of statement or duty. */
const PARAGRAPH_HEADING_WORDS = 20
/** The fewest words of a heading read as a paragraph whatever its verbs. */
const LONG_PARAGRAPH_HEADING_WORDS = 30
/** Front matter read as a heading ("title: Terms description: …"): a YAML key opens it. */
const FRONT_MATTER_KEY = /^\s*[\w-]+:\s/

/**
 * Whether a heading block is a paragraph marked as a heading: a source that turned whole
 * provisions into headings (a converter that made every bold or numbered paragraph `###`, a Word
 * heading style put on body text) would hide them, for no provision is read in a heading. One
 * that ends a sentence (a period or a semicolon) and has PARAGRAPH_HEADING_WORDS words or more with
 * a verb of statement or duty ("Contractor shall not use … except as required."), or
 * LONG_PARAGRAPH_HEADING_WORDS or more, is a paragraph. A question ("Do I have to grant any
 * licences to Zulip or to other users?"), a lead-in ending with a colon and front matter stay
 * headings.
 */
export function isParagraphHeading(text: string): boolean {
  if (!/[.;]["'»”)\]]*$/.test(text) || FRONT_MATTER_KEY.test(text)) return false
  const ws = words(text)
  if (ws.length >= LONG_PARAGRAPH_HEADING_WORDS) return true
  return ws.length >= PARAGRAPH_HEADING_WORDS && ws.some((w) => VERBS.has(bare(w)))
}

/** Reads the paragraphs marked as headings as the paragraphs they are (see isParagraphHeading). */
export function demoteParagraphHeadings(blocks: TextBlock[]): TextBlock[] {
  return blocks.map((b) => {
    if (b.kind !== 'heading' || !isParagraphHeading(b.text)) return b
    const { level: _level, ...rest } = b
    return { ...rest, kind: 'paragraph' }
  })
}

/**
 * Adds a heading block before every paragraph or list item that starts with an inline numbered
 * title ("9. Governing Law. This…" → heading "Governing Law" at the same place), so that clause
 * detection sees the title whatever the format. The paragraph itself is kept unchanged.
 */
export function addInlineHeadings(blocks: readonly TextBlock[]): TextBlock[] {
  const out: TextBlock[] = []
  for (const block of blocks) {
    if (block.kind === 'paragraph' || block.kind === 'list-item') {
      let found = inlineTitle(block.text)
      let from = 0
      for (let n = 0; found && n < 2; n++) {
        const heading: TextBlock = { kind: 'heading', text: found.title, line: block.line, column: block.column, level: found.level }
        if (block.page !== undefined) heading.page = block.page
        out.push(heading)
        if (found.subAt === undefined) break
        from += found.subAt
        found = inlineTitle(block.text.slice(from))
      }
    }
    out.push(block)
  }
  return out
}

/** Words after which a sentence cannot stop: conjunctions, articles, prepositions (« et », "of the"). */
const OPEN_ENDING = new Set([
  ...CONTINUATION_WORDS, 'nor', 'but', 'if', 'unless', 'whether', 'whose', 'who', 'whom', 'where', 'when', 'not',
  'its', 'our', 'your', 'his', 'her', 'mais', 'ni', 'si', 'sauf', 'lorsque', 'lequel', 'laquelle', 'lesquels',
  'lesquelles', 'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'votre', 'ne', 'pas', 'chez', 'vers', 'contre',
])

/**
 * Whether block `b` continues the sentence that block `a` leaves open, across a blank line, as
 * hard-wrapped text (PDF and OCR conversions, e-mails) often has it: `a` is a paragraph or a list
 * item that ends with no final punctuation, `b` a paragraph that is no numbered item and that either
 * starts in lower case or (after a paragraph) follows a comma, a conjunction, an article or a
 * preposition. A title, a list item, a table cell, or text after « : » or « ; » never continues
 * across the gap.
 */
export function continuesSentence(a: TextBlock, b: TextBlock): boolean {
  if ((a.kind !== 'paragraph' && a.kind !== 'list-item') || b.kind !== 'paragraph') return false
  const end = a.text.trimEnd()
  if (end === '' || /[.;:!?…»"”]$/u.test(end) || !/^[\p{L}\p{N}]/u.test(b.text)) return false
  if (readNumbering(b.text) || /^[ivxl]{1,6}[.)]\s/.test(b.text) || titleLevel(end) !== undefined) return false
  if (/^\p{Ll}/u.test(b.text)) return /[\p{L}\p{N},'’)\]-]$/u.test(end)
  // A list item ending with a comma or "and" is followed by the next item, not by a sentence of its own.
  if (a.kind === 'list-item') return false
  return end.endsWith(',') || OPEN_ENDING.has(bare(end.slice(end.lastIndexOf(' ') + 1)))
}

/**
 * Joins the paragraphs that continue a sentence across a blank line ({@link continuesSentence})
 * into the block where the sentence starts, which keeps its kind, line, column and page: evidence
 * points at the sentence's first line.
 */
export function joinSplitSentences(blocks: readonly TextBlock[]): TextBlock[] {
  const out: TextBlock[] = []
  for (const block of blocks) {
    const last = out.at(-1)
    if (last && continuesSentence(last, block)) {
      out[out.length - 1] = { ...last, text: /\p{L}-$/u.test(last.text) && /^\p{Ll}/u.test(block.text) ? last.text + block.text : `${last.text} ${block.text}` }
      const uncertain = [...(last.uncertain ?? []), ...(block.uncertain ?? [])]
      if (uncertain.length > 0) out[out.length - 1]!.uncertain = uncertain
      continue
    }
    out.push(block)
  }
  return out
}

/** Makes a block, leaving out empty optional fields (exactOptionalPropertyTypes). */
export function makeBlock(
  kind: TextBlock['kind'],
  text: string,
  line: number,
  column: number,
  extra: { level?: number | undefined; page?: number | undefined } = {},
): TextBlock {
  const block: TextBlock = { kind, text, line, column }
  if (extra.page !== undefined) block.page = extra.page
  if (kind === 'heading') block.level = Math.min(6, Math.max(1, extra.level ?? 1))
  return block
}
