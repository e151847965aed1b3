/**
 * Classes of wordings seen on the third round of the English corpus (issue #11), each a general
 * way to say the clause, with traps that must stay out:
 * - the data supplier's warranty said as a duty to ensure: "Customer will ensure that it has
 *   established all necessary lawful bases … by obtaining all necessary consents", data "collected,
 *   processed, transferred and used in full compliance with Applicable Data Protection Laws";
 * - force majeure without the words: "not liable for any loss resulting from a cause over which it
 *   does not have direct control";
 * - subcontracting as performance through others: "may provide Services through its third-party
 *   contractors".
 */
import { describe, expect, test } from 'vitest'
import { presentIds } from './detection-harness.js'

// Patterns alone: the learned model is tested elsewhere, and a pattern test must not pass by it.
const present = (text: string) => presentIds(text)

describe("the data supplier's warranty said as a duty to ensure", () => {
  test.each([
    ['Customer will ensure that it has established all necessary lawful bases under Data Protection Laws to enable Provider to lawfully Process Customer Personal Data, including by obtaining all necessary consents.'],
    ['Customer shall ensure that any and all personal data used in connection with the Agreement is collected, processed, transferred and used in full compliance with applicable data protection laws.'],
    ['The Partner shall ensure that it has obtained the consents required for each contact it transmits.'],
    ["Le Fournisseur s'engage à s'assurer qu'il a recueilli les consentements nécessaires avant toute transmission."],
  ])('%j → present', (text) => {
    expect(present(text)).toContain('compliance-warranty')
  })

  test.each([
    ['Provider shall ensure that its staff have obtained appropriate security training.'],
    ["Customer's use of the Services shall be in full compliance with the Acceptable Use Policy."],
    ['We will ensure that your preferences are recorded in your account.'],
  ])('trap %j does not make it present', (text) => {
    expect(present(text)).not.toContain('compliance-warranty')
  })
})

describe('force majeure without the words: causes beyond or outside control', () => {
  test.each([
    ['PostHog will not be liable for any loss resulting from a cause over which it does not have direct control.'],
    ['Neither party shall be liable for any delay or failure to perform caused by circumstances beyond its reasonable control.'],
  ])('%j → present', (text) => {
    expect(present(text)).toContain('force-majeure')
  })

  test.each([
    ['The Provider is not responsible for the content of third-party websites, over which it has no control.'],
    ['Each party controls its own systems and is responsible for events within its control.'],
  ])('trap %j does not make it present', (text) => {
    expect(present(text)).not.toContain('force-majeure')
  })
})

describe('subcontracting as performance through others', () => {
  test.each([
    ['PostHog may provide Services through its third-party contractors but will remain subject to the obligations hereunder.'],
    ['The Supplier may perform the work through one or more subcontractors.'],
  ])('%j → present', (text) => {
    expect(present(text)).toContain('subcontracting')
  })

  test.each([
    ['Customer may access the Services through its authorised agents.'],
    ['The Provider will provide the Services through its own employees.'],
  ])('trap %j does not make it present', (text) => {
    expect(present(text)).not.toContain('subcontracting')
  })
})

describe("a DPA's own annexes do not make it a contract with processor terms inside", () => {
  const dpa = [
    '# DATA PROCESSING AGREEMENT',
    '## 3. Roles and instructions',
    'The Processor shall process the Personal Data only on the documented instructions of the Controller.',
    '## 14. Order of precedence',
    'In case of conflict between this DPA and the Main Agreement on data protection matters, this DPA shall prevail.',
    '## 15. Miscellaneous',
    "Neither Party may assign this DPA without the other Party's prior written consent.",
    '# Annex 2 — Technical and Organisational Measures',
    '## 1. Encryption',
    'All Personal Data in transit is encrypted using TLS 1.2 or higher, and Personal Data at rest using AES-256 or equivalent.',
    '## 2. Access control',
    'Role-based access control with least-privilege principle; access to Personal Data is logged and reviewed every quarter by the security team.',
  ].join('\n\n')

  test('the articles of a DPA with annexes hold its general clauses', () => {
    expect(present(dpa)).toEqual(expect.arrayContaining(['documents-precedence', 'assignment', 'art28-instructions']))
  })

  test('trap: in a services agreement with an Art. 28 annex, the annex still holds only the Art. 28 items', () => {
    const contract = [
      '# SERVICES AGREEMENT',
      '## 1. Services',
      'The Provider shall provide the hosting services described in the Order Form to the Customer.',
      '## 2. Fees',
      'The Customer shall pay the fees stated in the Order Form within 30 days of each invoice.',
      '## 3. Term',
      'This Agreement starts on the Effective Date and continues for one year.',
      '# Annex 1 — Data processing agreement (Article 28 GDPR)',
      'The Processor shall process the Personal Data only on the documented instructions of the Controller.',
      "Neither Party may assign this Agreement without the other Party's prior written consent.",
    ].join('\n\n')
    const found = present(contract)
    expect(found).toContain('art28-instructions')
    expect(found).not.toContain('assignment')
  })
})
