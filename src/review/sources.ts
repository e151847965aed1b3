/**
 * Legal sources in the message's language. The library writes each source as a citation followed
 * by an English note in parentheses, e.g. "GDPR art. 7(1) (controller must be able to demonstrate
 * consent)", and keeps the brief's [VERIFY] marks there. A review message never shows a source
 * marked [VERIFY] (not checked against its primary text); in French it shows the citations only,
 * in French, and leaves out sources that are notes rather than legal texts.
 */
import type { Lang } from '../library/schema.js'

const FR: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bGDPR\b/g, 'RGPD'],
  [/\barts\. /g, 'art. '],
  [/\bart\. /g, 'art. '],
  [/ and /g, ' et '],
  [/\bCJEU\b/g, 'CJUE'],
  [/\bEDPB Opinion (\S+)/g, 'CEPD, avis $1'],
  [/\bEDPB Guidelines (\S+)/g, 'CEPD, lignes directrices $1'],
  [/\bCNIL deliberation\b/g, 'CNIL, délibération'],
  [/\bCNIL fiche 28 Dec 2018\b/g, 'CNIL, fiche du 28 décembre 2018'],
  [/\bCommission Implementing Decision \(EU\)/g, "Décision d'exécution (UE)"],
  [/\bCommission adequacy decision of 10 July 2023\b/g, "Décision d'adéquation de la Commission du 10 juillet 2023"],
  [/\bRegulation \(EU\)/g, 'Règlement (UE)'],
  [/\bARCEP numbering plan\b/g, 'ARCEP, plan de numérotation'],
  [/\blast subparagraph\b/g, 'dernier alinéa'],
  [/ ff\./g, ' et s.'],
  [/\bv\b/g, 'c.'],
]

/** A citation of a legal text, a decision or an authority's guidance (not a bare note). */
const LEGAL_TEXT = /^(GDPR|RGPD|C\. |CPCE|CPC|CNIL|CJEU|CJUE|Loi|loi|EDPB|CEPD|Commission|Décret|Arrêté|Regulation|Règlement|ARCEP|Décision)/

const VERIFY = /\[VERIFY[^\]]*\]/
/** A trailing parenthetical (one level of nesting): the English note. */
const NOTE = /\s+\((?:[^()]|\([^()]*\))*\)\s*$/

/** Sources as written for a language: never one marked [VERIFY]; in French, citations only. */
export function localSources(sources: readonly string[], lang: Lang): string[] {
  const bare = sources.filter((s) => !VERIFY.test(s)).map((s) => s.trim())
  if (lang === 'en') return bare.filter((s) => LEGAL_TEXT.test(s) || !/^Brief\b/.test(s))
  return bare
    .map((s) => s.replace(NOTE, '').trim())
    .filter((s) => LEGAL_TEXT.test(s))
    .map((s) => FR.reduce((acc, [re, to]) => acc.replace(re, to), s))
}

/** The first sources, without their explanations, for a one-line message: "GDPR art. 7(1); CPCE L. 34-5". */
export function citation(sources: readonly string[], lang: Lang, count = 2): string {
  return localSources(sources, lang)
    .slice(0, count)
    .map((s) => s.replace(NOTE, '').trim())
    .join(lang === 'fr' ? ' ; ' : '; ')
}
