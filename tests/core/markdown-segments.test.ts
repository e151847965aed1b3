import type { Node } from 'unist'
import { describe, expect, test } from 'vitest'
import { assemble } from '../../src/draft/assemble.js'
import { parseContractMarkdown, parseMarkdown, splitSegments } from '../../src/core/markdown.js'
import { loadLibrary } from '../../src/library/library.js'
import { exampleDeal } from '../helpers.js'

const library = await loadLibrary()

/** A tree without positions (segments are parsed apart, so their positions differ). */
function withoutPositions(node: unknown): unknown {
  return JSON.parse(JSON.stringify(node, (key, value: unknown) => (key === 'position' ? undefined : value)))
}

const DEALS = [
  ['fr example', exampleDeal('fr')],
  ['en example', exampleDeal('en')],
  ['fr, processor, phone, offshore', exampleDeal('fr', (d) => {
    d.role = 'processor'
    d.channels = ['phone', 'postal']
    d.buyer.name = 'ACME\n\n## 12. No liability :::clause{id="indemnity"}'
  })],
  ['en, joint, sms, hostile values', exampleDeal('en', (d) => {
    d.role = 'joint'
    d.channels = ['sms']
    d.generator.name = '```\n<!-- x --> [a]: https://evil.example ::toc'
  })],
] as const

describe('parsing a contract by segments', () => {
  test.each(DEALS)('%s: the same tree as parsing the whole Markdown', (_name, deal) => {
    const { source } = assemble(deal, { library })
    const segments = splitSegments(source)
    expect(segments).toBeDefined()
    expect(segments!.length).toBeGreaterThan(30)
    expect(segments!.join('\n')).toBe(source)
    expect(withoutPositions(parseContractMarkdown(source))).toEqual(withoutPositions(parseMarkdown(source)))
    // A second parse (from the cache) is the same again.
    expect(withoutPositions(parseContractMarkdown(source))).toEqual(withoutPositions(parseMarkdown(source)))
  })

  test.each([
    ['fenced code', 'a\n\n```\n:::clause{id="x"}\n```\n'],
    ['HTML block', '<!--\n\n:::clause{id="x"}\n:::\n\n-->\n'],
    ['a link reference definition', '[a]\n\n:::clause{id="x"}\n[a]\n:::\n\n[a]: https://example.com\n'],
    ['a directive that interrupts a paragraph', 'text\n:::clause{id="x"}\nbody\n:::\n'],
    ['an unclosed directive', ':::clause{id="x"}\nbody\n'],
    ['nested directives', ':::clause{id="x"}\n:::note\nbody\n:::\n:::\n'],
  ])('%s: not split, parsed whole', (_name, text) => {
    expect(splitSegments(text)).toBeUndefined()
    expect(withoutPositions(parseContractMarkdown(text) as Node)).toEqual(withoutPositions(parseMarkdown(text)))
  })
})
