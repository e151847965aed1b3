/**
 * The direct DOCX writer (`src/render/docx/`) against the docx-library writer it replaced (kept in
 * `tests/render/reference/`): every part of the package equal, byte for byte, for both examples,
 * both bilingual examples, deals varied over role, channels and language, and a contract made of
 * every construct of the model (tricky text included).
 *
 * Two things are brought to one form before comparing, on the docx library's side only:
 * - `docProps/core.xml`: the created and modified times (the moment each writer ran);
 * - `word/document.xml`: bookmark ids. The docx library counts bookmarks across the whole process
 *   (a document's ids start where the previous document's ended), the direct writer from 1 in
 *   each document: the library's ids are shifted so that the smallest is 1, which gives the ids it
 *   writes in a fresh process. Ids only have to be unique within a document and to pair each
 *   start with its end; the names of the table of contents' bookmarks (`_Toc<id>`) follow.
 * The direct writer's parts are compared as they are, times in `core.xml` aside.
 */
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, test } from 'vitest'
import type { BilingualContract } from '../../src/contract/bilingual.js'
import type { Block, Contract, Inline } from '../../src/contract/contract.js'
import { assemble } from '../../src/draft/assemble.js'
import { assembleBilingual } from '../../src/draft/bilingual.js'
import type { DealInput } from '../../src/deal/schema.js'
import { loadLibrary } from '../../src/library/library.js'
import { renderBilingualDocx } from '../../src/render/docx/bilingual.js'
import { renderDocx } from '../../src/render/docx/index.js'
import { crc32 } from '../../src/render/docx/zip.js'
import { exampleDeal, tempDir } from '../helpers.js'
import { renderBilingualDocx as referenceBilingual } from './reference/docx-library-bilingual.js'
import { renderDocx as referenceDocx } from './reference/docx-library-writer.js'

const library = await loadLibrary()

function parts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]))
}

/** Bookmark ids (and the `_Toc<id>` names made from them) shifted so that the smallest is 1. */
function shiftBookmarks(xml: string): string {
  const ids = [...xml.matchAll(/<w:bookmarkStart\b[^>]*? w:id="(\d+)"/g)].map((m) => Number(m[1]))
  if (ids.length === 0) return xml
  const shift = Math.min(...ids) - 1
  return xml
    .replace(/(<w:bookmark(?:Start|End)\b[^>]*? w:id=")(\d+)"/g, (_, head: string, id: string) => `${head}${Number(id) - shift}"`)
    .replace(/_Toc(\d+)/g, (_, id: string) => `_Toc${Number(id) - shift}`)
}

function canonical(files: Record<string, string>): Record<string, string> {
  const out = { ...files }
  out['docProps/core.xml'] = files['docProps/core.xml']!.replace(/(<dcterms:(?:created|modified) xsi:type="dcterms:W3CDTF">)[^<]*/g, '$1(time)')
  out['word/document.xml'] = shiftBookmarks(files['word/document.xml']!)
  return out
}

async function expectSameParts(direct: Buffer, reference: Buffer): Promise<void> {
  const ours = parts(direct)
  const theirs = canonical(parts(reference))
  expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort())
  ours['docProps/core.xml'] = canonical(ours)['docProps/core.xml']!
  for (const name of Object.keys(theirs)) {
    // Compared around the first difference (none when equal), so that a failure shows where it is.
    const a = ours[name]!
    const b = theirs[name]!
    let i = 0
    while (i < a.length && a[i] === b[i]) i++
    expect(a.slice(Math.max(0, i - 300), i + 300), name).toBe(b.slice(Math.max(0, i - 300), i + 300))
  }
}

