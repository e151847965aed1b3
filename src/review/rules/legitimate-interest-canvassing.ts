/**
 * `legitimate-interest-canvassing`: legitimate interest relied on for consumer email or SMS
 * canvassing (never enough: CPCE L. 34-5 requires prior consent), or for consumer phone canvassing
 * once the opt-in regime applies (11 Aug 2026, loi n° 2025-594). Business leads and postal
 * canvassing are out of scope.
 */
import { OPT_IN_DATE } from '../../library/conditions.js'
import { normalizeText } from '../../library/detect-signals.js'
import type { Channel } from '../../library/schema.js'
import { defineRule, msg } from '../define-rule.js'
import { conditionFacts, suggestedVariant } from '../required.js'
import type { Sentence } from '../text.js'
import { at, compile, onePerBlock, quote, reportParts, type Bilingual } from './support/patterns.js'

/** Legitimate interest as a legal basis. */
const LEGITIMATE_INTEREST: Bilingual = {
  en: ['legitimate interests?', 'art(icle|\\.)? ?6 ?\\(1\\) ?\\(f\\)', '6\\.1\\.f'],
  fr: ['interets? legitimes?', 'art(icle|\\.)? ?6 ?\\(1\\) ?\\(f\\)', '6\\.1\\.f', '6-1-f'],
}

/** …as the basis of canvassing, collection or transmission (not "to protect its legitimate interests"). */
const BASIS_CONTEXT: Bilingual = {
  en: ['basis', 'based on', 'grounds?', 'rel(y|ies|ied|ying) on', 'prospect', 'canvass', 'marketing', 'solicit', 'campaign', 'contact(ed|ing)?', 'call(s|ed|ing)?', 'process', 'transmi', 'transfer', 'collect', 'e-?mail', 'sms', 'text messag'],
  fr: ['base (legale|juridique)', 'fondement', 'fonde', 'sur la base', 'prospect', 'demarch', 'sollicit', 'campagne', 'contact', 'appel', 'traitement', 'transmission', 'transmettre', 'collecte', 'e-?mail', 'courriel', 'sms'],
}

/** The sentence rules it out ("does not rely on legitimate interest", « et non sur l'intérêt légitime »). */
const RULED_OUT: Bilingual = {
  en: [
    '((not|never|no|nor|cannot)(?![\\p{L}])|instead of|rather than|excluding)[^.;]{0,40}(legitimate interest|6 ?\\(1\\) ?\\(f\\))',
    '(legitimate interest|6 ?\\(1\\) ?\\(f\\))[^.;]{0,30}(is|are|shall|may|will|can|does|do) not',
    '(legitimate interest|6 ?\\(1\\) ?\\(f\\))[^.;]{0,30}(cannot|is excluded|is insufficient|is not sufficient)',
  ],
  fr: [
    "(ne(?![\\p{L}])|n'|et non|mais non|non pas|non sur|jamais|aucun|aucune|plutot que|au lieu de|a l.exclusion de)[^.;]{0,40}(interets? legitimes?|6 ?\\(1\\) ?\\(f\\))",
    "(interets? legitimes?)[^.;]{0,30}(?<![\\p{L}])(ne(?![\\p{L}])|n')",
    '(interets? legitimes?)[^.;]{0,30}(est exclu|insuffisant)',
  ],
}

/** Channels named in the sentence itself. */
const CHANNELS: ReadonlyArray<readonly [Channel, RegExp]> = [
  ['email', compile({ en: ['e-?mails?', 'electronic mail', 'newsletters?', 'emailing'], fr: ['e-?mails?', 'courriels?', 'courriers? electroniques?', 'emailing', 'newsletters?'] })],
  ['sms', compile({ en: ['sms', 'mms', 'text messag'], fr: ['sms', 'mms', 'textos?'] })],
  ['phone', compile({ en: ['phone', 'telephon', 'calls?', 'calling', 'telemarketing'], fr: ['telephon', 'appels?', 'teleprospection', 'demarchage telephonique'] })],
  ['postal', compile({ en: ['post(al)?', 'direct mail', 'mail(ing)? (by|per) post'], fr: ['postale?s?', 'courriers? postaux', 'courrier postal', 'voie postale'] })],
]

/** Words of canvassing or leads ("campaign" is not one: political and awareness campaigns are others). */
const CANVASSING: Bilingual = {
  en: ['prospect', 'canvass', 'solicit', 'marketing', 'advertis', 'promotional', 'leads?\\b', 'telemarketing'],
  fr: ['prospect', 'demarch', 'sollicit', 'marketing', 'publicit', 'offres? commerciales?', 'leads?\\b', 'teleprospection'],
}

/**
 * Security and abuse prevention, a legitimate interest of its own (GDPR recitals 47, 49): « l'adresse IP
 * … pour prévenir les abus », "to ensure network security".
 */
