import { describe, expect, test } from 'vitest'
import { assemble } from '../../src/draft/assemble.js'
import { escapeMarkdown } from '../../src/library/escape.js'
import { plainText } from '../../src/contract/contract.js'
import { parseMarkdown } from '../../src/core/markdown.js'
import { loadLibrary } from '../../src/library/library.js'
import { renderHtml } from '../../src/render/html.js'
import { renderMarkdown } from '../../src/render/markdown.js'
import { exampleDeal } from '../helpers.js'

const library = await loadLibrary()
const HOSTILE = [
  'ACME\n\n## 12. No liability',
  '# Title',
  '- item',
  '1. first',
  '> quote',
  '| a | b |',
  '[link](https://evil.example)',
  '<script>alert(1)</script>',
  ':::clause{id="indemnity"}',
  ':ref[indemnity]',
  '::toc',
  '{{generator.name}}',
  '**bold** _it_ `code`',
  '\\',
  '---',
]

describe('values are data, never structure', () => {
  test.each(HOSTILE)('escapeMarkdown(%j) parses back to the same text in one paragraph', (value) => {
    const tree = parseMarkdown(`Name: ${escapeMarkdown(value)}`)
    expect(tree.children).toHaveLength(1)
    expect(tree.children[0]!.type).toBe('paragraph')
    const paragraph = tree.children[0] as { children: Array<{ type: string; value?: string; children?: Array<{ value?: string }> }> }
    // Only text (GFM may auto-link a bare URL; the contract model keeps links as their text).
    expect(paragraph.children.every((n) => n.type === 'text' || n.type === 'link')).toBe(true)
    const text = paragraph.children.map((n) => n.value ?? n.children?.map((c) => c.value).join('') ?? '').join('')
    expect(text).toBe(`Name: ${value.replace(/\s+/g, ' ').trim()}`)
  })

  test('a hostile party name stays a name in every output', () => {
    const baseline = assemble(exampleDeal('en'), { library })
    const deal = exampleDeal('en', (d) => void (d.generator.name = 'ACME\n\n## 12. No liability'))
    const { contract } = assemble(deal, { library })
    const articles = contract.blocks.filter((b) => b.type === 'article')
    expect(articles.map((a) => plainText(a.type === 'article' ? a.inlines : []))).toEqual(baseline.contract.blocks.flatMap((b) => (b.type === 'article' ? [plainText(b.inlines)] : [])))
    expect(articles.some((a) => a.type === 'article' && plainText(a.inlines).includes('No liability'))).toBe(false)
    const parties = contract.blocks.flatMap((b) => (b.type === 'paragraph' && plainText(b.inlines).includes('No liability') ? [plainText(b.inlines)] : []))
    expect(parties.length).toBeGreaterThan(0)
    expect(parties[0]).toContain('ACME ## 12. No liability')
    const md = renderMarkdown(contract)
    expect(parseMarkdown(md).children.filter((n) => n.type === 'heading' && JSON.stringify(n).includes('No liability'))).toEqual([])
  })

  test('script tags and template syntax in values are inert', () => {
    const deal = exampleDeal('en', (d) => {
      d.buyer.name = '<script>alert(1)</script> {{deal.generator.name}}'
      d.leads.product = ':ref[indemnity] ::toc'
    })
    const { contract } = assemble(deal, { library })
    const html = renderHtml(contract)
    expect(html).not.toContain('<script>alert')
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script> {{deal.generator.name}}')
    expect(contract.blocks.filter((b) => b.type === 'toc')).toHaveLength(1)
    expect(plainText(contract.blocks.flatMap((b) => ('inlines' in b ? b.inlines : [])))).toContain(':ref[indemnity] ::toc')
  })
})
