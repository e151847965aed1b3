/**
 * Test material for `compare`: the French example contract built by the real builder (DOCX and
 * Markdown), and edits made to its Word XML as a counterparty would make them in Word — with or
 * without Track Changes.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { assemble } from '../../src/draft/assemble.js'
import { loadLibrary } from '../../src/library/library.js'
import { renderDocx } from '../../src/render/docx/index.js'
import { renderMarkdown } from '../../src/render/markdown.js'
import { defaultPlaybook } from '../../src/review/playbook/defaults.js'
import type { Playbook } from '../../src/review/playbook/schema.js'
import { createReviewer } from '../../src/review/reviewer.js'
import type { CompareOptions } from '../../src/compare/index.js'
import { exampleDeal } from '../helpers.js'

export const library = await loadLibrary()

/** The options of `clausier compare` with the default playbook and a pinned date. */
export const options: CompareOptions = { reviewer: createReviewer({ library, playbook: defaultPlaybook() as Playbook, today: '2026-12-01' }) }

/** The French example contract, as DOCX bytes and as Markdown. */
export async function builtFrench(): Promise<{ docx: Uint8Array; markdown: string }> {
  const { contract } = assemble(exampleDeal('fr'), { library })
  return { docx: new Uint8Array(await renderDocx(contract)), markdown: renderMarkdown(contract) }
}

/** Applies `edit` to word/document.xml of a DOCX. */
export function editDocx(docx: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(docx)
  files['word/document.xml'] = strToU8(edit(strFromU8(files['word/document.xml']!)))
  return zipSync(files)
}

const PARAGRAPH_START = /<w:p[ >]/g

/** Start of the paragraph holding `needle` (a bookmark name, a piece of text, or a pattern for either). */
function paragraphStart(xml: string, needle: string | RegExp): number {
  const at = typeof needle === 'string' ? xml.indexOf(needle) : (needle.exec(xml)?.index ?? -1)
  if (at < 0) throw new Error(`not in the document: ${needle}`)
  let start = -1
  for (const m of xml.slice(0, at).matchAll(PARAGRAPH_START)) start = m.index
  return start
}

/**
 * The names of a clause's DOCX bookmark, whatever its version: `cl_<id>_v<n>` (the version is the
 * clause library's and goes up with each rewrite of the clause).
 */
export function clauseBookmark(id: string): RegExp {
  return new RegExp(`^cl_${id.replace(/-/g, '_')}_v\\d+$`)
}

/** The XML attribute naming a clause's bookmark, whatever its version. */
function bookmarkAttribute(id: string): RegExp {
  return new RegExp(`w:name="cl_${id.replace(/-/g, '_')}_v\\d+"`)
}

/** The XML range of an article: from its heading (bookmark `cl_<id>_v<n>`) to the next article's heading. */
export function articleRange(xml: string, id: string, nextId: string): [number, number] {
  return [paragraphStart(xml, bookmarkAttribute(id)), paragraphStart(xml, bookmarkAttribute(nextId))]
}

/** Deletes an article outright (no Track Changes). */
export function deleteArticle(xml: string, id: string, nextId: string): string {
  const [from, to] = articleRange(xml, id, nextId)
  return xml.slice(0, from) + xml.slice(to)
}

const REVISION = 'w:author="Prospectis Média" w:date="2026-12-02T10:00:00Z"'
let revision = 900

/** Deletes an article with Track Changes on: every run in w:del, every paragraph mark deleted. */
export function trackDeleteArticle(xml: string, id: string, nextId: string): string {
  const [from, to] = articleRange(xml, id, nextId)
  const deleted = xml
    .slice(from, to)
    .replace(/<w:r>([\s\S]*?)<\/w:r>/g, (_m, inner: string) => `<w:del w:id="${revision++}" ${REVISION}><w:r>${inner.replace(/<w:t( [^>]*)?>/g, '<w:delText$1>').replace(/<\/w:t>/g, '</w:delText>').replace(/<w:instrText/g, '<w:delInstrText').replace(/<\/w:instrText>/g, '</w:delInstrText>')}</w:r></w:del>`)
    .replace(/<w:pPr>/g, `<w:pPr><w:rPr><w:del w:id="${revision++}" ${REVISION}/></w:rPr>`)
  return xml.slice(0, from) + deleted + xml.slice(to)
}

/** Replaces `old` between `before` and `after` inside one w:t: plainly, or as a tracked deletion and insertion. */
export function replaceText(xml: string, [before, old, after]: [string, string, string], replacement: string, tracked: boolean): string {
  const whole = `${before}${old}${after}`
  if (xml.split(whole).length !== 2) throw new Error(`not exactly once in the document: ${whole}`)
  if (!tracked) return xml.replace(whole, `${before}${replacement}${after}`)
  const change = `</w:t></w:r><w:del w:id="${revision++}" ${REVISION}><w:r><w:delText>${old}</w:delText></w:r></w:del><w:ins w:id="${revision++}" ${REVISION}><w:r><w:t>${replacement}</w:t></w:r></w:ins><w:r><w:t xml:space="preserve">`
  return xml.replace(whole, `${before}${change}${after}`)
}

/** Swaps two consecutive articles (`first` then `second`, followed by `after`). */
export function swapArticles(xml: string, first: string, second: string, after: string): string {
  const [a, b] = articleRange(xml, first, second)
  const [, c] = articleRange(xml, second, after)
  return xml.slice(0, a) + xml.slice(b, c) + xml.slice(a, b) + xml.slice(c)
}
