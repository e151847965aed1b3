/**
 * Scope of evidence by section. A sentence under a heading that names one clause is about that
 * clause: its words count for the clauses its heading names, not for the others it mentions in
 * passing (« ne limitent pas la responsabilité » in the insurance article is not a liability cap;
 * "the refunds due under Article 9" in the liability article is not a returns clause). Text under
 * no heading, a heading that names no clause, or a catch-all heading ("Miscellaneous",
 * « Dispositions diverses ») counts for every clause.
 *
 * Processor terms inside a larger contract (an Art. 28 annex) hold the Art. 28 items; the contract's
 * own articles hold the general clauses. A document that is only processor terms (a DPA) holds both.
 * A processor contract without processor terms of its own may hold the Art. 28 items in its general
 * clauses (its security article is the processor's art. 32 undertaking); a contract between
 * independent or joint controllers does not: its security, breach or rights articles bind each
 * party as controller, and are no processor's undertakings.
 */
import { normalizeText } from '../library/detect-signals.js'
import type { Role } from '../library/schema.js'
import type { ReviewDocument } from '../read/document.js'
import type { Layout } from './sections.js'
import { splitSentences } from './text.js'

/** What the detector asks about sections. */
export interface Scope {
  /**
   * Whether a sentence under heading block `heading` (-1: none) may be evidence of clause `id`:
   * `yes`, `no`, or `related` (the heading names another clause, but is not its exact title: its
   * text may still hold this clause, in explicit words).
   */
  counts(id: string, heading: number): 'yes' | 'related' | 'no'
  /** The clauses a heading is evidence of, among those its text names. */
  headingEvidence(heading: number, ids: readonly string[]): string[]
}

/** A heading under which every clause may appear. */
const CATCH_ALL =
  /^(?:(?:article|section|clause)\s+)?[\divxlc.)\s]*(?:[-–—:.]\s*)?(?:miscellaneous|general|generalites|dispositions (?:generales|diverses|finales|communes)|divers|other (?:terms|provisions|matters)|autres (?:dispositions|stipulations)|boilerplate|final provisions|conditions generales|terms and conditions|obligations|engagements|the services|services|prestations?|description|objet|purpose|scope|conditions)\b/