const SECURITY_PURPOSE: Bilingual = {
  en: ['ip address', 'abuse', 'fraud', 'network (and information )?security', 'security of (the|our) (service|systems?|servers?|network)', 'denial of service', 'rate limit'],
  fr: ['adresses? ip', 'abus\\b', 'fraud', 'securite (du|des|de nos) (service|systemes?|serveurs?|reseaux?)', 'integrite (et|ou) (la )?stabilite', 'deni de service', 'limitation du debit'],
}

/** Sentences before a sentence, in its section, read for the purpose it states a basis for. */
const PURPOSE_WINDOW = 3

const legitimateInterest = compile(LEGITIMATE_INTEREST)
const canvassing = compile(CANVASSING)
const securityPurpose = compile(SECURITY_PURPOSE)

/**
 * A sentence that names no channel and no canvassing, right after sentences of its section that give
 * security or abuse prevention, and no canvassing, as the purpose: its legitimate interest is not
 * that of canvassing, whatever channels the rest of the document uses.
 */
function securityBasis(sentences: readonly Sentence[], index: number): boolean {
  const s = sentences[index]!
  if (canvassing.test(s.norm)) return false
  const around: Sentence[] = [s]
  for (let i = index - 1; i >= 0 && around.length <= PURPOSE_WINDOW; i--) {
    const prev = sentences[i]!
    if (prev.path !== s.path || prev.heading !== s.heading) break
    around.push(prev)
  }
  return around.some((x) => securityPurpose.test(x.norm)) && !around.some((x) => canvassing.test(x.norm))
}
/**
 * A sentence that names no channel, in a section whose sentences around it name no canvassing (the
 * sentence, up to PURPOSE_WINDOW before it and one after): a legal basis for some other processing
 * (« Les données traitées des Utilisateurs ont pour base juridique l'intérêt légitime » in a public
 * service's terms), not for canvassing, whatever channels the rest of the document names.
 */
function noCanvassingAround(sentences: readonly Sentence[], index: number): boolean {
  const s = sentences[index]!
  const same = (x: Sentence | undefined): x is Sentence => x !== undefined && x.path === s.path && x.heading === s.heading
  const around: Sentence[] = [s]
  for (let i = index - 1; i >= 0 && around.length <= PURPOSE_WINDOW && same(sentences[i]); i--) around.push(sentences[i]!)
  if (same(sentences[index + 1])) around.push(sentences[index + 1]!)
  return !around.some((x) => canvassing.test(x.norm))
}
/**
 * The exception of CPCE L. 34-5 al. 4: e-mail to the writer's own customers, whose details it
 * collected at a sale, about analogous products or services it supplies itself, with an objection
 * offered. Legitimate interest is then a lawful basis for that e-mail; it says nothing of prospects.
 */
const OWN_CUSTOMERS = compile({
  en: ['(existing |current |our |its |former )customers?\\b', 'customers? (who|that) (have|has) (bought|purchased|subscribed|ordered)', 'purchased from us'],
  fr: ['(nos|ses|leurs) clients?\\b', 'clients? (existants?|actuels?)', 'deja clients?', 'ayant (achete|commande|souscrit)'],
})
const ANALOGOUS = compile({ en: ['(similar|analogous|comparable) (products?|services?|offers?|goods)'], fr: ['(produits?|services?|offres?|prestations?) (analogues|similaires|comparables)'] })

/**
 * The people contacted are business contacts, said in the paragraph: "marketing communications to
 * businesses", "our current and prospective partners and customers", "the business you are
 * associated with", « nos clients professionnels », « prospection B2B ». Canvassing of
 * professionals is outside the consumer rules this rule applies (CPCE L. 34-5 binds consumers'
 * prior consent; business addresses are reached under the CNIL's opt-out for professionals).
 */
const BUSINESS_AUDIENCE = compile({
  en: [
    'b2b\\b',
    'business-to-business',
    '(communications?|marketing|e-?mails?|messages?|calls?) to (our )?business(es)?\\b',
    'business (customers?|clients?|contacts?|users?|representatives?)',
    '(current|existing|prospective|potential|former)( and (current|existing|prospective|potential|former))? (business )?(partners?|resellers?|distributors?|suppliers?)',
    'the (business|company|organi[sz]ation|employer) (you|that you) (are associated with|represent|work for|act for)',
    'professional (contacts?|customers?|clients?|e-?mail addresses?)',
  ],
  fr: [
    'b2b\\b',
    '(clients?|contacts?|prospects?|partenaires?|interlocuteurs?) professionnels?',
    'entre professionnels',
    'adresses? (e-?mail |electroniques? )?professionnelles?',
    '(la societe|l.entreprise|l.organisation|l.employeur) (que vous representez|pour laquelle vous travaillez)',
  ],
})

/** Consumers named beside business contacts ("business customers and consumers"): the paragraph still canvasses consumers. */
const CONSUMER_AUDIENCE = compile({
  en: ['consumers?\\b', 'individuals\\b', 'private (persons?|individuals?|customers?)', 'members of the public'],
  fr: ['consommateurs?\\b', 'particuliers\\b', 'personnes physiques'],
})

