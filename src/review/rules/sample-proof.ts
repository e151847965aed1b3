/**
 * `sample-proof`: proof of consent defined as a sample, template or standard collection form (or
 * a screenshot of it) instead of an individual record per lead.
 */
import { normalizeText } from '../../library/detect-signals.js'
import { defineRule, msg } from '../define-rule.js'
import type { Sentence } from '../text.js'
import { at, compile, onePerBlock, quote, reportParts, type Bilingual } from './support/patterns.js'
import { isDeal } from './support/deal.js'

/** A generic form offered as the proof. */
const SAMPLE_FORM: Bilingual = {
  en: [
    '(sample|template|model|blank|standard|generic|example|specimen) (of (the|a) )?(collection |consent |opt.?in |registration |sign.?up |subscription )?(forms?|pages?|screenshots?)',
    // "a representative copy of the sign-up page": one copy standing for every lead.
    '(representative|illustrative|typical|sample|blank|generic) (copy|version|example|instance|screenshot) of (the|a|an|its) (collection |consent |opt.?in |registration |sign.?up |subscription |landing |lead )?(forms?|pages?)',
    '(forms?|pages?) (template|model|sample)s?',
    '(screenshot|screen capture|copy) of (the|a|each) (collection |consent |opt.?in |registration )?(form|page)[^.;]{0,60}(only|alone|solely|shall (constitute|be deemed|serve as)|constitutes?|is sufficient|suffices?)',
  ],
  fr: [
    '(modeles?|exemplaires?|exemples?|specimens?|maquettes?) (vierges? )?(de |du |des |d.un )?(formulaires?|pages? de collecte)',
    'formulaires? (type|types|standard|standards|generique|generiques|vierges?)',
    '(capture d.ecran|copie) (du|d.un|des) (formulaires?|pages? de collecte)[^.;]{0,60}(seule|uniquement|exclusivement|constitue|vaut|fait foi|suffit|tient lieu)',
  ],
}

/** The sentence is about proving consent. */
const PROOF: Bilingual = {
  en: ['proof', 'prove', 'evidence', 'demonstrat', 'record', 'justif', 'establish(es|ed|ing)? (the )?consent'],
  fr: ['preuve', 'prouv', 'justifi', 'demontr', 'fait foi', 'vaut', 'tient lieu', 'atteste'],
}

/** The sentence says such a form is NOT proof (the library's own wording), or asks for per-lead records. */
const DENIES: Bilingual = {
  en: [
    '(is|are) not (a |an )?(valid |sufficient )?(consent record|proof|evidence|record)',
    'does not (constitute|amount to|replace|suffice)',
    'shall not (constitute|be deemed|replace|suffice)',
    'not sufficient',
    'insufficient',
    'in addition to',
    'rather than',
    'instead of',
  ],
  fr: [
    'ne (constitue|constituent|vaut|valent|suffit|suffisent|remplace|remplacent|tient|tiennent) (pas|en aucun cas)',
    'n.est pas (une )?(preuve|suffisant)',
    'insuffisant',
    'en plus de',
    'au lieu de',
    'plutot que',
  ],
}

/** Offered on request, in a paragraph about consent: what is offered stands as the proof. */
const ON_REQUEST = compile({ en: ['(on|upon) (the )?(buyer.s |client.s )?request', 'on demand'], fr: ['sur (simple )?demande', 'a (la )?premiere demande'] })
const CONSENT = compile({ en: ['consent'], fr: ['consentement'] })

const sampleForm = compile(SAMPLE_FORM)
const proof = compile(PROOF)
const denies = compile(DENIES)

const SOURCES = ['GDPR art. 7(1)', 'CNIL SAN-2022-021 (EDF) §20', 'CPCE L. 34-5', 'C. consom. L. 223-1 (from 11 Aug 2026)']

export default defineRule({
  id: 'sample-proof',
  meta: { description: 'Report proof of consent defined as a sample or template form', severity: 'error' },
  check(ctx) {
    // A notice to the people whose data it describes is no deal: its terms are not judged (support/deal.ts).
    if (!isDeal(ctx)) return
    const aboutProof = (s: Sentence) => proof.test(s.norm) || (ON_REQUEST.test(s.norm) && CONSENT.test(normalizeText(s.block.text)))
    const flagged = onePerBlock(ctx.sentences.filter((s) => sampleForm.test(s.norm) && !denies.test(s.norm) && aboutProof(s)))
    for (const s of flagged) {
      ctx.report({
        message: msg(ctx.lang, {
          en: `Proof of consent is a sample or template form ("${quote(s, at(sampleForm, s))}"): a standard form proves nothing about a given lead; ask for an individual consent record per lead (timestamp, form version as displayed, consent wording, source) delivered on request (GDPR art. 7(1); CNIL SAN-2022-021 (EDF) §20)`,
          fr: `La preuve du consentement est un modèle de formulaire (« ${quote(s, at(sampleForm, s))} ») : un formulaire type ne prouve rien pour un lead donné ; exigez une preuve individuelle par lead (horodatage, version du formulaire tel qu'affiché, texte du consentement, source) remise sur demande (RGPD art. 7(1) ; CNIL, délibération SAN-2022-021 (EDF) §20)`,
        }),
        ...reportParts(ctx, s, SOURCES, 'consent-proof'),
      })
    }
  },
})
