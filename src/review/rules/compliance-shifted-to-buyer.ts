/**
 * `compliance-shifted-to-buyer`: the document puts compliance of the leads solely on the buyer
 * ("the Client is solely responsible…", « le Client décharge le Prestataire… »), or the generator
 * disclaims any warranty that the leads were lawfully collected.
 */
import { defineRule, msg } from '../define-rule.js'
import { BUYER, GENERATOR, at, compile, onePerBlock, quote, reportParts, type Bilingual } from './support/patterns.js'
import { isDeal } from './support/deal.js'

/** What a disclaimer must be about to shift compliance: the lawfulness of the leads. */
const DISCLAIMED = '(complian|conformite|lawful|legal|licite|licei|valid|consent|gdpr|rgpd|data protection|protection des donnees|collect|opt.?in|regulat|reglement)'

/** Compliance put on the buyer alone, or the generator released from it. */
const SHIFTED: Bilingual = {
  en: [
    `(${BUYER}) (shall be|is|will be|remains?|shall remain|will remain|are) (solely|exclusively|entirely|fully|alone|wholly) (and exclusively )?(responsible|liable|accountable)`,
    `(${BUYER}) (alone )?(bears?|assumes?|shall bear|shall assume) (sole|all|the entire|full|exclusive) (responsibility|liability|risk)`,
    `(${BUYER})[^.;]{0,40}(releases?|discharges?|waives?|holds? harmless|exonerates?)[^.;]{0,30}(${GENERATOR})`,
    `(${BUYER})[^.;]{0,20}waives? (any|all) (claims?|recourse|rights?)`,
    `(${GENERATOR}) (makes|gives|provides) no (representation|warranty|warranties|guarantee)[^.;]{0,40}(as to|regarding|concerning|that|about|in respect of)[^.;]{0,40}${DISCLAIMED}`,
    `(${GENERATOR}) (disclaims|excludes) (any|all) (liability|responsibility|warrant(y|ies))[^.;]{0,40}(for|as to|regarding|concerning|in respect of)[^.;]{0,40}${DISCLAIMED}`,
    `(sole|exclusive) (responsibility|risk|liability) of (the )?(buyer|client|customer|advertiser|purchaser)`,
    `at (the )?(buyer|client|customer|advertiser|purchaser).s (sole|own) (risk|responsibility)`,
    // The reader must judge whether the writer's service complies ("you're responsible for
    // determining whether our services are suitable for you to use in light of … EU data privacy laws"),
    // or the writer disclaims that it does ("we won't be liable if our service doesn't meet those requirements").
    `(you|you are|you.re|(${BUYER}) (is|are)) (solely |fully |entirely )?responsible for (determining|assessing|evaluating|verifying|ensuring) whether (our|the|its) (services?|platform|products?|leads?|data)[^.;]{0,60}(suitable|compliant|compl|lawful|legal|appropriate)`,
    `(we|(${GENERATOR})) (won.t|will not|shall not|do not|does not|are not|is not) (be )?(liable|responsible)[^.;]{0,30}\\bif (our|the|its) (services?|platform|products?|leads?|data)[^.;]{0,30}(doesn.t|does not|do not|don.t|fails? to) (meet|compl|satisf)`,
  ],
  fr: [
    `(${BUYER}) (est|sera|demeure|reste|restera|demeurera|sont) (seul|seule|seuls|exclusivement|entierement|pleinement|integralement) (et exclusivement )?responsables?`,
    `(${BUYER})[^.;]{0,30}(decharge|degage|exonere|libere|tient quitte)[^.;]{0,20}(${GENERATOR})[^.;]{0,40}(toute|de toute|de sa|responsabilite|recours|reclamation)`,
    `(${BUYER})[^.;]{0,20}renonce a (tout|toute) (recours|reclamation|action|contestation)`,
    // « L'Annonceur assume seul la responsabilité de … », « supporte l'entière responsabilité ».
    `(${BUYER}) (assume|assumera|supporte|supportera|porte|portera) ((seule?s? |exclusivement |entierement |pleinement )(la |l.|les )?|(la |l.)(seule |entiere |exclusive ))(responsabilite|risques?|charge)`,
    `(${BUYER}) (fait|fera) son affaire,? (personnelle,? |seule?,? )?(de|du|des)`,
    `il (appartient|incombe) (au seul|exclusivement au|au|a l.|seul au) (client|acheteur|annonceur)[^.;]{0,20}(de (verifier|s.assurer|controler|garantir))`,
    `sous (la )?(seule|l.entiere|l.exclusive|sa seule|son entiere|son exclusive) responsabilite (du client|de l.acheteur|de l.annonceur)`,
    `(${GENERATOR})[^.;]{0,20}(ne (donne|consent|fournit|accorde|prend) aucune garantie|n.offre aucune garantie|ne garantit (pas|aucunement|nullement)|decline toute responsabilite|n.assume aucune responsabilite|ne saurait etre tenue? (pour )?responsable)[^.;]{0,60}${DISCLAIMED}`,
    `aux (seuls )?risques (et perils )?(du client|de l.acheteur|de l.annonceur)`,
    `(il (vous )?appartient (a l.utilisateur |au client |a l.annonceur |a vous )?|vous etes (seul |seule )?responsables? |(${BUYER}) (est|sont) (seul |seule )?responsables? )(de (determiner|verifier|vous assurer|s.assurer|evaluer)) (si|que) (nos|les|le|la|ses) (services?|plateforme|produits?|leads?|donnees)[^.;]{0,60}(adaptee?s?|conformes?|licites?)`,
    `(nous|(${GENERATOR})) (ne (serons|saurions etre|sommes|sera|saurait etre)|n.est) (pas |en aucun cas )?(tenue?s? )?responsables?[^.;]{0,30}\\bsi (nos|notre|le|la|les|ses) (services?|plateforme|produits?|leads?|donnees)[^.;]{0,30}(ne (respecte|respectent|satisfait|satisfont|repond|repondent)|n.est pas conforme|ne sont pas conformes)`,
  ],
}

