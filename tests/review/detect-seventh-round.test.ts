/**
 * Classes of wording found on the seventh round of English documents written by others (issue
 * #11): the choice of court written into the governing-law article; processing "outside of" the EEA;
 * a party stated to be (acting as) a data controller; retention "for the duration of" an event;
 * termination when deliveries do not meet the specifications; personal data processed only as the
 * contract needs; processing by a third-party supplier or "directly or through" others. And the
 * traps these documents showed: a copy of a form's responses is no sample of the form, a record
 * retention policy or a login is no consent record, rights exercised free of charge are no price,
 * an unsubscribe link in one's own emails is no passing on of opt-outs, and an account-security
 * heading (the user's password) is no data-security clause. Each class has traps: the same words
 * about something else.
 */
import { describe, expect, test } from 'vitest'
import { presentIds } from './detection-harness.js'

// Patterns alone: the learned model is tested elsewhere, and a pattern test must not pass by it.
const present = (text: string) => presentIds(text)

describe('the choice of court written into the governing-law article is jurisdiction', () => {
  test('law and courts in one sentence under a "Governing law" heading: both clauses', () => {
    const got = present(['# Terms', '## 28. Governing law', 'The Agreement shall be governed by the laws of England and the Parties hereby submit to the exclusive jurisdiction of the courts of England.'].join('\n'))
    expect(got).toContain('governing-law')
    expect(got).toContain('jurisdiction')
  })
  test('under "Dispute resolution", the governing law stated in the same article counts', () => {
    expect(present(['# Terms', '## Dispute resolution', 'This Agreement is governed by the laws of the State of New York.', 'Any dispute shall be brought exclusively in the courts of New York County.'].join('\n'))).toContain('governing-law')
  })
  test.each([
    [['# Terms', '## Governing law', 'This Agreement is governed by the laws of Ireland.']],
    [['# Terms', '## Confidentiality', 'The disclosing party may seek injunctive relief in any court of competent jurisdiction.']],
  ])('trap %j: no choice of court', (text) => {
    expect(present(text.join('\n'))).not.toContain('jurisdiction')
  })
})

describe('processing "outside of" the EEA is an international transfer', () => {
  test.each([
    ['Your information is stored in our database and may be processed outside of the European Economic Area.'],
    ['It is sent outside of the European Economic Area for our own internal processing purposes only.'],
  ])('%j → present', (text) => {
    expect(present(text)).toContain('international-transfers')
  })
  test.each([['Our offices outside of the United Kingdom are closed on public holidays.'], ['Partners based outside of the EEA may apply to the programme.']])('trap %j', (text) => {
    expect(present(text)).not.toContain('international-transfers')
  })
})

describe('a party stated to be (acting as) a data controller states the roles', () => {
  test.each([
    ['In collecting this information, we are acting as a data controller and, by law, we must tell you about us.'],
    ['The third party webinar platform provider is acting as a data controller for the registration.'],
    ['The Customer is the data controller of the form responses.'],
  ])('%j → present', (text) => {
    expect(present(text)).toContain('data-protection-roles')
  })
  test.each([['If you are a data controller, please read our processing terms before use.'], ['Send your questions to the privacy team by email.']])('trap %j', (text) => {
    expect(present(text)).not.toContain('data-protection-roles')
  })
})

describe('data kept for the duration of an event is a retention clause', () => {
  test('kept for the duration of the competition → present', () => {
    expect(present('We keep your information for the duration of the online competition.')).toContain('retention-deletion')
  })
  test.each([['The Supplier keeps the equipment for the duration of the project.'], ['The licence is granted for the duration of the Agreement.']])('trap %j', (text) => {
    expect(present(text)).not.toContain('retention-deletion')
  })
})

describe('termination when deliveries do not meet the specifications is for cause', () => {
  test('"may terminate … if the Supplier does not meet the applicable specifications" → present', () => {
    expect(present('The Buyer may terminate the Agreement or an applicable order if the Supplier does not meet the applicable specifications.')).toContain('termination-for-cause')
  })
  test.each([['The Supplier shall deliver goods that meet the specifications.'], ['Either party may terminate the Agreement on ninety days written notice.']])('trap %j', (text) => {
    expect(present(text)).not.toContain('termination-for-cause')
  })
})

