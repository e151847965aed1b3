/**
 * `partner-consent-unnamed`: consent collected for "partners" / « partenaires » as a category, while
 * nothing in the document says the buyer is named on the partner list shown at collection.
 */
import { defineRule, msg } from '../define-rule.js'
import type { Sentence } from '../text.js'
import { BUYER, at, compile, onePerBlock, quote, reportParts, type Bilingual } from './support/patterns.js'

const CONSENT_EN = '(consent|opt.?in|opt(s|ed|ing) in|agree(s|d)? to (receive|be contacted|be called)|accept(s|ed)? to receive|tick(s|ed)?|check(s|ed)? (the|a) box)'
const CONSENT_FR = "(consentement|consent(i|ir|ent)|opt.?in|accept(e|ee|ees|es|ent|ant)? (de recevoir|d'etre)|coch(e|ant|er)|case a cocher)"
/** Partners as a category: "our selected partners", "Northstar's insurance partners", « ses partenaires assureurs ». */
const PARTNERS_EN = "(our |its |their |the |selected |trusted |carefully selected |third[- ]party |commercial |business |insurance |marketing |[a-z0-9&-]+'s )*partners\\b"
const PARTNERS_FR = '(nos |ses |leurs |des |les |certains |differents )*(partenaires|tiers partenaires)\\b'
/**
 * Companies as a category, without the word "partners": "third-party companies", "selected brands",
 * « sociétés partenaires », « entreprises tierces ».
 */
const COMPANIES_EN = '(third[- ]party|other|selected|carefully selected|trusted|participating|affiliated) (companies|brands|businesses|advertisers|organi[sz]ations|merchants|sponsors|lenders|insurers)\\b'
const COMPANIES_FR = '(societes|entreprises|marques|annonceurs|organismes|enseignes) (tierces|partenaires|selectionnees|affiliees|participantes)\\b'

/** Consent (or a transmission resting on it) given to partners as a category. */
const PARTNER_CONSENT: Bilingual = {
  en: [
    `${CONSENT_EN}[^.;]{0,100}\\b(from|by|with|to|for|and) ${PARTNERS_EN}`,
    `(consent|opt(s|ed|ing)?.?in)[^.;]{0,20}(to|for) partner (offers?|communications?|messages?|prospecting|marketing)`,
    '(partner|partners.) (offers?|communications?|messages?|prospecting|marketing)[^.;]{0,80}(consent|opt.?in)',
    // Consent to hear from a category of companies: "consented to receive offers from third-party companies".
    `(consent|opt|agree|accept|tick|check)[^.;]{0,40}(receive|be contacted|be called|hear from)[^.;]{0,60}\\b(from|by) (the )?${COMPANIES_EN}`,
  ],
  fr: [
    `${CONSENT_FR}[^.;]{0,100}\\b(de|des|aux|a|par|avec|et) ${PARTNERS_FR}`,
    'offres (commerciales )?(de|des) (ses |nos |leurs )?partenaires[^.;]{0,80}(consentement|opt.?in|accept)',
    // « accepte de recevoir des propositions de sociétés partenaires ».
    `(consent|accept|coch|opt)[^.;]{0,40}(recevoir|etre (contacte|sollicite|appele|rappele)e?s?)[^.;]{0,60}\\b(de|des|par|d.) (la part (de|des|d.) )?${COMPANIES_FR}`,
  ],
}

