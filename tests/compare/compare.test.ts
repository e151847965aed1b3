/**
 * The "done when": the built French contract compared with (a) itself, (b) an edit that
 * deletes the audit article and cuts the data-defect return window from 7 to 2 days (plain edits),
 * (c) the same edits as tracked changes, (d) articles swapped and renumbered.
 */
import { beforeAll, describe, expect, test } from 'vitest'
import { readBuffer } from '../../src/read/index.js'
import type { ReviewDocument } from '../../src/read/document.js'
import { compareDocuments, type Comparison } from '../../src/compare/index.js'
import { articleRange, builtFrench, clauseBookmark, deleteArticle, editDocx, options, replaceText, swapArticles, trackDeleteArticle } from './helpers.js'

let ours: ReviewDocument
let docx: Uint8Array
let markdown: string
beforeAll(async () => {
  ;({ docx, markdown } = await builtFrench())
  ours = await readBuffer(docx, 'contrat.docx', 'docx')
})

/** The data-defect return window of article 9.1: « dans un délai de 7 jours à compter de sa livraison ». */
const RETURN_WINDOW: [string, string, string] = ['dans un délai de ', '7', ' jours à compter de sa livraison']

const read = (bytes: Uint8Array, name = 'leur-version.docx') => readBuffer(bytes, name, 'docx')
const brief = (c: Comparison) => c.changes.map((x) => [x.clauseId, x.change, x.weakened])

/** Asserts the (b)/(c) outcome: exactly audit-rights removed, lead-returns modified and weakened 7 → 2 days. */
function expectAuditRemovedAndReturnsWeakened(c: Comparison): void {
  expect(brief(c)).toEqual([
    ['lead-returns', 'modified', true],
    ['audit-rights', 'removed', true],
  ])
  const [returns, audit] = c.changes
  expect(audit!.essential).toBe(true)
  expect(audit!.message).toBe("Clause essentielle supprimée : « Droit d'audit et de vérification » ne figure plus dans leur version, alors qu’elle est requise pour ce contrat")
  const weakened = returns!.terms.filter((t) => t.weakened)
  expect(weakened).toHaveLength(1)
  expect(weakened[0]).toMatchObject({ term: 'return-window', before: { value: 7, display: '7 jours' }, after: { value: 2, display: '2 jours' }, threshold: '7 jours', meetsThreshold: false })
  // The word diff shows exactly the figure that changed.
  const changed = returns!.diff.flatMap((d) => d.ops.filter((o) => o.op !== 'equal').map((o) => [o.op, o.text.trim()]))
  expect(changed).toEqual([
    ['delete', '7'],
    ['insert', '2'],
  ])
  expect(c.failing).toBe(true)
}

