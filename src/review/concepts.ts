/**
 * Light bilingual stemming, and headings named by the library's own clause titles. A heading
 * « 21. Droit d'audit et de vérification » or "Audit and verification rights" names the clause
 * whose title has the same stemmed words, whatever its numbering, case, accents or plurals.
 */
import type { Library } from '../library/clause.js'
import { normalizeText } from '../library/detect-signals.js'

/** Function words of both languages, left out of stems. */
const STOP = new Set(
  'a an and any as at by de des du d en et for from in into l la le les of on or par pour sur the to un une with aux au its leur leurs son sa ses ce cette'.split(' '),
)
/** Stem length: enough to tell words apart, short enough to merge inflections (« résiliation », "resiliation"). */
const STEM = 6

/** The stem of one normalised word: plural and common suffixes dropped, then cut. */
export function stem(word: string): string {
  const w = word.replace(/(?:ies)$/, 'y').replace(/(?:s|x)$/, '')
  return w.slice(0, STEM)
}

/** The stems of the content words of a text. */
export function stems(text: string): string[] {
  return (normalizeText(text).match(/\p{L}{2,}/gu) ?? []).filter((w) => !STOP.has(w)).map(stem)
}

/** How much two stem sets share (Dice coefficient, 0–1). */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0
  let shared = 0
  for (const x of a) if (b.has(x)) shared++
  return (2 * shared) / (a.size + b.size)
}

/** A heading this close to one title is that clause's heading, and no other's. */
const IS_TITLE = 0.85

/** Leading numbering of a heading: « Article 12 — », "12.3", "IV.", "(a)". */
const NUMBER = /^\s*(?:(?:article|annexe?|annex|section|schedule|clause|art\.)\s+[\w.]+\s*[-–—:.]?\s*)?(?:(?:\d+(?:\.\d+)*|[ivxlc]+|[a-z])[.)]\s*|\d+(?:\.\d+)*\s+|\(\w{1,4}\)\s*)*/i

/** Stemmed titles of every id of the library (both languages, every variant). */
export interface TitleIndex {
  titles: Array<{ id: string; stems: Set<string> }>
  /** For each stem, the titles (by index in `titles`, ascending) that hold it. */
  byStem: Map<string, number[]>
}

/** Builds the title index of a library. */
export function titleIndex(library: Library): TitleIndex {
  const titles: TitleIndex['titles'] = []
  for (const [id, variants] of library.byId) for (const c of variants) for (const t of [c.title.en, c.title.fr]) titles.push({ id, stems: new Set(stems(t)) })
  const byStem = new Map<string, number[]>()
  titles.forEach((t, i) => {
    for (const s of t.stems) {
      const list = byStem.get(s)
      if (list) list.push(i)
      else byStem.set(s, [i])
    }
  })
  return { titles, byStem }
}

/**
 * Stems that name the whole subject of personal data rather than one clause: a heading made of
 * them alone (« Données à caractère personnel », "Personal data") is a topic section holding
 * several clauses, never one clause's title, even when a title adds one word to it (« Violations
 * de données à caractère personnel » is the breach clause; « Données à caractère personnel » is not).
 */
const TOPIC = new Set(['donnee', 'caract', 'person', 'data'])

/** The ids a heading names by title: those whose title it is (same stems, give or take one), `only` then. */
export function namedByTitle(index: TitleIndex, heading: string): { ids: string[]; only: boolean } {
  const h = new Set(stems(heading.replace(NUMBER, '')))
  if ([...h].every((s) => TOPIC.has(s))) return { ids: [], only: false }
  let best = 0
  const scores = new Map<string, number>()
  // Only the titles that share a stem with the heading score above 0 (and only they enter `scores`):
  // they are found by stem, in the index's order, instead of scoring every title of the library.
  const sharing = new Set<number>()
  for (const s of h) for (const i of index.byStem.get(s) ?? []) sharing.add(i)
  for (const i of [...sharing].sort((a, b) => a - b)) {
    const t = index.titles[i]!
    const d = dice(h, t.stems)
    if (d > (scores.get(t.id) ?? 0)) scores.set(t.id, d)
    best = Math.max(best, d)
  }
  // Two titles as close: the heading is neither's own ("Sous-traitants ultérieurs").
  const ids = [...scores].filter(([, d]) => d === best).map(([id]) => id)
  return best >= IS_TITLE && ids.length === 1 ? { ids, only: true } : { ids: [], only: false }
}
