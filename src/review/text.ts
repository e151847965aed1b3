/** Splitting a document's blocks into sentences, with normalised text for matching. */
import { normalizeText } from '../library/detect-signals.js'
import type { ReviewDocument, TextBlock } from '../read/document.js'
import { layoutOf } from './sections.js'
import { isLabel, twoCellRows } from './table-rows.js'
import type { Location } from './types.js'

/** A sentence of a block: original text for evidence, normalised text for matching. */
export interface Sentence {
  text: string
  norm: string
  block: TextBlock
  /** Index of the block in the document. */
  blockIndex: number
  /** The document (or the referenced terms) it comes from. */
  path: string
  /** Index of the heading block the sentence sits under (-1 before the first heading). */
  heading: number
  /** The sentence defines a term (« "Données Client" désigne … », '"Lead" means …'): it states no obligation. */
  definition: boolean
  /**
   * A list item read with its lead-in (see `sentencesOf`): the item as written. Red-flag rules read
   * this one, so that a lead-in is not reported again with every item of its list.
   */
  plain?: Sentence
}

/** Where a block starts (its page when the format has pages), for evidence and findings. */
export function blockLocation(block: Pick<TextBlock, 'line' | 'column' | 'page'>): Location {
  return { line: block.line, column: block.column, ...(block.page !== undefined ? { page: block.page } : {}) }
}

/** A definition: a quoted or capitalised term followed by « désigne », "means", a colon… */
const DEFINITION =
  /^(?:\(?[a-z0-9]{1,4}[.)]\s*)?(?:"[^"]{1,80}"|'[^']{1,80}'|[a-z][\w' -]{1,50}?)\s*(?:\([^)]{0,40}\)\s*)?(?::|-|designe(?:nt)?|signifie(?:nt)?|s'entend(?:ent)?|(?:shall |will )?(?:means?|mean)|(?:shall )?(?:have|has) the meaning|(?:shall )?refers? to|(?:shall )?includes?)\s/
/** A heading of a definitions section. */
const DEFINITIONS_HEADING = /^(?:(?:article|section)?\s*[\d.]*\s*)?(?:definitions?|interpretation|definitions? (?:and|et) interpretation|defined terms|terminologie|glossaire|glossary)\b/

/** The term a definition defines (text normalised), or '' when the sentence is no definition. */
export function definedTerm(norm: string): string {
  return /^\(?[a-z0-9]{0,4}[.)]?\s*["']([^"']{1,80})["']/.exec(norm)?.[1] ?? ''
}

