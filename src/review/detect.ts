/**
 * Clause detection from the library's signals. A clause is present when a heading matches one of
 * its heading patterns, a sentence contains one of its phrases, or a sentence holds a match of
 * every group of one of its co-occurrence sets; a negation in such a sentence marks it negated.
 * Signals of both languages always apply (documents mix them), and variants of an id pool theirs.
 */
import type { Library } from '../library/clause.js'
import { normalizeText } from '../library/detect-signals.js'
import { ALL_IDS } from '../library/taxonomy.js'
import type { ReviewDocument } from '../read/document.js'
import { FactorIndex } from './factors.js'
import { anyMatches, gatedRegExp, gateGroup, gateOf, GatedRegExp } from './gate.js'
import { HEADING_KEY, indexEntries, savedPlan, signalPlan } from './signal-plan.js'
import { namedByTitle, titleIndex, type TitleIndex } from './concepts.js'
import { statedRole } from './facts.js'
import { layoutOf } from './sections.js'
import { isLabel, twoCellRows, type TwoCellRow } from './table-rows.js'
import { definedTerm, sentencesOf, type Sentence } from './text.js'
import { COUNTERPART, DEFERS, scopeOf } from './scope.js'
import type { ClauseStatus, Evidence } from './types.js'
import { conceptCount, MIN_CONCEPTS, unitsOf } from './model/features.js'
import { defaultModel } from './model/load.js'
import { bestSentence, scoreFeatures, scoreOne, scoreSome, sigmoid, type DetectionModel } from './model/model.js'

/** The compiled signals of one taxonomy id. */
export interface CompiledClause {
  id: string
  headings: AnyOf | undefined
  phrases: AnyOf | undefined
  all: AnyOf[][]
  negations: AnyOf | undefined
  guarded: AnyOf | undefined
  unless: AnyOf | undefined
  /** The clause's patterns that have no literal factor: scanned with a regex to find candidates. */
  fallback: RegExp | undefined
  /** Literal factors of the clause's other patterns, in the shared index. */
  factors: string[]
  /** Literal factors of its heading patterns (in the index under key `HEADING_KEY + i`); undefined: test every heading. */
  headingFactors: string[] | undefined
}

/** The compiled library: clauses plus one literal index over all their factors. */
export interface CompiledLibrary {
  clauses: CompiledClause[]
  index: FactorIndex
  /** Digest of the index's entries (see factors.ts `entriesKey`). */
  indexKey: string
  /** The library's clause titles, stemmed: headings that repeat a title name its clause. */
  titles: TitleIndex
  /** The learned per-clause model (model/), read on first use; null: patterns alone. */
  model(): DetectionModel | null
}

const MAX_EVIDENCE = 3
/** The builder's bookmark of a clause: `cl_<id with underscores>_v<version>`. */
const BOOKMARK = /^cl_([a-z0-9_]+)_v\d+$/
/** A document with at least this many clause bookmarks was built by clausier. */
const BUILT_BY_US = 5
const MAX_HEADING = 160
/*
 * The expressions below run on every sentence, or every candidate one: each is behind the literal
 * gate (gate.ts), so a sentence without their words costs a bit test, not a scan.
 */
/**
 * A clause switched off by its title: "Section 8 (Audit) of the Framework Terms does not apply",
 * « l'article 12 (Audit) des CGV ne s'applique pas ». The title is matched against every
 * clause's heading signals; a match is a negation of that clause.
 */
const DISAPPLIED = gatedRegExp(
  /\b(?:section|clause|article|paragraph|art\.?) ?[\d.]+ ?(?:\(([^)]{3,60})\)|"([^"]{3,60})")[^.;]{0,80}?(?:(?:does|do|shall|will) not apply|(?:is|are) not applicable|is disapplied|ne s.appliquen?t? pas|n.est pas applicable|ne sont pas applicables|est ecarte)/,
)

/**
 * A survival clause that lists the sections outliving the contract (« Sections 8 (Confidentiality),
 * 10 (Indemnification) … shall survive », "the following provisions survive: Indemnification, …")
 * names those clauses without stating them: it is evidence of the effects of termination only.
 */
