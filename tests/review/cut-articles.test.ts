/**
 * Removing any one article from a built contract reports exactly that clause missing: every
 * article (and every Art. 28 item of the processor annex), both languages, in Markdown with its
 * table of contents (text only) and in DOCX (bookmarks, with the cut article's bookmark gone).
 * Each contract is built and read once; articles are cut from the read document in memory.
 */
import { describe, expect, test } from 'vitest'
import { plainText, type Contract } from '../../src/contract/contract.js'
import { assemble } from '../../src/draft/assemble.js'
import { loadLibrary } from '../../src/library/library.js'
import type { ReviewDocument } from '../../src/read/document.js'
import { readBuffer } from '../../src/read/index.js'
import { renderDocx } from '../../src/render/docx/index.js'
import { renderMarkdown } from '../../src/render/markdown.js'
import { compileLibrary } from '../../src/review/detect.js'
import { reviewDocuments } from '../../src/review/engine.js'
import { defaultPlaybook } from '../../src/review/playbook/schema.js'
import { requiredClauses } from '../../src/review/required.js'
import { RULES } from '../../src/review/rules/index.js'
import { exampleDeal } from '../helpers.js'

const library = await loadLibrary()
const options = {
  library,
  compiled: compileLibrary(library),
  rules: RULES.filter((r) => r.id === 'missing-clause'),
  playbook: defaultPlaybook(),
  today: '2026-11-29',
}

interface Article {
  id: string
  /** The heading as Markdown writes it (« 12. Title »); DOCX numbers it with Word's numbering, so its text is `title`. */
  heading: string
  title: string
  bookmark: string
}

/** The articles (and annex items) of a contract that are library clauses. */
function articles(contract: Contract): Article[] {
  const out: Article[] = []
  for (const b of contract.blocks) {
    if ((b.type !== 'article' && b.type !== 'subsection') || !b.clause) continue
    const title = plainText(b.inlines)
    out.push({ id: b.clause.id, heading: b.type === 'article' ? `${b.number}. ${title}` : title, title, bookmark: b.clause.bookmark })
  }
  return out
}

/** The document without the article under `heading` (its heading and everything up to the next heading of its level). */
function cut(doc: ReviewDocument, article: Article): ReviewDocument {
  const start = doc.blocks.findIndex((b) => b.kind === 'heading' && (b.text === article.heading || b.text === article.title))
  expect(start, `heading "${article.heading}" in ${doc.path}`).toBeGreaterThan(0)
  const level = doc.blocks[start]!.level ?? 1
  let end = start + 1
  while (end < doc.blocks.length && !(doc.blocks[end]!.kind === 'heading' && (doc.blocks[end]!.level ?? 1) <= level)) end++
  return {
    ...doc,
    blocks: [...doc.blocks.slice(0, start), ...doc.blocks.slice(end)],
    ...(doc.bookmarks ? { bookmarks: doc.bookmarks.filter((b) => b !== article.bookmark) } : {}),
  }
}

const built = await Promise.all(
  (['fr', 'en'] as const).map(async (which) => {
    const { contract } = assemble(exampleDeal(which), { library })
    const md = await readBuffer(Buffer.from(renderMarkdown(contract)), `${which}.md`)
    const docx = await readBuffer(Buffer.from(await renderDocx(contract)), `${which}.docx`)
    return { which, contract, md, docx, articles: articles(contract) }
  }),
)

describe.each(built)('every article cut from the $which contract', ({ which, contract, md, docx, articles: list }) => {
  const included = new Set(contract.clauses.map((c) => c.id))

  test('the Markdown has a table of contents that names every article', () => {
    const toc = md.blocks.findIndex((b) => /^(Sommaire|Contents)$/.test(b.text))
    expect(toc).toBeGreaterThan(0)
    for (const a of list.filter((x) => /^\d/.test(x.heading))) expect(md.blocks.slice(toc, toc + 60).some((b) => b.text === a.heading)).toBe(true)
  })

  test.each(['md', 'docx'] as const)('%s: the whole contract has every clause it includes, and no other', (format) => {
    const review = reviewDocuments(format === 'md' ? md : docx, [], options)
    expect(review.clauses.filter((c) => included.has(c.id) && c.status !== 'present').map((c) => c.id)).toEqual([])
    expect(review.clauses.filter((c) => !included.has(c.id) && c.status === 'present').map((c) => c.id)).toEqual([])
  })

  test.each(['md', 'docx'] as const)('%s: each article removed is reported missing, alone', (format) => {
    const doc = format === 'md' ? md : docx
    expect(list.length).toBeGreaterThan(which === 'en' ? 45 : 30)
    const before = new Set(reviewDocuments(doc, [], options).findings.map((f) => f.clauseId))
    const wrong: string[] = []
    for (const article of list) {
      const review = reviewDocuments(cut(doc, article), [], options)
      // New missing-clause findings: the cut clause when the document requires it (optional
      // clauses such as force majeure are not required), and nothing else.
      const required = requiredClauses(library, review.facts, options.playbook, options.today).some((c) => c.id === article.id)
      const reported = review.findings.map((f) => f.clauseId).filter((id) => !before.has(id))
      const lost = review.clauses.filter((c) => included.has(c.id) && c.status !== 'present').map((c) => c.id)
      if (JSON.stringify(lost) !== JSON.stringify([article.id]) || JSON.stringify(reported) !== JSON.stringify(required ? [article.id] : [])) {
        wrong.push(`${article.id}: lost [${lost}], new missing-clause findings [${reported}]`)
      }
    }
    expect(wrong).toEqual([])
  })
})
