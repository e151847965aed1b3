/** Legal sources in the message's language (the library writes them in English). */
import type { Lang } from '../library/schema.js'

const FR: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bGDPR\b/g, 'RGPD'],
  [/\bart\. /g, 'art. '],
]

/** Sources as written for a language. */
export function localSources(sources: readonly string[], lang: Lang): string[] {
  if (lang === 'en') return [...sources]
  return sources.map((s) => FR.reduce((acc, [re, to]) => acc.replace(re, to), s))
}

/** The first sources, without their explanations, for a one-line message: "GDPR art. 7(1); CPCE L. 34-5". */
export function citation(sources: readonly string[], lang: Lang, count = 2): string {
  return localSources(sources.slice(0, count), lang)
    .map((s) => s.replace(/\s+\((?:[^()]|\([^()]*\))*\)\s*$/, '').trim())
    .join(lang === 'fr' ? ' ; ' : '; ')
}
