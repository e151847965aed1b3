/**
 * Document facts: kind, language, channels, offshore processing, the generator's role, consumer or
 * business leads, and terms incorporated by reference. Read from the text with patterns kept here
 * as data; every pattern applies to normalised text (lower case, no accents).
 */
import type { Channel, Lang, Role } from '../library/schema.js'
import { normalizeText } from '../library/detect-signals.js'
import type { ReviewDocument } from '../read/document.js'
import { CaseFreeRegExp, caseFreeFor } from './case-free.js'
import { gatedRegExp, gateOf, mayMatch, openMask } from './gate.js'
import { isInformationNotice } from './notice.js'
import { blockLocation, sentencesOf } from './text.js'
import type { DocumentFacts, DocumentKind, ReferencedTerms } from './types.js'

/**
 * A fact's pattern (case-insensitive, at a word start): its gate (gate.ts) is registered when the
 * module loads, the expression itself is made when a text first opens that gate: a short document
 * opens few of them, and V8 parses an expression when it is made. Each pattern has its bit in a
 * text's `factMask`, so that a sentence's literals are looked up once for every pattern.
 */
class FactPattern {
  readonly gate: number
  readonly bit: number
  readonly #source: string
  #re: CaseFreeRegExp | undefined

  constructor(source: string, index: number) {
    this.#source = source
    this.gate = gateOf(source)
    this.bit = 1 << index
  }

