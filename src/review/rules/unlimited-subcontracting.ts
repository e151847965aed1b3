/**
 * `unlimited-subcontracting`: the generator may subcontract freely (any publisher, affiliate or call
 * centre, without the buyer's approval), or may resell or share the leads without limit.
 */
import { defineRule, msg } from '../define-rule.js'
import { actorOf } from '../parties.js'
import type { Sentence } from '../text.js'
import { BUYER, at, compile, onePerBlock, quote, reportParts, type Bilingual } from './support/patterns.js'
import { isDeal } from './support/deal.js'

const MAY_EN = '(may|can|is (free|entitled|authori[sz]ed|permitted) to|reserves? the right to|shall be (free|entitled) to|has the right to|retains the right to)'
const MAY_FR = '(peut|pourra|est libre de|se reserve le droit de|est (en droit|autorise|habilite) (de|a)|est autorise de maniere generale a|a la faculte de|conserve la faculte de)'
/** Who does the work in its place. */
const SUBCONTRACTORS_EN = '(any |other |third[- ]party |its own |one or more |such |additional |(its |their )?(own )?(network|pool|panel) of )*(subcontractors?|sub-?processors?|processors?|(sub-?)?publishers?|(sub-?)?affiliates?|affiliate publishers|partners?|call cent(re|er)s?|providers?|third parties|vendors?|(sub-?)?networks?)\\b'
const SUBCONTRACTORS_FR = "(tout |tous |toute |toutes |des |d'autres |ses |un |une |les |plusieurs |(son |un )?reseau (de |d'))*(sous-traitants?|soustraitants?|prestataires?|(sous-)?editeurs?|(sous-)?affilies?|partenaires?|centres? d'appels?|tiers|plateaux)\\b"

/** A permission to subcontract. */
const SUBCONTRACT: Bilingual = {
  en: [
    `${MAY_EN}( freely)? (subcontract|delegate|outsource)`,
    `${MAY_EN}( freely)? (engage|use|appoint|rely on|call on|involve) ${SUBCONTRACTORS_EN}`,
    `(authori[sz]es?|permits?|allows?)[^.;]{0,40}to (subcontract|delegate|outsource|(engage|use|appoint) ${SUBCONTRACTORS_EN})`,
    `${MAY_EN} (act|(perform|provide|deliver|fulfil|fulfill)[^.;]{0,40})( directly or)? (indirectly|through|via)[^.;]{0,40}(third part|subcontractor|contractor|agent)`,
    // Replacing a provider at will: "reserves? the right to switch to another model provider at any time".
    `${MAY_EN} (switch|change|replace)[^.;]{0,40} (to|with|by) (another|a different|any other|other|a new|new) [^.;]{0,30}(providers?|subcontractors?|sub-?processors?|vendors?|suppliers?)\\b`,
  ],
  fr: [
    `${MAY_FR}( librement)? (sous-traiter|deleguer|externaliser)`,
    `${MAY_FR}( librement)? (faire appel|recourir|confier [^.;]{0,40}) (a|aux) ${SUBCONTRACTORS_FR}`,
    `(autorise|permet)[^.;]{0,40}a (sous-traiter|deleguer|(faire appel|recourir) (a|aux) ${SUBCONTRACTORS_FR})`,
    `${MAY_FR} (agir|executer|realiser|fournir|assurer)[^.;]{0,40}( directement ou)? ?(indirectement|par l.intermediaire|par le biais|au moyen) (d.un |de |des |d.)?[^.;]{0,30}(tiers|sous-traitants?|prestataires?)`,
    `${MAY_FR} (changer|remplacer)[^.;]{0,40} (par|pour) (un autre|une autre|tout autre|toute autre|un nouveau|une nouvelle|d.autres) [^.;]{0,30}(prestataires?|sous-traitants?|fournisseurs?)\\b`,
  ],
}

