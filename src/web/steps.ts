/**
 * The steps of the draft form: which top-level deal fields each step shows, in order. Data, not
 * code — the form itself is generated from the deal's JSON Schema; a test checks that every field
 * of the schema is in exactly one step.
 */

/** One step of the draft form. */
export interface Step {
  id: string
  title: string
  /** Top-level keys of the deal shown in this step, in order. */
  keys: readonly string[]
}

/** The steps, in the order the form shows them. */
export const STEPS: readonly Step[] = [
  { id: 'parties', title: 'Parties', keys: ['language', 'controllingLanguage', 'date', 'reference', 'buyer', 'generator'] },
  { id: 'leads', title: 'Leads and sources', keys: ['consumers', 'sectors', 'leads', 'collectionStart', 'noEnergyWorks', 'sources', 'sourceChangeNoticeDays', 'formChangeNoticeDays'] },
  { id: 'delivery', title: 'Delivery and price', keys: ['delivery', 'volumes', 'price', 'exclusivity', 'returns'] },
  { id: 'gdpr', title: 'GDPR roles and channels', keys: ['role', 'channels', 'liveTransfer', 'proof', 'proofRetentionYears', 'recordingMonths', 'optOutHours', 'breachNoticeHours', 'audit', 'offshore', 'subprocessors', 'subprocessorNoticeDays'] },
  {
    id: 'liability',
    title: 'Liability and termination',
    keys: ['liability', 'insurance', 'penalties', 'term', 'notice', 'confidentialityYears', 'survivalYears', 'governingLaw', 'courts', 'options', 'exclude', 'clauses'],
  },
]