/** Consent to be contacted by an unnamed professional: « rappelés par un installateur ». */
const UNNAMED_RECIPIENT: Bilingual = {
  en: [
    '(to be|being) (called|contacted|phoned|called back|contacted back)( back)? by (a|an|one of (our|its|their)) (installer|professional|partner|adviser|advisor|specialist|expert|company|provider|dealer|lender|broker|insurer|advertiser)s?\\b',
    // Consent to be put in touch with a category of professionals.
    '(agree|consent|accept)[^.;]{0,40}(be(ing)? (put|placed) in (touch|contact)|introductions?) (with|to) (the |our |its |their |selected )*(providers|professionals|partners|companies|contractors|installers|clients|customers|advertisers)\\b',
  ],
  fr: [
    "(etre|d'etre) (rappele|contacte|appele|sollicite|recontacte)e?s? par (un|une|des|l'un de (ses|nos)) (installateur|professionnel|partenaire|conseiller|specialiste|expert|entreprise|societe|prestataire|courtier|assureur|artisan|annonceur)s?\\b",
    // Consent to a « mise en relation » with a category of professionals.
    '(accept|consent)[^.;]{0,40}(mise en relation|mis en relation|mise en contact|mis en contact) avec (les |des |ses |nos |leurs |certains |differents )*(prestataires|professionnels|partenaires|entreprises|artisans|installateurs|clients|annonceurs)\\b',
  ],
}