/** A heading that opens processor terms (an Art. 28 annex, a DPA). */
const PROCESSOR_TERMS =
  /(?:article|art\.) ?28(?: du| of the| of)? ?(?:\(?rgpd|\(?gdpr|reglement|regulation)|processing terms|data processing (?:agreement|addendum|terms|schedule|annex)|\bdpa\b|sous-traitance (?:des|de) donnees|accord de (?:sous-traitance|traitement)|clauses? de sous-traitance|traitement (?:des donnees )?pour le compte/
/** An annex, schedule or exhibit: in a contract with articles, it holds data the articles refer to. */
const ANNEX = /^(?:annexe?|annex|schedule|exhibit|appendix|appendice)\b/
/**
 * A heading over descriptive text (recitals, purpose, definitions; « Objet et entrée en vigueur »):
 * in a contract with articles, it states no clause. Its summary of the deal (« le Fournisseur agit en
 * qualité de responsable de traitement indépendant, dans les conditions de l'article 12 ») points to
 * the articles that hold the clauses.
 */
const DESCRIPTIVE =
  /^(?:(?:article|section)\s+)?[\divxlc.)\s]*(?:[-–—:.]\s*)?(?:preambule|recitals?|whereas|background|objet(?: du contrat)?|purpose|definitions?|interpretation|defined terms|expose prealable|exposes?)(?:\s+(?:et|and)\s+(?:entree en vigueur|date d.effet|effective date|commencement))?\s*$/
/** A document with this many headings that are clause titles has precise articles: annexes and recitals are not clauses there. */
const STRUCTURED = 5
/** A heading naming this many clauses is a chapter, not one clause. */
const CHAPTER = 3
/** What a form leaves to fill: bracketed or templated fields, code spans, dotted or underlined blanks, an unticked box and its label. */
const PLACEHOLDER = /\[\s\]\s*[^\n]*|\[[^\]]{0,200}\]|\{\{[^}]*\}\}|\{%[^%]*%\}|\{#[^#]*#\}|`[^`]*`|_{3,}|\.{4,}|…{2,}|●/g
/** A sentence that points to the description elsewhere ("Annex I(B) on the Cover Page describes…", « précisés en annexe 2 »): no description itself. */
const POINTER =
  /[^.;]*\b(?:annex|schedule|appendix|exhibit|cover page|order form|annexe|appendice)\b[^.;]*\b(?:describ|sets? (?:out|forth)|specif|lists?|detail|decri|precis|defini|figur|enumer)\w*[^.;]*[.;]?|[^.;]*\b(?:describ|set (?:out|forth)|specif|detail|decri|precis|defini|figur|enumer)\w* (?:in|on|at|en|dans|a|au)\b[^.;]{0,20}\b(?:annex|schedule|appendix|exhibit|cover page|order form|annexe|appendice)\b[^.;]*[.;]?/g
/** A court, venue, arbitration or mediation: what a disputes article names when it chooses where disputes go. */
const FORUM = /\b(?:courts?|tribuna\w*|juridictions?|jurisdiction\w*|arbitra\w*|venue|forum|competen\w*|mediat\w*)\b/
/** A sentence about being confidential or secret, or about not disclosing. */
const CONFIDENTIAL = /\b(?:confiden\w*|secret\w*|non-?disclosure|disclos\w*|divulg\w*|reveal\w*)/
/**
 * Who a personnel confidentiality binds: the processor's staff and the persons it authorises
 * (Art. 28(3)(b) GDPR). In processor terms a "Confidentiality" article that binds only them is that
 * Art. 28 item, not the parties' confidentiality clause.
 */
const PERSONNEL = /\b(?:personnel|staff|employees?|workforce|workers|persons?|individuals|people|agents|salaries|preposes|collaborateurs|personnes)\b/
/**
 * A sentence that hands its subject to another document ("Our liability under this DPA is governed
 * by the limitation of liability provisions in the Terms of Service", "This addendum is governed by
 * and subject to the governing law and dispute resolution provisions set forth in the Agreement"):
 * the clauses it names are in that document (referenced), not stated here. A law named outright
 * ("governed by the laws of Denmark", "subject to the provisions of the Danish Contracts Act")
 * hands nothing over.
 */
export const DEFERS =
  /\b(?:is|are|shall be|will be|remains?) (?:governed by|subject to)(?: and (?:governed by|subject to))? the (?!provisions?\b)[^.;]{1,80}? (?:provisions?|sections?|clauses?|articles?|terms) (?:(?:set (?:forth|out)|contained|stated|included|found) )?(?:in|of|under) (?:the|our|your|its|their|each|any) (?:[\w-]+ ){0,3}(?:agreement|terms|contract|msa|conditions|order form)\b/
/** Share of a section's words outside placeholders and pointers from which it is filled in. */
const FILLED = 0.5
/** Share of the text under processor headings above which the document is processor terms. */
const PROCESSOR_DOCUMENT = 0.8

const isArt28 = (id: string) => id.startsWith('art28-')
const words = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length
/** The clauses whose precise title may still hold a clause's own words (the clause is commonly written into their article). */
const KINDRED: Readonly<Record<string, readonly string[]>> = {
  'liability-cap': ['indemnity'],
  // The choice of law and the choice of court are commonly one article ("Governing law. … governed by
  // the laws of England and the parties submit to the exclusive jurisdiction of the courts of England";
  // « Loi applicable » over « … soumis à la loi luxembourgeoise et de la compétence exclusive des
  // juridictions du Grand-Duché »).
  jurisdiction: ['governing-law'],
  'governing-law': ['jurisdiction'],
  // Force majeure is often the last paragraph of the limitation of liability ("Limitation of
  // Liability … 4. The Provider will not be liable for any failure to perform due to an event beyond
  // its reasonable control, including acts of God"): there its own words still count.
  'force-majeure': ['liability-cap'],
  // Insurance is often the last sentence of the limitation of liability ("Limitation of Liability …
  // The Provider maintains professional liability insurance covering its obligations"): there its
  // own words still count.
  insurance: ['liability-cap'],
}
/** The general clause that holds each Art. 28 item's substance when a contract has no processor terms of its own. */
export const COUNTERPART: Readonly<Record<string, readonly string[]>> = {
  'art28-processing-details': ['data-protection-roles'],
  'art28-instructions': ['data-protection-roles'],
  'art28-infringing-instruction': ['data-protection-roles'],
  'art28-personnel-confidentiality': ['security', 'confidentiality'],
  'art28-security': ['security'],
  'art28-subprocessor-authorisation': ['subcontracting'],
  'art28-subprocessor-changes': ['subcontracting'],
  'art28-subprocessor-flow-down': ['subcontracting'],
  'art28-subprocessor-liability': ['subcontracting'],
  'art28-rights-assistance': ['data-subject-rights'],
  'art28-compliance-assistance': ['regulator-cooperation', 'data-protection-roles'],
  'art28-breach-notice': ['breach-notification'],
  'art28-delete-or-return': ['retention-deletion', 'termination-effects'],
  'art28-audit': ['audit-rights'],
}

/** The scope of evidence of a document, given the clauses each heading names. */
export function scopeOf(
  doc: ReviewDocument,
  layout: Layout,
  named: ReadonlyMap<number, readonly string[]>,
  titled: ReadonlySet<number>,
  role?: Role,
): Scope {
  const blocks = doc.blocks
  const processor = new Map<number, boolean>()
  // A document whose title names processor terms is processor terms throughout, even where its
  // sections are not nested under the title: a title at the level of its sections (« ## Data
  // Processing Agreement » over « ## 1. Definitions »), or front matter read as a heading
  // ("title: Data processing agreement"). No heading may rank above the title.
  const first = blocks.findIndex((b) => b.kind === 'heading')
  const titleLevel = first >= 0 ? (blocks[first]!.level ?? 1) : 0
  const titledProcessorTerms =
    first >= 0 &&
    PROCESSOR_TERMS.test(normalizeText(blocks[first]!.text)) &&
    blocks.every((b) => b.kind !== 'heading' || (b.level ?? 1) >= titleLevel)
  const inProcessorTerms = (h: number): boolean => {
    if (titledProcessorTerms) return true
    if (h < 0) return false
    const known = processor.get(h)
    if (known !== undefined) return known
    const own = PROCESSOR_TERMS.test(normalizeText(blocks[h]!.text))
    const value = own || inProcessorTerms(layout.parentOf[h]!)
    processor.set(h, value)
    return value
  }
  // An annex after the document's first heading (a title "Exhibit 10.8" over the whole document is no annex).
  const firstHeading = blocks.findIndex((b) => b.kind === 'heading')
  const annexed = (h: number): boolean => h > firstHeading && (ANNEX.test(normalizeText(blocks[h]!.text).trim()) || annexed(layout.parentOf[h]!))
  let under = 0
  let body = 0
  blocks.forEach((b, i) => {
    if (b.kind === 'heading' || layout.roles[i] !== 'body') return
    const h = layout.headingOf[i]!
    // What a DPA's own annexes hold (its measures, its sub-processor list) does not make it a
    // contract with processor terms inside: only the articles and processor terms weigh.
    if (!inProcessorTerms(h) && annexed(h)) return
    body++
    if (inProcessorTerms(h)) under++
  })
  // Processor terms inside a contract: the annex holds the Art. 28 items, the articles the rest.
  const mixed = under > 0 && under < body * PROCESSOR_DOCUMENT
  const filter = (h: number, ids: readonly string[]): string[] => {
    if (!mixed) return [...ids]
    return inProcessorTerms(h) ? ids.filter(isArt28) : ids.filter((id) => !isArt28(id))
  }
  /** Whether the document is, or holds, processor terms (or is a processor's contract). */
  const processorTerms = under > 0 || role === 'processor'
  // Only a processor's general clauses stand in for its processor terms.
  const counterparts = !mixed && role !== 'independent' && role !== 'joint'
  const structured = titled.size >= STRUCTURED
  // Annexes follow the articles: an "Exhibit 10.8" title over the whole document is no annex.
  const firstTitled = Math.min(...titled)
  const inAnnex = (h: number): boolean => h > firstTitled && (ANNEX.test(normalizeText(blocks[h]!.text).trim()) || inAnnex(layout.parentOf[h]!))
  /**
   * In a contract with articles: annexes (but processor terms) and descriptive sections state no
   * clause. Decided once per heading: detection asks it for every candidate sentence of every
   * clause (231,000 times on CUAD dev), and each answer normalises the heading and its parents.
   */
  const silence = new Map<number, boolean>()
  const silent = (h: number): boolean => {
    if (!structured || h < 0) return false
    let known = silence.get(h)
    if (known === undefined) silence.set(h, (known = (inAnnex(h) && !inProcessorTerms(h)) || DESCRIPTIVE.test(normalizeText(blocks[h]!.text).trim())))
    return known
  }
  const catchAll = new Map<number, boolean>()
  const isCatchAll = (h: number) => {
    if (!catchAll.has(h)) catchAll.set(h, CATCH_ALL.test(normalizeText(blocks[h]!.text).trim()))
    return catchAll.get(h)!
  }
  /** The clauses of the nearest heading that names some: open to all (a chapter), or to its own, precisely when it is a title. */
  interface Topic {
    ids: readonly string[]
    open: boolean
    precise: boolean
  }
  const topics = new Map<number, Topic>()
  const topicOf = (h: number): Topic => {
    if (h < 0) return { ids: [], open: true, precise: false }
    const known = topics.get(h)
    if (known) return known
    const ids = filter(h, named.get(h) ?? [])
    let value: Topic
    if (isCatchAll(h) || ids.length >= CHAPTER) value = { ids, open: true, precise: false }
    else if (ids.length === 0) value = topicOf(layout.parentOf[h]!)
    // An Art. 28 item's title pins its text to that item only where there are processor terms:
    // elsewhere the document does not list the item, and the text is read for the other clauses.
    else value = { ids, open: false, precise: titled.has(h) && (processorTerms || !ids.every(isArt28)) }
    topics.set(h, value)
    return value
  }
  /**
   * The body blocks of the section under heading `h` and its subsections, in order: a section runs
   * from its heading to the next heading that is not under it.
   */
  const sectionBody = (h: number): number[] => {
    const out: number[] = []
    for (let i = h + 1; i < blocks.length; i++) {
      if (blocks[i]!.kind === 'heading') {
        if (layout.roles[i] === 'toc') continue // a table of contents' line opens no section
        let k = layout.parentOf[i]!
        while (k >= 0 && k !== h) k = layout.parentOf[k]!
        if (k !== h) break
      } else if (layout.roles[i] === 'body') out.push(i)
    }
    return out
  }
  /** Whether the section under heading `h` is filled in: most of its words are neither placeholders nor pointers to an annex. */
  const filled = (h: number): boolean => {
    let all = 0
    let kept = 0
    for (const i of sectionBody(h)) {
      const text = blocks[i]!.text
      all += words(text)
      kept += words(normalizeText(text.replace(PLACEHOLDER, ' ')).replace(POINTER, ' '))
    }
    return all > 0 && kept >= all * FILLED
  }
  /**
   * Whether the section under heading `h` keeps the parties' information confidential: one of its
   * sentences speaks of confidentiality or disclosure without naming the persons it binds. In
   * processor terms a "Confidentiality" article that binds only the staff and the persons authorised
   * (Art. 28(3)(b) GDPR) is that Art. 28 item, and one of the technical measures' list (access
   * control, authentication: confidentiality as a security goal) is security; neither is the
   * parties' confidentiality clause.
   */
  const keepsInformation = (h: number): boolean =>
    sectionBody(h).some((i) => splitSentences(blocks[i]!.text).some((s) => {
      const sentence = normalizeText(s)
      return CONFIDENTIAL.test(sentence) && !PERSONNEL.test(sentence)
    }))
  /** Whether the text under heading `h` (its section and subsections) matches `pattern`. */
  const sectionSays = (h: number, pattern: RegExp): boolean => sectionBody(h).some((i) => pattern.test(normalizeText(blocks[i]!.text)))
  /**
   * Clauses whose title is evidence only where its section holds their subject:
   * - the processing description (Art. 28(3): subject matter, duration, nature and purpose, types of
   *   data, categories of data subjects) is its content: an annex titled "Description of Processing"
   *   over blank fields ("[Describe the purpose]", "{{categories}}", unticked boxes) describes nothing;
   * - a "Disputes" or « Litiges » article that names no court, venue or arbitration (a notice
   *   procedure, an amicable settlement) chooses no jurisdiction (issue #11: "15. DISPUTE
   *   RESOLUTION" with no court);
   * - in processor terms, a "Confidentiality" article is the parties' clause only where it keeps
   *   information confidential (keepsInformation).
   */
  /**
   * Whether every sentence of the section under heading `h` hands its subject to another document
   * (DEFERS: "12. Limitation of Liability — Our liability … is governed by the limitation of
   * liability provisions in the Terms of Service"): the title names a clause the section does not hold.
   */
  const onlyDefers = (h: number): boolean => {
    const sentences = sectionBody(h).flatMap((i) => splitSentences(blocks[i]!.text)).map(normalizeText).filter((t) => /\p{L}/u.test(t))
    return sentences.length > 0 && sentences.every((t) => DEFERS.test(t))
  }
  const titleHolds: Readonly<Record<string, (h: number) => boolean>> = {
    'art28-processing-details': filled,
    jurisdiction: (h) => sectionSays(h, FORUM),
    confidentiality: (h) => !processorTerms || keepsInformation(h),
  }
  return {
    counts(id, heading) {
      if (silent(heading)) return 'no'
      if (mixed && isArt28(id) !== inProcessorTerms(heading)) return 'no'
      const topic = topicOf(heading)
      if (topic.open || topic.ids.includes(id)) return 'yes'
      // Without processor terms of its own, a contract's general clause may hold an Art. 28 item.
      if (counterparts && COUNTERPART[id]?.some((g) => topic.ids.includes(g))) return 'yes'
      // A liability cap is often written into the indemnification article ("Section 9 —
      // Indemnification … 9.8 Neither party shall be liable for any indirect damages"): there its own
      // words still count (its denials do not).
      if (KINDRED[id]?.some((g) => topic.ids.includes(g))) return 'related'
      return topic.precise ? 'no' : 'related'
    },
    headingEvidence(heading, ids) {
      return silent(heading)
        ? []
        : onlyDefers(heading)
          ? []
          : filter(heading, ids).filter((id) => titleHolds[id]?.(heading) ?? true)
    },
  }
}