  /** Whether the pattern matches `text`. */
  test(text: string): boolean {
    return (this.#re ??= new CaseFreeRegExp(this.#source, 'iu')).test(text)
  }

  /** Whether the pattern matches `text`, whose `factMask` is `mask` (a closed gate: no match, nothing run). */
  in(mask: number, text: string): boolean {
    return (mask & this.bit) !== 0 && this.test(text)
  }
}

/** Every fact pattern, by bit. */
const factPatterns: FactPattern[] = []
const re = (source: string): FactPattern => {
  if (factPatterns.length > 30) throw new Error('facts: more patterns than bits in a mask')
  const pattern = new FactPattern(`(?<![\\p{L}\\p{N}])(?:${source})`, factPatterns.length)
  factPatterns.push(pattern)
  return pattern
}

const KIND_PATTERNS: ReadonlyArray<readonly [DocumentKind, FactPattern]> = [
  ['purchase-order', re('bon de commande|purchase order|p\\.?o\\.? (number|no|n°)')],
  ['insertion-order', re("insertion order|ordre d.insertion|\\bi\\.?o\\.? (number|no)")],
  ['quote', re('devis|quotation|quote|proposition commerciale|offre commerciale|estimate')],
  ['contract', re('contrat|agreement|conditions particulieres|conditions generales|accord|terms and conditions|convention')],
]

const CHANNEL_PATTERNS: Readonly<Record<Channel, FactPattern>> = {
  email: re("e-?mail(ing)?s? (campaign|marketing|prospect)|campagnes? (d.)?e-?mail|emailing|courriers? electroniques?|courriels? (de prospection|commerciaux)|prospection (par|electronique)|newsletter|(by|par) e-?mail|e-?mail (channel|canal)|canal e-?mail"),
  sms: re('sms|mms|texto|text messag'),
  phone: re("telephon(e|ique|ic)|phone (call|canvass|campaign|prospect)|calls?\\b|call.?(centre|center|back)|appels?|demarchage telephonique|teleprospection|telemarketing|live transfer|transfert d.appel|rappel"),
  postal: re('courriers? postaux|courrier postal|voie postale|postal|direct mail'),
}

/**
 * Phone numbers as data fields, and API calls, say nothing of calling people; nor do a party's
 * telephone given as a contact (« Téléphone : … », a « [téléphone] » placeholder), the words of
 * procedure and procurement that hold « appel » (« appel en garantie », « appel d'offres »,
 * « appel à la concurrence », « appel de fonds ») or a reminder (« les parties rappellent que »).
 */
const NOT_A_CALL = gatedRegExp(
  /(?:numeros? de (?:telephone|portable|mobile)(?: mobile| fixe| portable)?|(?:tele)?phone numbers?|mobile numbers?|listes? telephoniques?|annuaires? telephoniques?|appels? (?:a|de) l.(?:interface|api)|api calls?|appels? d.api|calls? to (?:the|its|our) api|telephone\s*:|\[\s*telephone\s*\]|appels? en garantie|appels? d.offres?|appels? a (?:la )?concurrence|appels? a (?:projets?|candidatures?)|appels? de (?:fonds|cotisations?)|rappel\w* qu)/g,
)

const OFFSHORE = re(
  "offshore|nearshore|delocalis|hors (de l.)?(union europeenne|ue|eee|espace economique europeen)|outside (of )?(the )?(eea|european economic area|european union|eu)\\b|pays tiers|third countr|maroc|morocco|tunisi|madagascar|senegal|maurice|mauritius|cote d.ivoire|ivory coast|cameroun|cameroon|algerie|algeria|egypt|inde\\b|india|philippines|etats-unis|united states|usa\\b|royaume-uni|united kingdom",
)
/** A mention of a non-EEA place only counts when it is about where processing happens. */
const PROCESSING_PLACE = re('centre|center|call|hosting|heberg|plateau|traitement|process|sous-trait|subcontract|transfer|transfert|located|situe|base|operat')
const NO_TRANSFER = re("(no|aucun|ne .{0,20}pas|sans) .{0,40}(transfer|transfert)|shall not transfer|interdit .{0,30}transfert")

const ROLE_PATTERNS: ReadonlyArray<readonly [Role, FactPattern]> = [
  // On a tie, the first wins: processor terms are the most specific. A party the document names
  // "Processor" (« ci-après le « Sous-traitant » ») is one, whatever else the text says of it, and
  // so is a party block that labels the parties ("Controller: Customer / Processor: [Your company]").
  // Processing only on the controller's instructions (« ne traiter les données que sur instruction
  // documentée du Client », « que quand et comme demandé par le Client ») is a processor's undertaking.
  ['processor', re("(en (sa )?qualite de|agissant comme|agit (en tant que|comme)) sous-traitant|traiter (les |des |ces )?donnees[^.;]{0,80}\\bque (sur (les |l.)?instructions?( documentees?)? du|quand et comme (demande|indique) par le) (client|responsable)|sous-traitant au sens|acts? as (a |the )?(data )?processor|acting as (a |the )?(data )?processor|as (a |the )?processor (on behalf|of the)|on behalf of the (buyer|client|customer|controller) and on (its|their) (documented )?instructions|(traite\w*|traitement|donnees)[^.;]{0,80}pour le compte (et sur (les )?instructions )?du (client|responsable)|pour le compte (et sur (les )?instructions )?du (client|responsable)[^.;]{0,40}(traite\w*|traitement|donnees)|data processing (agreement|addendum)|(traite\w*|traitement|donnees|rgpd)[^.;]{0,120}contrat de sous-traitance|contrat de sous-traitance[^.;]{0,120}(traite\w*|traitement|donnees|rgpd)|article 28|art\\. 28|\\(\\s*((ci-apres|hereinafter|hereafter)\\s+)?((denomme\\w*|designe\\w*|referred to as|called)\\s+)?(le |la |the )?\"\\s*(le |la |the )?(data )?(processor|sous-traitant)\\s*\"\\s*(or \"[^\"]{0,30}\"\\s*)?\\)|business associate (agreement|addendum)|(acts?|acting|serves?) as (a |the )?business associate|business associate (agrees?|shall|will|must)|(data )?controller\\s*:[^.;]{1,120}(data )?processor\\s*:|(data )?processor\\s*:[^.;]{1,120}(data )?controller\\s*:|responsable (du |de )?traitement\\s*:[^.;]{1,120}sous-traitant\\s*:|sous-traitant\\s*:[^.;]{1,120}responsable (du |de )?traitement\\s*:")],
  ['joint', re('responsables? (conjoints?|conjointement)|joint(ly)? controllers?|co-?responsables?|article 26|art\\. 26')],
  ['independent', re('responsables? (de traitement |du traitement )?(independants?|distincts?)|independent (data )?controllers?|separate controllers?|each party (is|acts as|shall act as) (an? )?(independent |separate )?(data )?controller|chaque partie (est|agit en qualite de) responsable')],
]

/**
 * Conditional, negative or exceptional statements of a role ("where the Generator acts as
 * processor", « n'agit pas », « Par exception, pour le seul dédoublonnage, le Fournisseur agit en
 * qualité de sous-traitant », « qu'il agisse ou non en qualité de sous-traitant ») do not state the
 * role of the deal's processing.
 */
const ROLE_HEDGE = re("par exception|a titre exceptionnel|by way of exception|as an exception|ou non|whether or not|lorsque|dans (la|le) (mesure|cas)|si le|s.il|where|if|when|to the extent|n.agi(t|ssent) pas|ne (sont|est) pas|does not|do not|is not|are not|shall not act|not act")

const B2B = re('b2b|btob|b to b|leads? professionnels?|professionnels? uniquement|business leads|decision.?makers|decideurs')

const TERMS_NAME =
  "(?<![\\p{L}\\p{N}])(conditions generales( de vente| d.utilisation| de service| d.achat)?|conditions d.utilisation|(?:cgv|cgu|cgs|cga)(?![\\p{L}])|general terms( and conditions)?( of (sale|service|business|purchase))?|standard terms( and conditions)?|terms (and conditions|of (sale|service|business|use))|framework terms|master ([a-z]+ ){0,3}agreement|msa(?![\\p{L}])|framework agreement|(cloud |subscription |professional )?services agreement|cover page|order form|contrat[- ]cadre|accord[- ]cadre|data processing (agreement|addendum)|dpa(?![\\p{L}])|accord de (sous-traitance|traitement des donnees)|iab[^.;]{0,30}terms( and conditions)?|privacy (notice|policy)|politique de (confidentialite|protection des donnees)|acceptable use policy|politique d.utilisation acceptable|service level agreement|accords? (sur les|de) niveaux? de services?|cahier des clauses administratives generales|ccag(?![\\p{L}])|(underlying|main|principal) agreement|contrat principal)"
/** Verbs and links by which a document takes in another one's terms. */
const REFERENCE_PATTERNS: readonly FactPattern[] = [
  re(`(soumis|regis?|regie|conformement|selon|en application|f(ai|on)t partie( integrante)? d|annexee?s? (a|au)|accepte|acceptation|applicables?|s.appliquent|incorpor|emis (en application|dans le cadre)|passe (en application|dans le cadre)|en complement|complete|(definie?s?|prevue?s?|fixee?s?|indiquee?s?|decrite?s?) (dans|par|sur)|prevue?s? (a|aux|au))[^.]{0,80}${TERMS_NAME}`),
  re(`${TERMS_NAME}[^.]{0,80}(disponibles?|consultables?|accessibles?|en ligne|ci-jointes?|annexees?|figurant|s.appliquent|applicables?|available|appl(y|ies)|govern|incorporated|attached|form (the|their|your) agreement|forms? (an? )?(integral )?part|(is|are) (an? )?(integral )?part of|f(on|ai)t partie|partie integrante|describes?|explains?|identif(y|ies)|specif(y|ies)|permits?)`),
  re(`(^|["«])\\s*(agreement|contrat|accord|terms|conditions)\\s*["»]?\\s*(means|designe|comprises|consists of|includes?|comprend)[^.]{0,150}${TERMS_NAME}`),
  re(`(subject to|governed by|incorporates?|incorporated (herein )?by reference|(forms?|is|are) (an? )?(integral )?part of|supplements?|amends?|in accordance with|pursuant to|under|issued under|entered into under|placed under|as described in|set (forth|out) in|agree to( add [^.]{0,40} to)?|accept(s|ed|ing)?|meaning (given|set forth|set out) in|identified (on|in)|specified (on|in)|stated (on|in))[^.]{0,60}(our|the|its|their|your|a|an|each|any|provider.s|vendor.s|supplier.s|publisher.s|parties.|[\\p{L}\\p{N}]+'s)[^.]{0,20}${TERMS_NAME}`),
]
/**
 * Some name of terms: every reference pattern and every self-naming one holds TERMS_NAME, so a
 * sentence where it does not match needs none of them run (most sentences that open their gates
 * hold "under", "agreement" or "terms" and no name of terms).
 */
const TERMS = re(TERMS_NAME)
const REFERENCE_BITS = REFERENCE_PATTERNS.reduce((bits, p) => bits | p.bit, 0)
/**
 * A document naming itself: « Le présent document contractuel (les « Conditions générales
 * d'utilisation ») », "these Terms of Service", "this Master Services Agreement (the "MSA")".
 */
const SELF = re(
  [
    `present(e|es|s)? ${TERMS_NAME}`,
    `(these|this) ${TERMS_NAME}`,
    `(present(e|es|s)?|ce|cette|this|these) (document|contrat|accord|agreement|conditions)( contractuel)?[^.;()]{0,40}\\(\\s*(les?|la|l'|the)?\\s*"?${TERMS_NAME}`,
    `(ci-apres|ci-dessous|hereinafter|hereafter)( denommee?s?| designee?s?| referred to as| called)?\\s*(les?|la|l'|the)?\\s*"${TERMS_NAME}`,
  ].join('|'),
)
/** Just before a name, words that make it the document's own: « les présentes CGU », "these Terms", "the following terms". */
const SELF_BEFORE = /(?<![\p{L}])(?:present(?:e|es|s)?|these|this|ces|ce|cette|the following)\s+$/u
/**
 * Just before a name, the opening of the name a document gives itself: « (les « … », "(the "…",
 * « ci-après dénommées « … », and a later alias of the same list: ("Terms," "Terms and Conditions").
 */
const SELF_DEFINED_BEFORE =
  /(?:\((?:\s*(?:dite?s?|denommee?s?|designee?s?|appelee?s?|ci-apres(?: denommee?s?| designee?s?)?|hereinafter(?: referred to as| called)?|referred to as|called))?|(?:ci-apres|ci-dessous|hereinafter|hereafter)(?: denommee?s?| designee?s?| referred to as| called)?)\s*(?:(?:les?|la|l'|the)?\s*["«][^"«»()]{1,40}["»]?\s*[,;]?\s*(?:or|and|ou|et)?\s*)*(?:les?|la|l'|the)?\s*["«]?\s*$/u
/** Just before a name, a change clause: "changes to the terms and conditions", « modifier les CGU » speak of the document's own terms. */
const CHANGE_BEFORE = /(?<![\p{L}])(?:changes?|modif(?:y|ies|ications?|ier|iees?|ie)|amend(?:s|ments?)?|updates?|mises? a jour)(?![\p{L}])[^.;]{0,30}$/u
/**
 * Just after a name, words that make it the document's own: "the terms and conditions of this
 * Agreement", « des présentes », the terms "between us" / « entre les parties » that a document
 * says it contains ("This Agreement contains the complete terms and conditions between us"), and
 * the terms that follow (« les conditions générales qui suivent », « les conditions d'utilisation suivantes »,
 * « ci-dessous », "set out below").
 */
const SELF_AFTER =
  /^\s*(?:(?:(?:set (?:out|forth)|contained|stated|described) )?(?:of|in|under) (?:this|these)(?![\p{L}])|here(?:of|in|under)(?![\p{L}])|(?:des|du) present|(?:between|entre) (?:us|you and|the parties|both parties|les parties|nous|vous et)(?![\p{L}])|qui suivent(?![\p{L}])|suivante?s?(?![\p{L}])|(?:ci-apres|ci-dessous|(?:set (?:out|forth) )?below)(?![\p{L}-]))/u
/**
 * Just after a name, a change clause: « Les conditions générales d'utilisation peuvent être
 * modifiées à tout moment », "these terms may be amended" speak of the document's own terms.
 */
const CHANGE_AFTER =
  /^\s*(?:(?:peu(?:ven)?t|pourr(?:a|ont)|(?:sont|est) susceptibles? d.)\s*(?:etre )?(?:modifiee?s?|mise?s? a jour|revisee?s?|amendee?s?)|(?:may|can|might) be (?:modified|amended|updated|changed|revised))(?![\p{L}])/u
/** Right after a name, the target of the Markdown link it is the text of: `](…)`. */
const LINK_AFTER = /^\s?\]\(/
/** After a name, the place where that other document is found: "available at", « disponibles à l'adresse », a link. */
const ELSEWHERE_AFTER =
  /^(?:[^.;]{0,80}?(?:(?:disponibles?|consultables?|accessibles?|available|posted|published|located|found) (?:a|at|on|sur|via|from)(?![\p{L}])|(?<![\p{L}])(?:at|on|sur|a l.adresse)\s+\[?https?:)|[^.;]{0,25}?https?:)/u
/** Just before a name, its owner's possessive: "GC Notify's", "the Provider's" (not a document's own "its"). */
const OWNER_BEFORE = /(?<![\p{L}\p{N}])[\p{L}\p{N}]+'s\s+$/u
/** Names that always mean another document: the agreement an addendum belongs to, « le contrat principal ». */
const OTHER_BY_NAME = /^(?:(?:underlying|main|principal) agreement|contrat principal)$/
/** A document that says it binds no one: "our Privacy Policy is not a legal agreement", « n'a pas de valeur contractuelle ». */
const NOT_BINDING = re('(is )?not a (legal )?(agreement|contract)|creates? no contractual|n.a pas de (valeur|portee) contractuelle|(sans|aucune) (valeur|portee) contractuelle')
/** Terms named only to exclude them: « les CGV du Fournisseur ne s'appliquent pas », "No general terms of either Party apply", "is not subject to any service level agreements"; a policy that says it binds no one. */
const EXCLUDED = re(
  "(?:is|are|be) not (?:subject to|governed by|bound by)|(?:n.est|ne sont|n.etre) (?:pas |nullement )?(?:soumise?s?|regie?s?|liee?s?) (?:a|au|aux|par)|ne s.appliquen?t? pas|n.est pas applicable|ne sont pas applicables|sont (expressement )?(exclues?|ecartees?)|(does|do|shall|will) not apply|(is|are) (expressly )?(excluded|not applicable|inapplicable)|^no [^.;]{0,40}(terms|conditions)[^.;]{0,40}appl|to the exclusion of|a l.exclusion d",
)
/**
 * A policy that describes the writer's own processing (a privacy notice or policy, « politique de
 * confidentialité »): naming it, even "as described in" or "in accordance with" it, is a mere
 * mention; it is incorporated only where the text binds the reader to it ({@link POLICY_BOUND_BEFORE},
 * {@link POLICY_BOUND_AFTER}).
 */
const POLICY_NAME = /^(?:privacy (?:notice|policy)|politique de (?:confidentialite|protection des donnees))$/
/**
 * Just before a policy's name: the reader agrees to it (or agrees that the data is processed as it
 * describes), is bound or governed by it, it is incorporated.
 */
const POLICY_BOUND_BEFORE =
  /(?<![\p{L}])(?:agree(?:s|d)? (?:to|that)|accept(?:s|ed)?|bound by|governed by|subject to|incorporat\w*|acceptez|accepte(?:r|z|nt)?|acceptation d\w*|lie(?:e|s|es)? par|regi(?:e|s|es)? par|soumis(?:e|es)? a|incorpor\w*)(?![\p{L}])[^.;]{0,80}$/u
/** Just after a policy's name: it applies, governs, forms part of the terms, is incorporated. */
const POLICY_BOUND_AFTER =
  /^[^.;]{0,60}?(?<![\p{L}])(?:appl(?:y|ies)|govern(?:s)?|form(?:s)? (?:an? )?(?:integral )?part|(?:is|are) (?:an? )?(?:integral )?part|(?:is|are) (?:hereby )?incorporated|(?:is|are) binding|s.appliquen?t?|fai(?:t|saient|sent) partie|(?:est|sont) (?:incorpor|integr|annex)\w*|opposables?)(?![\p{L}])/u
/**
 * Just after a name: terms said to apply to third parties (the customers an affiliate refers, end
 * users), not to the parties of the document: "the Vendor's Terms and Conditions will apply to such customers".
 */
const THIRD_PARTY_AFTER =
  /^[^.;]{0,80}?(?:will |shall )?appl(?:y|ies) (?:only )?to (?:such|those|these|the referred|referred|end|third[- ]part(?:y|ies))(?![\p{L}])/u
/**
 * Terms a third party sets for its own service ("the Terms of Service/Use of the relevant third-party
 * social media platform providers", "a third party's privacy policy"): they govern that party's
 * service, not the document's parties.
 */
const THIRD_PARTY_OWN_AFTER = /^[^.;,]{0,12}? of (?:the |a |an |any |each |such )?(?:relevant |applicable |respective )?third[- ]part(?:y|ies)(?![\p{L}])/u
const THIRD_PARTY_OWN_BEFORE = /(?<![\p{L}])third[- ]part(?:y|ies)(?:'s|s'|.s)?\s+$/u
/**
 * A party's own general terms named as the place where that party may write something (« la
 * faculté pour le fournisseur de stipuler un escompte dans ses conditions générales », « libre de
 * prévoir des remises dans ses CGV », "may set out a discount in its own terms and conditions"):
 * a French verb of writing in the infinitive (an English one after "may"), then « dans ses /
 * leurs … »: the sentence says what those terms may hold, it takes none of them in (« les prix
 * prévus dans ses conditions générales », a past participle, and "as set out in its Terms", still do).
 */
const WRITTEN_INTO_BEFORE =
  /(?<![\p{L}])(?:stipuler|prevoir|mentionner|inserer|inscrire|preciser|indiquer|faire figurer|fixer|(?:may|can|is free to|are free to) (?:also )?(?:set out|set forth|include|state|specify|provide for))(?![\p{L}])[^.;]{0,80}(?<![\p{L}])(?:dans|in) (?:ses|leurs|sa|son|its|their|his|her) (?:own |propres? )?$/u
/**
 * A privacy notice (what makes a document one: `notice.ts`, the definition the red flags' `isDeal`
 * reads too) informs the people whose data it describes; it is no contract and takes in no
 * terms by naming them ("our Partner Portal terms and conditions will apply", "in accordance with
 * the terms and conditions of the online competition", "may be subject to their privacy policy"),
 * unless it says in so many words that they are incorporated or form part of it (« incorporées par
 * référence », « font partie intégrante de la présente politique »).
 */
const NOTICE_INCORPORATES = re(
  'incorporated (herein |into this (notice|policy) )?by reference|(forms?|is|are) (an? )?(integral )?part of (this|these) (privacy )?(notice|policy)|incorporee?s? (a (la presente|cette) (politique|notice|declaration) )?par reference|(fait|font) partie integrante de (la presente|cette) (politique|notice|declaration)',
)

/**
 * Clauses of another instrument that a document takes in by reference, named by number or by
 * title rather than as terms ("the clause at FAR 52.233-1, Disputes, which is incorporated herein
 * by reference", "the following clauses, incorporated by reference", "This contract incorporates
 * one or more clauses by reference"), and a document's language deemed incorporated into another
 * agreement, or replacing paragraphs of another clause: either way the document supplements terms
 * it does not hold. A document's own provisions incorporated elsewhere ("the provisions of this
 * Agreement are incorporated by reference into each order") incorporate nothing into it.
 */
const CLAUSES_BY_REFERENCE = re(
  "(clauses?|provisions?)(?![\\p{L}])(?! (of|in|under) (this|these|the present)(?![\\p{L}]))([^.;]|(?<=\\d)\\.(?=\\d)){0,120}incorporated (herein )?by reference|incorporates? (one or more |the following |these |those )?(clauses?|provisions?) by reference",
)
const SUPPLEMENTS_ANOTHER = re(
  "(deemed |hereby )?incorporated into (the|any|each|its|their|your|every) ([\\p{L}-]+ ){0,4}(agreements?|contracts?|licen[cs]es?)(?![\\p{L}])|(replaces?|amends?|supplements?|modif(y|ies)) [^.;]{0,100}(paragraphs?|subparagraphs?|sections?|articles?) [^.;]{0,60}of (the )?([\\p{L}]+ )?clause \\d",
)
/** A clause's number in a regulation's numbering ("52.233-1", "252.239-7010"), with the regulation's abbreviation before it. */
const CLAUSE_NUMBER = /(?<![\p{L}\p{N}])(?:[a-z]{2,6} )?\d{1,3}\.\d{1,4}-\d{1,5}(?![\p{N}])/u
/** The agreement that a document's language is deemed incorporated into. */
const INCORPORATED_INTO = /incorporated into (?:the|any|each|its|their|your|every) ((?:[\p{L}-]+ ){0,4}(?:agreements?|contracts?|licen[cs]es?))(?![\p{L}])/u

/** The other instrument a sentence incorporates by clause or supplements, named for the reader; undefined when it names none. */
function otherInstrument(mask: number, norm: string): string | undefined {
  const clauses = CLAUSES_BY_REFERENCE.in(mask, norm)
  if (!clauses && !SUPPLEMENTS_ANOTHER.in(mask, norm)) return undefined
  // The number with the regulation's abbreviation before it, not a word of the sentence ("clause", "at").
  const number = CLAUSE_NUMBER.exec(norm)?.[0]?.replace(/^(?:clause|clauses|at|of|the|and|in|under|see|to|per) /, '')
  if (number) return `clause ${number}`
  if (clauses) return 'clauses incorporated by reference'
  return INCORPORATED_INTO.exec(norm)?.[1] ?? 'the clause it amends'
}

/** The gates of the fact patterns, by bit. */
const FACT_GATES = Int32Array.from(factPatterns, (p) => p.gate)
/** Which fact patterns `text` may match: the bits of those whose gate it opens (one look-up of its literals). */
const factMask = (text: string): number => openMask(FACT_GATES, text)

/** `caseFreeFor` of the expression `make` gives, made on first use (few documents name terms). */
function lazyCaseFree(make: () => RegExp): (text: string) => RegExp {
  let pick: ((text: string) => RegExp) | undefined
  return (text) => (pick ??= caseFreeFor(make()))(text)
}
const TITLE_TERMS = lazyCaseFree(() => new RegExp(`^[^\\p{L}]*${TERMS_NAME}`, 'iu'))
/** Every name of terms in a text, global (without `i` where that matches alike: case-free.ts). */
const ALL_TERMS = lazyCaseFree(() => new RegExp(TERMS_NAME, 'giu'))
const URL = /\bhttps?:\/\/[^\s)\]>"'»,;]+/i
/** A template's placeholders (« {{cgv.start_date}} ») are no words of the document. */
const PLACEHOLDER = /\{\{[^{}]*\}\}/g
/**
 * A link's dots would end the short windows the reference patterns read between a document's name
 * and the verb that takes it in ("the data processing agreement under https://example.com/legal/dpa
 * applies"): they are read as slashes, the link itself kept (a name followed by a link is another
 * document).
 */
const LINKS = /\bhttps?:\/\/[^\s)\]>"'»,;]+/gi

const STOP: Readonly<Record<Lang, readonly string[]>> = {
  en: ['the', 'and', 'of', 'to', 'shall', 'is', 'for', 'with', 'any', 'by', 'be', 'this', 'or', 'in'],
  fr: ['le', 'la', 'les', 'des', 'du', 'et', 'est', 'pour', 'dans', 'aux', 'une', 'que', 'par', 'sur', 'au'],
}

const LONGEST_STOP = Math.max(...[...STOP.en, ...STOP.fr].map((w) => w.length))
/** A word of at most LONGEST_STOP ASCII letters as a number, case folded: five bits a letter. */
function wordCode(text: string, start: number, end: number): number {
  let code = 0
  for (let k = start; k < end; k++) code = code * 32 + ((text.charCodeAt(k) | 32) - 96)
  return code
}
/** The function words by code (`wordCode`): bit 1 English, bit 2 French. */
const STOP_CODES = new Map<number, number>()
for (const [lang, bit] of [['en', 1], ['fr', 2]] as const) for (const w of STOP[lang]) STOP_CODES.set(wordCode(w, 0, w.length), (STOP_CODES.get(wordCode(w, 0, w.length)) ?? 0) | bit)
const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
const LETTER = /\p{L}/u

/** Whether the code point that ends at `end` (exclusive) or starts at `start` of `text` is a letter. */
function letterBefore(text: string, end: number): boolean {
  if (end <= 0) return false
  const c = text.charCodeAt(end - 1)
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
  const pair = c >= 0xdc00 && c <= 0xdfff && end >= 2 && text.charCodeAt(end - 2) >= 0xd800 && text.charCodeAt(end - 2) <= 0xdbff
  return LETTER.test(text.slice(pair ? end - 2 : end - 1, end))
}
function letterAt(text: string, start: number): boolean {
  if (start >= text.length) return false
  const c = text.charCodeAt(start)
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
  return LETTER.test(String.fromCodePoint(text.codePointAt(start)!))
}

/**
 * Characters beyond ASCII that normalisation leaves as they are for language detection: no letter,
 * and normalised to something without a letter (a typographic quote, a dash, a no-break space, a
 * symbol), not to nothing (a combining accent joins the letters around it). By code point, decided
 * once each.
 */
const inertCache = new Map<number, boolean>()
function inert(cp: number): boolean {
  let yes = inertCache.get(cp)
  if (yes === undefined) {
    const ch = String.fromCodePoint(cp)
    const norm = normalizeText(ch)
    inertCache.set(cp, (yes = !LETTER.test(ch) && norm.length > 0 && !LETTER.test(norm)))
  }
  return yes
}

/**
 * Whether every character of `text` beyond ASCII is inert: then its runs of ASCII letters between
 * two non-letters are those of its normalised text, only lower-cased (normalisation changes
 * nothing else there that bounds a word), and the text need not be normalised whole (92 of the
 * 101 CUAD development contracts).
 */
function asciiWords(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 128) continue
    const cp = text.codePointAt(i)!
    if (!inert(cp)) return false
    if (cp > 0xffff) i++
  }
  return true
}

/**
 * Detects the language from the most common function words (whole words: runs of letters). The
 * function words are ASCII, so only runs of ASCII letters between two non-letters are looked up
 * (by code, without cutting them out). A text whose only characters beyond ASCII are inert
 * (`asciiWords`) is read as it is, case folded: its words are those of its normalised text.
 */
export function detectLanguage(text: string): Lang {
  const head = text.slice(0, 200_000)
  // The normalised text holds no ASCII capital: ASCII letters are its lower-case ones.
  const words = asciiWords(head) ? head : normalizeText(head)
  let en = 0
  let fr = 0
  for (let i = 0; i < words.length; ) {
    if (!isAsciiLetter(words.charCodeAt(i))) {
      i++
      continue
    }
    let j = i + 1
    while (j < words.length && isAsciiLetter(words.charCodeAt(j))) j++
    if (j - i <= LONGEST_STOP && !letterBefore(words, i) && !letterAt(words, j)) {
      const bits = STOP_CODES.get(wordCode(words, i, j)) ?? 0
      en += bits & 1
      fr += bits >> 1
    }
    i = j
  }
  return fr > en ? 'fr' : 'en'
}

function detectKind(doc: ReviewDocument): DocumentKind {
  // The title says what the document is: the first of the opening blocks that names a kind.
  for (const block of doc.blocks.slice(0, 8)) {
    const text = normalizeText(block.text.slice(0, 200))
    for (const [kind, pattern] of KIND_PATTERNS) if (pattern.test(text)) return kind
  }
  return 'contract'
}

/** Blocks under a heading, up to the next heading of its level or above, that make it a section of terms. */
const OWN_SECTION_BLOCKS = 4

/**
 * The names a document gives itself: its title, the headings of its own sections of terms (a
 * « Conditions générales » part of terms of use, with its articles under it), and what it calls
 * « le présent document ».
 */
function selfNames(doc: ReviewDocument, masks: readonly number[]): Set<string> {
  const names = new Set<string>()
  const title = doc.blocks.find((b) => b.text.trim().length > 0)
  const titleNorm = title && normalizeText(title.text)
  const named = titleNorm && TITLE_TERMS(titleNorm).exec(titleNorm)
  if (named) names.add(named[1] ?? named[0].trim())
  doc.blocks.forEach((block, i) => {
    if (block.kind !== 'heading') return
    const headingNorm = normalizeText(block.text)
    const heading = TITLE_TERMS(headingNorm).exec(headingNorm)
    if (!heading) return
    const level = block.level ?? 1
    let under = 0
    for (let j = i + 1; j < doc.blocks.length && under < OWN_SECTION_BLOCKS; j++) {
      const next = doc.blocks[j]!
      if (next.kind === 'heading' && (next.level ?? 1) <= level) break
      under++
    }
    if (under >= OWN_SECTION_BLOCKS) names.add(heading[1] ?? heading[0].trim())
  })
  sentencesOf(doc).forEach((s, i) => {
    if (!((masks[i]! & SELF.bit) !== 0 && TERMS.in(masks[i]!, s.norm) && SELF.test(s.norm))) return
    // Only the names the sentence gives the document itself, not the other terms it names.
    for (const m of s.norm.matchAll(ALL_TERMS(s.norm))) {
      const before = s.norm.slice(Math.max(0, m.index - 40), m.index)
      if (SELF_BEFORE.test(before) || SELF_DEFINED_BEFORE.test(before)) names.add(m[0])
    }
  })
  return names
}

/**
 * Whether one occurrence of a terms name in a sentence names another document: not when the words
 * around it make it the document's own (« les présentes CGU », "the terms and conditions of this
 * Agreement"); yes when they say where that document is found (« les conditions d'utilisation de
 * l'Emploi store disponibles à l'adresse… »), even under a name the document also gives itself;
 * otherwise, when the document never gives itself that name.
 */
function namesAnother(norm: string, start: number, end: number, own: () => Set<string>): boolean {
  const before = norm.slice(Math.max(0, start - 40), start)
  const name = norm.slice(start, end)
  if (SELF_BEFORE.test(before) || CHANGE_BEFORE.test(before) || CHANGE_AFTER.test(norm.slice(end, end + 60))) return false
  if (OTHER_BY_NAME.test(name)) return true
  if (SELF_AFTER.test(norm.slice(end, end + 30))) return false
  // A name owned by someone ("GC Notify's terms of use", "the Provider's Terms of Service") is that owner's document.
  if (OWNER_BEFORE.test(before)) return true
  // A name written as a Markdown link ("[privacy policy](privacy)") points to another page, even
  // under a name the document once gives itself.
  if (LINK_AFTER.test(norm.slice(end, end + 3))) return true
  // An alias in the list of names the document gives itself: ("Terms," "Terms and Conditions").
  if (SELF_DEFINED_BEFORE.test(before) && own().has(name)) return false
  const after = norm.slice(end, end + 100)
  // The document's own name, unqualified, said to be available on the service (« Les termes des CGU
  // sont disponibles à tout moment sur MesQuestionsCyber »): the document itself, unless a link
  // or another service's name (« les CGU de l'Emploi store ») points elsewhere.
  if (own().has(name) && !/https?:/.test(after) && !/^\s*(?:de|du|des|d'|of)\s/.test(after)) return false
  if (ELSEWHERE_AFTER.test(after)) return true
  // A shortened form of the document's own name (« les conditions générales » in « Conditions
  // générales d'utilisation ») is still the document itself.
  for (const o of own()) if (o === name || o.startsWith(name + ' ')) return false
  return true
}

/**
 * Whether the sentence takes in the terms named at `start` rather than mentioning them: a policy
 * only where the reader is bound to it, and no terms said to apply to third parties only.
 */
function incorporates(norm: string, name: string, start: number): boolean {
  const after = norm.slice(start + name.length, start + name.length + 120)
  if (THIRD_PARTY_AFTER.test(after) || THIRD_PARTY_OWN_AFTER.test(after) || THIRD_PARTY_OWN_BEFORE.test(norm.slice(Math.max(0, start - 30), start))) return false
  if (WRITTEN_INTO_BEFORE.test(norm.slice(Math.max(0, start - 120), start))) return false
  if (!POLICY_NAME.test(name)) return true
  return POLICY_BOUND_BEFORE.test(norm.slice(Math.max(0, start - 100), start)) || POLICY_BOUND_AFTER.test(after)
}

/**
 * A document that presents itself, in its opening, as supplementary terms (« Les conditions
 * supplémentaires suivantes s'appliquent à l'utilisation … », "The following additional terms apply
 * to …", "These Supplemental Terms …", « Les présentes conditions sont une prolongation du contrat
 * signé entre parties ») is an addendum: it sits under the agreement it names by that
 * agreement's defined term (« en vertu de l'Accord », "under the Agreement"), as an order sits under
 * an MSA, and that agreement holds the clauses the addendum leaves out.
 */
const SUPPLEMENTARY_SELF =
  /(?<![\p{L}])(?:(?:les |ces )?(?:presentes )?conditions (?:supplementaires|complementaires|additionnelles)(?: suivantes)? s.appliquent|(?:les presentes|ces) conditions (?:sont|constituent|forment) (?:une prolongation|un complement|une extension) du contrat (?:signe|conclu)|(?:the following|these) (?:additional|supplemental|supplementary) terms(?: and conditions)?(?: (?:apply|shall apply|govern))?)(?![\p{L}])/u
/** The agreement an addendum belongs to, by its defined term, capitalised as written: « l'Accord », « du Contrat », "the Agreement"; or by what it is to the addendum: "the underlying service agreement", "the main agreement". */
const MAIN_AGREEMENT = /(?<![\p{L}])(?:l['’]Accord|(?:le|du|au) Contrat|the Agreement|du contrat (?:signé|conclu)|the (?:underlying|main|principal|master) (?:[\p{L}-]+ ){0,2}agreement)(?![\p{L}])/u
/**
 * A title that calls the document an addendum (« avenant »): "Data Processing Addendum", "Addendum
 * 2: Data Processing Agreement", "… — Sponsorship Addendum". An addendum exists only as part of the
 * agreement it supplements, which holds the clauses it leaves out, named or not.
 */
const TITLE_SUPPLEMENT = /^[^\p{L}]*(?:[\p{L}-]+ ){0,6}?(addendum|avenant)(?![\p{L}])/u
/** How far into a document its self-description as supplementary terms is read (title, dates and the opening sentence). */
const OPENING_SENTENCES = 12

/**
 * Another agreement, named generically by what it is (any "… Agreement", terms, conditions,
 * « contrat », « accord », « convention »): where a document says of itself that it belongs to
 * it, the name need not be one of {@link TERMS_NAME}'s ("the Corporate Sponsorship Agreement",
 * "the Service Agreement", "the software license or supply agreement").
 */
const OTHER_AGREEMENT_NAME =
  "((?:[\\p{L}-]+ ){0,5}?(?:agreements?|contracts?|terms(?: and conditions| of (?:service|use|sale|business))?|conditions generales(?: d.utilisation| de vente| de service)?|conditions d.utilisation|(?:accord|contrat|convention)(?: (?:de |du |des |d')[\\p{L}-]+){0,2}|cgv|cgu|cgs|msa))(?![\\p{L}])"
const OTHER_AGREEMENT = `(?:the |our |your |its |their |any |each |a |an |le |la |l'|les |du |de la |des |de l'|votre |notre |vos |nos )?${OTHER_AGREEMENT_NAME}`
/** What a part of another agreement calls itself: an addendum, an annex, a schedule, « un avenant ». */
const SUPPLEMENT_KIND = '(?:addendum|addenda|annex|annexe|schedule|exhibit|appendix|attachment|supplement|avenant|dpa|sla)'
/**
 * A document saying, in its opening, that it is part of another agreement, with itself as the
 * subject: "This DPA is an addendum to the Service Agreement", "This addendum supplements the
 * Corporate Sponsorship Agreement", "This annex of the Agreement describes…", "This SLA should be
 * read alongside the terms of use", « Le présent avenant complète le Contrat », « La présente annexe
 * fait partie intégrante du contrat », and the agreement a defined term names ('"Agreement" means
 * the software license or supply agreement between…'). A clause, section or article of the
 * document as the subject ("This clause forms part of the contract") is not the document.
 */
const PART_OF_ANOTHER = new RegExp(
  [
    `(?<![\\p{L}])(?:this|these|the present|le present|la presente|les presentes|ce|cette)\\s+(?!(?:clause|section|article|paragraph|provision|sub-?section|point|alinea|stipulation)s?(?![\\p{L}]))(?:[\\p{L}'-]+\\s+){0,4}?(?:\\([^()]{0,40}\\)\\s*)?` +
      `(?:(?:is|are|constitutes?|constituent?|est|sont)\\s+(?:an?|une?)\\s+${SUPPLEMENT_KIND}\\s+(?:to|of|a|au|aux|de|du)` +
      `|(?:supplements?|complements?|amends?|modifies|modifient|modifie|completent|complete|vien(?:nen)?t completer)` +
      `|(?:forms?|fait|font)\\s+(?:an?\\s+|une?\\s+)?(?:integral\\s+)?part(?:ie)?\\s+(?:integrante\\s+)?(?:of|de|du|des)` +
      `|(?:is|are)\\s+(?:hereby\\s+)?(?:incorporated into|attached to|entered into (?:under|pursuant to)|issued under|made under)` +
      `|(?:should|shall|must|is to|are to)\\s+be\\s+read\\s+(?:alongside|together with|in conjunction with|with)` +
      `|(?:est|sont)\\s+(?:annexee?s?|rattachee?s?)\\s+(?:a|au|aux)` +
      `|s.appliquen?t?\\s+en\\s+complement\\s+(?:de|du|des|au|aux|a))\\s+${OTHER_AGREEMENT}`,
    `(?<![\\p{L}])(?:this|these|the present|le present|la presente|les presentes|ce|cette)\\s+${SUPPLEMENT_KIND}\\s+(?:to|of|a|au|aux|de|du)\\s+${OTHER_AGREEMENT}`,
    `(?:^|["«“])\\s*(?:the\\s+)?(?:main\\s+|principal\\s+|underlying\\s+)?(?:agreement|contract|contrat|accord)\\s*["»”]?\\s+(?:means|designe|refers to)\\s+(?:the |le |l')${OTHER_AGREEMENT_NAME}`,
  ].join('|'),
  'u',
)

/**
 * The agreement `doc` belongs to: where it says in its opening that it is part of another
 * agreement ({@link PART_OF_ANOTHER}), that agreement; where its title calls it an addendum
 * ({@link TITLE_SUPPLEMENT}), the agreement it names by that agreement's defined term, else "the
 * main agreement" (« contrat principal »); where it presents itself as supplementary
 * terms (« Les conditions supplémentaires suivantes s'appliquent à l'utilisation … », "The
 * following additional terms apply to …", "These Supplemental Terms …", « Les présentes conditions
 * sont une prolongation du contrat signé entre parties »), the agreement it names by that
 * agreement's defined term (« en vertu de l'Accord », "under the Agreement"): as an order sits
 * under an MSA, that agreement holds the clauses the addendum leaves out. A name followed by what
 * makes it the document's own ("the agreement between you and us") is no other agreement.
 */
function supplementTo(doc: ReviewDocument, sentences: ReturnType<typeof sentencesOf>, own: () => Set<string>): ReferencedTerms | undefined {
  const opening = sentences.slice(0, OPENING_SENTENCES)
  for (const s of opening) {
    const m = PART_OF_ANOTHER.exec(s.norm)
    const name = m?.slice(1).find((g) => g !== undefined)?.trim()
    if (!m || !name) continue
    const end = m.index + m[0].length
    if (SELF_AFTER.test(s.norm.slice(end, end + 30)) || own().has(name) || EXCLUDED.test(s.norm)) continue
    return { name, location: blockLocation(s.block) }
  }
  const title = doc.blocks.find((b) => b.text.trim().length > 0)
  const titled = title !== undefined && TITLE_SUPPLEMENT.exec(normalizeText(title.text))
  if (!titled && !opening.some((s) => SUPPLEMENTARY_SELF.test(s.norm))) return undefined
  for (const s of sentences) {
    const m = MAIN_AGREEMENT.exec(s.text)
    if (m) return { name: normalizeText(m[0].replace(/^(?:l['’]|le |du |au |the )/u, '')), location: blockLocation(s.block) }
  }
  if (!titled || !title) return undefined
  return { name: titled[1] === 'avenant' ? 'contrat principal' : 'main agreement', location: blockLocation(title) }
}

/** The terms `doc` incorporates; `masks`: the `factMask` of each of its sentences. */
function referencedTerms(doc: ReviewDocument, masks: readonly number[]): ReferencedTerms[] {
  const out: ReferencedTerms[] = []
  // The document's own names, read only when it refers to some terms (most documents do not).
  let names: Set<string> | undefined
  const own = () => (names ??= selfNames(doc, masks))
  let notice: boolean | undefined
  const sentences = sentencesOf(doc)
  // Documents said to bind no one are never incorporated, wherever else they are named.
  const notBinding = new Set(sentences.filter((s, i) => NOT_BINDING.in(masks[i]!, s.norm)).flatMap((s) => [...s.norm.matchAll(ALL_TERMS(s.norm))].map((m) => m[0])))
  sentences.forEach((s, i) => {
    const placeholders = s.norm.includes('{{')
    const links = s.norm.includes('http')
    let norm = placeholders ? s.norm.replace(PLACEHOLDER, (p) => ' '.repeat(p.length)) : s.norm
    if (links) norm = norm.replace(LINKS, (u) => u.replaceAll('.', '/'))
    const mask = placeholders || links ? factMask(norm) : masks[i]!
    const match = (mask & REFERENCE_BITS) !== 0 && TERMS.in(mask, norm) && REFERENCE_PATTERNS.find((p) => p.in(mask, norm))
    const clauseBits = mask & (CLAUSES_BY_REFERENCE.bit | SUPPLEMENTS_ANOTHER.bit)
    if ((!match && clauseBits === 0) || EXCLUDED.in(mask, norm)) return
    if ((notice ??= isInformationNotice(doc)) && !NOTICE_INCORPORATES.in(mask, norm)) return
    const name =
      (match ? [...norm.matchAll(ALL_TERMS(norm))].find((m) => !notBinding.has(m[0]) && incorporates(norm, m[0], m.index) && namesAnother(norm, m.index, m.index + m[0].length, own))?.[0] : undefined) ??
      (clauseBits !== 0 ? otherInstrument(mask, norm) : undefined)
    if (!name) return
    const url = URL.exec(s.text)?.[0]?.replace(/[.,;:!?]+$/, '')
    if (out.some((r) => r.name === name && r.url === url)) return
    out.push({ name, ...(url ? { url } : {}), location: blockLocation(s.block) })
  })
  if (out.length === 0) {
    const main = supplementTo(doc, sentences, own)
    if (main) out.push(main)
  }
  return out
}

/** The bits of the role patterns in a `factMask`. */
const ROLE_BITS = ROLE_PATTERNS.reduce((bits, [, p]) => bits | p.bit, 0)

/**
 * Per document, how many of its sentences state each role (ROLE_PATTERNS' order) in a statement
 * that is no hedge: read once (facts and detection both ask); `masks`: its sentences' `factMask`.
 */
const roleCounts = new WeakMap<ReviewDocument, number[]>()
function rolesOf(doc: ReviewDocument, masks?: readonly number[]): number[] {
  let counts = roleCounts.get(doc)
  if (counts === undefined) {
    counts = ROLE_PATTERNS.map(() => 0)
    sentencesOf(doc).forEach((s, i) => {
      const mask = masks?.[i] ?? factMask(s.norm)
      // Most sentences open no role pattern's gate: nothing to run.
      if ((mask & ROLE_BITS) === 0) return
      let bits = 0
      ROLE_PATTERNS.forEach(([, p], k) => p.in(mask, s.norm) && (bits |= 1 << k))
      // The hedge (a long list of short words) is read only where a role is stated: few sentences.
      if (bits === 0 || ROLE_HEDGE.in(mask, s.norm)) return
      ROLE_PATTERNS.forEach((_, k) => (bits & (1 << k)) !== 0 && (counts![k] = counts![k]! + 1))
    })
    roleCounts.set(doc, counts)
  }
  return counts
}

/** The role the documents' sentences state most often (a contract may mention the others to rule them out). */
function roleOf(docs: readonly ReviewDocument[], masks?: readonly (readonly number[])[]): Role | undefined {
  const perDoc = docs.map((d, i) => rolesOf(d, masks?.[i]))
  const counts = ROLE_PATTERNS.map(([role], k) => [role, perDoc.reduce((n, c) => n + c[k]!, 0)] as const)
  const top = counts.reduce((a, b) => (b[1] > a[1] ? b : a))
  return top[1] > 0 ? top[0] : undefined
}

/** A block labelling a party by its role: "Controller: Customer", « Responsable de traitement : le Client ». */
const CONTROLLER_LABEL = /^\W*(?:the )?(?:data )?controller\s*:|^\W*(?:le )?responsable (?:du |de )?traitement\s*:/
/** "Processor: [Your company]", « Sous-traitant : la société X » (not "Sub-processor: AWS", a list entry). */
const PROCESSOR_LABEL = /^\W*(?:the )?(?:data )?processor\s*:|^\W*(?:le )?sous-traitant\s*:/
/** Blocks apart within which the two labels make one party block. */
const PARTY_BLOCK = 3

/**
 * A party block that labels the parties by role ("Controller: Customer" and, next to it,
 * "Processor: [Your company]") makes one of them the processor: such processor terms often state
 * the role nowhere else. A lone label (a notice's "Controller: Example Ltd") does not.
 */
function labelledProcessor(docs: readonly ReviewDocument[]): boolean {
  return docs.some((doc) => {
    // Both labels end with a colon, which normalising neither adds nor removes: a block without one
    // is no label, and is not normalised (this read every block of every document).
    const labels = doc.blocks.map((b) => (b.text.includes(':') ? normalizeText(b.text) : ''))
    return labels.some((l, i) => CONTROLLER_LABEL.test(l) && labels.slice(Math.max(0, i - PARTY_BLOCK), i + PARTY_BLOCK + 1).some((m) => PROCESSOR_LABEL.test(m)))
  })
}

/** The generator's role the documents state (text only: the detector's view, without bookmarks). */
export function statedRole(docs: readonly ReviewDocument[]): Role | undefined {
  return roleOf(docs)
}

/** Reads the facts of a document (with `terms`: the terms reviewed with it add their facts). */
export function documentFacts(doc: ReviewDocument, terms: readonly ReviewDocument[] = []): DocumentFacts {
  const all = [doc, ...terms]
  const sentences = all.flatMap(sentencesOf)
  const text = all.flatMap((d) => d.blocks.map((b) => b.text)).join('\n')
  // One pass over the sentences, each looked up in the gate once: a pattern runs only on the
  // sentences that open its gate, and only until the fact it decides is known.
  const docMasks = all.map((d) => sentencesOf(d).map((s) => factMask(s.norm)))
  const masks = docMasks.flat()
  const channelNames = Object.keys(CHANNEL_PATTERNS) as Channel[]
  /** Bit k: channelNames[k] is found. */
  let found = 0
  let offshore = false
  let business = false
  sentences.forEach((s, i) => {
    const mask = masks[i]!
    const norm = s.norm
    channelNames.forEach((c, k) => {
      if ((found & (1 << k)) !== 0) return
      // Phone numbers and API calls are blanked out before looking for calls (another text: no mask).
      const yes = c === 'phone' && mayMatch(NOT_A_CALL, norm) ? CHANNEL_PATTERNS.phone.test(norm.replace(NOT_A_CALL, ' ')) : CHANNEL_PATTERNS[c].in(mask, norm)
      if (yes) found |= 1 << k
    })
    if (!offshore && OFFSHORE.in(mask, norm) && PROCESSING_PLACE.in(mask, norm) && !NO_TRANSFER.in(mask, norm)) offshore = true
    if (!business && B2B.in(mask, norm)) business = true
  })
  const role = roleOf(all, docMasks) ?? (labelledProcessor(all) ? 'processor' : undefined)
  return {
    kind: detectKind(doc),
    language: detectLanguage(text),
    channels: channelNames.filter((_, k) => (found & (1 << k)) !== 0),
    offshore,
    role,
    consumers: !business,
    // Terms reviewed together (`--with`) are no longer merely referenced.
    referencedTerms: terms.length > 0 ? [] : referencedTerms(doc, docMasks[0]!),
  }
}