describe('personal data processed only as the contract needs is a use restriction', () => {
  test('"only process the personal data to the extent … necessary" → present', () => {
    expect(present('The parties will only process the personal data: (i) to the extent, and in such manner, as is necessary in order to comply with obligations under the Agreement.')).toContain('data-use-restrictions')
  })
  test('trap: processing "in a secure manner" restricts no use', () => {
    expect(present('The Supplier will process the personal data in a secure manner.')).not.toContain('data-use-restrictions')
  })
})

describe('processing by a third-party supplier, or services performed through others, is subcontracting', () => {
  test.each([
    ['The Partner Platform is hosted by a third party supplier, Zift Solutions.'],
    ['In order for the platform to operate we share your information with this third party supplier.'],
    ['For the purposes of administering the competition, the collection, use and processing of personal data may be completed by us, our group companies or other third parties.'],
    ['Your information is not shared with any third parties, except as reasonably required for us to process and store your data.'],
    ['We may need to provide limited personal data, such as your name and email address, to third parties for the purposes of providing you with the Service.'],
    ['The Provider will perform the Services for the Customer, either directly or through a reseller or other third party service provider.'],
  ])('%j → present', (text) => {
    expect(present(text)).toContain('subcontracting')
  })
  test.each([['The website is hosted on servers located in Canada.'], ['We never share your data with third parties for their own marketing.'], ['Third parties may provide links to their own services.']])('trap %j', (text) => {
    expect(present(text)).not.toContain('subcontracting')
  })
})

describe('traps of the seventh round: look-alikes that are not the clause', () => {
  test('a copy of the form responses, a record retention policy and a login are no consent proof', () => {
    expect(present('Keep a copy of the form response for your own records.')).not.toContain('consent-proof')
    expect(present('We keep your information for so long as you consent and as reasonably required in accordance with our record retention policy.')).not.toContain('consent-proof')
    expect(present('Where you have consented to our emails, you may unsubscribe from your subscription centre page (you will need to login first).')).not.toContain('consent-proof')
    // The clause itself still is.
    expect(present('The Publisher keeps a consent log with the timestamp and IP address of each opt-in.')).toContain('consent-proof')
  })
  test('rights exercised free of charge are no price; a service provided free of charge is one', () => {
    expect(present('You have a number of important rights under data protection laws free of charge.')).not.toContain('price-payment')
    expect(present('The Service is provided free of charge.')).toContain('price-payment')
  })
  test("an unsubscribe link or instructions in one's own emails pass no opt-out on", () => {
    expect(present('Unsubscribe instructions are also clearly outlined at the bottom of every direct marketing email that we send you.')).not.toContain('opt-out-propagation')
    expect(present('You can withdraw your consent at any time by clicking the unsubscribe link at the end of any email.')).not.toContain('opt-out-propagation')
    expect(present('The Publisher forwards every unsubscribe request to the Advertiser within 48 hours.')).toContain('opt-out-propagation')
  })
  test('an account-security heading (the user’s password) is no data-security clause', () => {
    expect(present(['# Terms', '## 2. Registration and Account Security', 'You are responsible for choosing an appropriate password and keeping it secret.'].join('\n'))).not.toContain('security')
    expect(present(['# Terms', '## 7. Security', 'The Provider implements appropriate technical and organisational measures to protect the data.'].join('\n'))).toContain('security')
  })
})

describe('a duty to publish a privacy notice for the forms informs the data subjects', () => {
  test('"drafting and publishing a privacy notice for your form" → present', () => {
    expect(present('You are responsible for drafting and publishing a privacy notice for your form following the directive.')).toContain('data-subject-information')
  })
  test('trap: a privacy notice named as a link informs no one', () => {
    expect(present('See our privacy notice for details of the cookies we use.')).not.toContain('data-subject-information')
  })
})

describe('data handled under a retention and disposition schedule is a retention clause', () => {
  test('"in accordance with your retention and disposition schedule" → present', () => {
    expect(present('Handle and save form responses in accordance with your retention and disposition schedule.')).toContain('retention-deletion')
  })
  test('trap: a delivery schedule', () => {
    expect(present('The Supplier delivers the goods in accordance with the delivery schedule.')).not.toContain('retention-deletion')
  })
})
