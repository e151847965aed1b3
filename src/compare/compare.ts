/**
 * `compareDocuments(ours, theirs)`: what the other side changed, clause by clause. Both documents
 * are cut into articles, each article is labelled with the clause it holds (the builder's bookmark,
 * else the library's detection), articles are paired by clause, then by text similarity, so that
 * renumbered or moved articles still match. Then: removed, added, modified (word diff), moved, and
 * every term that moved against the Buyer, judged against the playbook's thresholds.
 */
import { ALL_IDS } from '../library/taxonomy.js'
import type { Lang } from '../library/vocabulary.js'
import type { ReviewDocument, TextBlock } from '../read/document.js'
import type { Reviewer } from '../review/reviewer.js'
import { sentencesOf } from '../review/text.js'
import type { FileReview, Finding } from '../review/types.js'
import { diffParagraphs, lcsPairs } from './diff.js'
import { changeMessage, termMessage } from './messages.js'
import type { Change, ClauseLocation, Comparison, TermChange } from './types.js'

export type { Change, ClauseLocation, Comparison, TermChange } from './types.js'
import { comparable, flatText, sectionDocument, sectionOf, setBlocks, similarity, splitSections, wordCounts, type Section } from './sections.js'
import { meetsThreshold, readTerms, TERMS, thresholdDisplay, worse } from './terms.js'

/** What the comparison needs: the reviewer (library, playbook, date) and the language of the messages. */
export interface CompareOptions {
  reviewer: Reviewer
  /** Language of the messages (default: our document's). */
  lang?: Lang
}

const MIN_SIMILARITY = 0.5
const BOOKMARK_CLAUSE = /^cl_([a-z0-9_]+)$/

/** A clause title matches a heading at this word similarity (or more). */
const TITLE_SIMILARITY = 0.75

/**
 * Labels each section with the clause it holds: the builder's bookmark, else a heading the
 * library's detection recognises, else a heading close to a library clause's title.
 */
function label(doc: ReviewDocument, sections: Section[], reviewer: Reviewer): void {
  const { library } = reviewer.options
  const titles = library.clauses.flatMap((c) => [c.title.en, c.title.fr].map((t) => ({ id: c.id, words: wordCounts(comparable(t)) })))
  for (const section of sections) {
    const fromKey = section.key ? BOOKMARK_CLAUSE.exec(section.key)?.[1]?.replace(/_/g, '-') : undefined
    if (fromKey && ALL_IDS.includes(fromKey)) {
      section.clauseId = fromKey
      continue
    }
    if (!section.heading) continue
    const heading = sectionDocument(doc, section).blocks[0]!
    const statuses = reviewer.detect([sectionDocument(doc, section)]).filter((s) => s.status === 'present' && !s.negated)
    const byHeading = statuses.filter((s) => s.evidence.some((e) => e.signal === 'heading' && e.line === heading.line))
    // Several clauses named by one heading ("Term and termination"): the one the body speaks of most.
    const best = byHeading.sort((a, b) => b.evidence.length - a.evidence.length)[0]
    if (best) {
      section.clauseId = best.id
      continue
    }
    const words = wordCounts(comparable(section.title))
    const closest = titles.map((t) => ({ id: t.id, sim: similarity(words, t.words) })).sort((a, b) => b.sim - a.sim)[0]
    if (closest && closest.sim >= TITLE_SIMILARITY) section.clauseId = closest.id
  }
}

/** The clauses the reviewer requires of a document, at error level (the essential ones). */
function essentialIds(review: FileReview, options: CompareOptions): Set<string> {
  const ids = new Set<string>()
  const { playbook } = options.reviewer.options
  for (const clause of options.reviewer.required(review.facts)) {
    const level = playbook.severity[clause.id] ?? playbook.severity['missing-clause'] ?? clause.severity
    if (level === 'error') ids.add(clause.id)
  }
  return ids
}

