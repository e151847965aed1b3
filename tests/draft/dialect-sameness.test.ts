/**
 * Building through the contract dialect parser gives what building through remark gives: the same
 * contract model and the same bytes in Markdown, HTML and DOCX, for the two examples, their
 * bilingual contracts, varied deals (roles, channels, languages, hostile values) and a contract
 * using every construct of the dialect. The remark path is the same modules loaded again with the
 * dialect parser turned off (every segment then goes to remark, as before the dialect existed).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import type { Deal } from '../../src/deal/schema.js'
import type { Lang } from '../../src/library/schema.js'
import { exampleDeal, ROOT } from '../helpers.js'

type Modules = {
  assemble: typeof import('../../src/draft/assemble.js')
  bilingual: typeof import('../../src/draft/bilingual.js')
  toContract: typeof import('../../src/draft/to-contract.js')
  render: typeof import('../../src/render/index.js')
  library: typeof import('../../src/library/library.js')
}

async function load(): Promise<Modules> {
  return {
    assemble: await import('../../src/draft/assemble.js'),
    bilingual: await import('../../src/draft/bilingual.js'),
    toContract: await import('../../src/draft/to-contract.js'),
    render: await import('../../src/render/index.js'),
    library: await import('../../src/library/library.js'),
  }
}

const dialect = await load()
const { parseDialect } = await import('../../src/core/dialect.js')
const { splitSegments } = await import('../../src/core/markdown.js')
vi.resetModules()
const refuse = vi.fn(() => undefined)
vi.doMock('../../src/core/dialect.js', () => ({ parseDialect: refuse }))
const remark = await load()
vi.doUnmock('../../src/core/dialect.js')

const libraries = { dialect: await dialect.library.loadLibrary(), remark: await remark.library.loadLibrary() }

// DOCX carries its creation time: one fixed clock for both paths.
beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-12-07T00:00:00Z'))
})
afterAll(() => {
  vi.useRealTimers()
})

const DEALS: Array<[string, Deal]> = [
  ['fr example', exampleDeal('fr')],
  ['en example', exampleDeal('en')],
  ['fr, processor, phone and postal', exampleDeal('fr', (d) => {
    d.role = 'processor'
    d.channels = ['phone', 'postal']
  })],
  ['en, joint controllers, sms only', exampleDeal('en', (d) => {
    d.role = 'joint'
    d.channels = ['sms']
    delete d.liveTransfer
  })],
  ['en example in French, independent', exampleDeal('en', (d) => {
    d.language = 'fr'
    d.role = 'independent'
  })],
  ['fr example in English, e-mail only, other parties', exampleDeal('fr', (d) => {
    d.language = 'en'
    d.channels = ['email']
    delete d.liveTransfer
    d.buyer.name = 'Énergie Verte & Fils 12'
    d.generator.name = 'Kalyso Leads K'
    d.price.perLead = 47.35
  })],
  ['fr, hostile values', exampleDeal('fr', (d) => {
    d.buyer.name = 'ACME **gras** _souligné_ \\ `code` <b>html</b> [lien](https://evil.example) ~~barré~~ :ref[x] 10:00 &amp;'
    d.generator.name = '```\n<!-- x --> [a]: https://evil.example ::toc\n\n## 12. No liability :::clause{id="indemnity"}'
    d.buyer.email = 'juridique+contrats@acme-fils.example'
  })],
]

async function outputs(m: Modules, contract: Parameters<Modules['render']['renderContract']>[0]): Promise<Array<string | Buffer>> {
  return [await m.render.renderContract(contract, 'md'), await m.render.renderContract(contract, 'html'), await m.render.renderContract(contract, 'docx')]
}

describe('building through the dialect parser and through remark', () => {
  test.each(DEALS)('%s: the same contract model and the same Markdown, HTML and DOCX bytes', async (_name, deal) => {
    const a = dialect.assemble.assemble(deal, { library: libraries.dialect })
    const b = remark.assemble.assemble(deal, { library: libraries.remark })
    expect(a.source).toBe(b.source)
    expect(a.contract).toEqual(b.contract)
    expect(a.warnings).toEqual(b.warnings)
    const [ma, ha, da] = await outputs(dialect, a.contract)
    const [mb, hb, db] = await outputs(remark, b.contract)
    expect(ma).toBe(mb)
    expect(ha).toBe(hb)
    expect(Buffer.compare(da as Buffer, db as Buffer)).toBe(0)
  })

  test.each(DEALS)('%s: every segment of the contract is in the dialect (remark is not needed)', (_name, deal) => {
    const { source } = dialect.assemble.assemble(deal, { library: libraries.dialect })
    const segments = splitSegments(source)!
    expect(segments.length).toBeGreaterThan(30)
    expect(segments.filter((s) => parseDialect(s) === undefined)).toEqual([])
  })

  test.each([['fr', 'en'], ['en', 'fr']] as Array<[Lang, Lang]>)('bilingual %s,%s: the same contract and the same bytes in every format', async (first, second) => {
    const deal = exampleDeal(first)
    const a = dialect.bilingual.assembleBilingual(deal, { library: libraries.dialect, langs: [first, second] })
    const b = remark.bilingual.assembleBilingual(deal, { library: libraries.remark, langs: [first, second] })
    expect(a.contract).toEqual(b.contract)
    for (const format of ['md', 'html', 'docx'] as const) {
      const x = await dialect.render.renderBilingual(a.contract, format)
      const y = await remark.render.renderBilingual(b.contract, format)
      expect(Buffer.compare(Buffer.from(x), Buffer.from(y))).toBe(0)
    }
  })

  test('a contract using every construct of the dialect: the same model and bytes', async () => {
    const markdown = readFileSync(join(ROOT, 'tests/fixtures/dialect/every-construct.md'), 'utf8')
    const meta = { title: 'T', subject: 'S', creator: 'C', keywords: 'K', description: 'D' }
    const titles = new Map([['termination-for-cause', 'Résiliation pour manquement']])
    const a = dialect.toContract.toContract(markdown, 'fr', meta, titles)
    const b = remark.toContract.toContract(markdown, 'fr', meta, titles)
    expect(splitSegments(markdown)!.every((s) => parseDialect(s) !== undefined)).toBe(true)
    expect(a).toEqual(b)
    expect(a.contract.blocks.map((x) => x.type)).toEqual(expect.arrayContaining(['title', 'toc', 'pageBreak', 'article', 'section', 'subsection', 'paragraph', 'list', 'table']))
    const [ma, ha, da] = await outputs(dialect, a.contract)
    const [mb, hb, db] = await outputs(remark, b.contract)
    expect(ma).toBe(mb)
    expect(ha).toBe(hb)
    expect(Buffer.compare(da as Buffer, db as Buffer)).toBe(0)
  })

  test('the remark path asked the (turned off) dialect parser and so parsed every segment with remark', () => {
    expect(refuse.mock.calls.length).toBeGreaterThan(100)
  })
})
