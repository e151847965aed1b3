/**
 * Rule classes found on the tenth round of English documents written by others (issue #11, a
 * public buyer's procurement terms with an insurance exhibit): the insurance a contractor must buy
 * is no liability cap and no exit from the contract.
 * - A policy "insuring the Contractor's liability … of not less than $1,000,000" states the
 *   insurance's amount, not a cap on anyone's liability: it is not reported as a cap without a data
 *   carve-out, and it does not hide the writer's own exclusion of all its liability, which is.
 * - A policy "endorsed to provide the Issuer with 30 days' notice of cancellation" is the
 *   insurer's notice to the insured parties, not a party's notice to end the contract.
 * - "Under no circumstances will the Issuer … be liable … for any direct, indirect … damages" is
 *   an exclusion of all liability, as "in no event shall … be liable" is.
 * A real cap and a real 30-day exit beside the insurance are still reported.
 */
import { lines, ruleById, ruleTester } from './harness.js'

const PRICE = 'The Issuer pays the Contractor a fixed fee of CAD 20,000 on acceptance of the work.'

/** The writer's exclusion of all its liability, beside the insurance it makes the reader carry. */
const EXCLUSION_BESIDE_INSURANCE = lines(
  '# Contract Terms',
  '## Liability',
  'Under no circumstances will the Issuer be liable to the Contractor for any direct, indirect, special or consequential damages.',
  '## Insurance',
  "The Contractor must maintain Professional Errors and Omissions Liability cover insuring the Contractor's liability for errors in the deliverables in an amount of not less than $1,000,000.",
)

ruleTester(ruleById('liability-cap-no-data-carveout'), {
  valid: [
    {
      name: "EN: errors and omissions insurance insuring the contractor's liability for a minimum amount is no cap",
      text: lines('# Contract Terms', '## Insurance', "The Contractor must maintain Professional Errors and Omissions Liability cover insuring the Contractor's liability for errors in the deliverables in an amount of not less than $1,000,000."),
    },
  ],
  invalid: [
    {
      name: "EN: beside that insurance, the writer's exclusion of all its liability is reported",
      text: EXCLUSION_BESIDE_INSURANCE,
      errors: [{ message: 'Liability excluded without a carve-out for data protection', line: 3 }],
    },
  ],
})

ruleTester(ruleById('weak-liability-cap'), {
  valid: [
    {
      name: "EN: the insurance's minimum amount alone is no cap at all, weak or not",
      text: lines('# Contract Terms', '## Insurance', "The Contractor must maintain Professional Errors and Omissions Liability cover insuring the Contractor's liability for errors in the deliverables in an amount of not less than $1,000,000."),
    },
  ],
  invalid: [
    {
      name: "EN: the insurance's minimum amount does not stand for a cap that would hide the exclusion of all liability",
      text: EXCLUSION_BESIDE_INSURANCE,
      errors: [{ message: 'Liability excluded, direct damages included', line: 3 }],
    },
  ],
})

ruleTester(ruleById('weak-notice-period'), {
  valid: [
    {
      name: "EN: the insurer's notice of cancellation of the policy is no notice to end the contract",
      text: lines('# Contract Terms', '## Price', PRICE, '## Insurance', 'The Contractor must maintain general liability insurance, and this insurance must:', '- be endorsed to provide the Issuer with 30 days advance written notice of cancellation or material change.'),
    },
  ],
  invalid: [
    {
      name: "EN (trap): a party's 30-day exit beside the insurance clause is still reported",
      text: lines('# Contract Terms', '## Price', PRICE, '## Termination', 'The Contractor may terminate this Agreement for any reason by giving 30 days written notice to the Issuer.'),
      errors: [{ message: 'Notice period of 30 days', line: 5 }],
    },
  ],
})

// What crawlers or search engines keep of public pages is a warning about outsiders the contract
// does not bind, not the parties' retention: no retention-until-opt-out flag on it. The writer's
// own indefinite retention of prospects' data stays reported.
ruleTester(ruleById('retention-until-opt-out'), {
  valid: [
    {
      name: 'EN: search engines that crawl public pages may keep them indefinitely',
      text: lines('# Terms', '## Data', 'Search engines that crawl public pages of the service may retain those pages indefinitely, and we are not responsible for them.'),
    },
  ],
  invalid: [
    {
      name: "EN (trap): the writer keeping prospects' data indefinitely is still reported",
      text: lines('# Privacy', '## Retention', 'We retain the contact details of prospects indefinitely for our marketing.'),
      errors: [{ message: 'Retention with no end other than an opt-out', line: 3 }],
    },
  ],
})
