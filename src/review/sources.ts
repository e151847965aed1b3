/**
 * Legal sources in the message's language. The library writes each source as a citation followed
 * by an English note in parentheses, e.g. "GDPR art. 7(1) (controller must be able to demonstrate
 * consent)", and keeps the brief's [VERIFY] marks there. A review message never shows a source
 * marked [VERIFY] (not checked against its primary text); in French it shows the citations only,
 * in French, and leaves out sources that are notes rather than legal texts.
 */
import type { Lang } from '../library/schema.js'

/**
 * English citations in French: the expression, its replacement, and a string every match of the
 * expression holds (a citation without it is left as it is, without running the expression).
 */
const FR: ReadonlyArray<readonly [RegExp, string, string]> = [
  [/\bGDPR\b/g, 'RGPD', 'GDPR'],
  [/\barts\. /g, 'art. ', 'arts. '],
  [/\bart\. /g, 'art. ', 'art. '],
  [/ and /g, ' et ', ' and '],
  [/\bCJEU\b/g, 'CJUE', 'CJEU'],
  [/\bEDPB Opinion (\S+)/g, 'CEPD, avis $1', 'EDPB Opinion '],
  [/\bEDPB Guidelines (\S+)/g, 'CEPD, lignes directrices $1', 'EDPB Guidelines '],
  [/\bCNIL deliberation\b/g, 'CNIL, délibération', 'CNIL deliberation'],
  [/\bCNIL fiche 28 Dec 2018\b/g, 'CNIL, fiche du 28 décembre 2018', 'CNIL fiche 28 Dec 2018'],
  [/\bCommission Implementing Decision \(EU\)/g, "Décision d'exécution (UE)", 'Commission Implementing Decision (EU)'],
  [/\bCommission adequacy decision of 10 July 2023\b/g, "Décision d'adéquation de la Commission du 10 juillet 2023", 'Commission adequacy decision of 10 July 2023'],
  [/\bRegulation \(EU\)/g, 'Règlement (UE)', 'Regulation (EU)'],
  [/\bARCEP numbering plan\b/g, 'ARCEP, plan de numérotation', 'ARCEP numbering plan'],
  [/\blast subparagraph\b/g, 'dernier alinéa', 'last subparagraph'],
  [/ ff\./g, ' et s.', ' ff.'],
  [/\bv\b/g, 'c.', 'v'],
]

/** A citation of a legal text, a decision or an authority's guidance (not a bare note). */
const LEGAL_TEXT = /^(GDPR|RGPD|C\. |CPCE|CPC|CNIL|CJEU|CJUE|Loi|loi|EDPB|CEPD|Commission|Décret|Arrêté|Regulation|Règlement|ARCEP|Décision)/

const VERIFY = /\[VERIFY[^\]]*\]/
/** A trailing parenthetical (one level of nesting): the English note. */
const NOTE = /\s+\((?:[^()]|\([^()]*\))*\)\s*$/

/**
 * The sources of a list as written for each language, by list: a clause's or a rule's list is the
 * same array every time, and a review cites it two or three times per finding.
 */
const written: Record<Lang, WeakMap<readonly string[], readonly string[]>> = { en: new WeakMap(), fr: new WeakMap() }

function writtenFor(sources: readonly string[], lang: Lang): readonly string[] {
  let out = written[lang].get(sources)
  if (out) return out
  const bare = sources.filter((s) => !VERIFY.test(s)).map((s) => s.trim())
  out =
    lang === 'en'
      ? bare.filter((s) => LEGAL_TEXT.test(s) || !/^Brief\b/.test(s))
      : bare
          .map((s) => s.replace(NOTE, '').trim())
          .filter((s) => LEGAL_TEXT.test(s))
          // Entries read by index: destructuring [re, to, holds] went through the array iterator, an
          // allocation per element in V8's interpreter, where a short review runs this.
          .map((s) => FR.reduce((acc, entry) => (acc.includes(entry[2]) ? acc.replace(entry[0], entry[1]) : acc), s))
  written[lang].set(sources, out)
  return out
}

/** Sources as written for a language: never one marked [VERIFY]; in French, citations only. */
export function localSources(sources: readonly string[], lang: Lang): string[] {
  return [...writtenFor(sources, lang)]
}

/** The first sources, without their explanations, for a one-line message: "GDPR art. 7(1); CPCE L. 34-5". */
export function citation(sources: readonly string[], lang: Lang, count = 2): string {
  return writtenFor(sources, lang)
    .slice(0, count)
    .map((s) => s.replace(NOTE, '').trim())
    .join(lang === 'fr' ? ' ; ' : '; ')
}
