/**
 * `retention-until-opt-out`: prospects' data kept "until opt-out" / « jusqu'à désinscription » (or
 * without any limit), or an email opening counted as the activity that restarts retention.
 */
import { defineRule, msg } from '../define-rule.js'
import { at, compile, onePerBlock, quote, reportParts, type Bilingual } from './support/patterns.js'

/** Retention that ends only when the person objects, or never. */
const UNTIL_OPT_OUT: Bilingual = {
  en: [
    '(retain|retained|retains|keep|keeps|kept|store|stored|stores|hold|held|conserve|archive)[^.;]{0,80}(until|till|as long as|for as long as)[^.;]{0,30}(opt.?s? ?out|unsubscri|objects?|objection|withdraw|revok|request(s)? (deletion|erasure)|ask(s)? (for )?(deletion|erasure))',
    // « permanently » qualifies the deletion in "retained for 3 years, then permanently deleted".
    '(retain|retained|keep|kept|store|stored|conserve|archive)((?!delet|eras|destr|anonymi|purg)[^.;]){0,60}(indefinitely|without (any )?(time )?limit\\b|for an unlimited (period|time)|with no (time )?limit\\b|permanently(?! (delet|eras|destr|anonymi|purg))|forever)',
    'retention (period )?(is |shall be )?(unlimited|indefinite)',
    // "kept for as long as you continue to consent to receive our news": until the consent is withdrawn.
    '(retain|retained|keep|keeps|kept|store|stored|hold|held)[^.;]{0,80}(as|so) long as (you|the (person|individual|data subject|prospect|user|subscriber)s?|they|he or she) (continues? to |still )?(consents?|agrees? to receive|wish(es)? to receive)',
  ],
  fr: [
    '(conserv|garde|gardee|gardees|stock|archiv)[^.;]{0,80}(jusqu.a|jusqu.au|tant que|aussi longtemps que)[^.;]{0,40}(desinscri|desabonn|opposition|s.oppose|retrait|retire|revoc|revoque|demande (de )?(suppression|effacement)|demande (sa|la|leur) suppression|opt.?out)',
    // « définitivement » qualifies the deletion in « passés ces délais de conservation, … supprimer définitivement ».
    '(conserv|garde|gardee|gardees|stock|archiv)((?!suppr|effac|detrui|destruct|anonymis|purg)[^.;]){0,60}(indefiniment|sans (limite|limitation) de (duree|temps)|pour une duree (illimitee|indeterminee)|sans duree (limite|maximale)|de maniere illimitee|definitivement(?! (suppr|effac|detrui|anonymis|purg)))',
    'duree de conservation (est )?(illimitee|indeterminee)',
  ],
}

/** A maximum still applies ("until opt-out and at most 3 years from the last contact"). */
const BOUNDED: Bilingual = {
  en: ['at (the )?most', 'maximum', 'no longer than', 'not exceeding', 'up to \\d', 'within the limit', 'and in any (event|case)', '(years?|months?) (from|after) (the )?(last|latest)', 'suppression list', 'do.not.(call|contact) list'],
  fr: ['au (plus|maximum)', 'maximum', 'dans la limite', 'sans (pouvoir )?exceder', 'et en tout (etat de cause|cas)', 'au plus tard', '(ans?|mois) (a compter|apres|a partir) (du|de la) (dernier|derniere)', 'liste (repoussoir|d.opposition|d.exclusion)'],
}

/**
 * Retention for the life of the person's own account with the writer (« tant que l'utilisateur est
 * inscrit », "for as long as your account is active"): the data of a registered user or customer,
 * kept while the relationship lasts, not a prospect's kept until they object. A newsletter or a
 * prospect list is no account.
 */