/** Pairs the sections of ours and theirs: same bookmark, same clause, same title, or similar text. */
function align(ours: readonly Section[], theirs: readonly Section[]): Array<[Section, Section]> {
  const countsA = ours.map((s) => wordCounts(s.text))
  const countsB = theirs.map((s) => wordCounts(s.text))
  const candidates: Array<{ a: number; b: number; score: number }> = []
  ours.forEach((a, i) =>
    theirs.forEach((b, j) => {
      const sim = similarity(countsA[i]!, countsB[j]!)
      let bonus = 0
      if (a.key !== undefined && a.key === b.key) bonus = 3
      else if (a.clauseId !== undefined && a.clauseId === b.clauseId) bonus = 2
      else if (a.title !== '' && comparable(a.title) === comparable(b.title)) bonus = 1
      else if (sim < MIN_SIMILARITY) return
      candidates.push({ a: i, b: j, score: bonus + sim })
    }),
  )
  candidates.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b)
  const usedA = new Set<number>()
  const usedB = new Set<number>()
  const pairs: Array<[Section, Section]> = []
  for (const c of candidates) {
    if (usedA.has(c.a) || usedB.has(c.b)) continue
    usedA.add(c.a)
    usedB.add(c.b)
    pairs.push([ours[c.a]!, theirs[c.b]!])
  }
  return pairs.sort((x, y) => x[0].index - y[0].index)
}

/** Share of a block's words that a word multiset holds. */
function containment(block: ReadonlyMap<string, number>, within: ReadonlyMap<string, number>): number {
  let shared = 0
  let total = 0
  for (const [w, n] of block) {
    total += n
    shared += Math.min(n, within.get(w) ?? 0)
  }
  return total === 0 ? 0 : shared / total
}

/** A block belongs to an article when this share of its words (or more) is in the article. */
const BLOCK_CONTAINMENT = 0.8
/** An article was merged into another when a run of that one's blocks holds this share of its words. */
const MERGED_SHARE = 0.6

/**
 * Articles of ours left unpaired whose text is still in theirs, under another heading: the heading
 * was removed (two articles merged), or their reader did not see it (a PDF). The run of blocks that
 * holds the article is carved out of its host and paired with it, so that the article is compared,
 * not reported removed, and the host is compared without it.
 */
function carveMerged(ours: readonly Section[], theirs: readonly Section[], pairs: Array<[Section, Section]>, position: (block: TextBlock) => number): void {
  const paired = new Set(pairs.map((p) => p[0].index))
  for (const x of ours) {
    if (paired.has(x.index) || x.blocks.length < 2) continue
    const words = wordCounts(x.text)
    const size = [...words.values()].reduce((a, b) => a + b, 0)
    let best: { host: Section; from: number; to: number; share: number } | undefined
    for (const host of theirs) {
      const inside = host.blocks.map((b) => {
        const w = wordCounts(comparable(b.text))
        return w.size >= 3 && containment(w, words) >= BLOCK_CONTAINMENT
      })
      // The longest run of blocks that belong to the article (its heading, if still there, is not one).
      for (let i = 0; i < inside.length; i++) {
        if (!inside[i] || host.blocks[i] === host.heading) continue
        let j = i
        while (j < inside.length && inside[j]) j++
        const share = sharedWords(host.blocks.slice(i, j), words) / size
        if (share >= MERGED_SHARE && (!best || share > best.share)) best = { host, from: i, to: j, share }
        i = j
      }
    }
    if (!best) continue
    // Placed inside its host, in the order of their text: host index + a fraction growing with its position.
    const blocks = best.host.blocks.slice(best.from, best.to)
    const at = position(blocks[0]!)
    const carved = sectionOf(blocks, best.host.index + at / (at + 1), x.title, x.clauseId)
    setBlocks(best.host, [...best.host.blocks.slice(0, best.from), ...best.host.blocks.slice(best.to)])
    pairs.push([x, carved])
  }
  pairs.sort((p, q) => p[0].index - q[0].index)
}

/** How many of an article's words a run of blocks holds. */
function sharedWords(blocks: readonly TextBlock[], words: ReadonlyMap<string, number>): number {
  const run = wordCounts(blocks.map((b) => comparable(b.text)).join(' '))
  let shared = 0
  for (const [w, n] of run) shared += Math.min(n, words.get(w) ?? 0)
  return shared
}

/**
 * The pairs whose article changed place: outside a longest run kept in order, or with both
 * neighbours changed (so both articles of a swap are reported, not one).
 */