/** Whether the sentence's paragraph, or its heading, says the people contacted are business contacts (and names no consumers). */
function businessAudience(ctx: { sentences: readonly Sentence[]; documents: readonly { path: string; blocks: readonly { text: string }[] }[] }, s: Sentence): boolean {
  const paragraph = ctx.sentences.filter((x) => x.path === s.path && x.blockIndex === s.blockIndex)
  if (paragraph.some((x) => CONSUMER_AUDIENCE.test(x.norm))) return false
  if (paragraph.some((x) => BUSINESS_AUDIENCE.test(x.norm))) return true
  if (s.heading < 0) return false
  const heading = ctx.documents.find((d) => d.path === s.path)?.blocks[s.heading]
  return heading !== undefined && BUSINESS_AUDIENCE.test(normalizeText(heading.text))
}

const basisContext = compile(BASIS_CONTEXT)
const ruledOut = compile(RULED_OUT)

const ELECTRONIC_SOURCES = ['CPCE L. 34-5', 'GDPR art. 6(1)(a), 7', 'CNIL SAN-2025-002 (CALOGA) §89, §94–96', 'CNIL SAN-2024-004 (HUBSIDE.STORE)']
const PHONE_SOURCES = ['C. consom. L. 223-1 (from 11 Aug 2026)', 'loi n° 2025-594, art. 13', 'CNIL SAN-2024-003 (FORIOU) §20, §30–31']

export default defineRule({
  id: 'legitimate-interest-canvassing',
  meta: { description: 'Report legitimate interest relied on for consumer email/SMS, or for consumer phone calls after 11 Aug 2026', severity: 'error' },
  check(ctx) {
    if (!ctx.facts.consumers) return
    const { lang } = ctx
    const optIn = ctx.today >= OPT_IN_DATE
    const candidates = ctx.sentences.filter((x) => legitimateInterest.test(x.norm) && basisContext.test(x.norm) && !ruledOut.test(x.norm))
    for (const s of onePerBlock(candidates)) {
      const named = CHANNELS.filter(([, re]) => re.test(s.norm)).map(([c]) => c)
      if (businessAudience(ctx, s)) continue
      if (named.length === 0 && (securityBasis(ctx.sentences, ctx.sentences.indexOf(s)) || noCanvassingAround(ctx.sentences, ctx.sentences.indexOf(s)))) continue
      const channels = named.length > 0 ? named : ctx.facts.channels
      // E-mail to one's own customers about analogous products is the lawful exception (CPCE L. 34-5 al. 4).
      const softOptIn = OWN_CUSTOMERS.test(s.norm) && ANALOGOUS.test(s.norm)
      const electronic = softOptIn ? [] : channels.filter((c) => c === 'email' || c === 'sms')
      const phone = optIn && channels.includes('phone')
      if (electronic.length > 0) {
        const list = electronic.map((c) => (c === 'email' ? 'e-mail' : 'SMS')).join(lang === 'fr' ? ' et ' : ' and ')
        ctx.report({
          message: msg(lang, {
            en: `Legitimate interest relied on for ${list} canvassing of consumers ("${quote(s, at(legitimateInterest, s))}"): electronic canvassing of consumers requires their prior, specific consent naming the Buyer, which the Generator must prove (CPCE L. 34-5; CNIL SAN-2025-002 (CALOGA) §89)`,
            fr: `Intérêt légitime invoqué pour la prospection par ${list} de consommateurs (« ${quote(s, at(legitimateInterest, s))} ») : la prospection électronique des consommateurs exige leur consentement préalable et spécifique, nommant le Client, que le Fournisseur doit pouvoir prouver (CPCE L. 34-5 ; CNIL SAN-2025-002 (CALOGA) §89)`,
          }),
          ...reportParts(ctx, s, ELECTRONIC_SOURCES, 'compliance-warranty'),
        })
      }
      if (phone) {
        const clause = suggestedVariant(ctx.library, 'telemarketing-rules', conditionFacts(ctx.facts, ctx.today))
        ctx.report({
          message: msg(lang, {
            en: `Legitimate interest relied on for phone canvassing of consumers ("${quote(s, at(legitimateInterest, s))}"): since 11 Aug 2026 a consumer may only be called with prior, free, specific and informed consent, which the professional must prove, also when a third party calls on its behalf (C. consom. L. 223-1 (from 11 Aug 2026); loi n° 2025-594)`,
            fr: `Intérêt légitime invoqué pour le démarchage téléphonique de consommateurs (« ${quote(s, at(legitimateInterest, s))} ») : depuis le 11 août 2026, un consommateur ne peut être appelé qu'avec son consentement préalable, libre, spécifique et éclairé, que le professionnel doit prouver, y compris lorsqu'un tiers appelle pour son compte (C. consom. L. 223-1 (à partir du 11 août 2026) ; loi n° 2025-594)`,
          }),
          ...reportParts(ctx, s, PHONE_SOURCES, 'telemarketing-rules', clause),
        })
      }
    }
  },
})