/** Consent to receive offers that names no sender at all ("opted in to receive car-finance offers"). */
const OFFERS_FROM_NOBODY: Bilingual = {
  en: ['(opted|opt(s|ing)?|consented|consents|agreed|agrees)( in)? to receive[^.;]{0,40}(offers|marketing|communications|promotions|messages)\\b'],
  fr: ["(accepte|acceptent|consenti|consent|opte|optent)[^.;]{0,20}(de |a )?recevoir[^.;]{0,40}(offres|communications|messages|sollicitations)\\b"],
}
/** A sender named in the original text: "from Acme", « de la part de Courtage Azur ». */
const NAMED_SENDER = /\b(?:from|by|de la part d[e'u]|par|du|de)\s+(?:the\s+|la\s+|l')?\p{Lu}/u

/** The buyer is individually named (on the partner list, at collection). */
const BUYER_NAMED: Bilingual = {
  en: [
    `(${BUYER})[^.;]{0,80}(named|listed|identified|appears?|mentioned|designated|included)[^.;]{0,40}(by name|individually|expressly|on the (partner|partners.) list|in the (partner|partners.) list|at (the time of )?collection|on the (collection )?form)`,
    `(${BUYER})[^.;]{0,20}(is|are|shall be|will be) (individually |expressly |specifically )?(named|identified by name)`,
    `(partner|partners.) list[^.;]{0,80}(names?|naming|includ(es|ing)|show(s|ing)|mention(s|ing)|identif(ies|ying))[^.;]{0,20}(${BUYER})`,
    `(consent|opt.?in)[^.;]{0,60}(to|for|by) (${BUYER}) (by name|individually|named)`,
    `(name|names|naming) (of )?(${BUYER})[^.;]{0,60}(form|list|collection)`,
    '(individually|expressly) named',
    'named (individually|by name|expressly) on the (collection |consent )?form',
  ],
  fr: [
    `(${BUYER})[^.;]{0,80}(nomme|nommement|expressement|individuellement|designe|identifie|mentionne|figure|apparait|cite)[^.;]{0,60}(liste|formulaire|collecte|nom)`,
    `(${BUYER}) (est|soit|sera|doit etre) (expressement |individuellement )?(nomme|designe nommement|identifie nommement|cite nommement)`,
    `liste (nominative )?des partenaires[^.;]{0,80}(faisant apparaitre|mentionnant|nommant|incluant|comprenant|citant|designant)[^.;]{0,30}(nommement |expressement )?(${BUYER})`,
    `(nom|denomination|raison sociale) (du |de l.)(client|acheteur|annonceur)[^.;]{0,60}(formulaire|liste|collecte)`,
    'nommement (designee?|identifiee?|citee?|mentionnee?)s?',
  ],
}

/** Sentences that explain the rule rather than break it, or where the consent is a party's. */
const EXPLAINS: Bilingual = {
  en: [
    '(is|are) not (sufficient|enough|valid)',
    'does not (suffice|constitute)',
    'insufficient',
    'without naming',
    'unnamed',
    'as a category',
    'not named',
    "(prior |written |express )*consent of the (buyer|client|customer|advertiser|other party)",
    "(buyer|client|customer|advertiser).s (prior |written |express )*consent",
    '(collected|obtained|gathered) by (its |our |the )?(publisher )?partners',
  ],
  fr: [
    'ne suffi(t|sent) pas',
    'n.est pas (suffisant|valable)',
    'insuffisant',
    'sans (les |le )?(nommer|designer|designation nominative)',
    'non nommes?',
    'categorie',
    '(accord|consentement|autorisation) (prealable )?(et )?(ecrit |expres )?(prealable )?(du client|de l.acheteur|de l.annonceur|de l.autre partie)',
    '(recueilli|collecte|obtenu)e?s? (par|aupres de) (les |ses |nos |des )?(editeurs )?partenaires',
  ],
}

const partnerConsent = compile(PARTNER_CONSENT)
const unnamedRecipient = compile(UNNAMED_RECIPIENT)
const offersFromNobody = compile(OFFERS_FROM_NOBODY)
const buyer = compile([BUYER])
const buyerNamed = compile(BUYER_NAMED)
const explains = compile(EXPLAINS)

const SOURCES = ['CNIL SAN-2022-021 (EDF) §22', 'CNIL SAN-2024-003 (FORIOU) §30–31', 'CNIL SAN-2023-015 (Canal+) §25–27', 'EDPB Guidelines 05/2020 §65', 'CJEU C-317/25 (pending)']

export default defineRule({
  id: 'partner-consent-unnamed',
  meta: { description: 'Report consent collected for "partners" without naming the buyer', severity: 'error' },
  check(ctx) {
    if (ctx.sentences.some((s) => buyerNamed.test(s.norm))) return
    const kindOf = (s: Sentence): 'partners' | 'unnamed' | undefined => {
      if (explains.test(s.norm)) return undefined
      if (partnerConsent.test(s.norm)) return 'partners'
      if (unnamedRecipient.test(s.norm)) return 'unnamed'
      if (offersFromNobody.test(s.norm) && !NAMED_SENDER.test(s.text) && !buyer.test(s.norm)) return 'unnamed'
      return undefined
    }
    for (const s of onePerBlock(ctx.sentences.filter((x) => kindOf(x) !== undefined))) {
      const where = at(partnerConsent, s) ?? at(unnamedRecipient, s) ?? at(offersFromNobody, s)
      const message =
        kindOf(s) === 'partners'
          ? {
              en: `Consent is collected for "partners" without naming the Buyer ("${quote(s, where)}"): the Buyer must be named on an exhaustive, up-to-date partner list shown at collection, or it cannot rely on that consent (CNIL SAN-2022-021 (EDF) §22; CNIL SAN-2024-003 (FORIOU) §30–31)`,
              fr: `Consentement recueilli pour des « partenaires » sans nommer le Client (« ${quote(s, where)} ») : le Client doit figurer nommément sur une liste exhaustive et à jour des partenaires présentée lors de la collecte, faute de quoi il ne peut se prévaloir de ce consentement (CNIL, délibération SAN-2022-021 (EDF) §22 ; CNIL SAN-2024-003 (FORIOU) §30–31)`,
            }
          : {
              en: `Consent does not name who will contact the person ("${quote(s, where)}"): the Buyer must be named at collection (on the form or an exhaustive, up-to-date partner list), or it cannot rely on that consent (CNIL SAN-2022-021 (EDF) §22; CNIL SAN-2024-003 (FORIOU) §30–31)`,
              fr: `Le consentement ne nomme pas qui contactera la personne (« ${quote(s, where)} ») : le Client doit être nommé lors de la collecte (sur le formulaire ou sur une liste exhaustive et à jour des partenaires), faute de quoi il ne peut se prévaloir de ce consentement (CNIL, délibération SAN-2022-021 (EDF) §22 ; CNIL SAN-2024-003 (FORIOU) §30–31)`,
            }
      ctx.report({ message: msg(ctx.lang, message), ...reportParts(ctx, s, SOURCES, 'data-subject-information') })
    }
  },
})