/** What the shift is about: compliance, data, consent, the use of the leads. */
const SUBJECT: Bilingual = {
  // "legal expenses", "legal fees", "legal power" speak of costs and capacity, not of compliance.
  en: ['complian', 'laws?', 'legal(?! (expenses?|fees?|costs?|proceedings?|actions?|power|authority|counsel|advis[eo]rs?|representatives?))', 'lawful', 'regulat', 'gdpr', 'data', 'consent', 'opt.?in', 'privacy', 'prospect', 'canvass', 'marketing', 'campaign', '(use|exploitation|processing) of (the |any )?leads', 'bloctel'],
  fr: ['conformite', 'lois?', 'legal(?! (expenses?|fees?|costs?|proceedings?|actions?|power|authority|counsel|advis[eo]rs?|representatives?))', 'legislation', 'reglementation', 'rgpd', 'donnees', 'consentement', 'opt.?in', 'prospect', 'demarchage', 'sollicitation', 'campagne', '(utilisation|usage|exploitation|traitement) (des|de ces) leads', 'bloctel', 'licite', 'cnil'],
}

/** Sentences that keep the generator responsible ("nothing releases the Generator…"). */
const KEEPS: Bilingual = {
  en: [
    'nothing (in|herein)',
    '(does|shall|will) not (release|relieve|discharge|exonerate|limit)',
    'without (releasing|relieving|prejudice)',
    'each party (is|shall be|remains) (solely )?responsible for its own',
    // The buyer's own legal duty as controller of its own use is no shift.
    '(as|in its capacity as) (a |the )?(data )?controller',
    'its own (use|processing|campaigns?|marketing|compliance|obligations)',
    // Laws that apply to the buyer itself (its own notification or record-keeping duties).
    '(laws?|regulations?|requirements?|obligations?|dut(y|ies))[^.;]{0,40}applicable to (the )?(customer|client|buyer|advertiser|purchaser|it|itself)(?![a-z])',
    // Its own obligations under a law (« its obligations under any incident notification laws »), and
    // the lawfulness of the instructions it gives its processor: the controller's own duties.
    '(comply|complying|compliance) with its (legal |statutory )?obligations under',
    // Testing a deliverable for defects is acceptance, not compliance ("check the migrated database to detect any bug").
    '(detect|identify|find|report|fix)(ing)? (any|all|the) (bugs?|defects?|errors?|anomal)',
    '(compliance|lawfulness|legality) of (its |the )?(processing )?instructions\\b',
    // The processor's own duties expressly kept ("without limitation of Axiom's obligations under
    // this Section"), the buyer's own use of the service, and its own duty to notify a breach to the
    // authority or the people concerned.
    'without (limitation of|limiting)[^.;]{0,40}\\bobligations',
    'responsible for its use of the (services?|platform|products?|software)',
    '(breach|incident|security)? ?notification (obligations?|duties|laws?|requirements?)\\b',
  ],
  fr: [
    "(en (sa )?qualite de|en tant que) responsable (de|du) traitement",
    // Les obligations qui s'imposent au client lui-même.
    '(lois?|reglementations?|obligations?|dispositions?)[^.;]{0,40}(qui lui (sont|seront) applicables|applicables? (au|a l.) (client|acheteur|annonceur))',
    '(sa|ses) propres? (utilisation|usage|traitements?|campagnes?|obligations|conformite)',
    // Les consentements et l'information qu'exige l'usage que le Client fait lui-même du service
    // (« en relation avec son utilisation de ce Canal », « dans le cadre de son utilisation du service ») :
    // son propre devoir de responsable de traitement, comme "responsible for its use of the services".
    '(son|sa|leur) (propre )?(utilisation|usage) (de ce|de cette|du|de la|des|de l.) ?(services?|canal|canaux|plateformes?|logiciels?|produits?|fonctionnalites?|integrations?|applications?|outils?)\\b','ne (le |la |les )?(decharge|degage|exonere|libere) (pas|en rien|aucunement)', 'sans (decharger|exonerer|degager|prejudice)', 'ne saurait (decharger|exonerer|degager|liberer)', 'rien dans', 'chaque partie (est|reste|demeure) (seule )?responsable',
    // Tester un livrable pour en trouver les défauts est une recette, pas la conformité (« vérifier la base migrée afin de détecter tout bug »).
    '(detecter|identifier|trouver|signaler|corriger) (tout|tous|les|des|toute|toutes) (bugs?|anomalies?|dysfonctionnements?|erreurs?|defauts?)'],
}

