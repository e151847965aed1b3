/**
 * The CLI's builds (`assembleLoading` of draft/compose.ts) load remark only when a segment of the
 * contract falls outside the contract dialect: never for the examples, and when one does, remark is
 * loaded and the build started again, giving what the synchronous `assemble` (remark loaded) gives.
 */
import { afterEach, describe, expect, test, vi } from 'vitest'
import { exampleDeal } from '../helpers.js'

const MARKDOWN = '../../src/core/markdown.js'
const DIALECT = '../../src/core/dialect.js'

function unmock(): void {
  vi.doUnmock(MARKDOWN)
  vi.doUnmock(DIALECT)
}
afterEach(unmock)

/** Loads compose.js in a fresh module registry (mocks stay until `unmock`), recording whether core/markdown.js gets loaded. */
async function freshCompose(refuseDialect: boolean): Promise<{ compose: typeof import('../../src/draft/compose.js'); remarkLoads: () => number; library: Awaited<ReturnType<typeof import('../../src/library/library.js')['loadLibrary']>> }> {
  vi.resetModules()
  let loads = 0
  vi.doMock(MARKDOWN, async () => {
    loads++
    return vi.importActual(MARKDOWN)
  })
  if (refuseDialect) vi.doMock(DIALECT, () => ({ parseDialect: () => undefined }))
  const compose = await import('../../src/draft/compose.js')
  const { loadLibrary } = await import('../../src/library/library.js')
  const library = await loadLibrary()
  return { compose, remarkLoads: () => loads, library }
}

describe('remark loaded only when a contract needs it', () => {
  test.each(['fr', 'en'] as const)('the %s example builds without loading remark', async (which) => {
    const { compose, remarkLoads, library } = await freshCompose(false)
    const result = await compose.assembleLoading(exampleDeal(which), { library })
    expect(result.contract.blocks.filter((b) => b.type === 'article').length).toBeGreaterThan(30)
    expect(remarkLoads()).toBe(0)
  })

  test('a segment outside the dialect: the synchronous builder says so, assembleLoading loads remark and builds', async () => {
    const { compose, remarkLoads, library } = await freshCompose(true)
    const { MarkdownParserNeeded } = await import('../../src/core/contract-markdown.js')
    const deal = exampleDeal('fr')
    expect(() => compose.assemble(deal, { library })).toThrow(MarkdownParserNeeded)
    expect(remarkLoads()).toBe(0)
    const loaded = await compose.assembleLoading(deal, { library })
    expect(remarkLoads()).toBe(1)
    unmock()
    vi.resetModules()
    const { assemble } = await import('../../src/draft/assemble.js')
    const { loadLibrary } = await import('../../src/library/library.js')
    const expected = assemble(deal, { library: await loadLibrary() })
    expect(loaded.source).toBe(expected.source)
    expect(loaded.contract).toEqual(expected.contract)
    expect(loaded.warnings).toEqual(expected.warnings)
  })
})
