/** Shared generators of the property tests: clause phrases from the library, noise, a reviewer. */
import fc from 'fast-check'
import { loadLibrary } from '../../src/library/library.js'
import type { ReviewDocument } from '../../src/read/document.js'
import { compileLibrary } from '../../src/review/detect.js'
import { clauseText, reviewDocuments } from '../../src/review/engine.js'
import { defaultPlaybook } from '../../src/review/playbook/schema.js'
import { RULES } from '../../src/review/rules/index.js'
import type { FileReview } from '../../src/review/types.js'

export const library = await loadLibrary()
const compiled = compileLibrary(library)
const playbook = defaultPlaybook()

/** Reviews one document with the default playbook on a pinned date. */
export function review(doc: ReviewDocument): FileReview {
  return reviewDocuments(doc, [], { library, compiled, rules: RULES, playbook, today: '2026-11-29' })
}

/** Sentences of the library's clauses (both languages): text the reviewer recognises. */
export const CLAUSE_SENTENCES: readonly string[] = [
  ...new Set(
    library.clauses.flatMap((c) =>
      (['en', 'fr'] as const).flatMap((lang) =>
        clauseText(c, lang)
          .split(/\n+/)
          .flatMap((para) => para.split(/(?<=[.;])\s+(?=[A-ZÀ-Ý«])/))
          .map((s) => s.replace(/^[-*]\s+/, '').trim())
          .filter((s) => s.length > 20 && s.length < 400),
      ),
    ),
  ),
].sort()

/** Clause titles (both languages), as headings. */
export const CLAUSE_TITLES: readonly string[] = [...new Set(library.clauses.flatMap((c) => [c.title.en, c.title.fr]))].sort()

/** Markup and metacharacters of the formats the reviewer reads. */
export const MARKUP = ['# ', '## ', '> ', '- ', '* ', '1. ', '| a | b |', '|---|---|', '```', '~~~', ':::', '<p>', '</p>', '<li>', '<h2>', '</h2>', '<br>', '<table><tr><td>', '<script>x</script>', '<!--', '-->', '&amp;', '&#0;', '**', '__', '[', '](', ')', '\\', '\t', '\u00a0', '\u200b', '\ufeff', '\u0000', '\u0085', '\u2028', 'ARTICLE 5 –', '12.', '(a)', 'IV.']

/** A random document: clause phrases, titles, markup and any Unicode noise, in any order. */
export const documentText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...CLAUSE_SENTENCES) },
      { weight: 1, arbitrary: fc.constantFrom(...CLAUSE_TITLES) },
      { weight: 2, arbitrary: fc.constantFrom(...MARKUP) },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    ),
    { minLength: 1, maxLength: 40 },
  )
  .chain((parts) => fc.tuple(fc.constant(parts), fc.array(fc.constantFrom(' ', '\n', '\n\n', '\r\n', ''), { minLength: parts.length, maxLength: parts.length })))
  .map(([parts, seps]) => parts.map((p, i) => p + (seps[i] ?? '')).join(''))
