/**
 * Chooses the clauses of a deal: every taxonomy id whose `requiredWhen` holds for the deal's facts,
 * in taxonomy order, with the variant whose `when` holds, minus the ids the deal excludes.
 */
import { LibraryError } from '../core/errors.js'
import type { Clause, Library } from '../library/clause.js'
import { holds, phoneRegimeFor, type Facts } from '../library/conditions.js'
import { ART28_IDS, CLAUSE_IDS } from '../library/taxonomy.js'
import type { Deal } from '../deal/schema.js'

/** The facts of a deal, as conditions see them. */
export function dealFacts(deal: Deal): Facts {
  return {
    channels: deal.channels,
    role: deal.role,
    offshore: deal.offshore.length > 0,
    phoneRegime: deal.channels.includes('phone') ? phoneRegimeFor(deal.collectionStart) : undefined,
    options: {
      penalties: deal.options.penalties ?? deal.penalties !== undefined,
      reporting: deal.options.reporting ?? true,
      assignment: deal.options.assignment ?? true,
      forceMajeure: deal.options.forceMajeure ?? true,
    },
  }
}

/** The one variant of `id` that applies to the facts, or undefined when the clause is not required. */
export function chooseVariant(library: Library, id: string, facts: Facts): Clause | undefined {
  const files = library.byId.get(id) ?? []
  const required = files.filter((c) => holds(c.requiredWhen, facts))
  if (required.length === 0) return undefined
  const matching = required.filter((c) => holds(c.when, facts))
  if (matching.length !== 1) {
    throw new LibraryError([{ file: files[0]?.file ?? 'clauses/', message: `${matching.length} variants of ${id} apply to these facts; expected exactly one` }])
  }
  return matching[0]
}

/** The selected articles and processor-annex items, in order. */
export function selectClauses(library: Library, deal: Deal): { articles: Clause[]; processorTerms: Clause[] } {
  const facts = dealFacts(deal)
  const excluded = new Set(deal.exclude)
  const pick = (ids: readonly string[]) =>
    ids.filter((id) => !excluded.has(id)).map((id) => chooseVariant(library, id, facts)).filter((c): c is Clause => c !== undefined)
  return { articles: pick(CLAUSE_IDS), processorTerms: pick(ART28_IDS) }
}
