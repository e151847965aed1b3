/**
 * What a reviewed document says it is: a deal between the reader (the buyer) and the writer, or an
 * information notice — a privacy, data-protection or cookie notice — that informs the people whose
 * data it describes. One definition, read by two parts of the reviewer:
 * - the facts (`facts.ts`): a notice is no contract and takes in no terms by naming them, so the
 *   terms it names are `referenced` only where it says in so many words that they are incorporated;
 * - the red flags (`rules/support/deal.ts`, `isDeal`): a notice binds no buyer to a supplier, sets
 *   no price and no term, so the rules about the terms of a deal stay silent on it (issue #11, part
 *   4: a rule fires only where it applies).
 *
 * The document says what it is in its title: the first block of text, the first heading when it
 * opens the document, or the `title:` of its front matter ("layout: policy title: Privacy Policy"). A title that also names
 * terms, conditions or an agreement (« CGU et politique de confidentialité », "Terms of Service and
 * Privacy Policy", a "Data Protection Agreement") is a deal that holds a notice, and stays a deal.
 */
import { normalizeText } from '../library/detect-signals.js'
import type { ReviewDocument } from '../read/document.js'

/** A notice's name, anywhere in a title (« Mozilla VPN - Politique de confidentialité », "Privacy notice – Webinars"). */
const NOTICE_NAME =
  /(?<![\p{L}])(?:privacy (?:notice|policy|statement)|data protection (?:notice|policy|statement)|(?:information|transparency|fair processing) notice|cookies? (?:notice|policy)|politique (?:de |d.)?(?:confidentialite|protection des donnees|cookies|utilisation des cookies)|declaration (?:de |relative a la )?(?:confidentialite|protection des donnees)|mentions? informatives?|notice d.information|(?:protection de )?(?:vos|des) donnees (?:a caractere personnel|personnelles)|^donnees (?:a caractere personnel|personnelles)$)(?![\p{L}])/u

/**
 * A title that names a deal as well: terms, conditions, an agreement, a contract, an addendum, a
 * contest's rules (« règlement du jeu »). The GDPR named in a notice's title (« Déclaration de
 * confidentialité — règlement (UE) 2018/1725 », « règlement général sur la protection des données »)
 * is the law the notice informs under, no deal.
 */
const DEAL_NAME =
  /(?<![\p{L}])(?:terms|conditions|agreement|contract|addendum|dpa|cg[uvs]|cga|contrat|accord|convention|avenant|charte|reglement(?!\s*(?:\(|ue\b|ce\b|n\s?[°o]|general|europeen))|licen[cs]e)(?![\p{L}])/u

/** The `title:` value of front matter read as a block ("wrapper_template: … title: "Privacy notice""). */
const FRONT_MATTER_TITLE = /(?:^|\s)title:\s*["']?([^"'\n]{1,120})/

/** Front matter read as a block or a heading ("layout: policy title: …"): a YAML key opens it. */
const FRONT_MATTER = /^\s*[\w-]+:\s/

/** A title is short: a heading, not a paragraph that happens to name a policy. */
const MAX_TITLE = 160

/**
 * How much text (front matter aside) may come before the first heading for it to be the document's
 * title: a logo line, an address, a date, a version — a cover's worth. A first heading further in
 * is a section of the document (a quote's « Données personnelles »), not what the document is.
 */
const MAX_BEFORE_TITLE = 400

/** A title as read: lower case, no accents, no leading numbering or punctuation. */
const asTitle = (text: string) => normalizeText(text).replace(/^[^\p{L}]+/u, '').trim()

/**
 * The titles a document gives itself: its front matter's `title:`, its first block (front matter
 * aside), and its first heading that is not front matter when it opens the document (front matter
 * before the title, as « title: Données personnnelles » then « # Données personnelles », does not
 * hide it).
 */
function titles(doc: ReviewDocument): string[] {
  const out: string[] = []
  const first = doc.blocks.find((b) => b.text.trim().length > 0)
  if (first) {
    const fm = FRONT_MATTER_TITLE.exec(first.text)
    if (fm) out.push(normalizeText(fm[1]!))
    else if (first.text.length <= MAX_TITLE && !FRONT_MATTER.test(first.text)) out.push(asTitle(first.text))
  }
  let before = 0
  for (const block of doc.blocks) {
    if (FRONT_MATTER.test(block.text) && block === first) continue
    if (block.kind === 'heading') {
      if (block !== first && block.text.length <= MAX_TITLE) out.push(asTitle(block.text))
      break
    }
    if ((before += block.text.length) > MAX_BEFORE_TITLE) break
  }
  return out
}

const notices = new WeakMap<ReviewDocument, boolean>()

/** Whether `doc` is a notice to the people whose data it describes (not a deal), by its title. */
export function isInformationNotice(doc: ReviewDocument): boolean {
  let notice = notices.get(doc)
  if (notice === undefined) notices.set(doc, (notice = titles(doc).some((t) => NOTICE_NAME.test(t) && !DEAL_NAME.test(t))))
  return notice
}
