/**
 * Reading a document's returns policy: which sentences are about returning leads, whether consent
 * or compliance defects are excluded from returns, whether the document gives them a return route,
 * and the return windows it sets. Shared by `returns-exclude-consent` and `weak-return-window`.
 */
import type { RuleContext } from '../../define-rule.js'
import { gatedRegExp, mayMatch } from '../../gate.js'
import type { Sentence } from '../../text.js'
import { COMPLIANCE, GENERATOR, compile, type Bilingual } from './patterns.js'
import { durations, type Duration } from './quantities.js'

/** Words for returning, refunding or disputing a lead. */
const RETURN: Bilingual = {
  en: [
    'returns?',
    'returned',
    'returnable',
    'refunds?',
    'refunded',
    // A credit card, check or score is no credit for a lead (« credit card numbers » in a privacy rule).
    'credit(s|ed)?(?! (card|cards|check|checks|score|scores|rating|ratings|history|report|reports|bureau|bureaus|limit|limits|union|unions|agency|agencies|facility|facilities|line|lines|risk))',
    'credit notes?',
    'replace(d|ment|ments)?',
    'reject(s|ed|ion)?',
    'dispute(s|d)? (a|the|any|such) leads?',
    'lead disputes?',
    '(deemed|treated as|considered) (non-?compliant|invalid|defective)',
  ],
  fr: [
    'retours?',
    'retourn(e|er|es|ee|ees|ent|able|ables)',
    'rembours(ement|ements|er|e|es|ee|ees|able|ables)',
    '(un|d.un|des|l.|emission d.un|sous forme d.) ?avoirs?',
    'remplac(ement|ements|er|e|es|ee|ees)',
    'reclamations?',
    'contest(ation|ations|er|e|es|ee|ees)',
    'rejet(s|er|e|es|ee|ees)?',
    'repute (non conforme|invalide)',
  ],
}

/** The word right after a negation describes the defect, not the return ("consent cannot be proven"). */
const DEFECT_WORD =
  'prov|demonstr|shown|show|establish|produc|justif|deliver|provid|suppl|obtain|collect|given|valid|present|avail|meet|met|compl|conform|respect|fulfil|satisf|correct|reach|answer|record|prouv|demontr|etabli|fourni|remis|obten|recueil|donne|valable|disponible|joign|repond|exact|reel|trac'
/** Up to five words between a negation and a return word, none describing the defect. */
const WORD_GAP = `(?:[ '](?!(?:${DEFECT_WORD}))[\\p{L}-]+){0,5}[ ']`
const RETURN_WORDS =
  '(?:return|returned|returns|returnable|refund|refunded|refunds|refundable|creditable|credit(?! (?:card|cards|check|checks|score|scores|rating|ratings|history|report|reports|bureau|bureaus|limit|limits|union|unions|agency|agencies|facility|facilities|line|lines|risk)(?![\\p{L}]))|credited|replaced|replacement|rejected|retour|retours|retourne|retournes|retournee|retournees|rembourse|rembourses|remboursee|remboursees|remboursement|avoir|remplace|remplaces|remplacement|reclamation|reclamations|contestation|contestations|conteste|contestes|repris|retournables?|remboursables?)(?![\\p{L}])'
const COMPLIANCE_SOURCE = [...COMPLIANCE.en, ...COMPLIANCE.fr].join('|')

/** A negated return: "no refund", "may not be returned", « aucun remboursement », « ne pourront être retournés ». */
const NEGATED_RETURN: Bilingual = {
  en: [
    // "including but not limited to" lists; it denies nothing.
    `(no|not(?! limited to)|never|cannot|can ?not|without)${WORD_GAP}${RETURN_WORDS}`,
    '(excluded|exempt) from (the )?(return|refund|credit|replacement)',
    'non-?(returnable|refundable|creditable)',
    '(is|are|shall not be|will not be|is not|are not|does not constitute|do not constitute) (a |an )?(valid |acceptable |legitimate |admissible )?(ground|reason|cause|basis)s? for',
    `${RETURN_WORDS}[^.;]{0,60}(will|shall|are|is) not (be )?(accepted|admissible|eligible|considered|taken into account|available|granted|given|issued|offered|allowed|permitted|possible)`,
  ],
  fr: [
    `(ne|n(?=')|aucune?|nulle?|sans|pas de|pas d(?='))${WORD_GAP}${RETURN_WORDS}`,
    '(exclus|exclues|exclu|exclue) (du|des|de la) (retour|retours|remboursement|reclamation|garantie)',
    'non (retournables?|remboursables?)',
    '(ne (constitue|constituent|sont|est|seront|sera) pas|n.est pas) (un |une |des )?(motifs?|causes?|raisons?|cas) (valables? |legitimes? |recevables? )?(de|d.)',
    '(irrecevables?|non recevables?|ne (sont|seront|sera|est) (pas|en aucun cas) (acceptees?|admises?|recevables?|prises? en compte|accordees?|consentie?s?|possibles?|autorisee?s?))',
  ],
}

