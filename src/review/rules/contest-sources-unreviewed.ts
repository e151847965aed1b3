/**
 * `contest-sources-unreviewed`: leads collected through contests, sweepstakes, product tests or
 * co-registration, while the document gives the buyer no right to review the collection forms.
 * Reported once per document, at the first mention of such a source.
 */
import { defineRule, msg } from '../define-rule.js'
import { at, compile, matchedText, quote, reportParts, type Bilingual } from './support/patterns.js'
import { holdsLeadClause } from './support/leads.js'
import { isDeal } from './support/deal.js'

/** Contest, product-test and co-registration sources ("concours" alone also means "assistance"). */
const CONTEST_SOURCE: Bilingual = {
  en: [
    '(online |prize |promotional |marketing |free )(contests?|competitions?|draws?|giveaways?)\\b',
    '(contests?|competitions?|giveaways?|quiz(zes)?) (sites?|websites?|forms?|pages?|entr(y|ies)|participants?|leads?|traffic)\\b',
    '(from|via|through|on|in|by) (contests?|giveaways?|quiz(zes)?)\\b',
    'sweepstakes?\\b',
    'prize draws?\\b',
    'product (tests?|testing|testers?)\\b',
    'co-?registration',
    'co-?reg\\b',
    'incentivi[sz]ed (leads?|traffic|forms?|surveys?)\\b',
  ],
  fr: ['jeux?[- ]concours', 'concours (en ligne|gratuits?|pour gagner)', 'participation a (un|des) concours', 'tirages? au sort', 'loteries?', 'tests? (de|des) produits?', 'testeurs? de produits?', 'produits? a tester', 'co-?registration', 'co-?enregistrement', 'coregistration', 'quiz\\b'],
}

/** The sentence keeps these sources out. */
const EXCLUDED: Bilingual = {
  en: ['exclud', 'except', 'other than', 'prohibit', 'forbid', 'banned', '(shall|may|must|will) not', 'no leads?', 'never', 'not (be )?(used|accepted|permitted|allowed)'],
  fr: ['a l.exclusion', 'exclu', 'hors', 'sauf', 'interdi', 'proscri', 'ne (peut|peuvent|pourra|pourront|doit|doivent|sera|seront|sont|est)', 'aucun (lead|fichier|prospect)', 'jamais'],
}

/** The buyer may review or approve the collection forms. */
const FORM_REVIEW: Bilingual = {
  en: [
    '(review|approve|approval|inspect|examine|validate|validation|check|audit)[^.;]{0,60}(collection |registration |opt.?in |consent |sign.?up |lead |web )?((?<!(order|purchase|insertion) )forms?|landing pages?|collection (pages?|sites?|media|points?))',
    '(forms?|landing pages?)[^.;]{0,60}(submitted|subject|provided|sent) (to|for) (the )?(buyer|client|customer|advertiser)?.?s? ?(prior )?(approval|review|validation)',
    '(screenshots?|html (versions?|copies)|copies) of (each|every|all|the) (collection |consent )?(forms?|pages?)',
  ],
  fr: [
    '(valid(e|er|ent|era|ation)|approuv|approbation|examin|verifi|control|audit|revoi|revoir|reli|consult|test(e|er|ent))[^.;]{0,60}(formulaires?|pages? de collecte|landing pages?|supports? de collecte|sites? de collecte|points? de collecte)',
    'formulaires?[^.;]{0,60}(soumis|communiques|transmis|presentes)[^.;]{0,40}(validation|approbation|accord|examen)',
    '(captures? d.ecran|copies?|versions? html) (de chaque|des|de tous les) (formulaires?|pages?)',
  ],
}

/** The sentence speaks of leads, their sources, or of collecting people's details. */
const LEAD_WORDS: Bilingual = {
  en: ['leads?\\b', 'sources?\\b', 'prospects?\\b', 'contacts?\\b', 'collect', 'opt.?ins?\\b', 'sign.?ups?\\b', 'registrations?\\b', 'personal data', 'consent'],
  fr: ['leads?\\b', 'sources?\\b', 'prospects?\\b', 'contacts?\\b', 'collect', 'coordonnees', 'inscri', 'donnees (a caractere )?personnelles', 'consentement'],
}


/**
 * Text addressed to the people who enter the contest ("when you enter into an online competition",
 * « lorsque vous participez au jeu-concours »): the organiser's own rules or privacy notice.
 */
const ENTRANT: Bilingual = {
  en: ['\\byou (enter|participate|take part)( in| into)? (an?|our|the|this|any) (online |prize |promotional )?(contests?|competitions?|draws?|giveaways?|sweepstakes|quiz(zes)?)\\b'],
  fr: ['\\bvous (participez|inscrivez|jouez)[^.;]{0,20}(jeux?[- ]concours|concours|tirages? au sort|loteries?)'],
}

const contestSource = compile(CONTEST_SOURCE)
const entrant = compile(ENTRANT)
const leadWords = compile(LEAD_WORDS)
const excluded = compile(EXCLUDED)
const formReview = compile(FORM_REVIEW)

const SOURCES = ['CNIL SAN-2024-003 (FORIOU) §29–32, §47–49', 'CNIL SAN-2023-025 (TAGADAMEDIA)', 'CNIL SAN-2025-002 (CALOGA) §46–53, §57', 'CNIL SAN-2025-001 (Solocal)']

export default defineRule({
  id: 'contest-sources-unreviewed',
  meta: { description: 'Report contest, product-test or co-registration sources without form-review rights', severity: 'warning' },
  check(ctx) {
    // A notice to the people whose data it describes is no deal: its terms are not judged (support/deal.ts).
    if (!isDeal(ctx)) return
    if (ctx.sentences.some((x) => formReview.test(x.norm))) return
    // A contest is a lead source only where leads are supplied: a survey tool's quizzes are its product.
    const aboutLeads = holdsLeadClause(ctx)
    // The organiser's own contest, told to its entrants, supplies no leads to anyone.
    if (!aboutLeads && ctx.sentences.some((x) => entrant.test(x.norm))) return
    const s = ctx.sentences.find((x) => contestSource.test(x.norm) && !excluded.test(x.norm) && (aboutLeads || leadWords.test(x.norm)))
    if (!s) return
    const what = matchedText(s, contestSource)
    ctx.report({
      message: msg(ctx.lang, {
        en: `Leads from contests, product tests or co-registration ("${what}": "${quote(s, at(contestSource, s))}") without any right for the Buyer to review the collection forms: these are the forms the CNIL found deceptive (a single button both entering the game and accepting partners); ask to review and approve every form before use and to receive dated copies (CNIL SAN-2024-003 (FORIOU) §29–32, §47–49; CNIL SAN-2025-002 (CALOGA) §46–53)`,
        fr: `Leads issus de jeux-concours, tests de produits ou coregistration (« ${what} » : « ${quote(s, at(contestSource, s))} ») sans droit pour le Client d'examiner les formulaires de collecte : ce sont les formulaires que la CNIL a jugés trompeurs (un seul bouton pour jouer et accepter les partenaires) ; exigez de valider chaque formulaire avant usage et d'en recevoir des copies datées (CNIL SAN-2024-003 (FORIOU) §29–32, §47–49 ; CNIL SAN-2025-002 (CALOGA) §46–53)`,
      }),
      ...reportParts(ctx, s, SOURCES, 'audit-rights'),
    })
  },
})
