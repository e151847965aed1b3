/**
 * A heading is compared only with the library titles that share a stem with it (found by stem):
 * the answer must be the one of comparing it with every title, written out here as the reference,
 * for headings that are titles, titles with a word dropped or added, numbered, accented or in
 * capitals, and headings that name nothing.
 */
import { expect, test } from 'vitest'
import { loadLibrary } from '../../src/library/library.js'
import { dice, namedByTitle, stems, titleIndex, type TitleIndex } from '../../src/review/concepts.js'

const library = await loadLibrary()
const index = titleIndex(library)

/** Every title scored, as namedByTitle did before its stem index (the same numbering rule and threshold). */
function reference(titles: TitleIndex, heading: string): { ids: string[]; only: boolean } {
  const NUMBER = /^\s*(?:(?:article|annexe?|annex|section|schedule|clause|art\.)\s+[\w.]+\s*[-–—:.]?\s*)?(?:(?:\d+(?:\.\d+)*|[ivxlc]+|[a-z])[.)]\s*|\d+(?:\.\d+)*\s+|\(\w{1,4}\)\s*)*/i
  const TOPIC = new Set(['donnee', 'caract', 'person', 'data'])
  const h = new Set(stems(heading.replace(NUMBER, '')))
  if ([...h].every((s) => TOPIC.has(s))) return { ids: [], only: false }
  let best = 0
  const scores = new Map<string, number>()
  for (const t of titles.titles) {
    const d = dice(h, t.stems)
    if (d > (scores.get(t.id) ?? 0)) scores.set(t.id, d)
    best = Math.max(best, d)
  }
  const ids = [...scores].filter(([, d]) => d === best).map(([id]) => id)
  return best >= 0.85 && ids.length === 1 ? { ids, only: true } : { ids: [], only: false }
}

test('the stem index answers as scoring every title, on titles and their variants', () => {
  const headings: string[] = ['', 'Annexe 2', 'Personal Data', 'Données à caractère personnel', 'Miscellaneous provisions', 'Signatures', 'ARTICLE 12 - DURÉE', 'Term and Termination', '12.3 Limitation of Liability']
  for (const [, variants] of library.byId) {
    for (const c of variants) {
      for (const title of [c.title.en, c.title.fr]) {
        const words = title.split(' ')
        headings.push(title, `Article 4 - ${title.toUpperCase()}`, words.slice(1).join(' '), `${title} and obligations`, `${words[0]} fees`)
      }
    }
  }
  let named = 0
  for (const heading of headings) {
    const got = namedByTitle(index, heading)
    expect({ heading, got }).toEqual({ heading, got: reference(index, heading) })
    if (got.only) named++
  }
  // The titles themselves name their clause: the comparison is not vacuous.
  expect(named).toBeGreaterThan(100)
})