function movedPairs(pairs: ReadonlyArray<[Section, Section]>): Set<number> {
  const order = pairs.map((p) => p[1].index)
  const sorted = [...order].sort((a, b) => a - b)
  const kept = new Set(lcsPairs(order, sorted, (x, y) => x === y).map(([i]) => i))
  const moved = new Set<number>()
  const rankInTheirs = new Map(sorted.map((v, i) => [v, i]))
  pairs.forEach((_, i) => {
    const r = rankInTheirs.get(order[i]!)!
    const prevChanged = i === 0 ? r !== 0 : rankInTheirs.get(order[i - 1]!)! !== r - 1
    const nextChanged = i === pairs.length - 1 ? r !== pairs.length - 1 : rankInTheirs.get(order[i + 1]!)! !== r + 1
    if (!kept.has(i) || (prevChanged && nextChanged)) moved.add(i)
  })
  return moved
}

function locate(section: Section): ClauseLocation {
  const block = section.blocks[0]!
  const title = section.title || (section.paragraphs[0] ?? '').split(/\s+/).slice(0, 8).join(' ')
  return { title, line: block.line, column: block.column, ...(block.page !== undefined ? { page: block.page } : {}) }
}

/** A place in a document: pages first (a PDF numbers lines per page), then lines. */
const place = (page: number | undefined, line: number) => (page ?? 0) * 1_000_000 + line

/** Whether a finding is in a section: from its first block to the next section (to its last block, for a carved one). */
function covers(section: Section, sections: readonly Section[], f: Pick<Finding, 'line' | 'page'>): boolean {
  if (f.line === undefined) return false
  const first = section.blocks[0]
  if (!first) return false
  const at = place(f.page, f.line)
  const nextBlock = Number.isInteger(section.index) ? sections[section.index + 1]?.blocks[0] : undefined
  const lastBlock = section.blocks.at(-1)!
  const end = nextBlock ? place(nextBlock.page, nextBlock.line) : Number.isInteger(section.index) ? Number.POSITIVE_INFINITY : place(lastBlock.page, lastBlock.line) + 1
  return at >= place(first.page, first.line) && at < end
}

const findingKey = (f: Finding) => `${f.ruleId}/${f.clauseId ?? ''}`

/** Compares the terms of two versions of a clause. */
function termChanges(ours: ReviewDocument, theirs: ReviewDocument, a: Section, b: Section, options: CompareOptions, lang: Lang): TermChange[] {
  const before = readTerms(sentencesOf(sectionDocument(ours, a)), lang)
  const after = readTerms(sentencesOf(sectionDocument(theirs, b)), lang)
  const out: TermChange[] = []
  for (const kind of TERMS) {
    const xs = before.get(kind.id) ?? []
    const ys = after.get(kind.id) ?? []
    for (let i = 0; i < Math.max(xs.length, ys.length); i++) {
      const x = xs[i]
      const y = ys[i]
      if (x && y && x.value === y.value) continue
      const weakened = x && y ? worse(kind, x.value, y.value) : x ? kind.lossWeakens : false
      const threshold = thresholdDisplay(kind, options.reviewer.options.playbook.thresholds, lang)
      const meets = y && kind.threshold ? meetsThreshold(kind, y.value, options.reviewer.options.playbook.thresholds) : undefined
      const change: TermChange = {
        term: kind.id,
        label: kind.label[lang],
        ...(x ? { before: x } : {}),
        ...(y ? { after: y } : {}),
        weakened,
        ...(threshold !== undefined ? { threshold } : {}),
        ...(meets !== undefined ? { meetsThreshold: meets } : {}),
        message: '',
      }
      change.message = termMessage(change, lang)
      out.push(change)
    }
  }
  return out
}

