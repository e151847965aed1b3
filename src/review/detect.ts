/**
 * Clause detection from the library's signals. A clause is present when a heading matches one of
 * its heading patterns, a sentence contains one of its phrases, or a sentence holds a match of
 * every group of one of its co-occurrence sets; a negation in such a sentence marks it negated.
 * Signals of both languages always apply (documents mix them), and variants of an id pool theirs.
 */
import type { Library } from '../library/clause.js'
import { compileSignal, normalizeText } from '../library/detect-signals.js'
import { ALL_IDS } from '../library/taxonomy.js'
import type { ReviewDocument } from '../read/document.js'
import { sentencesOf, type Sentence } from './text.js'
import type { ClauseStatus, Evidence } from './types.js'

/** The compiled signals of one taxonomy id. */
export interface CompiledClause {
  id: string
  headings: RegExp | undefined
  phrases: RegExp | undefined
  all: RegExp[][]
  negations: RegExp | undefined
  /** Any pattern of the clause: a cheap test before the precise ones. */
  any: RegExp
}

const MAX_EVIDENCE = 3
const MAX_HEADING = 160

function union(patterns: readonly string[]): RegExp | undefined {
  if (patterns.length === 0) return undefined
  return compileSignal(patterns.map((p) => `(?:${p})`).join('|'))
}

/** Compiles the detection signals of every id of the library (once per library). */
export function compileLibrary(library: Library, extraPhrases: Readonly<Record<string, readonly string[]>> = {}): CompiledClause[] {
  return ALL_IDS.map((id) => {
    const variants = library.byId.get(id) ?? []
    const signals = variants.flatMap((c) => [c.detect.en, c.detect.fr])
    const headings = signals.flatMap((s) => s.headings)
    const phrases = [...signals.flatMap((s) => s.phrases), ...(extraPhrases[id] ?? [])]
    // Each language (and variant) has one co-occurrence set: a list of groups of alternatives.
    const allSets = [...new Map(signals.map((s) => s.all).filter((set) => set.length > 0).map((set) => [JSON.stringify(set), set])).values()]
    const negations = signals.flatMap((s) => s.negations)
    const everything = [...phrases, ...allSets.flat(2), ...negations]
    return {
      id,
      headings: union(headings),
      phrases: union(phrases),
      all: allSets.map((set) => set.map((alternatives) => union(alternatives)!)),
      negations: union(negations),
      any: union(everything.length > 0 ? everything : ['(?!)'])!,
    }
  })
}

function test(re: RegExp | undefined, text: string): boolean {
  if (!re) return false
  re.lastIndex = 0
  return re.test(text)
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

/** Detects every taxonomy id in the documents (a document and the terms reviewed with it). */
export function detectClauses(docs: readonly ReviewDocument[], compiled: readonly CompiledClause[]): ClauseStatus[] {
  const docPath = docs[0]?.path ?? ''
  const statuses = new Map<string, ClauseStatus>(compiled.map((c) => [c.id, { id: c.id, status: 'missing', evidence: [], negated: false }]))
  const add = (id: string, evidence: Evidence) => {
    const s = statuses.get(id)!
    s.status = 'present'
    if (evidence.signal === 'negation') s.negated = true
    if (s.evidence.length < MAX_EVIDENCE && !s.evidence.some((e) => e.line === evidence.line && e.text === evidence.text)) s.evidence.push(evidence)
  }

  for (const doc of docs) {
    // Our own contracts carry a bookmark per clause: the strongest evidence there is.
    for (const name of doc.bookmarks ?? []) {
      const m = /^cl_([a-z0-9_]+)_v\d+$/.exec(name)
      const id = m?.[1]?.replace(/_/g, '-')
      if (id && statuses.has(id)) {
        const heading = doc.blocks.find((b) => b.kind === 'heading') ?? doc.blocks[0]
        if (heading) add(id, { ...evidenceOf({ text: `[${name}]`, block: heading, path: doc.path }, 'bookmark', docPath) })
      }
    }
    for (const block of doc.blocks) {
      if (block.kind !== 'heading' || block.text.length > MAX_HEADING) continue
      const norm = normalizeText(block.text)
      for (const c of compiled) if (test(c.headings, norm)) add(c.id, evidenceOf({ text: block.text, block, path: doc.path }, 'heading', docPath))
    }
    for (const sentence of sentencesOf(doc)) {
      for (const c of compiled) {
        if (!test(c.any, sentence.norm)) continue
        const negated = test(c.negations, sentence.norm)
        if (negated) {
          add(c.id, evidenceOf(sentence, 'negation', docPath))
          continue
        }
        if (test(c.phrases, sentence.norm)) add(c.id, evidenceOf(sentence, 'phrase', docPath))
        else if (c.all.some((groups) => groups.every((g) => test(g, sentence.norm)))) add(c.id, evidenceOf(sentence, 'cooccurrence', docPath))
      }
    }
  }
  return [...statuses.values()]
}
