/**
 * What kind of document the rules read: a deal between the reader (the buyer) and the writer, or a
 * notice that informs the people whose data it describes. Red flags about the terms of a deal — a
 * notice period, payment terms, a liability cap, a clause denied, compliance put on the buyer,
 * subcontracting or resale, returns, proof of consent, the sources of leads — need a deal: a
 * privacy notice (« politique de confidentialité », « mentions informatives », "Privacy notice –
 * Webinars") binds no buyer to a supplier, sets no price and no term, and its "we may share your
 * data with service providers" tells the people concerned how the writer processes their data, not
 * what a supplier may do with a buyer's leads (issue #11, part 4: a rule fires only where it
 * applies). What a notice says of its own processing — how long it keeps the data, the legal basis
 * of its canvassing, consent to unnamed partners — is still judged by the rules about those.
 *
 * What makes a document a notice is one definition, shared with the facts: `../../notice.ts`.
 */
import type { RuleContext } from '../../define-rule.js'
import { isInformationNotice } from '../../notice.js'

/**
 * Whether the review is of a deal whose terms a red flag may judge: false when the reviewed document
 * (the first; terms reviewed with it are its annexes) is an information notice.
 */
export function isDeal(ctx: Pick<RuleContext, 'documents'>): boolean {
  const first = ctx.documents[0]
  return first === undefined || !isInformationNotice(first)
}
