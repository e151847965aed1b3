/**
 * Classes of wording found on the dev split in session 17 (issue #11), after the dev labels were
 * made consistent (eval/corpus/{fr,en}/README.md, "Classes of wording decided once": a duty or warranty,
 * by whichever party, to give data subjects the notices the law requires is
 * data-subject-information). Wordings of our own; each class has near misses that must not match.
 */
import { describe, expect, test } from 'vitest'
import { presentIds } from './detection-harness.js'

// The patterns alone: these classes are the patterns' (the learned model is tested elsewhere).
const present = (line: string) => presentIds(`# Data Protection Terms\n\n${line}\n`)

describe('a duty to give data subjects the notices the law requires is data-subject-information', () => {
  test.each([
    'The Customer is responsible for providing all notices required by applicable data protection law to the individuals whose data it uploads.',
    'Controller warrants that it has given all necessary privacy notices to, and obtained all consents from, Data Subjects.',
    'Partner shall make any disclosures and obtain any consents needed for the processing of end user data.',
    'The controller remains responsible for meeting its transparency obligations towards the persons concerned.',
  ])('%s', (line) => {
    expect(present(line)).toContain('data-subject-information')
  })

  test.each([
    // A notice between the parties, not to data subjects.
    'All notices under this Agreement shall be given in writing to the addresses above.',
    // Disclosures of data to others, not notices to the people.
    'The processor may disclose personal data, provided the disclosures are required by law.',
    // A transparency report about the service, not a duty towards data subjects.
    'We publish a transparency report every year.',
  ])('not: %s', (line) => {
    expect(present(line)).not.toContain('data-subject-information')
  })
})
