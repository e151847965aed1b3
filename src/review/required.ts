/**
 * Which clauses a document needs: the library's `requiredWhen` evaluated on the document's facts,
 * plus the playbook's extra ids; the Art. 28 items when the generator is a processor.
 */
import type { Clause, Library } from '../library/clause.js'
import { holds, OPT_IN_DATE, type Facts } from '../library/conditions.js'
import { ART28_IDS, CLAUSE_IDS } from '../library/taxonomy.js'
import type { Playbook } from './playbook/schema.js'
import type { DocumentFacts, FileReview } from './types.js'

/** Conditions see a document's facts as they see a deal's (no optional clause is assumed). */
export function conditionFacts(facts: DocumentFacts, today: string): Facts {
  return {
    channels: facts.channels,
    role: facts.role,
    offshore: facts.offshore,
    phoneRegime: facts.channels.includes('phone') ? (today >= OPT_IN_DATE ? 'opt-in' : 'bloctel') : undefined,
    options: {},
  }
}

/** The variant to suggest for an id, given the facts (independent controller when the role is unknown). */
export function suggestedVariant(library: Library, id: string, facts: Facts): Clause | undefined {
  const files = library.byId.get(id) ?? []
  if (files.length <= 1) return files[0]
  const withRole: Facts = { ...facts, role: facts.role ?? 'independent', phoneRegime: facts.phoneRegime ?? 'opt-in' }
  return files.find((c) => holds(c.when, withRole)) ?? files[0]
}

/** The clauses required for a document, in taxonomy order, with the variant to suggest. */
export function requiredClauses(library: Library, facts: DocumentFacts, playbook: Playbook, today: string): Clause[] {
  const f = conditionFacts(facts, today)
  const extra = new Set(playbook.required)
  const ids = [...CLAUSE_IDS, ...(facts.role === 'processor' ? ART28_IDS : [])]
  const out: Clause[] = []
  for (const id of ids) {
    const files = library.byId.get(id) ?? []
    if (!extra.has(id) && !files.some((c) => holds(c.requiredWhen, f))) continue
    const clause = suggestedVariant(library, id, f)
    if (clause) out.push(clause)
  }
  return out
}

/** The required clauses a reviewed document does not contain (missing or only referenced). */
export function clausesToAdd(library: Library, review: Pick<FileReview, 'clauses' | 'facts'>, playbook: Playbook, today: string): Clause[] {
  const status = new Map(review.clauses.map((c) => [c.id, c.status]))
  return requiredClauses(library, review.facts, playbook, today).filter((c) => status.get(c.id) !== 'present')
}
