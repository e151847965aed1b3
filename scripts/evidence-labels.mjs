// Sentence-level evidence labels of the corpus (eval/evidence/{fr,en}.yaml, for dev documents of eval/corpus/{fr,en}
// only): for some clause ids labelled present in a document, short verbatim quotes of where the
// document states the clause, written by reading the document (never from the reviewer's output).
// Shared by tests/eval/evidence.test.ts, scripts/eval.mjs (does the reviewer's evidence state the
// clause?) and scripts/detection-data.mjs (the units holding the quotes are training positives).
// Pure functions: nothing here reads dist/.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'

/**
 * The clause ids labelled with evidence: those the learned model generalises least on (session 13's
 * eleven), then the next ids the prequential evaluation finds least (session 14).
 */
export const EVIDENCE_IDS = [
  'data-use-restrictions', 'termination-effects', 'subcontracting', 'retention-deletion', 'termination-for-convenience', 'data-subject-information', 'compliance-warranty', 'data-protection-roles', 'delivery', 'security', 'liability-cap',
  'termination-for-cause', 'documents-precedence', 'price-payment', 'term-renewal', 'reporting', 'international-transfers', 'data-subject-rights', 'regulator-cooperation', 'lead-definition', 'lead-sources',
]

/**
 * The evidence labels of one language: [{ file, id, quotes }] in file order.
 * Each file is a list of { file, evidence: { <id>: [quote, …] } }.
 */
export function loadEvidence(root, lang) {
  const path = join(root, 'eval', 'evidence', `${lang}.yaml`)
  if (!existsSync(path)) return []
  const out = []
  for (const entry of parse(readFileSync(path, 'utf8')) ?? []) {
    for (const [id, quotes] of Object.entries(entry.evidence ?? {})) out.push({ file: entry.file, id, quotes: [...quotes] })
  }
  return out
}

/** Whitespace collapsed, typographic apostrophes and quotes made plain, no soft hyphen: how quotes are matched. */
export function normalise(text) {
  return text
    .normalize('NFC')
    .replace(/\u00ad/g, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
}

/** A document's text as the reviewer reads it (its blocks in reading order), normalised. */
export function documentText(doc) {
  return normalise(doc.blocks.map((b) => b.text).join(' '))
}

/** Lower-case words (letters and digits) of a text. */
const words = (text) => normalise(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []

/** Runs of this many words shared by an evidence sentence and a quote make them overlap. */
export const OVERLAP_WORDS = 6

/**
 * Whether an evidence sentence overlaps one of the quotes: one holds the other, or they share a
 * run of OVERLAP_WORDS consecutive words (the evidence is a whole sentence, truncated at 300
 * characters with "…"; a quote may be part of a sentence or span two). A quote holds a sentence
 * only if the sentence has OVERLAP_WORDS words or more: the reader's shortest "sentences" (an
 * enumerator "b.", a run-in heading "Usage Data.") are held by any quote that has those words.
 */
export function overlaps(evidence, quotes) {
  const e = words(evidence.replace(/…$/, ''))
  const eText = ` ${e.join(' ')} `
  const runs = new Set()
  for (let i = 0; i + OVERLAP_WORDS <= e.length; i++) runs.add(e.slice(i, i + OVERLAP_WORDS).join(' '))
  for (const quote of quotes) {
    const q = words(quote)
    if (q.length === 0) continue
    if (eText.includes(` ${q.join(' ')} `)) return true
    if (e.length >= OVERLAP_WORDS && ` ${q.join(' ')} `.includes(eText)) return true
    for (let i = 0; i + OVERLAP_WORDS <= q.length; i++) if (runs.has(q.slice(i, i + OVERLAP_WORDS).join(' '))) return true
  }
  return false
}