const SURVIVES = gatedRegExp(
  /\b(?:surviv\w*|continue\w* to apply|remain\w* in (?:full )?(?:force|effect)|demeur\w* en vigueur|rest\w* en vigueur|continue\w* de s.appliquer|continue\w* a s.appliquer)\b/,
)
/** A sentence that points to another article for what it names (« dans les limites prévues à l'article 25 », "as set out in Section 12", « à ce titre »). */
const POINTER = gatedRegExp(
  /\b(?:(?:prevue?s?|fixee?s?|definie?s?|stipulee?s?|visee?s?|mentionnee?s?) (?:a|par|dans) (?:l.|les )?(?:articles?|sections?|clauses?) \d|(?:set (?:out|forth)|provided|specified|described|referred to) (?:in|under) (?:sections?|articles?|clauses?) \d|a ce titre\b|le present article\b|under this (?:section|article)\b)/,
)
const SECTION_LIST = /\b(?:sections?|clauses?|articles?|paragraphs?|provisions?|stipulations?) ?(?:[\d.]+[a-z]?(?:\([a-z0-9]+\))* ?\(|\d[\d.]*[a-z]?(?:\([a-z0-9]+\))*(?:, ?| and | et )\d)|\bfollowing (?:sections|provisions|clauses|articles|terms)[^.;]{0,40}:|(?:sections|provisions|clauses|articles|stipulations) suivantes[^.;]{0,40}:|"[^"]{3,60}",? "[^"]{3,60}"/
const SURVIVAL_OWNER = 'termination-effects'
/**
 * A sentence that incorporates another document's provisions by reference and names them
 * ("Provisions of the General Terms regarding liability, indemnity, governing law and choice of
 * jurisdiction are incorporated herein by reference", « les stipulations des CGV relatives à la
 * responsabilité sont intégrées par référence ») names those clauses without stating them: they are
 * in the other document (referenced), not in this one.
 */
const INCORPORATED = gatedRegExp(
  /\b(?:incorporated (?:herein |hereto |into (?:this|these) \w+ )?by reference|(?:are|is) (?:hereby )?incorporated (?:herein|into (?:this|these)\b)|(?:integree?s?|incorporee?s?) (?:au present \w+ )?par (?:voie de )?reference)/,
)
/**
 * A paragraph's own statement of what it does not give ("This section does not give the Buyer any
 * right to audit the Seller's books", "Nothing in this clause grants a right to …") denies a right the
 * paragraph was never about: it is evidence of no clause, that right's or any other.
 */
const SCOPE_DENIAL = gatedRegExp(
  /\b(?:(?:this|the present|such) (?:paragraph|subparagraph|section|subsection|clause|article) (?:does|shall|will) not (?:give|grant|confer|create)|nothing in (?:this|the present|such) (?:paragraph|subparagraph|section|subsection|clause|article) (?:gives|grants|confers|creates))\b[^.;]{0,60}\bright/,
)
/**
 * What states nothing of the contract wherever it sits: a sentence that hands its subject to another
 * document (DEFERS, scope.ts), and a template's instructions to whoever fills it in, read with
 * their lead-in ("Before production use, you must: Update governing law if not Denmark", "Drafting
 * note: insert the cap agreed"), which name clauses to edit, not clauses agreed.
 */
const STATES_NOTHING_HERE = gatedRegExp(
  new RegExp(
    `${DEFERS.source}|^\\W*before (?:(?:production|first|any) use|(?:using|you use|use of|signing|publishing|sending) (?:this|the|these) [a-z -]{0,40}?),? you (?:must|should|need to|will need to)\\b|^\\W*(?:drafting|editor.?s|editorial) notes?\\b|^\\W*notes? to (?:the )?(?:drafter|draft)\\b`,
  ),
)
const NAMED_PROVISIONS = gatedRegExp(
  /\b(?:provisions?|terms|sections?|clauses?|articles?|stipulations?|dispositions?)\b[^.;]{0,60}\b(?:regarding|relating to|concerning|in respect of|with respect to|governing|relatives? (?:a|aux)|concernant)\b/,
)

/**
 * The expressions of a signal plan's sources, each behind the literal gate (gate.ts; its
 * requirement is saved with the build: no parsing at run time). Each is registered with the gate at
 * once (the gate's automaton covers it) but made only when a text first opens its gate: most of the
 * library's ~2,900 never run on a short document, and making them all (V8 parses an expression
 * when it is made) cost a one-page review ~10 ms of CPU.
 */
class Expressions {
  readonly gates: Int32Array
  readonly #made: Array<GatedRegExp | undefined>
  /** Expression `i` (not global: a signal is only tested, and `test` of a non-global expression starts at 0). */
  readonly at = (i: number): GatedRegExp => (this.#made[i] ??= new GatedRegExp(this.sources[i]!, ''))

  constructor(private readonly sources: readonly string[]) {
    this.gates = Int32Array.from(sources, (source) => gateOf(source))
    this.#made = new Array<GatedRegExp | undefined>(sources.length)
  }
}

/**
 * Alternatives of a signal, each its own expression behind the literal gate. A text matches when
 * one of them does, as it would match their union; but only the alternatives whose words occur in
 * the text run (the text is looked up in the gate once for them all), and each is made and
 * compiled (V8 compiles an expression on its first run) only when it first may match, instead of
 * one large alternation per signal compiled whole and tried at every position.
 */
export class AnyOf {
  /** The gate group of the alternatives (most texts open none of them: one bit says so). */
  readonly #group: number

  constructor(
    private readonly expressions: Expressions,
    private readonly members: readonly number[],
  ) {
    this.#group = gateGroup(members.map((i) => expressions.gates[i]!))
  }

  /** The alternatives' expressions (made now if not yet). */
  get alternatives(): readonly RegExp[] {
    return this.members.map((i) => this.expressions.at(i))
  }

  test(text: string): boolean {
    const { gates, at } = this.expressions
    return anyMatches(gates, this.members, at, text, this.#group)
  }
}

/**
 * Compiles the detection signals of every id of the library (once per library): the expressions of
 * its signal plan (signal-plan.ts), the build's for the library's own signals, else computed.
 */
export function compileLibrary(
  library: Library,
  extraPhrases: Readonly<Record<string, readonly string[]>> = {},
  learned: () => DetectionModel | undefined = defaultModel,
): CompiledLibrary {
  const extra = Object.values(extraPhrases).some((phrases) => phrases.length > 0)
  const plan = (!extra && savedPlan(library)) || signalPlan(library, extraPhrases)
  const expressions = new Expressions(plan.sources)
  const signal = (patterns: readonly number[] | null): AnyOf | undefined => (patterns ? new AnyOf(expressions, patterns) : undefined)
  const clauses = plan.clauses.map(
    (c, i): CompiledClause => ({
      id: plan.ids[i]!,
      headings: signal(c.headings),
      phrases: signal(c.phrases),
      all: c.all.map((set) => set.map((group) => signal(group)!)),
      negations: signal(c.negations),
      guarded: signal(c.guarded),
      unless: signal(c.unless),
      fallback: c.fallback === null ? undefined : new RegExp(c.fallback, 'gm'),
      factors: c.factors,
      headingFactors: c.headingFactors ?? undefined,
    }),
  )
  // The build saves the automaton of the library's own signals (see library/snapshot.ts).
  // The saved automaton carries the key of its entries: a playbook's extra phrases change them.
  const saved = library.prepared.index()
  let model: DetectionModel | null | undefined
  return {
    clauses,
    index: (saved && FactorIndex.fromBuffer(saved, plan.indexKey)) || FactorIndex.build(indexEntries(plan.clauses)),
    indexKey: plan.indexKey,
    titles: titleIndex(library),
    model: () => (model === undefined ? (model = learned() ?? null) : model),
  }
}

function test(signal: AnyOf | undefined, text: string): boolean {
  return signal !== undefined && signal.test(text)
}

function evidenceOf(sentence: Pick<Sentence, 'text' | 'block' | 'path'>, signal: Evidence['signal'], docPath: string): Evidence {
  const text = sentence.text.length > 300 ? `${sentence.text.slice(0, 297)}…` : sentence.text
  return {
    text,
    line: sentence.block.line,
    column: sentence.block.column,
    ...(sentence.block.page !== undefined ? { page: sentence.block.page } : {}),
    ...(sentence.path !== docPath ? { path: sentence.path } : {}),
    signal,
  } as Evidence
}

/** Indexes of the sentences where `re` matches: one scan of the whole text, one hit per sentence. */
function candidates(re: RegExp, text: string, sentenceAt: (offset: number) => number): number[] {
  const out: number[] = []
  re.lastIndex = 0
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const index = sentenceAt(m.index)
    out.push(index)
    // Continue at the next sentence: one hit per sentence is enough.
    const next = text.indexOf('\n', m.index)
    re.lastIndex = next === -1 ? text.length : Math.max(next + 1, m.index + 1)
  }
  return out
}

/** The clause ids a document built by clausier marks with bookmarks (empty for other documents). */
export function builtClauses(doc: ReviewDocument): Set<string> {
  const ids = new Set<string>()
  for (const name of doc.bookmarks ?? []) {
    const id = BOOKMARK.exec(name)?.[1]?.replace(/_/g, '-')
    if (id && ALL_IDS.includes(id)) ids.add(id)
  }
  return ids.size >= BUILT_BY_US ? ids : new Set()
}

/** "Label: value": a short label (at most six words, no sentence inside) before a colon. */
const RUN_IN = /^\s*([^:.;!?]{2,60}?)\s*:\s+(\S.*)$/su
/** A value that states nothing: none, a placeholder, or a pointer to terms found elsewhere. */
const EMPTY_VALUE =
  /^(?:(?:none|n\/?a|nil|neant|aucune?|sans objet|not applicable|non applicable|tbd|tbc|to be (?:agreed|determined|confirmed)|a (?:definir|preciser|completer|convenir))\W*$|[\s_.\-–—x*[\]●…]*$|(?:see|voir|cf\b|refer to|as (?:defined|set out|set forth|provided|specified|stated|described) in|per the|as per|according to|same as|idem\b|(?:that|those) (?:of|in|stated in|specified in|set (?:out|forth) in) the|(?:celle|celui|celles|ceux)s? (?:du|de la|des|de l.|prevue?s?|indiquee?s?|fixee?s?)|selon|conformement|tel(?:le)?s? que (?:defini|prevu)|defined in|set out in|(?:means|shall mean|designe|s.entend|refers to)\b))/u

/** The longest value read as stating nothing. */
const MAX_EMPTY_VALUE = 100

/** A "Label: value" line: its text as read, its label and its value normalised. */
interface LabelLine {
  text: string
  label: string
  value: string
}

/** The label and the value of a "Label: value" line (at most six words of label), both normalised. */
function runIn(text: string): { label: string; value: string } | undefined {
  const m = RUN_IN.exec(text)
  if (!m) return undefined
  // The expression keeps the label under 60 characters and free of sentence marks.
  if (!isLabel(m[1]!)) return undefined
  return { label: normalizeText(m[1]!).trim(), value: normalizeText(m[2]!).trim() }
}

/** The label and the value of a "Label: value" line, when its value states something. */
export function runInLabel(text: string): { label: string; value: string } | undefined {
  const line = runIn(text)
  return line && !EMPTY_VALUE.test(line.value) ? line : undefined
}

/** A "Label: value" line whose value states nothing ("Governing law: TBD", « Durée : voir les CGV »): no evidence of any clause. */
function statesNothing(line: LabelLine): boolean {
  // A short value only: "Note: see below. The Supplier shall…" goes on to state something.
  return line.value.length <= MAX_EMPTY_VALUE && !/[.;!?]\s+\S/.test(line.value) && EMPTY_VALUE.test(line.value)
}

/**
 * The "Label: value" line of each block that is one, read once: a paragraph or list item as
 * written, and each cell of a two-cell table row as "first cell: second cell" (an order form's
 * table; the cells of a row share one line object).
 */
function labelLines(doc: ReviewDocument): Map<number, LabelLine> {
  const lines = new Map<number, LabelLine>()
  const parsed = (text: string): LabelLine | undefined => {
    const line = runIn(text)
    return line && { text, ...line }
  }
  const rows = twoCellRows(doc)
  const read = new Map<TwoCellRow, LabelLine | undefined>()
  doc.blocks.forEach((block, k) => {
    if (block.kind === 'table-cell') {
      const row = rows.get(k)
      if (row && !read.has(row)) read.set(row, parsed(`${row.label}: ${row.value}`))
      const line = row && read.get(row)
      if (line) lines.set(k, line)
    } else if ((block.kind === 'paragraph' || block.kind === 'list-item') && block.text.includes(':')) {
      const line = parsed(block.text)
      if (line) lines.set(k, line)
    }
  })
  return lines
}

/** Adds a piece of evidence to a clause's status (at most MAX_EVIDENCE, each line and text once). */
function addEvidence(s: ClauseStatus, evidence: Evidence): void {
  s.status = 'present'
  if (evidence.signal === 'negation') s.negated = true
  if (s.evidence.length < MAX_EVIDENCE && !s.evidence.some((e) => e.line === evidence.line && e.text === evidence.text)) s.evidence.push(evidence)
}

/*
 * The phases of `detectClauses` are functions of their own, each with its own loop: V8 optimises
 * (and, when a later document takes a path it has not seen, optimises again) one function at a
 * time, and one function holding every phase, with the callees it inlined, cost TurboFan about a
 * second of background-thread CPU per compile, seven compiles in a review of CUAD dev.
 */

/** The clauses a heading names (its text normalised), unless the text it opens rules them out. */
function headingIds(library: CompiledLibrary, norm: string, opening: string): string[] {
  // Only the clauses whose heading factors occur in it (or that have none) are tested.
  const worth = new Set<number>()
  library.index.scan(norm, (key) => key >= HEADING_KEY && worth.add(key - HEADING_KEY))
  const ids: string[] = []
  for (const [i, c] of library.clauses.entries()) {
    if (c.headingFactors && !worth.has(i)) continue
    if (test(c.headings, norm) && !test(c.unless, opening)) ids.push(c.id)
  }
  return ids
}

/**
 * The clauses the bookmarks of our own contracts mark (the strongest evidence there is), each
 * added as evidence at the document's first heading.
 */
function bookmarkEvidence(doc: ReviewDocument, statuses: ReadonlyMap<string, ClauseStatus>, docPath: string): Set<string> {
  const marked = new Set<string>()
  for (const name of doc.bookmarks ?? []) {
    const m = BOOKMARK.exec(name)
    const id = m?.[1]?.replace(/_/g, '-')
    if (id && statuses.has(id)) {
      marked.add(id)
      const heading = doc.blocks.find((b) => b.kind === 'heading') ?? doc.blocks[0]
      if (heading) addEvidence(statuses.get(id)!, { ...evidenceOf({ text: `[${name}]`, block: heading, path: doc.path }, 'bookmark', docPath) })
    }
  }
  return marked
}

/** The clauses each body heading of a document names, and the headings that are a clause's own title. */
function namedHeadings(doc: ReviewDocument, layout: ReturnType<typeof layoutOf>, library: CompiledLibrary): { named: Map<number, string[]>; titled: Set<number> } {
  const compiled = library.clauses
  // The clauses each heading names; a heading over no text of its own is not the clause.
  const named = new Map<number, string[]>()
  /** Headings that are a clause's own title: a precise article, whose text is about that clause alone. */
  const titled = new Set<number>()
  for (const [k, block] of doc.blocks.entries()) {
    if (block.kind !== 'heading' || block.text.length > MAX_HEADING || layout.roles[k] !== 'body') continue
    const norm = normalizeText(block.text)
    // A section that opens with what the clause's `unless` patterns rule out is not that clause
    // (a « Confidentialité » article that only binds the staff processing the data).
    // A heading the reader drew from a numbered line is followed by that line itself: skip it.
    let n = k + 1
    while (doc.blocks[n]?.line === block.line && doc.blocks[n]?.kind !== 'heading') n++
    const next = doc.blocks[n]
    const opening = next && next.kind !== 'heading' ? normalizeText(next.text) : ''
    let ids = headingIds(library, norm, opening)
    // A heading that is a clause's own title names that clause alone; a close one adds its clause.
    // An Art. 28 item's title also names the general clause that holds the item outside processor
    // terms (the one its heading patterns match, else its first home) (« Notification of personal data breaches » is the
    // breach article of a contract without them); scope keeps each to its own part of a contract.
    const byTitle = namedByTitle(library.titles, block.text)
    if (byTitle.only) {
      const homes = byTitle.ids.flatMap((id) => COUNTERPART[id] ?? [])
      const matched = ids.filter((id) => homes.includes(id))
      // The item's first home when its title matches none (« Instructions infringing data protection law »).
      ids = [...byTitle.ids, ...(matched.length > 0 ? matched : homes.slice(0, 1))].filter((id) => !test(compiled.find((c) => c.id === id)?.unless, opening))
      if (ids.length > 0) titled.add(k)
    }
    if (ids.length > 0) named.set(k, ids)
  }
  return { named, titled }
}

/**
 * An order form's "Label: value" lines (« Durée : 12 mois », "Governing law: England and Wales"):
 * each is a heading over its own value, the label names the clause, the value states it. A two-cell
 * table row reads the same way (« | Durée | 12 mois | »).
 */
function labelEvidence(
  doc: ReviewDocument,
  layout: ReturnType<typeof layoutOf>,
  labelled: ReadonlyMap<number, LabelLine>,
  library: CompiledLibrary,
  scope: ReturnType<typeof scopeOf>,
  statuses: ReadonlyMap<string, ClauseStatus>,
  docPath: string,
): void {
  for (const [k, line] of labelled) {
    const block = doc.blocks[k]!
    // A table row is read once, at its first cell; a value that states nothing names no clause.
    if (layout.roles[k] !== 'body' || labelled.get(k - 1) === line || EMPTY_VALUE.test(line.value)) continue
    for (const id of headingIds(library, line.label, line.value)) {
      if (scope.counts(id, layout.headingOf[k]!) !== 'no') addEvidence(statuses.get(id)!, evidenceOf({ text: line.text, block, path: doc.path }, 'heading', docPath))
    }
  }
}

/**
 * Candidate sentences per clause (by index in `library.clauses`), in order and once each: one
 * literal scan of the document's text for all clauses with factors, and a regex scan for the few
 * whose patterns have no literal factor.
 */
function candidateSentences(sentences: readonly Sentence[], library: CompiledLibrary): number[][] {
  // One text for the document, sentences separated by a line break; `starts` maps offsets back.
  const starts: number[] = []
  let offset = 0
  for (const s of sentences) {
    starts.push(offset)
    offset += s.norm.length + 1
  }
  const text = sentences.map((s) => s.norm).join('\n')
  const sentenceAt = (offset: number): number => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return lo
  }
  // The literal scan's offsets only grow: the sentence is found by moving forward, and a clause's
  // repeated hit in one sentence is its last one.
  const byClause: number[][] = library.clauses.map(() => [])
  let at = 0
  library.index.scan(text, (key, end) => {
    if (key >= HEADING_KEY) return
    while (at + 1 < starts.length && starts[at + 1]! <= end) at++
    const list = byClause[key]!
    if (list.length === 0 || list[list.length - 1] !== at) list.push(at)
  })
  library.clauses.forEach((c, i) => {
    if (c.fallback) byClause[i] = [...new Set([...byClause[i]!, ...candidates(c.fallback, text, sentenceAt)])].sort((a, b) => a - b)
  })
  return byClause
}

/** Sentences whose title-named section another document disapplies: a negation of the clauses that title names. */
function disappliedEvidence(sentences: readonly Sentence[], library: CompiledLibrary, scope: ReturnType<typeof scopeOf>, statuses: ReadonlyMap<string, ClauseStatus>, docPath: string): void {
  for (const sentence of sentences) {
    const m = DISAPPLIED.exec(sentence.norm)
    const title = m?.[1] ?? m?.[2]
    if (title) for (const c of library.clauses) if (test(c.headings, title) && scope.counts(c.id, sentence.heading) === 'yes') addEvidence(statuses.get(c.id)!, evidenceOf(sentence, 'negation', docPath))
  }
}

/**
 * What a sentence is, asked of it once per clause it is a candidate of and so answered once per
 * sentence (by index): whether it lists the sections that survive (see SURVIVES), incorporates
 * provisions of another document that it names (INCORPORATED), or denies its own scope (SCOPE_DENIAL).
 */
interface SentenceKinds {
  listsSurvivors: Array<boolean | undefined>
  namesIncorporated: Array<boolean | undefined>
  deniesScope: Array<boolean | undefined>
  statesNothingHere: Array<boolean | undefined>
}

/** The evidence of one clause among its candidate sentences (`indexes`, in order). */
function sentenceEvidence(
  c: CompiledClause,
  status: ClauseStatus,
  indexes: readonly number[],
  sentences: readonly Sentence[],
  labelled: ReadonlyMap<number, LabelLine>,
  scope: ReturnType<typeof scopeOf>,
  kinds: SentenceKinds,
  docPath: string,
): void {
  for (const index of indexes) {
    // With its evidence full, a sentence can only mark the clause negated (`add`): once it
    // is, no later sentence changes anything (15% of CUAD dev's candidates come after the third
    // piece of evidence).
    const full = status.evidence.length >= MAX_EVIDENCE
    if (full && status.negated) break
    const sentence = sentences[index]!
    const line = labelled.get(sentence.blockIndex)
    if (line && statesNothing(line)) continue
    if ((kinds.deniesScope[index] ??= SCOPE_DENIAL.test(sentence.norm))) continue
    if ((kinds.statesNothingHere[index] ??= STATES_NOTHING_HERE.test(sentence.norm))) continue
    // A definition states no obligation, unless it defines the clause's own term ('"Term" means
    // …', « Lead » : …); a sentence under another clause's heading only mentions this one.
    if (sentence.definition && c.id !== 'lead-definition' && !test(c.headings, definedTerm(sentence.norm))) continue
    const scoped = scope.counts(c.id, sentence.heading)
    if (scoped === 'no') continue
    // Under another clause's heading, a sentence that points to this clause's own article
    // (« dans les limites prévues à l'article 25 », « à ce titre ») only mentions it.
    if (scoped === 'related' && POINTER.test(sentence.norm)) continue
    if (c.id !== SURVIVAL_OWNER && (kinds.listsSurvivors[index] ??= SURVIVES.test(sentence.norm) && SECTION_LIST.test(sentence.norm))) continue
    if ((kinds.namesIncorporated[index] ??= INCORPORATED.test(sentence.norm) && (NAMED_PROVISIONS.test(sentence.norm) || SECTION_LIST.test(sentence.norm)))) continue
    // Under another clause's heading, a denial of this one is a passing mention (« les montants
    // garantis ne limitent pas la responsabilité » in the insurance article): it needs its own words.
    if (test(c.negations, sentence.norm)) {
      if (scoped === 'yes') addEvidence(status, evidenceOf(sentence, 'negation', docPath))
      continue
    }
    if (full) continue
    if (test(c.phrases, sentence.norm)) {
      addEvidence(status, evidenceOf(sentence, 'phrase', docPath))
      continue
    }
    if (test(c.unless, sentence.norm)) continue
    if (test(c.guarded, sentence.norm)) addEvidence(status, evidenceOf(sentence, 'phrase', docPath))
    else if (someSetMatches(c.all, sentence.norm)) addEvidence(status, evidenceOf(sentence, 'cooccurrence', docPath))
  }
}

/**
 * Whether every group of one of the co-occurrence sets `all` matches `norm` (sets and groups in
 * order, each stopping at its first answer): plain loops, no closure made per sentence.
 */
function someSetMatches(all: readonly (readonly AnyOf[])[], norm: string): boolean {
  for (const groups of all) {
    let every = true
    for (const g of groups) {
      if (!g.test(norm)) {
        every = false
        break
      }
    }
    if (every) return true
  }
  return false
}

/**
 * Detects every taxonomy id in the documents (a document and the terms reviewed with it).
 * `probe` (training only) receives, for every id the model knows (whether the patterns found it
 * or not), the highest probability the model gives a unit that may hold it, and `probeEvidence`
 * the sentence the model would give as evidence with that probability.
 */
export function detectClauses(docs: readonly ReviewDocument[], library: CompiledLibrary, probe?: Map<string, number>, probeEvidence?: Map<string, string>): ClauseStatus[] {
  const compiled = library.clauses
  const docPath = docs[0]?.path ?? ''
  const statuses = new Map<string, ClauseStatus>(compiled.map((c) => [c.id, { id: c.id, status: 'missing', evidence: [], negated: false }]))
  /** The role the documents state, read once when a document needs it. */
  let role: [ReturnType<typeof statedRole>] | undefined
  for (const doc of docs) {
    // Our own contracts carry a bookmark per clause: the strongest evidence there is. In such a
    // contract the bookmarks are authoritative, and text counts only through a heading (a clause a
    // lawyer added by hand): clauses mention each other, so sentences would find removed ones.
    const marked = bookmarkEvidence(doc, statuses, docPath)
    const builtByUs = marked.size >= BUILT_BY_US
    const layout = layoutOf(doc)
    const { named, titled } = namedHeadings(doc, layout, library)
    const scope = scopeOf(doc, layout, named, titled, (role ??= [statedRole(docs)])[0])
    for (const [k, ids] of named) {
      if (!layout.hasBody[k]) continue
      const block = doc.blocks[k]!
      for (const id of scope.headingEvidence(k, ids)) addEvidence(statuses.get(id)!, evidenceOf({ text: block.text, block, path: doc.path }, 'heading', docPath))
    }
    const labelled = builtByUs ? new Map<number, LabelLine>() : labelLines(doc)
    labelEvidence(doc, layout, labelled, library, scope, statuses, docPath)
    const sentences = sentencesOf(doc)
    const byClause = candidateSentences(sentences, library)
    if (!builtByUs) disappliedEvidence(sentences, library, scope, statuses, docPath)
    const kinds: SentenceKinds = { listsSurvivors: [], namesIncorporated: [], deniesScope: [], statesNothingHere: [] }
    for (const [i, c] of compiled.entries()) {
      if (builtByUs && !marked.has(c.id)) continue
      sentenceEvidence(c, statuses.get(c.id)!, byClause[i]!, sentences, labelled, scope, kinds, docPath)
    }
    // The learned model, for the clauses the patterns did not find (never in our own contracts,
    // whose bookmarks are authoritative).
    const model = library.model()
    if (model && !builtByUs) {
      // Art. 28 items only where the patterns found processor terms (some item present).
      const processorTerms = [...statuses.values()].some((s) => s.id.startsWith('art28-') && s.status === 'present')
      // Probing reads every id the model knows, found or not, processor terms or not: calibration
      // decides which patterns' answers it is combined with (scripts/detection-data.mjs).
      const open = probe
        ? compiled.filter((c) => model.indexOf.has(c.id))
        : compiled.filter((c) => statuses.get(c.id)!.status === 'missing' && (model.thresholds[model.indexOf.get(c.id) ?? -1] ?? 2) <= 1 && (processorTerms || !c.id.startsWith('art28-')))
      for (const [id, sentence] of modelEvidence(doc, model, open, scope, probe, probeEvidence)) addEvidence(statuses.get(id)!, evidenceOf(sentence, 'model', docPath))
    }
  }
  return [...statuses.values()]
}

/**
 * The clauses the model finds in a document's units, each with the sentence of its best unit
 * that weighs most for it. A unit counts for a clause only where scope lets its section hold the
 * clause, and without its sentences that deny the clause or that its `unless` patterns rule out.
 */
function modelEvidence(
  doc: ReviewDocument,
  model: DetectionModel,
  open: readonly CompiledClause[],
  scope: ReturnType<typeof scopeOf>,
  probe: Map<string, number> | undefined,
  probeEvidence?: Map<string, string>,
): Map<string, Sentence> {
  const found = new Map<string, Sentence>()
  if (open.length === 0) return found
  const best = new Map<string, number>()
  const wanted = open.map((c) => ({ c, i: model.indexOf.get(c.id)!, threshold: probe ? 0 : model.thresholds[model.indexOf.get(c.id)!]! }))
  // The ids the review may add (a threshold), the same list for every document: the weights kept
  // apart for them are made once per model, not once per set of ids still open in a document.
  const ids = probe ? undefined : model.thresholds.flatMap((t, i) => (t <= 1 ? [i] : []))
  for (const unit of unitsOf(doc, model.vocabulary)) {
    // A unit that says too little (a version line, a bare date) states no clause alone.
    if (unit.concepts < MIN_CONCEPTS) continue
    // Only the scores of the open ids are read (all of them when probing).
    const scores = ids ? scoreSome(model, ids, unit.features) : scoreFeatures(model, unit.features)
    for (const { c, i, threshold } of wanted) {
      let p = sigmoid(scores[i]!)
      if (p < threshold || p <= (best.get(c.id) ?? 0)) continue
      if (scope.counts(c.id, unit.heading) === 'no') continue
      // A definition states no obligation, for the model as for the patterns (« Le sous-traitant
      // désigne la personne qui traite des données pour le compte du responsable »).
      const skip = (k: number) => {
        const sentence = unit.sentences[k]!
        if (sentence.definition && c.id !== 'lead-definition' && !test(c.headings, definedTerm(sentence.norm))) return true
        return test(c.negations, sentence.norm) || test(c.unless, sentence.norm) || STATES_NOTHING_HERE.test(sentence.norm)
      }
      if (unit.sentences.some((_, k) => skip(k))) {
        const kept = new Set(unit.headingFeatures)
        unit.sentenceFeatures.forEach((f, k) => skip(k) || f.forEach((x) => kept.add(x)))
        p = sigmoid(scoreOne(model, i, kept))
        if (p < threshold || p <= (best.get(c.id) ?? 0)) continue
      }
      // The evidence must be a sentence that says enough (MIN_CONCEPTS) and speaks for the clause.
      const k = bestSentence(model, i, unit, (k) => skip(k) || conceptCount(unit.sentenceFeatures[k]!) < MIN_CONCEPTS)
      if (k < 0 || scoreOne(model, i, unit.sentenceFeatures[k]!) <= model.bias[i]!) continue
      best.set(c.id, p)
      found.set(c.id, unit.sentences[k]!)
    }
  }
  if (probe) {
    // Every best probability is recorded; only those past their threshold are evidence.
    for (const [id, p] of best) {
      if (p <= (probe.get(id) ?? 0)) continue
      probe.set(id, p)
      probeEvidence?.set(id, found.get(id)!.text)
    }
    for (const { c, i } of wanted) if ((best.get(c.id) ?? 0) < model.thresholds[i]!) found.delete(c.id)
  }
  return found
}