/** Whether a sentence defines a term (text normalised). */
export function isDefinition(norm: string): boolean {
  return norm.length < 600 && ((DEFINITION.test(norm) && /^\(?[a-z0-9]{0,4}[.)]?\s*["']/.test(norm)) || PLAIN_DEFINITION.test(norm))
}
/**
 * A definition of an unquoted term led by its article, with the class and its relative clause:
 * « Le sous-traitant désigne la personne qui traite… », "The processor means the entity which…"
 * (« Le Client désigne un référent » appoints someone: no relative clause, no definition).
 */
const PLAIN_DEFINITION = /^(?:le|la|les|l'|the) [a-z][\w' -]{1,40}? (?:designe(?:nt)?|s'entend(?:ent)?|means) (?:la |le |les |l'|toute? |tous |the |any |a |an )[^.;]{0,60}?\b(?:qui|dont|that|which|who|whose)\b/

const MAX_SENTENCE = 700
/** The longest paragraph read as the lead-in of the list that follows it. */
const MAX_LEAD_IN = 300

/**
 * A heading that opens a sentence its list completes: it ends with a colon and holds a verb of duty,
 * permission or prohibition (a title such as "Definitions:" or « Durée : » holds none).
 */
const SENTENCE_HEADING = /\b(must|shall|will|may|agrees?|undertakes?|not|doit|doivent|devra|devront|s.engagen?t?|s.interdisen?t?|s.oblige(nt)?|peut|peuvent|pourra|pourront)\b/i

/** A lead-in that opens warranties or representations ("The Customer warrants and represents that:"). */
const WARRANTS = /\b(warrants?|represents?|certif(y|ies)|garanti(t|ssent)|declarent|declare)\b/i

/** The kind of an item's written number: "1." or "2.3" (digits), "(a)" or "b)" (a letter); undefined without one. */
function markerKind(text: string): string | undefined {
  const m = /^\(?(?:(\d+(?:\.\d+)*)|([a-z]))[.)]\s/i.exec(text)
  return m ? (m[1] !== undefined ? 'digits' : 'letter') : undefined
}

function isSentenceLeadIn(text: string): boolean {
  return text.length <= MAX_LEAD_IN && /:\s*$/.test(text) && SENTENCE_HEADING.test(text)
}

/**
 * Where a sentence ends: after ". ", "; ", "? ", "! ", before an upper-case letter or an opening mark;
 * and before a lettered list item that follows a colon or a semicolon (see `splitSentences`). Not
 * after an abbreviation that legal citations and amounts use: a dotted acronym ("U.S. Dollars"),
 * « art. », « al. », "No.", "p.", "cf.", "e.g."…, nor after a capital letter and its point before a
 * number (« article L. 441-10 du Code de commerce », « R. 10 »).
 */
const SENTENCE_END = /(?<=[.;!?])(?<!\b(?:\p{Lu}\.){2,}|\b(?:[Aa]rts?|[Aa]l|[Nn]os?|pp?|cf|[Pp]aras?|[Ss]ect|[Cc]hap|[Vv]ol|e\.g|i\.e)\.)\s+(?:(?=[\p{Lu}«"“(])|(?<!\b\p{Lu}\.\s+)(?=\d))|(?<=[:;](?:\s+(?:or|and|ou|et))?)\s+(?=[a-z]\.\s)/u
/** The same cuts in ASCII text, without the Unicode flag V8 matches several times slower. */
const SENTENCE_END_ASCII = /(?<=[.;!?])(?<!\b(?:[A-Z]\.){2,}|\b(?:[Aa]rts?|[Aa]l|[Nn]os?|pp?|cf|[Pp]aras?|[Ss]ect|[Cc]hap|[Vv]ol|e\.g|i\.e)\.)\s+(?:(?=[A-Z"(])|(?<!\b[A-Z]\.\s+)(?=\d))|(?<=[:;](?:\s+(?:or|and|ou|et))?)\s+(?=[a-z]\.\s)/
const NON_ASCII = /[^\x00-\x7f]/
/** The two expressions, sticky: tried only where a cut may start (see `cutsOf`). */
const SENTENCE_END_AT = new RegExp(SENTENCE_END.source, 'uy')
const SENTENCE_END_ASCII_AT = new RegExp(SENTENCE_END_ASCII.source, 'y')
/**
 * Where a cut may start: white space after a sentence's or a clause's mark (the first branch's
 * lookbehind, and the second's without a conjunction), or after a conjunction that follows a colon
 * or a semicolon (the second branch's: "; or b."). A cut starts nowhere else: both branches match
 * white space first, right after what their lookbehinds ask for.
 */
const CUT_AFTER_MARK = /[.;!?:]\s/g
const CUT_AFTER_CONJUNCTION = /[:;]\s+(?:or|and|ou|et)\s/g

/**
 * `text.split(end)` for `end` (SENTENCE_END or its ASCII twin, sticky): the same cuts, but the
 * expression is tried only where a cut may start. Run at every position, its lookbehinds made it a
 * fifth of sentence building.
 */
function cutsOf(text: string, end: RegExp): string[] {
  const starts: number[] = []
  CUT_AFTER_MARK.lastIndex = 0
  for (let m = CUT_AFTER_MARK.exec(text); m !== null; m = CUT_AFTER_MARK.exec(text)) starts.push(m.index + 1)
  let more = false
  CUT_AFTER_CONJUNCTION.lastIndex = 0
  for (let m = CUT_AFTER_CONJUNCTION.exec(text); m !== null; m = CUT_AFTER_CONJUNCTION.exec(text)) {
    starts.push(m.index + m[0].length - 1)
    more = true
  }
  if (more) starts.sort((a, b) => a - b)
  const parts: string[] = []
  let from = 0
  for (const at of starts) {
    // A start inside the white space the last cut took cannot start another.
    if (at < from) continue
    end.lastIndex = at
    const cut = end.exec(text)
    if (cut === null) continue
    parts.push(text.slice(from, at))
    from = at + cut[0].length
  }
  parts.push(text.slice(from))
  return parts
}

/** The parts between the cuts of a text, as `text.split` by the sentence ends gives them (before trimming and long-sentence cuts). */
export function sentenceParts(text: string): string[] {
  return cutsOf(text, NON_ASCII.test(text) ? SENTENCE_END_AT : SENTENCE_END_ASCII_AT)
}

/**
 * Splits text into sentences at ". ", "; ", "? ", "! " followed by an upper-case letter or an opening
 * mark, and before a lettered list item that follows a colon or a semicolon ("immediately: a. if …;
 * or b. for any reason …"): each item is a provision of its own, with its own conditions.
 */
export function splitSentences(text: string): string[] {
  const parts = sentenceParts(text)
  const out: string[] = []
  for (const part of parts) {
    if (part.length <= MAX_SENTENCE) {
      if (part.trim()) out.push(part)
      continue
    }
    // Very long sentences (common in US contracts) are cut at semicolons, then at commas near the limit.
    let rest = part
    while (rest.length > MAX_SENTENCE) {
      const window = rest.slice(0, MAX_SENTENCE)
      const cut = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', '), Math.floor(MAX_SENTENCE / 2))
      out.push(rest.slice(0, cut + 1))
      rest = rest.slice(cut + 1).trimStart()
    }
    if (rest.trim()) out.push(rest)
  }
  return out
}

/**
 * Where offset `at` of a block's text is in the source, given the source's line lengths: the
 * block's text runs from its start over the following lines, joined by one space (white space
 * collapsed and markup removed make this the nearest position, not always the exact one). It never
 * goes past the line before the next block.
 */
function positionIn(block: TextBlock, at: number, lengths: readonly number[], lastLine: number): { line: number; column: number } {
  let line = block.line
  let column = block.column
  let rest = at
  for (;;) {
    const room = (lengths[line - 1] ?? 0) - (column - 1)
    if (rest <= room || line >= lastLine) return { line, column: column + Math.max(0, Math.min(rest, room)) }
    rest -= room + 1
    line++
    column = 1
    // Blank lines hold none of the block's text (a sentence continued across one).
    while (line < lastLine && (lengths[line - 1] ?? 0) === 0) line++
  }
}

const cache = new WeakMap<ReviewDocument, Sentence[]>()

/** The sentences of a document, in order (computed once per document: facts, detection and rules share them). */
export function sentencesOf(doc: ReviewDocument): Sentence[] {
  const cached = cache.get(doc)
  if (cached) return cached
  const out: Sentence[] = []
  cache.set(doc, out)
  const layout = layoutOf(doc)
  const definitions = new Map<number, boolean>()
  const isDefinitions = (h: number) => {
    if (!definitions.has(h)) definitions.set(h, h >= 0 && DEFINITIONS_HEADING.test(normalizeText(doc.blocks[h]!.text).trim()))
    return definitions.get(h)!
  }
  const rows = twoCellRows(doc)
  /**
   * A block's sentences; `lead`, when given, opens its first sentence (`prefix`), at the lead's
   * place when it has one (see below).
   */
  const emit = (blockIndex: number, lead?: { prefix: string; at?: { block: TextBlock; blockIndex: number }; keepPlain?: boolean }, whole = doc.blocks[blockIndex]!.text): void => {
    const block = doc.blocks[blockIndex]!
    const heading = layout.headingOf[blockIndex]!
    const inDefinitions = isDefinitions(heading)
    // The last source line the block may reach: the one before the next block's (or the last).
    const next = doc.blocks[blockIndex + 1]
    const lastLine = next ? Math.max(block.line, next.line === block.line ? block.line : next.line - 1) : (doc.lineLengths?.length ?? block.line)
    const start = out.length
    let cursor = 0
    for (const part of splitSentences(whole)) {
      const at = whole.indexOf(part, cursor)
      if (at >= 0) cursor = at + part.length
      const led = lead && out.length === start ? lead : undefined
      const text = led ? `${led.prefix}${part}` : part
      const norm = normalizeText(text)
      // A sentence after the first points at its own position: its line, or its column on a long line.
      const own = led?.at ? led.at.block : doc.lineLengths && at > 0 ? { ...block, ...positionIn(block, at, doc.lineLengths, lastLine) } : block
      const sentence: Sentence = { text, norm, block: own, blockIndex: led?.at ? led.at.blockIndex : blockIndex, path: doc.path, heading, definition: inDefinitions || isDefinition(norm) }
      if (led?.keepPlain) {
        const plainNorm = normalizeText(part)
        sentence.plain = { ...sentence, text: part, norm: plainNorm, definition: inDefinitions || isDefinition(plainNorm) }
      }
      out.push(sentence)
    }
  }
  /** The paragraph that introduces the list items that follow it (« Le contrat peut être résilié : »). */
  let leadIn: string | undefined
  /** The marker of the numbered item that is the lead-in, if one is ("1." over its sub-items). */
  let leadMarker: string | undefined
  doc.blocks.forEach((block, blockIndex) => {
    if (block.kind !== 'list-item') leadIn = leadMarker = undefined
    // A numbered item's lead-in ends at the next item numbered alike: "2." is its sibling.
    else if (leadMarker !== undefined && markerKind(block.text) === leadMarker) leadIn = leadMarker = undefined
    // Headings, tables of contents, cover pages and signature blocks hold no provision; but a heading
    // written as the start of a sentence that its list completes ("Under this Licence you must not do
    // the following:", « Le Client s'interdit de : ») is the lead-in of that list, as a paragraph is.
    if (block.kind === 'heading' && layout.roles[blockIndex] === 'body' && isSentenceLeadIn(block.text)) leadIn = block.text
    if (block.kind === 'heading' || layout.roles[blockIndex] !== 'body') return
    // A two-cell table row with a short label (« | Durée | 12 mois | ») reads as one line,
    // « Durée : 12 mois »: its first sentence is the label and the value's first sentence, at the
    // label's place; the value's other sentences and paragraphs follow as they are.
    const row = rows.get(blockIndex)
    if (row && isLabel(row.label) && layout.roles[row.valueStart] === 'body') {
      if (blockIndex !== row.first) return
      // The value cell's paragraphs that continue one phrase (a Word cell broken after "either
      // party" before "on 30 days' notice") are read as one text.
      let i = row.valueStart
      while (i < row.end) {
        let text = doc.blocks[i]!.text
        let j = i + 1
        while (j < row.end && !/[.;:!?]\s*$/.test(text) && /^\p{Ll}/u.test(doc.blocks[j]!.text)) text += ` ${doc.blocks[j++]!.text}`
        emit(i, i === row.valueStart ? { prefix: `${row.label}: `, at: { block, blockIndex } } : undefined, text)
        i = j
      }
      return
    }
    // A list item under a lead-in that ends with a colon completes it (« La convention peut être
    // résiliée : – par l'organisme relais, avec un préavis de 90 jours »; "The Supplier shall: (a)
    // encrypt the data"): its first sentence is read with the lead-in, at the item's place. The colon
    // stays: it tells a list announced by a denial (« Ne sont pas confidentielles les informations
    // suivantes : ») from the denial of what follows.
    if (block.kind === 'list-item' && leadIn !== undefined) {
      emit(blockIndex, { prefix: `${leadIn} `, keepPlain: true })
      return
    }
    emit(blockIndex)
    if (block.kind === 'paragraph' && block.text.length <= MAX_LEAD_IN && /:\s*$/.test(block.text)) leadIn = splitSentences(block.text).at(-1)
    // A numbered item that ends with a colon is the lead-in of the sub-items under it ("1. The
    // Processor shall, without undue delay, notify the Controller if: – it becomes aware of a
    // personal data breach"), up to the next item numbered alike.
    else if (block.kind === 'list-item' && (isSentenceLeadIn(block.text) || (block.text.length <= MAX_LEAD_IN && /:\s*$/.test(block.text) && WARRANTS.test(block.text))) && (leadMarker = markerKind(block.text)) !== undefined) leadIn = splitSentences(block.text).at(-1)
  })
  return out
}
