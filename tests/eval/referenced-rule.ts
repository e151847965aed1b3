/**
 * The one rule for `referenced`, applied to a corpus label from its own labelled facts: when the
 * document incorporates other terms, every clause essential for those facts (the library's
 * `requiredWhen`, the Art. 28 items for processor terms) and every clause the default playbook
 * calls referenceable that the document does not hold itself is `referenced`; otherwise nothing
 * is. The reviewer applies the same rule (`markReferenced` in src/review/engine.ts).
 */
import { loadLibrary } from '../../src/library/library.js'
import type { Library } from '../../src/library/clause.js'
import type { Lang } from '../../src/library/schema.js'
import { ART28_IDS, CLAUSE_IDS } from '../../src/library/taxonomy.js'
import { CHANNELS, ROLES, type Channel, type Role } from '../../src/library/vocabulary.js'
import { defaultPlaybook } from '../../src/review/playbook/schema.js'
import { requiredClauses } from '../../src/review/required.js'
import type { DocumentFacts, DocumentKind } from '../../src/review/types.js'

/** The parts of a corpus label the rule reads. */
export interface LabelFacts {
  language: string
  kind: string
  facts: { channels: string[]; role: string; offshore: boolean; referencedTerms: boolean }
  present: string[]
}

let library: Promise<Library> | undefined

/** The ids a label must list as `referenced`, in taxonomy order. */
export async function referencedByRule(label: LabelFacts): Promise<string[]> {
  if (!label.facts.referencedTerms) return []
  library ??= loadLibrary()
  const playbook = defaultPlaybook()
  const facts: DocumentFacts = {
    language: label.language as Lang,
    kind: label.kind as DocumentKind,
    // The labels say `post` for the postal channel.
    channels: label.facts.channels.map((c) => (c === 'post' ? 'postal' : c)).filter((c): c is Channel => (CHANNELS as readonly string[]).includes(c)),
    role: (ROLES as readonly string[]).includes(label.facts.role) ? (label.facts.role as Role) : undefined,
    offshore: label.facts.offshore,
    consumers: false,
    referencedTerms: [],
  }
  const essential = requiredClauses(await library, facts, playbook, '2026-11-29').map((c) => c.id)
  const ids = new Set([...essential, ...playbook.referenceable])
  return [...CLAUSE_IDS, ...ART28_IDS].filter((id) => ids.has(id) && !label.present.includes(id))
}
