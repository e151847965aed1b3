/**
 * Classes found on the eighth round of English documents written by others (issue #11, GDPR DPAs
 * and the Art. 28 items): a document titled as processor terms at the level of its own sections
 * (front matter read as a heading, « ## Data Processing Agreement » over « ## 1. Definitions »)
 * is processor terms throughout; a party block that labels the parties ("Controller: Customer",
 * "Processor: [Your company]") states the processor role; processor terms name the data they cover
 * by a defined term ("Customer Data", "Organization Data", "Client Personal Data", "PHI") as often as
 * "personal data"; and the items worded or titled otherwise than the Regulation: processing "only for
 * the purposes described in" the agreement, "Audits and Reviews of Compliance", help "for the
 * Controller to notify" the authority (Art. 33–34), a bare "Security measures" or "Deletion/return"
 * title, "Nature, Purpose, and Scope of Processing". And a trap class: staff bound by confidentiality, or
 * data kept "subject to the confidentiality obligations of the Main Contract", is no confidentiality
 * clause of the document. A processor's help with the controller's dealings with the supervisory
 * authority (prior consultations, the authority's requests, its audits) is regulator cooperation.
 * Each class has its traps: the same words about something else.
 */
import { describe, expect, test } from 'vitest'
import { loadLibrary } from '../../src/library/library.js'
import { compileLibrary, detectClauses } from '../../src/review/detect.js'
import { documentFacts } from '../../src/review/facts.js'
import { documentOf } from './rules/harness.js'

const library = await loadLibrary()
// Patterns alone: the learned model is tested elsewhere, and a pattern test must not pass by it.
const compiled = compileLibrary(library, {}, () => undefined)
const present = (text: string) => detectClauses([documentOf(text)], compiled).filter((c) => c.status === 'present').map((c) => c.id)

describe('a title naming processor terms at the level of its sections makes the whole document processor terms', () => {
  const body = [
    '## 1. Definitions',
    '"Sub-processor" means any third party engaged by the Processor.',
    '## 2. Obligations of the Processor',
    'The Processor shall process Personal Data only on documented instructions from the Customer.',
    '## 3. Breaches',
    'The Processor shall notify the Customer without undue delay after becoming aware of a Personal Data Breach.',
  ]
  test.each([
    ['a title heading at the level of the sections', ['## Data Processing Agreement', 'This agreement is an addendum to the Service Agreement.', ...body]],
    ['front matter read as a heading', ['## title: Data processing agreement description: How we process personal data for customers.', 'Last updated: 1 April 2026.', 'This agreement is an addendum to the Service Agreement between the parties.', ...body]],
  ])('%s: the Art. 28 items in its articles are present', (_name, lines) => {
    const got = present(lines.join('\n'))
    expect(got).toContain('art28-instructions')
    expect(got).toContain('art28-breach-notice')
  })
  test('trap: a contract whose title is no processor terms keeps its Art. 28 items in its processor annex', () => {
    const got = present(
      [
        '## Master Services Agreement',
        '## 1. Services',
        'The Supplier shall process Personal Data only on documented instructions from the Customer.',
        '## 2. Fees',
        'The Customer shall pay the fees within 30 days of invoice.',
        '## Annex 2 - Data Processing Agreement',
        'The Supplier shall notify the Customer without undue delay after becoming aware of a Personal Data Breach.',
      ].join('\n'),
    )
    expect(got).toContain('art28-breach-notice')
    expect(got).not.toContain('art28-instructions')
  })
})

describe('a party block labelling the controller and the processor states the processor role', () => {
  const role = (lines: readonly string[]) => documentFacts(documentOf(lines.join('\n'))).role
  test.each([
    [['# Data Processing Addendum (Template)', 'Controller: Customer', 'Processor: [Your company]', '## Scope', 'Processor processes personal data to provide the service.']],
    [['# Annex 1', 'Data Controller: [CUSTOMER LEGAL NAME]', 'Data Processor: Acme Ltd, 1 High Street, London']],
    [['# Annexe', 'Responsable de traitement : le Client', 'Sous-traitant : la société Exemple']],
  ])('%j → processor', (lines) => {
    expect(role(lines)).toBe('processor')
  })
  test.each([
    [['# Sub-processors', 'Sub-processor: Amazon Web Services, hosting, United States.']],
    [['# Privacy notice', 'Controller: Example Ltd, 1 High Street, London.', 'You may contact our data protection officer.']],
  ])('trap %j: no role stated', (lines) => {
    expect(role(lines)).toBeUndefined()
  })
})