const ACCOUNT_LIFE: Bilingual = {
  en: [
    '(as|so) long as (you|the user|users|the member|members|the customer|customers)[^.;]{0,30} (are|is|remain|remains|have|has) (registered|a (registered )?(user|member|customer)|an? (active )?account)',
    '(as|so) long as (your|the|their|his|her|its) (user |customer )?(account|membership|registration) (is |remains )?(active|open|exists|in existence)',
    'for (the (life|lifetime|duration) of|as long as you (hold|have|maintain)) (your|the|their|an?) (user |customer )?(account|membership|registration)',
    // The account's own information, kept until its holder deletes it ("unless you delete your account").
    '(unless|until) (you|the user|the customer)[^.;]{0,30}\\b(delete|close|deactivate|cancel)s? (your|their|its|the) account',
  ],
  fr: [
    'tant que (l.utilisateur|les utilisateurs|le membre|les membres|l.adherent|les adherents|le client|les clients|vous|le titulaire|la personne)[^.;]{0,40} (est|sont|etes|reste|restent|restez|demeure|demeurent) (inscrite?s?|membres?|adherente?s?|clients?|titulaires? d.un compte)(?![\\p{L}])',
    'tant que (le|son|votre|leur) compte (utilisateur |client )?(est |reste |demeure )?(actif|ouvert|existe)',
    'pendant (toute )?la duree (de l.inscription|de l.adhesion|du compte|de vie du compte|d.existence du compte)',
    // The account's own information, kept until its holder deletes it (« à moins que vous ne supprimiez votre compte »).
    '(a moins que|sauf si|jusqu.a ce que) (vous|l.utilisateur|le client)[^.;]{0,30}\\b(supprim|ferm|clotur|clos|desactiv)\\w* (votre|son|leur) compte',
  ],
}

/** A newsletter or a prospect list: not the person's own account. */
const PROSPECTS: Bilingual = {
  en: ['newsletters?', 'mailing list', 'prospects?\\b', 'leads?\\b', 'marketing'],
  fr: ['newsletters?', 'lettres? d.information', 'prospects?\\b', 'prospection', 'leads?\\b'],
}

/** An email opening counted as activity or contact. */
const OPEN_AS_ACTIVITY: Bilingual = {
  en: [
    '(opening|open|opens|opened) (of )?(an? |the |any )?(e-?mails?|messages?|newsletters?|mailings?)[^.;]{0,80}(activ|contact|interaction|engage|action|count|consider|deem|treat|reset|restart|extend|renew|prolong)',
    '(activ|contact|interaction|engage|action)[^.;]{0,60}(includ\\w*|such as|e\\.g\\.|including|means|means any)[^.;]{0,40}(opening|open|opens) (of )?(an? |the |any )?(e-?mails?|messages?|newsletters?)',
    'e-?mails? (opening|open|opens)',
    '(active|activity|engaged)[^.;]{0,60}(opened|opens|open) [^.;]{0,20}(e-?mails?|messages?|newsletters?)',
  ],
  fr: [
    'ouvertures? (d.un |d.une |du |de l.|des |de )?(e-?mails?|courriels?|messages?|newsletters?|lettres? d.information)[^.;]{0,80}(activ|contact|interaction|action|compte|consider|vaut|valent|repute|equivaut|renouvel|prolong|relance|fait courir)',
    '(activ|contact|interaction|action)[^.;]{0,60}(notamment|y compris|tel(le)?s? que|comme)[^.;]{0,40}ouvertures? (d.un |d.une |du |de l.|des |de )?(e-?mails?|courriels?|messages?|newsletters?)',
    '(actif|active|actifs|actives|activite)[^.;]{0,60}(a|ont|aura|auront)? ?(ouvert|ouvre|ouvrent)[^.;]{0,20}(e-?mails?|courriels?|messages?|newsletters?)',
    // « Un contact ayant ouvert un e-mail … est considéré comme actif ».
    '(ouvert|ouvre|ouvrent)[^.;]{0,20}(e-?mails?|courriels?|messages?|newsletters?)[^.;]{0,80}(considere|repute|regarde|traite)e?s? comme (actif|active|actifs|actives|un contact)',
  ],
}

/** The sentence says an opening does NOT count (the CALOGA lesson, correctly drafted). */
const OPEN_DENIED: Bilingual = {
  en: ['(is|are|does|do|shall|will) not', 'never', 'no (email )?open', 'exclud', 'other than', 'except', 'not (be )?(treated|considered|deemed|counted)', 'mere (opening|open)'],
  fr: ['ne (constitue|constituent|vaut|valent|compte|comptent|sont|est|saurait|peut|suffit)', 'n.(est|equivaut)', 'exclu', 'autre(s)? que', 'hors', 'a l.exception', 'simple ouverture', 'seule ouverture'],
}