/** An exception naming consent or compliance: "except consent disputes", « hors motifs RGPD ». */
const EXCEPT_COMPLIANCE: Bilingual = {
  en: [`(except\\w*|exclud\\w*|other than|save (for|where)|unless)[^.;]{0,40}(${COMPLIANCE_SOURCE})`],
  fr: [`(sauf|hors|a l.exception|exception faite|exclu\\w*|autres? que|a moins que)[^.;]{0,40}(${COMPLIANCE_SOURCE})`],
}

/** A consent defect that may be returned at any time, or in a window of its own. */
const CARVED_IN: Bilingual = {
  en: [
    'at any time',
    'without (any )?(time )?limit',
    'no time limit',
    'regardless of',
    'irrespective of',
    'for the (whole|entire) (term|duration)',
    '(which|that) (may|can|shall|will) (also )?(be )?(returned|refunded|credited|replaced|disputed)',
    'longer',
    '(separate|specific|distinct|dedicated) (return )?(window|period|deadline)',
    'even after',
  ],
  fr: [
    'a tout moment',
    'sans (limite|limitation|condition) de (delai|duree)',
    'quel(le)?s? que soi(en)?t',
    'pendant toute la duree',
    '(qui|lesquels|lesquelles) (peuvent|pourront|peut|pourra) (egalement )?(etre )?(retournes?|retournees?|rembourses?|remboursees?|contestes?|contestees?|remplaces?)',
    'plus long',
    '(delai|periode) (specifique|distinct|particulier|propre|dedie)',
    'meme apres',
    'que (si|pour|lorsque|dans|en cas)',
  ],
}

/** Return grounds given as a closed list. */
const LIMITED: Bilingual = {
  en: [
    '(only|exclusively|strictly)[^.;]{0,30}\\b(for|in (the )?cases?|on (the )?grounds?|if|where|when|following)\\b',
    '(limited|restricted) to (the )?(following )?(cases|grounds|reasons|situations)',
    'following (cases|grounds|reasons) only',
  ],
  fr: [
    '(uniquement|exclusivement|limitativement|seulement)[^.;]{0,30}(pour|dans les cas|en cas|motifs?|si|lorsque|suivants?)',
    '(limites?|limitees?|restreints?|restreintes?) (aux|a) (cas|motifs|causes|hypotheses) (suivants|suivantes|limitativement)',
    '(seuls?|seules?) (les )?(motifs|cas|causes|hypotheses)',
    '(motifs|cas|causes) (de retour |de reclamation )?(suivants )?limitativement',
  ],
}

/** Words that make a duration a return window when they are close to it. */
const WINDOW_RETURN: Bilingual = {
  en: ['return(s|ed|ing)?\\b', 'refund(s|ed)?\\b', 'replace(d|ment)?\\b', 'reject(s|ed|ion|ions)?\\b', 'dispute(s|d)?\\b', 'contest(s|ed)?\\b', 'claims? (window|period)', '(return|claim|dispute|rejection) (window|period)'],
  fr: [
    'retour(s|ne|nes|nee|nees|ner)?\\b',
    'rembours',
    'remplac',
    'rejet',
    'contest(e|es|ee|ees|er|ation|ations)\\b',
    'signal(e|es|ee|ees|er|ement)\\b',
    'delai de (reclamation|contestation|retour)',
    'reclamations? (sur|relatives? a|concernant|portant sur) (un|le|les|des|ce|ces) leads?',
    'reclamations?[^.;]{0,60}(doit|doivent|devra|devront) (etre )?(formul|adress|fait|notifi|transmi|envoy|present)',
  ],
}

