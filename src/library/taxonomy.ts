/**
 * The stable ids of `../shared/domain/taxonomy.md`: the contract between the clause library, the
 * builder, the reviewer's JSON and the evaluation data. Kept as data so every other module can
 * check an id without reading the markdown at run time.
 */

/** Clause families, in the order articles appear in a contract. */
export const FAMILIES = [
  'framework',
  'delivery',
  'commercial',
  'gdpr',
  'liability',
  'termination',
  'general',
  'art28',
] as const
export type Family = (typeof FAMILIES)[number]

/** The 38 clause ids of the main table, in taxonomy order. */
export const CLAUSE_IDS = [
  'documents-precedence',
  'lead-definition',
  'lead-sources',
  'delivery',
  'volumes',
  'exclusivity',
  'lead-returns',
  'fraud-controls',
  'price-payment',
  'data-protection-roles',
  'compliance-warranty',
  'consent-proof',
  'data-subject-information',
  'opt-out-propagation',
  'data-subject-rights',
  'security',
  'breach-notification',
  'retention-deletion',
  'international-transfers',
  'audit-rights',
  'subcontracting',
  'telemarketing-rules',
  'regulator-cooperation',
  'indemnity',
  'liability-cap',
  'insurance',
  'penalties',
  'term-renewal',
  'termination-for-convenience',
  'termination-for-cause',
  'termination-effects',
  'data-use-restrictions',
  'confidentiality',
  'reporting',
  'assignment',
  'force-majeure',
  'governing-law',
  'jurisdiction',
] as const
export type ClauseId = (typeof CLAUSE_IDS)[number]

/** The 14 GDPR Art. 28(3) processor-terms checklist ids. */
export const ART28_IDS = [
  'art28-processing-details',
  'art28-instructions',
  'art28-infringing-instruction',
  'art28-personnel-confidentiality',
  'art28-security',
  'art28-subprocessor-authorisation',
  'art28-subprocessor-changes',
  'art28-subprocessor-flow-down',
  'art28-subprocessor-liability',
  'art28-rights-assistance',
  'art28-compliance-assistance',
  'art28-breach-notice',
  'art28-delete-or-return',
  'art28-audit',
] as const
export type Art28Id = (typeof ART28_IDS)[number]

/** Every id a library file may carry. */
export const ALL_IDS: readonly string[] = [...CLAUSE_IDS, ...ART28_IDS]

/** True when `id` is a taxonomy id (clause or Art. 28 item). */
export function isTaxonomyId(id: string): id is ClauseId | Art28Id {
  return ALL_IDS.includes(id)
}

const FAMILY_RUNS: ReadonlyArray<readonly [Family, number]> = [
  ['framework', 1],
  ['delivery', 7],
  ['commercial', 1],
  ['gdpr', 14],
  ['liability', 4],
  ['termination', 4],
  ['general', 7],
]

/** The family of each taxonomy id, as in the taxonomy table (Art. 28 items: `art28`). */
export const FAMILY_OF: Readonly<Record<string, Family>> = (() => {
  const out: Record<string, Family> = {}
  let i = 0
  for (const [family, count] of FAMILY_RUNS) for (let k = 0; k < count; k++) out[CLAUSE_IDS[i++]!] = family
  for (const id of ART28_IDS) out[id] = 'art28'
  return out
})()
