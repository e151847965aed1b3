/**
 * Checks a rendered table of contents against the pages it points to: from the text of a PDF's
 * pages (`pdftotext -layout`, pages split on form feeds), every entry "Title ..... 12" is matched
 * with the page where a line reads "Title" (or "N. Title" for a numbered article). Used by the
 * tests and `npm run bench` on LibreOffice's PDF of the example contracts.
 */

/** One table-of-contents entry: the page it shows, and the page its heading is on (0: not found). */
export interface TocEntry {
  title: string
  tocPage: number
  headingPage: number
}

/** The result of a check: every entry, and those whose page is wrong or whose heading was not found. */
export interface TocCheck {
  entries: TocEntry[]
  wrong: TocEntry[]
}

const ENTRY = /^(.*?\S)\s*\.{3,}\s*(\d+)$/
const norm = (s: string) => s.replace(/\s+/g, ' ').trim()

/** Checks the table of contents titled `tocTitle` ("Sommaire", "Contents") in these page texts. */
export function checkToc(pages: readonly string[], tocTitle: string): TocCheck {
  const lines = pages.map((p) => p.split('\n').map(norm))
  const entries: TocEntry[] = []
  let inToc = false
  let pending = ''
  let pendingAt = ''
  /** The table's own lines ("page:line"), never taken for a heading. */
  const tocLines = new Set<string>()
  for (const [p, pageLines] of lines.entries()) {
    for (const [i, line] of pageLines.entries()) {
      if (!inToc) {
        if (line === tocTitle && entries.length === 0) inToc = true
        continue
      }
      const m = ENTRY.exec(line)
      if (m) {
        entries.push({ title: norm(`${pending} ${m[1]}`), tocPage: Number(m[2]), headingPage: 0 })
        tocLines.add(`${p}:${i}`).add(pendingAt)
        pending = ''
      } else if (line !== '' && !/^(page )?\d+ ?\/ ?\d+$/i.test(line)) {
        // A wrapped entry's first line, or the text after the table (which ends it).
        if (pending !== '') {
          inToc = false
          break
        }
        pending = line
        pendingAt = `${p}:${i}`
      }
    }
  }
  for (const entry of entries) {
    const wanted = entry.title
    const bare = wanted.replace(/^\d+\.\s*/, '')
    for (let p = 0; p < lines.length && entry.headingPage === 0; p++) {
      for (const [i, line] of lines[p]!.entries()) {
        if (tocLines.has(`${p}:${i}`)) continue
        // A heading "12. Title" (article number and title apart), or one wrapped over two lines.
        const text = line.replace(/^(\d+\.)\s*/, '$1 ')
        if (text === wanted || line === bare || (text.length >= 20 && wanted.startsWith(text))) {
          entry.headingPage = p + 1
          break
        }
      }
    }
  }
  return { entries, wrong: entries.filter((e) => e.headingPage !== e.tocPage) }
}
