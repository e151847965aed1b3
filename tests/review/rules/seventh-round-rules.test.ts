/**
 * Rule classes found on the seventh round of English documents written by others (issue #11): a
 * carve-out list after "Nothing … excludes or limits the liability … for:" whose items run on as
 * sentences; a cap at the fees under one purchase order; an immediate cancellation for not complying
 * is for cause, not a convenience exit; retention "for as long as you continue to consent"; the
 * organiser's own contest told to its entrants supplies no leads; data shared with third parties as
 * needed to process it is no resale. Each with its look-alike that stays reported or silent.
 */
import { lines, ruleById, ruleTester } from './harness.js'

const CAP = "Each party's aggregate liability under the Agreement will not exceed the fees paid in the twelve months before the claim."

ruleTester(ruleById('liability-cap-no-data-carveout'), {
  valid: [
    {
      name: 'EN: carve-out list run on as sentences, data protection among its items',
      text: lines('# Conditions', CAP, 'Nothing in the Agreement excludes or limits the liability of either party for: (i) death or personal injury; (ii) fraud; (iii) breach of the confidentiality and data protection provisions of the Agreement.'),
    },
  ],
  invalid: [
    {
      name: 'EN: carve-out list with no data, confidentiality, fraud or wilful item',
      text: lines('# Conditions', CAP, 'Nothing in the Agreement excludes or limits the liability of either party for: (i) death or personal injury; (ii) loss of goods in transit.'),
      errors: [{ message: 'Liability cap without a carve-out for data protection', line: 2 }],
    },
  ],
})

ruleTester(ruleById('weak-liability-cap'), {
  valid: [
    {
      name: 'EN: the greater of all fees under the Agreement or a sum (fees grow with the contract)',
      text: lines('# Conditions', "Each party's aggregate liability will not exceed the greater of (i) the fees paid under the Agreement, or (ii) 50,000 USD."),
    },
  ],
  invalid: [
    {
      name: 'EN: the greater of the fees under one purchase order or a sum below the playbook',
      text: lines('# Conditions', "Each party's aggregate liability will not exceed the greater of (i) the amount of fees becoming payable under the PO, or (ii) 50,000 USD."),
      errors: [{ message: 'the price of one order', line: 2 }],
    },
  ],
})

ruleTester(ruleById('weak-notice-period'), {
  valid: [
    {
      name: 'EN: immediate cancellation if the user does not comply is for cause',
      text: lines('# Terms', 'Paid Content is charged at purchase.', 'We reserve the right to immediately cancel or suspend your account at any time if you do not comply with the requirements herein.'),
    },
  ],
  invalid: [
    {
      name: 'EN: cancellation at any time for any reason, without notice',
      text: lines('# Terms', 'Paid Content is charged at purchase.', 'We may cancel your account at any time for any reason without notice.'),
      errors: [{ message: 'No notice to end the contract', line: 3 }],
    },
  ],
})

ruleTester(ruleById('retention-until-opt-out'), {
  valid: [
    {
      name: 'EN: kept while consent lasts, with a maximum',
      text: lines('# Privacy notice', 'Your information is kept for as long as you continue to consent, and at most 3 years from the last contact.'),
    },
    {
      name: "EN: kept for the life of the person's own account",
      text: lines('# Privacy notice', 'Your account details are kept for as long as your account is active.'),
    },
  ],
  invalid: [
    {
      name: 'EN: kept for as long as the person continues to consent',
      text: lines('# Privacy notice', 'Where you have agreed, your information is kept for as long as you continue to consent to receive our news and product updates.'),
      errors: [{ message: 'Retention with no end other than an opt-out', line: 2 }],
    },
  ],
})

ruleTester(ruleById('contest-sources-unreviewed'), {
  valid: [
    {
      name: "EN: the organiser's own competition, told to its entrants",
      text: lines(
        '# Privacy Notice – Online competitions',
        'This Privacy Notice tells you about the information collected from you when you enter into an online competition.',
        'For the purposes of administering the online competition, the collection of personal data may be completed by our group companies.',
      ),
    },
  ],
  invalid: [
    {
      name: 'EN: leads from online competitions, with no entrant addressed',
      text: lines('# Quote', 'Leads are collected through online competitions and co-registration.'),
      errors: [{ message: 'without any right for the Buyer to review the collection forms', line: 2 }],
    },
  ],
})

ruleTester(ruleById('unlimited-subcontracting'), {
  valid: [
    {
      name: 'EN: data shared with third parties as reasonably required to process and store it',
      text: lines('# Privacy notice', 'Your data may be shared with third parties as reasonably required for us to process and store your data in accordance with this notice.'),
    },
  ],
  invalid: [
    {
      name: 'EN: data shared with any third parties',
      text: lines('# Privacy notice', 'We may share your data with any third parties.'),
      errors: [{ message: 'Unlimited right to resell or share the leads', line: 2 }],
    },
  ],
})