/** Compares our document with theirs (their edit of it). */
export function compareDocuments(ours: ReviewDocument, theirs: ReviewDocument, options: CompareOptions): Comparison {
  const { reviewer } = options
  const ourReview: FileReview = reviewer.review(ours, [], options.lang ? { lang: options.lang } : {})
  const lang = options.lang ?? ourReview.language
  const theirReview: FileReview = reviewer.review(theirs, [], { lang })
  const a = splitSections(ours)
  const b = splitSections(theirs)
  label(ours, a, reviewer)
  label(theirs, b, reviewer)
  const pairs = align(a, b)
  const positions = new Map(theirs.blocks.map((block, i) => [block, i]))
  carveMerged(a, b, pairs, (block) => positions.get(block) ?? 0)
  const moved = movedPairs(pairs)

  // Findings their text raises that ours did not (by rule and clause), placed in their sections.
  const known = new Map<string, number>()
  for (const f of ourReview.findings) known.set(findingKey(f), (known.get(findingKey(f)) ?? 0) + 1)
  const fresh: Finding[] = []
  // A clause the alignment found in their text is not missing, whatever its heading became.
  const found = new Set(pairs.map(([x]) => x.clauseId).filter((id) => id !== undefined))
  for (const f of theirReview.findings) {
    if (f.ruleId === 'missing-clause' && f.clauseId !== undefined && found.has(f.clauseId)) continue
    const left = known.get(findingKey(f)) ?? 0
    if (left > 0) known.set(findingKey(f), left - 1)
    else fresh.push(f)
  }
  const claimed = new Set<Finding>()
  const findingsIn = (section: Section): Finding[] => {
    const found = fresh.filter((f) => !claimed.has(f) && (covers(section, b, f) || (f.line === undefined && f.clauseId !== undefined && f.clauseId === section.clauseId)))
    for (const f of found) claimed.add(f)
    return found
  }
  // A clause the reviewer requires of their document (an article gone is gone, even if other
  // articles still mention its subject).
  const essential = essentialIds(theirReview, options)

  const changes: Array<Change & { order: number }> = []
  const matchedA = new Set(pairs.map((p) => p[0].index))
  const matchedB = new Set(pairs.map((p) => p[1].index))
  pairs.forEach(([x, y], i) => {
    const isMoved = moved.has(i)
    const modified = flatText(x) !== flatText(y)
    if (!modified && !isMoved) return
    const terms = modified ? termChanges(ours, theirs, x, y, options, lang) : []
    const findings = modified ? findingsIn(y) : []
    const change: Change & { order: number } = {
      order: x.index,
      clauseId: x.clauseId ?? y.clauseId ?? null,
      change: modified ? 'modified' : 'moved',
      weakened: terms.some((t) => t.weakened) || findings.length > 0,
      essential: false,
      moved: isMoved,
      before: x.paragraphs.join('\n'),
      after: y.paragraphs.join('\n'),
      evidence: { ours: locate(x), theirs: locate(y) },
      terms,
      diff: modified ? diffParagraphs(x.paragraphs, y.paragraphs, comparable) : [],
      findings,
      message: '',
    }
    changes.push(change)
  })
  for (const x of a) {
    if (matchedA.has(x.index)) continue
    const isEssential = x.clauseId !== undefined && essential.has(x.clauseId) && !b.some((y) => !matchedB.has(y.index) && y.clauseId === x.clauseId)
    const findings = fresh.filter((f) => !claimed.has(f) && f.clauseId !== undefined && f.clauseId === x.clauseId)
    for (const f of findings) claimed.add(f)
    changes.push({ order: x.index, clauseId: x.clauseId ?? null, change: 'removed', weakened: isEssential, essential: isEssential, moved: false, before: x.paragraphs.join('\n'), evidence: { ours: locate(x) }, terms: [], diff: [], findings, message: '' })
  }
  // An added article goes after the article that precedes it in theirs.
  const oursOf = new Map(pairs.map(([x, y]) => [y.index, x.index]))
  for (const y of b) {
    if (matchedB.has(y.index)) continue
    let before = -1
    for (let k = y.index - 1; k >= 0 && before === -1; k--) before = oursOf.get(k) ?? -1
    changes.push({ order: before + 0.5, clauseId: y.clauseId ?? null, change: 'added', weakened: false, essential: false, moved: false, after: y.paragraphs.join('\n'), evidence: { theirs: locate(y) }, terms: [], diff: [], findings: findingsIn(y), message: '' })
  }
  // In the order of our document; an added article after the one it follows.
  changes.sort((p, q) => p.order - q.order)
  const placement = new Map<Change, { line: number; page?: number }>()
  const out: Change[] = changes.map(({ order, ...c }) => {
    if (c.change === 'added' && c.findings.length > 0) c.weakened = true
    const change: Change = { ...c, message: changeMessage(c, reviewer.options.library, lang) }
    if (change.change === 'removed') {
      const next = pairs.find(([x]) => x.index > order)
      const start = next?.[1].blocks[0]
      if (start) placement.set(change, { line: start.line, ...(start.page !== undefined ? { page: start.page } : {}) })
    }
    return change
  })
  return {
    ours: ours.path,
    theirs: theirs.path,
    lang,
    changes: out,
    findings: fresh.filter((f) => !claimed.has(f)),
    matched: pairs.length,
    failing: out.some((c) => c.weakened || c.essential),
    placement,
  }
}