describe('processor terms naming the processed data by a defined term hold the Art. 28 items', () => {
  const dpa = (line: string) => present(['# Data Processing Agreement', '## Obligations', line].join('\n'))
  test.each([
    ['art28-instructions', 'Acme will Process Customer Data only in accordance with the Customer\'s instructions.'],
    ['art28-personnel-confidentiality', 'Acme ensures that all personnel it authorises to process Client Data are subject to appropriate confidentiality obligations.'],
    ['art28-personnel-confidentiality', 'Workforce members with access to PHI are bound by written confidentiality obligations.'],
    ['art28-delete-or-return', 'Upon termination of the Agreement, Acme will delete all Organisation Data from its systems.'],
    ['art28-security', 'Acme maintains appropriate security measures to protect Controller Data against unauthorised access.'],
  ])('%s: %j', (id, line) => {
    expect(dpa(line)).toContain(id)
  })
  test.each([
    ['art28-instructions', 'Customer Data is stored in the region the Customer selects at sign-up.'],
    ['art28-personnel-confidentiality', 'Our personnel may contact the Customer about its billing data.'],
    ['art28-delete-or-return', 'The Customer may delete Customer Data at any time from the dashboard.'],
  ])('trap %s: %j', (id, line) => {
    expect(dpa(line)).not.toContain(id)
  })
})

describe('Art. 28 items worded or titled otherwise than the Regulation', () => {
  const dpa = (lines: readonly string[]) => present(['# Data Processing Agreement', ...lines].join('\n'))
  test.each([
    ['art28-instructions', ['## Processing', 'The Processor shall process Customer Data only for the purposes described in the Agreement or as otherwise agreed in the Customer\'s written instructions.']],
    ['art28-audit', ['## 8. Audits and Reviews of Compliance', 'The Processor uses external auditors every year and shares their report.']],
    ['art28-compliance-assistance', ['## Incidents', 'The Processor will provide reasonable assistance for the Controller to notify the supervisory authority of a personal data breach.']],
    ['art28-security', ['## Security measures', 'Access controls, encryption in transit, backups and incident response.']],
    ['art28-delete-or-return', ['## Deletion/return', 'At the end of the services the Processor hands the records back as the contract says.']],
    ['art28-processing-details', ['## 2. Nature, Purpose, and Scope of Processing', 'The Processor routes the HTTP requests of the Customer\'s end users to the Customer\'s servers for the term of the Agreement.']],
  ])('%s: %j', (id, lines) => {
    expect(dpa(lines)).toContain(id)
  })
  test.each([
    ['art28-instructions', ['## Use', 'The Customer shall process its data only for the purposes described in its own privacy notice.']],
    ['art28-audit', ['## Financial audits', 'Each party keeps accurate books of account.']],
    ['art28-compliance-assistance', ['## Incidents', 'Each party will comply with Articles 33 and 34 of the GDPR.']],
    ['art28-security', ['## Account security', 'Keep your password secret and change it often.']],
    ['art28-delete-or-return', ['## Returns/refunds', 'Goods may be returned within 14 days for a refund.']],
    ['art28-processing-details', ['## 2. Nature, Purpose, and Scope of Processing', '[To be completed by the parties]']],
  ])('trap %s: %j', (id, lines) => {
    expect(dpa(lines)).not.toContain(id)
  })
})

describe('staff confidentiality, or confidentiality obligations of another contract, is no confidentiality clause', () => {
  test.each([
    ['The Processor ensures that personnel authorized to process personal data are bound by confidentiality obligations.'],
    ['Workforce members with access to the data are bound by confidentiality obligations and trained every year.'],
    ['Any data so retained remains subject to the confidentiality obligations of the Main Contract.'],
  ])('%j → no confidentiality', (line) => {
    expect(present(['# Data Processing Agreement', '## Obligations', line].join('\n'))).not.toContain('confidentiality')
  })
  test.each([
    ['Each party shall keep the other party\'s Confidential Information confidential and use it only to perform this Agreement.'],
    ['The receiving party shall not disclose the disclosing party\'s confidential information to any third party.'],
  ])('%j → confidentiality', (line) => {
    expect(present(['# Services Agreement', '## Obligations', line].join('\n'))).toContain('confidentiality')
  })
})

describe("a processor's help with the controller's dealings with the supervisory authority is regulator cooperation", () => {
  test.each([
    ['The Processor will provide reasonable cooperation with any impact assessment or prior consultations with the supervisory authority.'],
    ['Upon written request, the Processor shall assist the Customer in responding to requests from data protection authorities relating to the processing.'],
    ['The Processor shall cooperate with any audit conducted by a supervisory authority.'],
  ])('%j → present', (line) => {
    expect(present(['# Data Processing Agreement', '## Cooperation', line].join('\n'))).toContain('regulator-cooperation')
  })
  test.each([
    ['The Customer may request information about the supervisory authority competent for its establishment.'],
    ['The Processor consults its own lawyers before answering any request.'],
  ])('trap %j', (line) => {
    expect(present(['# Data Processing Agreement', '## Cooperation', line].join('\n'))).not.toContain('regulator-cooperation')
  })
})