/** The subcontracting is unlimited: without approval, at discretion, to anyone. */
const UNLIMITED: Bilingual = {
  en: [
    'without (the )?(need for |obtaining |requiring )?(any |the )?(prior )?(written )?(consent|approval|authori[sz]ation|agreement|notice|notification|information)',
    'at its (sole |own |absolute )?discretion',
    'freely',
    'any (subcontractors?|third part(y|ies)|(sub-?)?publishers?|(sub-?)?affiliates?|partners?|call cent(re|er)s?|providers?)',
    'of its (own )?choice',
    'in whole or in part',
  ],
  fr: [
    'sans (l.|aucun |aucune |son |leur )?(accord|autorisation|consentement|information|agrement|validation|notification|avis)',
    'a sa (seule |libre |entiere )?discretion',
    'librement',
    '(tous?|toutes?|tout) (sous-traitants?|tiers|editeurs?|affilies?|partenaires?|prestataires?|centres? d.appels?)',
    'de son choix',
    'en tout ou (en )?partie',
  ],
}

/** A permission to resell or share the leads. */
const RESELL: Bilingual = {
  en: [
    '(may|can|is (free|entitled|authori[sz]ed|permitted) to|reserves? the right to|shall be (free|entitled) to|has the right to|retains the right to)( also)?( freely)? (resell|re-sell|sell|share|rent|licen[sc]e|transfer|provide|disclose|commerciali[sz]e|market|redistribute|reuse|re-use)[^.;]{0,60}(leads?|data|contacts?|prospects?|files?|records?)',
    '(leads?|data|contacts?|prospects?)[^.;]{0,40}(may|can) (also )?be (resold|re-sold|sold|shared|rented|licen[sc]ed|transferred|provided|disclosed|redistributed|reused)',
  ],
  fr: [
    '(peut|pourra|est libre de|se reserve le droit de|est (en droit|autorise|habilite) (de|a)|a la faculte de|conserve (le droit|la faculte) de)( egalement)?( librement)? (revendre|vendre|ceder|louer|partager|transmettre|commercialiser|mettre a (la )?disposition|reutiliser|communiquer)[^.;]{0,60}(leads?|donnees|contacts?|prospects?|fichiers?)',
    '(leads?|donnees|contacts?|prospects?)[^.;]{0,40}(peuvent|pourront|peut|pourra) (egalement )?(etre )?(revendus?|vendus?|cedes?|loues?|partages?|transmis|commercialises?|reutilises?|mis a (la )?disposition)',
  ],
}

/** The resale goes beyond the buyer: to others, to any number of buyers. */
const TO_OTHERS: Bilingual = {
  en: ['other (buyers|clients|customers|advertisers|companies|partners|insurers|lenders|brokers|brands|merchants|retailers|agencies|installers)', 'third part(y|ies)', 'any (person|third|buyer|client|entity)', 'non-?exclusive', 'shared', 'its (own )?(partners|clients|customers)', 'others'],
  fr: ['autres (clients|acheteurs|annonceurs|societes|partenaires|assureurs|courtiers|marques|enseignes|agences|installateurs|professionnels)', 'tiers', 'tout (tiers|client|acheteur)', 'non exclusif', 'mutualises?', 'ses (propres )?(partenaires|clients)', 'd.autres'],
}

/** A stated limit: a number of buyers, an approval, a prohibition. */
const LIMITED: Bilingual = {
  en: [
    '(shall|may|must|will|can) not',
    'cannot',
    'won.t',
    'required by (law|a court)',
    'legal obligation',
    '(competent|public|supervisory) authorit',
    'not (be )?(entitled|allowed|permitted|authori[sz]ed)',
    'prohibit',
    'forbid',
    'only (with|after|upon|subject)',
    'subject to (the )?(prior|buyer|client|customer|advertiser|written)',
    '(up to|maximum( of)?|at most|no more than|not more than|limited to|to) (\\d+|one|two|three|four|five|six|seven|eight|nine|ten) (other )?(buyers|clients|customers|advertisers|times|companies|insurers|partners)',
    '(with|after|upon) (the )?(buyer|client|customer|advertiser).s (prior )?(written )?(consent|approval|authori[sz]ation)',
    'approved (by the (buyer|client|customer|advertiser)|in writing)',
    'listed in (annex|schedule|appendix)',
  ],
  fr: [
    'ne (peut|pourra|doit|saurait|peuvent|pourront|sont|seront|sera)',
    'exige par la loi',
    'obligation legale',
    'autorites? (competentes?|judiciaires?|de controle)',
    'n.est pas (autorise|libre|en droit)',
    'interdi',
    's.interdit',
    'qu.(avec|apres|sous reserve)',
    'sous reserve (de l.|du |d.un )?(accord|autorisation|agrement|consentement)',
    '(dans la limite de|au plus|maximum( de)?|jusqu.a|a) (\\d+|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) (autres )?(clients|acheteurs|annonceurs|fois|societes|assureurs|partenaires)',
    '(avec|apres) (l.)?(accord|autorisation|agrement) (prealable )?(ecrit(e)? )?(du client|de l.acheteur|de l.annonceur)',
    'agrees? (par|prealablement par) (le client|l.acheteur|l.annonceur)',
    'liste (figurant )?en annexe',
  ],
}