const shifted = compile(SHIFTED)
const subject = compile(SUBJECT)
const keeps = compile(KEEPS)

const SOURCES = ['CNIL SAN-2024-003 (FORIOU) §27–28', 'CNIL SAN-2025-002 (CALOGA) §46–53, §63', 'GDPR art. 5(2), 24', 'GDPR art. 82(4)–(5)']

export default defineRule({
  id: 'compliance-shifted-to-buyer',
  meta: { description: 'Report compliance put solely on the buyer', severity: 'error' },
  check(ctx) {
    // A notice to the people whose data it describes is no deal: its terms are not judged (support/deal.ts).
    if (!isDeal(ctx)) return
    const flagged = onePerBlock(ctx.sentences.filter((s) => shifted.test(s.norm) && subject.test(s.norm) && !keeps.test(s.norm)))
    for (const s of flagged) {
      ctx.report({
        message: msg(ctx.lang, {
          en: `Compliance is put on the Buyer alone ("${quote(s, at(shifted, s))}"): the Generator must warrant lawful collection and valid consent and answer for it; the Buyer, as controller, stays liable before the CNIL and keeps its own duty to verify, so it needs warranties, proof and indemnity, not a release (CNIL SAN-2024-003 (FORIOU) §27–28; CNIL SAN-2025-002 (CALOGA) §63)`,
          fr: `La conformité est mise à la charge du seul Client (« ${quote(s, at(shifted, s))} ») : le Fournisseur doit garantir la licéité de la collecte et la validité du consentement et en répondre ; le Client, responsable de traitement, reste tenu devant la CNIL et doit lui-même vérifier : il lui faut des garanties, des preuves et une indemnisation, pas une décharge (CNIL SAN-2024-003 (FORIOU) §27–28 ; CNIL SAN-2025-002 (CALOGA) §63)`,
        }),
        ...reportParts(ctx, s, SOURCES, 'compliance-warranty'),
      })
    }
  },
})
