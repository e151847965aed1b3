/**
 * The library's own clause texts as training documents: one per clause file, variant and
 * language (its title as heading, its body as paragraphs, template tags removed). Each is labelled
 * present for its id and absent for the other ids of its kind (general clauses for general ids,
 * Art. 28 items for Art. 28 ids), except the ids that hold the same substance (an Art. 28 item and
 * its general counterpart, scope.ts COUNTERPART), left unlabelled.
 */
import type { Library } from '../../library/clause.js'
import { ART28_IDS, CLAUSE_IDS } from '../../library/taxonomy.js'
import type { ReviewDocument, TextBlock } from '../../read/document.js'
import { COUNTERPART } from '../scope.js'

/** A clause body as plain paragraphs: Handlebars tags and Markdown markers removed. */
export function plainParagraphs(body: string): string[] {
  return body
    .replace(/\{\{ref [^}]*\}\}/g, 'the Article')
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/^\s*(?:[-*]|\d+[.)]|\|)\s*/gm, '').replace(/[|*_#>]/g, ' ').replace(/\s+/g, ' ').trim())
    .filter((p) => /\p{L}{3}/u.test(p))
}

/** One library text as a document the reader could have produced. */
export function clauseDocument(path: string, title: string, body: string): ReviewDocument {
  const blocks: TextBlock[] = [{ kind: 'heading', text: title, line: 1, column: 1, level: 2 }]
  plainParagraphs(body).forEach((text, i) => blocks.push({ kind: 'paragraph', text, line: i + 2, column: 1 }))
  return { path, format: 'md', blocks }
}

/** The labels of a library text of clause `id`. */
export function libraryLabels(id: string): Map<string, boolean> {
  const art28 = id.startsWith('art28-')
  const related = new Set([...(COUNTERPART[id] ?? []), ...Object.entries(COUNTERPART).filter(([, homes]) => homes.includes(id)).map(([item]) => item)])
  const labels = new Map<string, boolean>()
  for (const other of art28 ? ART28_IDS : CLAUSE_IDS) if (!related.has(other)) labels.set(other, other === id)
  return labels
}

/** Every library text, in the library's order (files, then English before French). */
export function libraryDocuments(library: Library): Array<{ name: string; doc: ReviewDocument; labels: Map<string, boolean> }> {
  const out: Array<{ name: string; doc: ReviewDocument; labels: Map<string, boolean> }> = []
  for (const c of library.clauses) {
    for (const lang of ['en', 'fr'] as const) {
      const name = `library:${c.file}:${lang}`
      out.push({ name, doc: clauseDocument(name, c.title[lang], c.body[lang]), labels: libraryLabels(c.id) })
    }
  }
  return out
}