/**
 * Data shared with the writer's service providers as needed to perform the service (a hosting or
 * payment provider, a model provider): processing on its behalf, not a resale to others. Whether
 * those providers are approved is subcontracting, read by its own branch.
 */
const SERVICE_SHARING: Bilingual = {
  en: [
    '(service )?providers?\\b[^.;]{0,40}\\b(as|where|to the extent) (strictly )?(required|necessary|needed) (for us )?to (fulfil|fulfill|provide|perform|deliver|operate)',
    // "shared with third parties as reasonably required for Canonical to process and store your data".
    'third part(y|ies)\\b[^.;]{0,40}\\b(as|where|to the extent) (reasonably |strictly )?(required|necessary|needed) (for [^.;]{1,40}? )?to (process|store|host|fulfil|fulfill|provide|perform|deliver|operate)',
  ],
  fr: ['prestataires?\\b[^.;]{0,40}\\b(strictement )?(necessaires?|requis) (a|pour) (l.execution|la fourniture|fournir|executer|realiser)'],
}

/** The subject is the buyer, unless it authorises the generator. */
const BUYER_SUBJECT = new RegExp(`^(?:${BUYER}) `, 'iu')
const AUTHORISES = compile({ en: ['authori[sz]', 'permit', 'allow'], fr: ['autoris', 'permet', 'accepte'] })

/**
 * A condition on subcontracting: the buyer's approval, notice, a right to object. A bare permission
 * to subcontract, with no such condition in its article, is unlimited (GDPR art. 28(2) asks for
 * the controller's prior authorisation).
 */
const CONDITION: Bilingual = {
  en: ['consent', 'approv', 'authori[sz]', 'agree', 'notif', 'inform', 'object', 'list'],
  fr: ['accord', 'autoris', 'agrement', 'agree', 'consentement', 'inform', 'notifi', 'opposer', 'opposition', 'objection', 'valid', 'liste'],
}

/** Who a condition of the article must be about for it to condition the permission: those doing the work. */
const DELEGATES: Bilingual = {
  en: ['subcontract', 'sub-?process', '(data )?processors?\\b', 'contractors?\\b', 'third part', 'providers?\\b', 'vendors?\\b', 'partners?\\b', 'affiliates?\\b', 'publishers?\\b', 'delegat', 'outsourc'],
  fr: ['sous-trait', 'prestataires?\\b', 'tiers\\b', 'partenaires?\\b', 'affilies?\\b', 'editeurs?\\b', 'delegu', 'externalis'],
}

const subcontract = compile(SUBCONTRACT)
const condition = compile(CONDITION)
const delegates = compile(DELEGATES)
const unlimited = compile(UNLIMITED)
const resell = compile(RESELL)
const toOthers = compile(TO_OTHERS)
const limited = compile(LIMITED)
const serviceSharing = compile(SERVICE_SHARING)

const SUBCONTRACT_SOURCES = ['GDPR art. 28(2), 28(4)', 'EDPB Opinion 22/2024', 'C. consom. L. 223-1 (directly or through a third party)']
const RESALE_SOURCES = ['CNIL fiche 28 Dec 2018 (partners: no onward transfer without new consent)', 'CNIL SAN-2024-003 (FORIOU) §75', 'CNIL SAN-2025-002 (CALOGA) §89']

/**
 * Whether a permission is the generator's: not limited, and not the buyer's own right — the buyer
 * opening the sentence ("The Buyer may share the leads with its affiliates"), or acting as the
 * reader or controller ("You may engage subcontractors", « le responsable de traitement peut
 * faire appel à d'autres sous-traitants »), unless it authorises the generator.
 */
