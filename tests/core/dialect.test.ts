/**
 * The contract dialect parser (src/core/dialect.ts) against remark: every text it accepts gives
 * remark's tree without positions, and what it does not parse the way remark does it refuses
 * (undefined), so that the caller falls back to remark. Random texts built from the characters
 * and lines that matter to Markdown check the first promise beyond the cases written here.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { parseDialect } from '../../src/core/dialect.js'
import { parseMarkdown } from '../../src/core/markdown.js'
import { ROOT } from '../helpers.js'

function withoutPositions(node: unknown): unknown {
  return JSON.parse(JSON.stringify(node, (key, value: unknown) => (key === 'position' ? undefined : value)))
}

function remark(text: string): unknown {
  return withoutPositions(parseMarkdown(text).children)
}

/** A text using every construct of the dialect (also built into a contract by tests/draft/dialect-sameness.test.ts). */
const EVERY_CONSTRUCT = readFileSync(join(ROOT, 'tests/fixtures/dialect/every-construct.md'), 'utf8')

describe('the contract dialect parser', () => {
  test('a text using every construct of the dialect: remark\'s tree, nothing refused', () => {
    const tree = parseDialect(EVERY_CONSTRUCT)
    expect(tree).toBeDefined()
    expect(tree!.map((n) => n.type)).toEqual(['heading', 'paragraph', 'paragraph', 'paragraph', 'heading', 'paragraph', 'leafDirective', 'leafDirective', 'containerDirective', 'containerDirective', 'table', 'heading', 'table'])
    expect(withoutPositions(tree)).toEqual(remark(EVERY_CONSTRUCT))
  })

  test.each([
    ['emphasis and strong', 'a *b* **c** ***d*** _e_ __f__ *g **h** i* **j *k* l**'],
    ['unmatched and intraword markers', 'a * b ** c*d*e snake_case_name _x **y* z_'],
    ['the rule of three', '*a**b* **a*b** ***a** b* a***b***'],
    ['markers next to punctuation', '«**a**» (*b*) **«c»** *.d.* 5*6*7 **Entre :**'],
    ['escapes', '\\*not\\* \\_not\\_ \\\\ \\a \\[x\\] \\:ref\\[x\\]'],
    ['time of day and colons', 'de 10:00 à 13:00 ; a:b ; Date : ; x:ab- ; y:1_ ; :ref[a]:b'],
    ['e-mail addresses and URLs, escaped', 'x\\@y\\.fr, www\\.a\\.example, https\\://b\\.example/c\\., (www\\.d\\.example)'],
    ['a table with ragged rows', '| a | b |\n| --- | --- |\n| c |\n| d | e | f |'],
    ['a list then a paragraph', '- a\n- b\n\nc'],
    ['a paragraph interrupted by a list and a heading', 'a\n- b\nc\n# d'],
    ['container and leaf directives', ':::clause{id="x" version="1"}\n## T\n\n- a\n:::\n\n::toc'],
  ])('%s: remark\'s tree', (_name, text) => {
    const tree = parseDialect(text)
    expect(tree).toBeDefined()
    expect(withoutPositions(tree)).toEqual(remark(text))
  })

  test.each([
    ['a code span', 'a `b` c'],
    ['fenced code', '```\nx\n```'],
    ['indented code', '    x'],
    ['a block quote', '> x'],
    ['HTML', 'a <b>c</b>'],
    ['a link', '[a](https://example.com)'],
    ['an image', '![a](b.png)'],
    ['a footnote', 'a[^1]'],
    ['a character reference', 'a &amp; b'],
    ['strikethrough', 'a ~~b~~'],
    ['a hard break', 'a  \nb'],
    ['a setext heading', 'a\n==='],
    ['a thematic break', '---'],
    ['a loose list', '- a\n\n- b'],
    ['a nested list', '- a\n  - b'],
    ['an unescaped literal URL', 'see https://example.com'],
    ['an unescaped e-mail address', 'write to a@b.example'],
    ['a directive with attributes', 'a :ref[x]{y="z"}'],
    ['a table without its delimiter row', '| a | b |\n| c | d |'],
    ['a nested container', ':::a\n:::b\nx\n:::\n:::'],
    ['a tab', 'a\tb'],
  ])('%s: refused (remark parses it)', (_name, text) => {
    expect(parseDialect(text)).toBeUndefined()
  })

  test('random texts: whatever the dialect accepts is remark\'s tree', () => {
    const piece = fc.constantFrom(
      'a', 'bc', 'é', ' ', ' ', '  ', '\n', '\n', '\n\n', '*', '**', '***', '_', '__', '\\*', '\\_', '\\\\', '\\', '«', '»', '(', ')', '.', ',', ';', ':', '10:00', ':ref[x]', ':ab', '::',
      '|', '\\|', '-', '#', '[', ']', '[●]', '@', '\\@', '\\.', 'www', 'http', '&', '1.', '=', '+', '"', "'", '€', '\u00a0', '\u202f', '~', '>', '<', '`', '|**', '**|', '\n|', 'ab:c',
      '\n# ', '\n## ', '\n- ', '\n* ', '\n1. ', '\n| a | b |\n| --- | --- |\n| ', '\n::toc\n', '\n:::clause{id="x"}\n', '\n:::\n',
    )
    let accepted = 0
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('')
        const tree = parseDialect(text)
        if (tree === undefined) return
        accepted++
        expect(withoutPositions(tree)).toEqual(remark(text))
      }),
      { seed: 20261207, numRuns: 4000 },
    )
    // The dialect takes a fair share of these texts: the comparison above did run.
    expect(accepted).toBeGreaterThan(800)
  })
})