describe('compare the built French contract', () => {
  test('(a) with itself: no change, nothing failing', () => {
    const c = compareDocuments(ours, ours, options)
    expect(c.changes).toEqual([])
    expect(c.findings).toEqual([])
    expect(c.failing).toBe(false)
    expect(c.matched).toBeGreaterThan(40)
  })

  test('(b) audit article deleted and return window cut from 7 to 2 days, in Word without tracked changes', async () => {
    const edited = editDocx(docx, (xml) => replaceText(deleteArticle(xml, 'audit-rights', 'subcontracting'), RETURN_WINDOW, '2', false))
    const theirs = await read(edited)
    expect(theirs.blocks.some((b) => b.kind === 'heading' && b.text === "Droit d'audit et de vérification")).toBe(false)
    expectAuditRemovedAndReturnsWeakened(compareDocuments(ours, theirs, options))
  })

  test('(c) the same edits as tracked changes: read as the document stands after them', async () => {
    const edited = editDocx(docx, (xml) => replaceText(trackDeleteArticle(xml, 'audit-rights', 'subcontracting'), RETURN_WINDOW, '2', true))
    const theirs = await read(edited)
    expect((ours.bookmarks ?? []).filter((b) => clauseBookmark('audit-rights').test(b))).toHaveLength(1)
    expect((theirs.bookmarks ?? []).filter((b) => clauseBookmark('audit-rights').test(b))).toEqual([])
    expectAuditRemovedAndReturnsWeakened(compareDocuments(ours, theirs, options))
  })

  test('(d) two articles swapped in Word (numbering follows): both moved, nothing removed or added', async () => {
    const theirs = await read(editDocx(docx, (xml) => swapArticles(xml, 'insurance', 'term-renewal', 'termination-for-convenience')))
    const c = compareDocuments(ours, theirs, options)
    expect(brief(c)).toEqual([
      ['insurance', 'moved', false],
      ['term-renewal', 'moved', false],
    ])
    expect(c.failing).toBe(false)
  })

  test('(d) in Markdown, articles swapped and every article renumbered by hand: moved, not removed or added', async () => {
    const oursMd = await readBuffer(Buffer.from(markdown), 'contrat.md', 'md')
    const theirsMd = await readBuffer(Buffer.from(swapAndRenumber(markdown, 'Assurances', 'Durée et reconduction')), 'leur-version.md', 'md')
    expect(theirsMd.blocks.some((b) => b.text === '26. Durée et reconduction')).toBe(true)
    const c = compareDocuments(oursMd, theirsMd, options)
    expect(brief(c)).toEqual([
      ['insurance', 'moved', false],
      ['term-renewal', 'moved', false],
    ])
  })

  test('the same contract in Word and in Markdown: no change (numbering, table of contents and format aside)', async () => {
    const asMarkdown = await readBuffer(Buffer.from(markdown), 'contrat.md', 'md')
    const c = compareDocuments(ours, asMarkdown, options)
    expect(c.changes).toEqual([])
    expect(c.matched).toBeGreaterThan(40)
  })

  test('an article merged into the one before (its heading deleted): compared there, not removed', async () => {
    const theirs = await read(
      editDocx(docx, (xml) => {
        const [from] = articleRange(xml, 'insurance', 'term-renewal')
        return xml.slice(0, from) + xml.slice(xml.indexOf('</w:p>', from) + '</w:p>'.length)
      }),
    )
    const c = compareDocuments(ours, theirs, options)
    expect(brief(c)).toEqual([['insurance', 'modified', false]])
    expect(c.changes[0]!.diff.flatMap((d) => d.ops.filter((o) => o.op !== 'equal'))).toEqual([{ op: 'delete', text: 'Assurances' }])
  })

  test('a term they improve is reported, not weakened: proof of consent within 1 business day instead of 2', async () => {
    const theirs = await read(editDocx(docx, (xml) => replaceText(xml, ['de tout Lead dans un délai de ', '2 Jours Ouvrés', ' à compter de la demande'], '1 Jour Ouvré', false)))
    const c = compareDocuments(ours, theirs, options)
    expect(brief(c)).toEqual([['consent-proof', 'modified', false]])
    expect(c.changes[0]!.terms).toMatchObject([{ term: 'proof-delay', weakened: false, before: { value: 2 }, after: { value: 1 } }])
    expect(c.failing).toBe(false)
  })

  test('a lower liability cap is weakened even above the playbook threshold', async () => {
    const theirs = await read(editDocx(docx, (xml) => replaceText(xml, ['suivants : (i) ', '150\u202f000\u00a0€', ' et (ii)'], '120\u202f000\u00a0€', false)))
    const c = compareDocuments(ours, theirs, options)
    expect(brief(c)).toEqual([['liability-cap', 'modified', true]])
    expect(c.changes[0]!.terms).toMatchObject([{ term: 'liability-cap-amount', weakened: true, before: { value: 150000 }, after: { value: 120000 }, meetsThreshold: true }])
  })
})

/** Swaps two articles of a built Markdown contract and renumbers every article and sub-clause in order. */
function swapAndRenumber(md: string, first: string, second: string): string {
  const parts = md.split(/(?=^## )/m)
  const i = parts.findIndex((p) => new RegExp(`^## \\d+\\. ${first}\\n`).test(p))
  const j = parts.findIndex((p) => new RegExp(`^## \\d+\\. ${second}\\n`).test(p))
  if (i < 0 || j !== i + 1) throw new Error('articles not found next to each other')
  ;[parts[i], parts[j]] = [parts[j]!, parts[i]!]
  let n = 0
  return parts
    .map((p) => {
      const m = /^## (\d+)\. /.exec(p)
      if (!m) return p
      n++
      return p.replace(/^## \d+\. /, `## ${n}. `).replace(new RegExp(`\\*\\*${m[1]}\\.(\\d+)\\*\\*`, 'g'), `**${n}.$1**`)
    })
    .join('')
}