function about(s: Sentence): boolean {
  if (limited.test(s.norm)) return false
  if (AUTHORISES.test(s.norm)) return true
  if (BUYER_SUBJECT.test(s.norm)) return false
  const verb = subcontract.test(s.norm) ? subcontract : resell
  // The subject is in the verb's own clause, after the last comma: in « réservé au client pendant
  // trente jours, à l'issue de laquelle Immolead peut céder les données à tout tiers » the client
  // is named, but a name the reviewer cannot place acts.
  const at = verb.exec(s.norm)?.index ?? 0
  return actorOf(s.norm.slice(s.norm.lastIndexOf(',', at) + 1), verb) !== 'buyer'
}

export default defineRule({
  id: 'unlimited-subcontracting',
  meta: { description: 'Report an unlimited right to subcontract, or to resell or share the leads', severity: 'error' },
  check(ctx) {
    const { lang } = ctx
    // A notice to the people whose data it describes is no deal (support/deal.ts): its service
    // providers are no subcontracting permission to judge, but sharing the people's data with
    // partners or anyone, with no limit, is still reported.
    const deal = isDeal(ctx)
    // Whether the article (the sentences under the same heading) of a permission puts a condition on
    // it: a sentence of it that speaks of those doing the work (a signed order form elsewhere in the
    // article conditions nothing).
    const conditioned = (x: Sentence): boolean => ctx.sentences.some((o) => o.path === x.path && o.heading === x.heading && (o.heading >= 0 || o.blockIndex === x.blockIndex) && condition.test(o.norm) && delegates.test(o.norm))
    const freeSubcontracting = (x: Sentence): boolean => deal && subcontract.test(x.norm) && (unlimited.test(x.norm) || !conditioned(x))
    // A sentence that neither subcontracts nor resells is none of the rule's (asked first: most
    // sentences, which `about` would otherwise read whole, with the actor's look-up).
    const delegatesOrResells = (x: Sentence): boolean => subcontract.test(x.norm) || resell.test(x.norm)
    for (const s of onePerBlock(ctx.sentences.filter((x) => delegatesOrResells(x) && about(x) && (freeSubcontracting(x) || (resell.test(x.norm) && toOthers.test(x.norm) && !serviceSharing.test(x.norm)))))) {
      if (freeSubcontracting(s)) {
        ctx.report({
          message: msg(lang, {
            en: `Unlimited right to subcontract ("${quote(s, at(subcontract, s))}"): every publisher, affiliate or call centre collecting or calling for the Generator must be approved in advance (listed in an annex, changes notified with a right to object) and bound by the same obligations, the Generator remaining liable for them (GDPR art. 28(2), 28(4); EDPB Opinion 22/2024; C. consom. L. 223-1)`,
            fr: `Droit de sous-traiter sans limite (« ${quote(s, at(subcontract, s))} ») : chaque éditeur, affilié ou centre d'appels intervenant pour le Fournisseur doit être autorisé au préalable (liste en annexe, changements notifiés avec droit d'opposition) et soumis aux mêmes obligations, le Fournisseur restant responsable de ses sous-traitants (RGPD art. 28(2), 28(4) ; CEPD avis 22/2024 ; C. consom. L. 223-1)`,
          }),
          ...reportParts(ctx, s, SUBCONTRACT_SOURCES, 'subcontracting'),
        })
      } else {
        ctx.report({
          message: msg(lang, {
            en: `Unlimited right to resell or share the leads ("${quote(s, at(resell, s))}"): consent only covers the recipients named at collection, and every further sale multiplies calls and complaints; limit resale (exclusive leads, or a stated maximum number of buyers named on the partner list) (CNIL fiche 28 Dec 2018; CNIL SAN-2024-003 (FORIOU) §75)`,
            fr: `Droit de revendre ou de partager les leads sans limite (« ${quote(s, at(resell, s))} ») : le consentement ne vaut que pour les destinataires nommés lors de la collecte, et chaque revente multiplie appels et plaintes ; encadrez la revente (leads exclusifs, ou nombre maximal d'acheteurs figurant sur la liste des partenaires) (CNIL, fiche du 28 déc. 2018 ; CNIL SAN-2024-003 (FORIOU) §75)`,
          }),
          ...reportParts(ctx, s, RESALE_SOURCES, 'data-use-restrictions'),
        })
      }
    }
  },
})
