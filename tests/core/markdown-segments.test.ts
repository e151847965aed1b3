import fc from 'fast-check'
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

/** The split by its definition, line by line (the implementation looks only at the lines starting with `:::`). */
function splitByLines(text: string): string[] | undefined {
  const lines = text.split('\n')
  const segments: string[] = []
  let start = 0
  let depth = 0
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (/^(?: {0,3}(?:```|~~~|<|\[[^\]]*\]:)|::::)/.test(line)) return undefined
    if (/^:::[a-z][a-z0-9-]*(?:\{[^\n]*\})?[ \t]*$/.test(line)) {
      if (depth > 0 || (i > 0 && lines[i - 1]!.trim() !== '')) return undefined
      if (i > start) segments.push(lines.slice(start, i).join('\n'))
      start = i
      depth = 1
    } else if (/^:::[ \t]*$/.test(line)) {
      if (depth === 0 || (i + 1 < lines.length && lines[i + 1]!.trim() !== '')) return undefined
      depth = 0
      segments.push(lines.slice(start, i + 1).join('\n'))
      start = i + 1
    }
  }
  if (depth !== 0) return undefined
  if (start < lines.length) segments.push(lines.slice(start).join('\n'))
  return segments
}

describe('parsing a contract by segments', () => {
  test('the split is its line-by-line definition, on random texts of directive lines and blank lines', () => {
    const piece = fc.constantFrom(':::clause{id="x"}', ':::', '::: ', ':::note', '::::', '::toc', 'text', '', ' ', '\u2028', '\r', '```', '[a]: b', '<b>', ':::Clause')
    let split = 0
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const text = pieces.join('\n')
        const expected = splitByLines(text)
        if (expected) split++
        expect(splitSegments(text)).toEqual(expected)
      }),
      { seed: 20261207, numRuns: 3000 },
    )
    expect(split).toBeGreaterThan(300)
  })

  test.each(DEALS)('%s: the same tree as parsing the whole Markdown', (_name, deal) => {
    const { source } = assemble(deal, { library })
    const segments = splitSegments(source)
    expect(segments).toBeDefined()
    expect(segments!.length).toBeGreaterThan(30)
    expect(segments!.join('\n')).toBe(source)
    expect(segments).toEqual(splitByLines(source))
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
