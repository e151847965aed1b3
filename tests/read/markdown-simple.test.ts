/**
 * The simple Markdown reader (src/read/markdown-simple.ts) gives, for every text it accepts, the
 * very blocks the remark reader gives (kinds, texts, lines, columns, levels): on every Markdown
 * file of the examples, of the corpus's dev documents and of the test fixtures, and on random
 * texts of Markdown-significant pieces. A text it refuses goes to the remark reader.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { parse } from 'yaml'
import { describe, expect, test } from 'vitest'
import { decodeText } from '../../src/read/input.js'
import { readMarkdown } from '../../src/read/markdown.js'
import { readSimpleMarkdown } from '../../src/read/markdown-simple.js'
import { readBuffer } from '../../src/read/index.js'
import { ROOT } from '../helpers.js'

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.md'))
    .map((d) => join(d.parentPath, d.name))
    .sort()
}

/** The corpus's dev documents only (test documents are never read). */
function devDocuments(): string[] {
  return ['fr', 'en'].flatMap((lang) => {
    const dir = join(ROOT, 'eval', 'corpus', lang)
    const entries = parse(readFileSync(join(dir, 'labels.yaml'), 'utf8')) as Array<{ file: string; split: string }>
    return entries.filter((e) => e.split === 'dev' && e.file.endsWith('.md')).map((e) => join(dir, e.file))
  })
}

const FILES = [...markdownFiles(join(ROOT, 'examples')), ...markdownFiles(join(ROOT, 'tests', 'fixtures')), ...devDocuments()]

describe('the simple reader on the project\'s Markdown documents', () => {
  test('every document it accepts: the remark reader\'s blocks', () => {
    const accepted: string[] = []
    for (const file of FILES) {
      const text = decodeText(readFileSync(file))
      const simple = readSimpleMarkdown(text)
      if (simple === undefined) continue
      accepted.push(file)
      expect({ file, blocks: simple }).toEqual({ file, blocks: readMarkdown(text) })
    }
    // Most documents written by others hold URLs, code or indentation and go to remark; the
    // comparison still ran on several, the quote of the cold-start benchmark included.
    expect(FILES.length).toBeGreaterThan(40)
    expect(accepted.length).toBeGreaterThanOrEqual(6)
    expect(accepted).toContain(join(ROOT, 'examples', 'quotes', 'bon-de-commande-azur-leads-piscines.md'))
  })

  test('a review input read through readBuffer: the same document either way', async () => {
    const file = join(ROOT, 'examples', 'quotes', 'bon-de-commande-azur-leads-piscines.md')
    const bytes = readFileSync(file)
    const doc = await readBuffer(bytes, file)
    expect(doc.blocks).toEqual(readMarkdown(decodeText(bytes)))
    expect(doc.blocks.map((b) => b.kind)).toEqual(expect.arrayContaining(['heading', 'paragraph', 'table-cell']))
  })
})

describe('the simple reader on constructs', () => {
  test.each([
    ['headings and paragraphs', '# Title\n\nA paragraph\non two lines.\n\n## Part *one*\nText.'],
    ['a hard break (backslash)', '**A** — x\\\n**B :** y'],
    ['a hard break (spaces)', 'a  \nb'],
    ['an escaped backslash at a line end', 'a\\\\\nb'],
    ['e-mail addresses', 'Write to commercial@example.fr, or x.y+z@a-b.example.'],
    ['a table with empty and emphasised cells', '| a | b |\n|---|---:|\n| x | **y** |\n| | z \\| w |'],
    ['lists', '- one\n- two\n  continued\n\n3. three\n4. four'],
    ['an ordered list of another delimiter', '1) one\n2) two'],
    ['text directives', 'At 10:00, see :ref[x] and a:b.'],
  ])('%s: accepted, as remark reads it', (_name, text) => {
    const simple = readSimpleMarkdown(text)
    expect(simple).toBeDefined()
    expect(simple).toEqual(readMarkdown(text))
  })

  test.each([
    ['a hard break after an emphasis marker', '**a**\\\nb'],
    ['a backslash ending the paragraph', 'a\\'],
    ['a backslash before a hard break of spaces', 'x \\  \na'],
    ['an e-mail address in emphasis', '**a@b.example**'],
    ['a URL', 'see https://example.com'],
    ['a link', '[a](b)'],
    ['indented code', '    code'],
    ['a block quote', '> a'],
    ['a directive fence', '::: fr\na\n:::'],
    ['a loose list', '- a\n\n- b'],
    ['a table row of another length', '| a | b |\n|---|---|\n| x |'],
    ['a setext heading', 'a\n==='],
    ['an entity', 'R&amp;D'],
  ])('%s: refused (the remark reader reads it)', (_name, text) => {
    expect(readSimpleMarkdown(text)).toBeUndefined()
  })

  test('random texts: whatever it accepts is the remark reader\'s blocks', () => {
    const piece = fc.constantFrom(
      'a', 'bc', 'é', ' ', ' ', '  ', '\n', '\n', '\n\n', '*', '**', '***', '_', '__', '\\*', '\\_', '\\\\', '\\', '\\\n', '  \n', '«', '»', '(', ')', '.', ',', ';', ':', '10:00', ':ref[x]', ':ab',
      '|', '\\|', '-', '#', '[', ']', '[●]', '@', 'a@b.fr', ' x.y+z@c-d.example', '\\@', '\\.', 'www', '&', '1.', '=', '+', '"', "'", '€', '\u00a0', '\u202f', '~', '>', '<', '`', '|**', '**|', '\n|', 'ab:c',
      '\n# ', '\n## ', '\n- ', '\n* ', '\n1. ', '\n2) ', '\n  ', '\n| a | b |\n| --- | ---: |\n| ', ' | ', '\n| ', '\n\n| x | y |\n|---|---|\n', '\u00ad',
    )
    let accepted = 0
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('')
        const simple = readSimpleMarkdown(text)
        if (simple === undefined) return
        accepted++
        expect(simple).toEqual(readMarkdown(text))
      }),
      { seed: 20261207, numRuns: 4000 },
    )
    expect(accepted).toBeGreaterThan(800)
  })
})