/** A duration right after these words is a window: "within 48 hours", « sous 7 jours ». */
const WINDOW_INTRO =
  /(?<![\p{L}])(?:within|in|under|no later than|not later than|before|during|of|has|have|sous|dans|au plus tard|avant|delai|pendant|durant|en deca|maximum|max\.?|window|period|periode|dispose de|disposera de|beyond|after|apres|au-dela)(?: (?:the|a|an|un|une|les|la|le|de|d'|first|premieres|premiers|maximum|max|of|delai|de reclamation|de retour|following|suivant|suivants|a compter))*\s?$/u

/** The generator's own handling delays (verifying, answering, crediting), which are not return windows. */
const PROCESSING_BEFORE =
  /(?<![\p{L}])(?:respond|responds|answer|answers|reply|replies|verify|verifies|review|reviews|examine|examines|process|processes|investigate|investigates|decide|decides|credit|credits|refund|refunds|issue|issues|repond|repondra|repondre|verifie|verifiera|verifier|examine|examinera|examiner|traite|traitera|traiter|instruit|instruire|statue|statuer|emet|emettra|rembourse|remboursera|informe|informera|informent|notifie)(?:[ ,]+[\p{L}'-]+){0,6}[ ,]*$/u
/** The generator's own handling, in the present tense: "The Supplier replaces each returned lead within 2 days". */
const GENERATOR_ACTS =
  '(?:replaces|credits|refunds|delivers|sends|issues|provides|processes|remplace|remplacera|rembourse|remboursera|credite|livre|livrera|envoie|enverra|emet|fournit|fournira|traite|traitera)'
/** The generator is the one given the delay ("The Generator may contest a return within 5 days"). */
const GENERATOR_DELAY = new RegExp(
  `\\b(?:${GENERATOR}) (?:may|can|shall|will|must|has|peut|pourra|doit|devra|dispose|disposera|${GENERATOR_ACTS})\\b[^.;]{0,50}$`,
  'u',
)
const PROCESSING_AFTER = /^ (?:pour|to|in which to) (?:verifier|examiner|repondre|traiter|instruire|statuer|verify|examine|respond|answer|review|process|investigate|decide)/u

/** The sentence is about leads (or consent): "returns" of goods in a supply contract are not. */
const LEAD_CONTEXT = compile({
  en: ['leads?\\b', 'prospects?\\b', 'contacts?\\b', 'live transfers?\\b', 'appointments?\\b', 'consent'],
  fr: ['leads?\\b', 'prospects?\\b', 'contacts?\\b', 'transferts?\\b', 'rendez-vous', 'fiches?\\b', 'consentement'],
})

const returnWords = compile(RETURN)
export const compliance = compile(COMPLIANCE)
const negatedReturn = compile(NEGATED_RETURN)
const exceptCompliance = compile(EXCEPT_COMPLIANCE)
const carvedIn = compile(CARVED_IN)
const limited = compile(LIMITED)
const windowReturn = compile(WINDOW_RETURN)

/**
 * The clause of a sentence around an offset: sentences of run-on contracts hold several
 * obligations separated by semicolons, and each is read on its own.
 */
function clauseAt(norm: string, index: number): string {
  const start = norm.lastIndexOf(';', index) + 1
  const end = norm.indexOf(';', index)
  return norm.slice(start, end < 0 ? norm.length : end)
}

/** The clauses (semicolon-separated parts) of a sentence. */
function clausesOf(norm: string): string[] {
  return norm.split(';')
}

/** Returning data at the end of the contract is not returning a lead. */
const DATA_RETURN = /\b(?:(?:delete|deleted|destroy|destroyed|erase|erased|supprime|supprimees?|detruite?s?)[^.;]{0,12}\b(?:or|and|ou|et) (?:return(?:ed|s)?|restitue(?:e|es|s)?)|return(?:s|ed)? (?:or|and) (?:delete|destroy|erase)|return(?:s|ed)? (?:all|any|the) (?:personal )?(?:data|copies|documents|materials|records|consent records)|restitu\w*)/giu
/** The same expression behind the literal gate: most clauses hold none of its words and skip the replacement. */
const DATA_RETURN_GATE = gatedRegExp(DATA_RETURN)

/**
 * Whether a sentence may hold return words (the literal gate: false only when it holds none of
 * their literal words, and then none of its clauses does either).
 */
const mayReturn = (norm: string): boolean => mayMatch(returnWords, norm)

/** True when a clause excludes consent or compliance defects from returns. */
function clauseExcludesConsent(raw: string): boolean {
  const text = mayMatch(DATA_RETURN_GATE, raw) ? raw.replace(DATA_RETURN, ' ') : raw
  if (!returnWords.test(text) || !compliance.test(text) || !LEAD_CONTEXT.test(text) || carvedIn.test(text)) return false
  // "No returns, except for consent defects" carves them in; "returns, except consent disputes" carves them out.
  return negatedReturn.test(text) !== exceptCompliance.test(text)
}

/** True when a sentence excludes consent or compliance defects from returns. */
export function excludesConsent(s: Sentence): boolean {
  // A clause is part of its sentence: a sentence that holds the literal words of neither the return
  // words nor a data return has clauses without them, none of which can exclude consent defects.
  if (!mayReturn(s.norm) && !mayMatch(DATA_RETURN_GATE, s.norm)) return false
  return clausesOf(s.norm).some(clauseExcludesConsent)
}

/** Offset of the first clause of a sentence that excludes consent defects, or closes the return grounds. */
export function exclusionIndex(s: Sentence): number {
  let offset = 0
  for (const c of clausesOf(s.norm)) {
    if (clauseExcludesConsent(c) || (returnWords.test(c) && limited.test(c))) return offset
    offset += c.length + 1
  }
  return 0
}

/** True when the document lets the buyer return a lead for a consent or compliance defect. */
export function hasConsentRoute(sentences: readonly Sentence[]): boolean {
  return sentences.some((s) => mayReturn(s.norm) && clausesOf(s.norm).some((c) => returnWords.test(c) && compliance.test(c) && !clauseExcludesConsent(c)))
}

/** Sentences that close the list of return grounds without consent or compliance defects in it. */
export function closedGroundLists(sentences: readonly Sentence[]): Sentence[] {
  const out: Sentence[] = []
  sentences.forEach((s, i) => {
    const closed = mayReturn(s.norm) && clausesOf(s.norm).some((c) => returnWords.test(c) && limited.test(c) && LEAD_CONTEXT.test(c) && !compliance.test(c))
    if (!closed || compliance.test(s.norm)) return
    // A list introduced by a colon goes on in the next sentences (list items).
    if (/:\s*$/.test(s.norm) && sentences.slice(i + 1, i + 9).some((n) => compliance.test(n.norm))) return
    out.push(s)
  })
  return out
}

/** A return window found in a sentence. */
export interface ReturnWindow {
  sentence: Sentence
  duration: Duration
  /** The window is the one for consent or compliance defects (its clause names them, without excluding them). */
  forConsent: boolean
}

/** The shortest return window of each sentence (ignoring the generator's own delays and lead ages). */
export function returnWindows(ctx: Pick<RuleContext, 'sentences'>): ReturnWindow[] {
  const out: ReturnWindow[] = []
  for (const s of ctx.sentences) {
    if (!windowReturn.test(s.norm)) continue
    const windows = durations(s.norm).filter((d) => {
      // The whole clause before the duration: « Le Client peut retourner tout Lead qui … dans un délai de 7 jours ».
      const before = s.norm.slice(Math.max(0, d.index - 240), d.index)
      const after = s.norm.slice(d.end, d.end + 60)
      if (!WINDOW_INTRO.test(before.slice(-40)) || PROCESSING_BEFORE.test(before.slice(-50)) || PROCESSING_AFTER.test(after) || GENERATOR_DELAY.test(before.slice(before.lastIndexOf(';') + 1))) return false
      // A return word close by, in the same clause.
      const near = `${before.slice(before.lastIndexOf(';') + 1)} ${after.slice(0, after.includes(';') ? after.indexOf(';') : after.length)}`
      return windowReturn.test(near)
    })
    const shortest = windows.sort((a, b) => a.days - b.days)[0]
    if (!shortest) continue
    const clause = clauseAt(s.norm, shortest.index)
    out.push({ sentence: s, duration: shortest, forConsent: compliance.test(clause) && !clauseExcludesConsent(clause) })
  }
  return out
}