/**
 * Retention by outsiders the contract does not bind ("services which crawl publicly available
 * content may retain that information indefinitely", « les moteurs de recherche peuvent conserver »):
 * a warning about what others keep, not the parties' own retention.
 */
const OUTSIDERS_KEEP: Bilingual = {
  en: ['(crawls?|crawlers?|crawling|search engines?|web archives?)\\b[^.;]{0,80}\\b(retain|retains|keep|keeps|store|stores|cache|caches)\\b'],
  fr: ['(moteurs? de recherche|robots? d.indexation)\\b[^.;]{0,80}\\b(conserv|stock|garde)'],
}

const untilOptOut = compile(UNTIL_OPT_OUT)
const outsidersKeep = compile(OUTSIDERS_KEEP)
const bounded = compile(BOUNDED)
const accountLife = compile(ACCOUNT_LIFE)
const prospects = compile(PROSPECTS)
const openAsActivity = compile(OPEN_AS_ACTIVITY)
const openDenied = compile(OPEN_DENIED)

const SOURCES = ['GDPR art. 5(1)(e)', 'CNIL délibération n° 2021-131 (référentiel gestion commerciale: 3 years from the last contact)', 'CNIL SAN-2025-002 (CALOGA) §98–110', 'CNIL SAN-2020-016 (Performeclic)']

/** Whether the retention lasts as long as the person's own account with the writer (not a prospect's). */
function ownAccount(norm: string): boolean {
  return accountLife.test(norm) && !prospects.test(norm)
}

export default defineRule({
  id: 'retention-until-opt-out',
  meta: { description: 'Report retention "until opt-out", or email opens counted as activity', severity: 'warning' },
  check(ctx) {
    const { lang } = ctx
    for (const s of onePerBlock(ctx.sentences.filter((x) => untilOptOut.test(x.norm) && !bounded.test(x.norm) && !ownAccount(x.norm) && !outsidersKeep.test(x.norm)))) {
      ctx.report({
        message: msg(lang, {
          en: `Retention with no end other than an opt-out ("${quote(s, at(untilOptOut, s))}"): prospects' data must be deleted or archived 3 years after the last contact coming from the prospect, whether or not they object (GDPR art. 5(1)(e); CNIL délibération n° 2021-131; CNIL SAN-2025-002 (CALOGA))`,
          fr: `Conservation sans autre terme que l'opposition (« ${quote(s, at(untilOptOut, s))} ») : les données des prospects doivent être supprimées ou archivées 3 ans après le dernier contact émanant du prospect, qu'il se soit opposé ou non (RGPD art. 5(1)(e) ; CNIL, délibération n° 2021-131 ; CNIL SAN-2025-002 (CALOGA))`,
        }),
        ...reportParts(ctx, s, SOURCES, 'retention-deletion'),
      })
    }
    for (const s of onePerBlock(ctx.sentences.filter((x) => openAsActivity.test(x.norm) && !openDenied.test(x.norm)))) {
      ctx.report({
        message: msg(lang, {
          en: `An email opening counts as activity ("${quote(s, at(openAsActivity, s))}"): a mere opening is not a contact coming from the prospect and cannot extend retention; count only genuine actions (a click, a reply, a request) (CNIL SAN-2025-002 (CALOGA) §98–110; CNIL SAN-2020-016 (Performeclic))`,
          fr: `L'ouverture d'un e-mail est comptée comme une activité (« ${quote(s, at(openAsActivity, s))} ») : une simple ouverture n'est pas un contact émanant du prospect et ne peut prolonger la conservation ; ne retenez que des actions réelles (clic, réponse, demande) (CNIL SAN-2025-002 (CALOGA) §98–110 ; CNIL SAN-2020-016 (Performeclic))`,
        }),
        ...reportParts(ctx, s, SOURCES, 'retention-deletion'),
      })
    }
  },
})
