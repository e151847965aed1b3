/**
 * Rule classes found on the eighth round of English documents written by others (issue #11, DPAs):
 * a DPA's liability clause that only points to the main contract's limitations ("The limitations of
 * liability set forth in the Agreement shall apply", "governed by the Main Contract (including any
 * liability caps)") sets no cap of its own, so it is not reported as a cap without a data carve-out:
 * that cap, and its carve-outs, are in the referenced contract. A cap with its own amount stays reported.
 * And the controller's own duties in a DPA are no compliance shifted to the buyer: its own use of the
 * service "without limitation of" the processor's obligations, its own breach-notification duties.
 */
import { lines, ruleById, ruleTester } from './harness.js'

ruleTester(ruleById('liability-cap-no-data-carveout'), {
  valid: [
    {
      name: 'EN: the limitations of liability of the Agreement apply to the DPA',
      text: lines('# Data Processing Agreement', '## General', "The limitations of liability set forth in the Agreement shall apply to the Processor's liability arising out of or relating to this DPA."),
    },
    {
      name: "EN: each party's liability governed by the Main Contract, its caps included",
      text: lines('# Business Associate Agreement', '## Cooperation', "Each party's financial responsibility, if any, remains governed by the Main Contract (including any liability caps)."),
    },
    {
      name: 'EN: liability subject to the limitations in the Agreement',
      text: lines('# Data Processing Addendum', '## Liability', 'Any liabilities arising under this Addendum are subject to the limitations of liability in the Agreement.'),
    },
  ],
  invalid: [
    {
      name: 'EN (trap): a cap with its own amount beside the reference is still a cap',
      text: lines('# Services Agreement', '## Liability', 'Any liabilities arising under this Addendum are subject to the limitations of liability in the Agreement.', "The Supplier's total liability under this Agreement shall not exceed the fees paid in the twelve months before the claim."),
      errors: [{ message: 'Liability cap without a carve-out for data protection', line: 4 }],
    },
  ],
})

ruleTester(ruleById('compliance-shifted-to-buyer'), {
  valid: [
    {
      name: "EN: the customer's own use of the service, the processor's obligations expressly kept",
      text: lines('# Data Processing Addendum', '## Security', "Customer agrees that, without limitation of the Processor's obligations under this Section, Customer is solely responsible for its use of the Services, including securing its account credentials and keeping its own backups of Customer Data."),
    },
    {
      name: "EN: the controller's own duty to decide on and make breach notifications",
      text: lines('# Data Processing Agreement', '## Breaches', 'The Customer is solely responsible for determining whether a Data Breach triggers any notification obligations under Applicable Data Protection Law and for fulfilling those obligations.'),
    },
  ],
  invalid: [
    {
      name: 'EN (trap): the compliance of the campaigns put on the customer alone',
      text: lines('# Terms', '## Compliance', 'The Customer is solely responsible for the compliance of its campaigns and of the data it uses with data protection law.'),
      errors: [{ message: 'Compliance is put on the Buyer alone', line: 3 }],
    },
  ],
})
