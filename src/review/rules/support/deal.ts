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
 * The document says what it is in its title: the first heading, the first block of text, or the
 * `title:` of its front matter ("layout: policy title: Privacy Policy"). A title that also names
 * terms, conditions or an agreement (« CGU et politique de confidentialité », "Terms of Service and
 * Privacy Policy", a "Data Protection Agreement") is a deal that holds a notice, and stays a deal.
 */
import { normalizeText } from '../../../library/detect-signals.js'
import type { ReviewDocument } from '../../../read/document.js'
import type { RuleContext } from '../../define-rule.js'

/** A notice's name, anywhere in a title (« Mozilla VPN - Politique de confidentialité », "Privacy notice – Webinars"). */
const NOTICE_NAME =
  /(?<![\p{L}])(?:privacy (?:notice|policy|statement)|data protection (?:notice|policy|statement)|(?:information|transparency|fair processing) notice|cookies? (?:notice|policy)|politique (?:de |d.)?(?:confidentialite|protection des donnees|cookies|utilisation des cookies)|declaration (?:de |relative a la )?(?:confidentialite|protection des donnees)|mentions? informatives?|notice d.information|(?:protection de )?(?:vos|des) donnees (?:a caractere personnel|personnelles)|^donnees (?:a caractere personnel|personnelles)$)(?![\p{L}])/u

/** A title that names a deal as well: terms, conditions, an agreement, a contract, an addendum. */
const DEAL_NAME =
  /(?<![\p{L}])(?:terms|conditions|agreement|contract|addendum|dpa|cg[uvs]|cga|contrat|accord|convention|avenant|charte|reglement|licen[cs]e)(?![\p{L}])/u

/** The `title:` value of front matter read as a block ("wrapper_template: … title: "Privacy notice""). */
const FRONT_MATTER_TITLE = /(?:^|\s)title:\s*["']?([^"'\n]{1,120})/

/** A title is short: a heading, not a paragraph that happens to name a policy. */
const MAX_TITLE = 160

/** The titles a document gives itself: its first heading, its first block, a front matter's title. */
function titles(doc: ReviewDocument): string[] {
  const out: string[] = []
  const first = doc.blocks.find((b) => b.text.trim().length > 0)
  const heading = doc.blocks.find((b) => b.kind === 'heading')
  for (const block of [first, heading]) {
    if (!block) continue
    const fm = FRONT_MATTER_TITLE.exec(block.text)
    if (fm) out.push(normalizeText(fm[1]!))
    else if (block.text.length <= MAX_TITLE) out.push(normalizeText(block.text).replace(/^[^\p{L}]+/u, '').trim())
  }
  return out
}

/** Whether one document is a notice to the people whose data it describes (not a deal). */
export function isInformationNotice(doc: ReviewDocument): boolean {
  return titles(doc).some((t) => NOTICE_NAME.test(t) && !DEAL_NAME.test(t))
}

const notices = new WeakMap<readonly ReviewDocument[], boolean>()

/**
 * Whether the review is of a deal whose terms a red flag may judge: false when the reviewed document
 * (the first; terms reviewed with it are its annexes) is an information notice.
 */
export function isDeal(ctx: Pick<RuleContext, 'documents'>): boolean {
  let notice = notices.get(ctx.documents)
  if (notice === undefined) notices.set(ctx.documents, (notice = ctx.documents[0] !== undefined && isInformationNotice(ctx.documents[0])))
  return !notice
}