describe('the direct DOCX writer writes the parts the docx library wrote', () => {
  test.each(['fr', 'en'] as const)('the %s example', async (which) => {
    const { contract } = assemble(exampleDeal(which), { library })
    await expectSameParts(renderDocx(contract), await referenceDocx(contract))
  })

  test.each([
    ['fr', ['fr', 'en']],
    ['en', ['en', 'fr']],
  ] as const)('the %s example in two languages', async (which, langs) => {
    const { contract } = assembleBilingual(exampleDeal(which), { library, langs: [...langs] })
    await expectSameParts(renderBilingualDocx(contract), await referenceBilingual(contract))
  })

  const VARIANTS: Array<[string, (d: DealInput) => void]> = [
    ['processor, email only, in English', (d) => Object.assign(d, { role: 'processor', channels: ['email'], language: 'en' })],
    ['joint controllers, phone and SMS', (d) => Object.assign(d, { role: 'joint', channels: ['phone', 'sms'] })],
    ['independent, postal only', (d) => Object.assign(d, { role: 'independent', channels: ['postal'] })],
    ['processor with offshore processing', (d) => Object.assign(d, { role: 'processor' })],
  ]
  test.each(VARIANTS)('a French deal varied: %s', async (_, change) => {
    const { contract } = assemble(
      exampleDeal('fr', (d) => {
        change(d)
        if (!d.channels.includes('phone')) delete (d as { liveTransfer?: unknown }).liveTransfer
      }),
      { library },
    )
    await expectSameParts(renderDocx(contract), await referenceDocx(contract))
  })

  test('an English deal in French, processor, every channel', async () => {
    const deal = exampleDeal('en', (d) => Object.assign(d, { role: 'processor', channels: ['email', 'sms', 'phone', 'postal'] }))
    const { contract } = assemble(deal, { library, lang: 'fr' })
    await expectSameParts(renderDocx(contract), await referenceDocx(contract))
  })

  // Every construct of the model, with text XML must escape or cannot hold.
  const t = (value: string, style: { bold?: boolean; italic?: boolean } = {}): Inline => ({ type: 'text', value, ...style })
  const ref = (prefix: string, number: string, bookmark?: string): Inline => ({ type: 'ref', target: 'x', prefix, number, ...(bookmark ? { bookmark } : {}) })
  const blocks: Block[] = [
    { type: 'title', inlines: [t('Title '), t('bold', { bold: true }), t('italic', { italic: true }), t('both', { bold: true, italic: true })] },
    { type: 'paragraph', inlines: [t('tab\there'), { type: 'break' }, t(''), t('  spaces & <angles> "quotes" \'apostrophes\'  '), t('control\u0001\u000b\u001fcharacters'), t('émoji 🙂 « guillemets »')] },
    { type: 'paragraph', inlines: [] },
    { type: 'list', ordered: false, items: [[t('item'), ref('see ', '3')], []] },
    { type: 'toc' },
    { type: 'table', rows: [[[t('h1')], [t('h2', { italic: true })], [ref('Article ', '2', 'bm_a')]], [[t('short row')]], [[], [], [t('z')]]] },
    { type: 'table', rows: [[[t('a')], [t('b')], [t('c')], [t('d')], [t('e')], [t('f')], [t('g')]]] },
    { type: 'table', rows: [[[t('one cell')]]] },
    { type: 'table', rows: [] },
    { type: 'pageBreak' },
    { type: 'article', number: 1, inlines: [t('Heading'), { type: 'break' }, t('bold', { bold: true }), ref('see ', '3')], bookmark: 'bm_a' },
    { type: 'paragraph', number: '1.1', article: 1, inlines: [ref('', '1', 'bm_a'), ref('Article ', '3')] },
    { type: 'subsection', inlines: [t('Sub & section')], bookmark: 'bm_s' },
    { type: 'section', inlines: [], bookmark: 'bm_e' },
    { type: 'section', inlines: [t('  ')], bookmark: 'bm_blank' },
    { type: 'section', inlines: [t('tab\tand\nnew line\u0001')], bookmark: 'bm_tab' },
    { type: 'article', number: 2, inlines: [t('Second "article"')], bookmark: 'bm_b' },
    { type: 'list', ordered: true, items: [[t('after the article')]] },
    { type: 'toc' },
  ]
  const meta: Contract['meta'] = { title: 'T "q" <a> & \'b\'', subject: 'subject', creator: 'creator\u0001', keywords: '', description: '' }

  test('a contract of every construct, and one without a table of contents', async () => {
    const contract: Contract = { lang: 'en', meta, blocks, clauses: [] }
    await expectSameParts(renderDocx(contract), await referenceDocx(contract))
    const noToc: Contract = { lang: 'fr', meta, blocks: blocks.filter((b) => b.type !== 'toc'), clauses: [] }
    await expectSameParts(renderDocx(noToc), await referenceDocx(noToc))
    const noHeading: Contract = { lang: 'fr', meta, blocks: [{ type: 'toc' }, blocks[1]!], clauses: [] }
    await expectSameParts(renderDocx(noHeading), await referenceDocx(noHeading))
  })

  test('a bilingual contract of every construct', async () => {
    const contract: BilingualContract = {
      langs: ['en', 'fr'],
      controlling: 'en',
      meta,
      rows: [
        { key: 'title', columns: [[blocks[0]!], [blocks[0]!]] },
        { key: 'toc', columns: [[{ type: 'toc' }], [{ type: 'toc' }]] },
        { key: 'article:x', number: 1, columns: [blocks.slice(3, 18).filter((b) => b.type !== 'toc'), blocks.slice(3, 18).filter((b) => b.type !== 'toc')] },
        { key: 'empty', columns: [[], [{ type: 'pageBreak' }]] },
      ],
      contracts: [
        { lang: 'en', meta, blocks: [], clauses: [] },
        { lang: 'fr', meta, blocks: [], clauses: [] },
      ],
    }
    await expectSameParts(renderBilingualDocx(contract), await referenceBilingual(contract))
    const withoutToc = { ...contract, rows: contract.rows.filter((r) => r.key !== 'toc') }
    await expectSameParts(renderBilingualDocx(withoutToc), await referenceBilingual(withoutToc))
  })
})

describe('the ZIP container', () => {
  test('CRC-32 of the standard check string', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926)
    expect(crc32(new Uint8Array())).toBe(0)
  })

  const unzip = spawnSync('unzip', ['-v'], { encoding: 'utf8' }).status === 0
  test.skipIf(!unzip)('Info-ZIP tests every entry of a contract (checksums, sizes) without a warning', () => {
    const { contract } = assemble(exampleDeal('fr'), { library })
    const file = join(tempDir(), 'contrat.docx')
    writeFileSync(file, renderDocx(contract))
    const r = spawnSync('unzip', ['-t', file], { encoding: 'utf8' })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/No errors detected in compressed data/)
    expect((r.stdout.match(/^\s+testing: .* OK$/gm) ?? []).length).toBe(19)
  })
})
