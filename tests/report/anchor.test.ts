/** Anchoring findings and evidence on a document's blocks (shared by the HTML and DOCX reports). */
import { describe, expect, test } from 'vitest'
import { anchorFindings, blockIndexAt, evidenceRanges, paragraphsOf, segments, suggestedClauses } from '../../src/report/anchor.js'
import type { ReviewDocument } from '../../src/read/document.js'
import { clause, documentOf, evidence, finding, review } from './fixtures.js'

const doc = documentOf(['# Title', 'First paragraph. Second sentence here.', '', 'Third block', 'spans lines'].join('\n'), 'a.md')
const cells: ReviewDocument = {
  path: 't.md',
  format: 'md',
  blocks: [
    { kind: 'table-cell', text: 'A', line: 3, column: 1 },
    { kind: 'table-cell', text: 'B', line: 3, column: 10 },
  ],
}

describe('anchoring', () => {
  test('a location points to the block starting there, or the block it falls inside', () => {
    expect(blockIndexAt(doc, { line: 1 })).toBe(0)
    expect(blockIndexAt(doc, { line: 2 })).toBe(1)
    expect(blockIndexAt(doc, { line: 3 })).toBe(1)
    expect(blockIndexAt(doc, { line: 99 })).toBe(doc.blocks.length - 1)
    expect(blockIndexAt(documentOf('\n\nText', 'b.md'), { line: 1 })).toBeUndefined()
    expect(blockIndexAt(cells, { line: 3, column: 12 })).toBe(1)
    expect(blockIndexAt(cells, { line: 3, column: 1 })).toBe(0)
    expect(blockIndexAt(cells, { line: 3 })).toBe(0)
  })

  test('pages: line numbers restart on each page', () => {
    const pdf = documentOf('@1 Page one, line one\n@1 Page one, line two\n@2 Page two, line one', 'p.pdf', 'pdf')
    expect(blockIndexAt(pdf, { line: 1, page: 2 })).toBe(2)
    expect(blockIndexAt(pdf, { line: 2, page: 1 })).toBe(1)
    expect(blockIndexAt(pdf, { line: 5, page: 2 })).toBe(2)
  })

  test('findings without a line, or before any block, are file-level', () => {
    const a = finding({ message: 'a' })
    const b = finding({ message: 'b', line: 2 })
    const { byBlock, fileLevel } = anchorFindings([a, b], doc)
    expect(fileLevel).toEqual([a])
    expect(byBlock.get(1)).toEqual([b])
    expect(anchorFindings([b], undefined).fileLevel).toEqual([b])
  })

  test('evidence: the sentence in its block, a truncated excerpt by its start, else the whole block', () => {
    const long = 'x'.repeat(400)
    const d = documentOf(`Intro. ${long}\n# Heading`, 'c.md')
    const r = review({
      path: 'c.md',
      clauses: [
        clause('a', 'present', [evidence('Intro.', 1)]),
        clause('b', 'present', [evidence(`${long.slice(0, 297)}…`, 1)]),
        clause('c', 'present', [evidence('[cl_c_v1]', 2, { signal: 'bookmark' })]),
        clause('d', 'present', [evidence('Elsewhere.', 1, { path: 'terms.pdf' })]),
      ],
    })
    const ranges = evidenceRanges(r, d)
    expect(ranges.get(0)).toEqual([
      { start: 0, end: 6, clause: 'a', negation: false },
      { start: 7, end: 7 + 297, clause: 'b', negation: false },
    ])
    expect(ranges.get(1)).toEqual([{ start: 0, end: 'Heading'.length, clause: 'c', negation: false }])
  })

  test('overlapping evidence is cut into segments that carry every clause id', () => {
    const block = { kind: 'paragraph' as const, text: 'abcdef', line: 1, column: 1 }
    expect(segments(block, [
      { start: 1, end: 4, clause: 'x', negation: false },
      { start: 3, end: 5, clause: 'y', negation: true },
    ])).toEqual([
      { text: 'a', clauses: [], negation: false },
      { text: 'bc', clauses: ['x'], negation: false },
      { text: 'd', clauses: ['x', 'y'], negation: true },
      { text: 'e', clauses: ['y'], negation: true },
      { text: 'f', clauses: [], negation: false },
    ])
    expect(segments(block)).toEqual([{ text: 'abcdef', clauses: [], negation: false }])
  })

  test('suggested clauses: one per clause id, in finding order; paragraphs at blank lines', () => {
    const r = review({
      path: 'x.md',
      clauses: [clause('a'), clause('b', 'present', [], true)],
      findings: [finding({ message: '1', clauseId: 'a', suggestion: 'A' }), finding({ message: '2', clauseId: 'a', suggestion: 'A2' }), finding({ message: '3' }), finding({ message: '4', clauseId: 'b', suggestion: 'B' })],
    })
    expect(suggestedClauses(r).map((s) => [s.clauseId, s.status, s.negated, s.text])).toEqual([
      ['a', 'missing', false, 'A'],
      ['b', 'present', true, 'B'],
    ])
    expect(paragraphsOf('One\n  two\n\nThree')).toEqual(['One two', 'Three'])
    expect(paragraphsOf('One\nTwo')).toEqual(['One', 'Two'])
  })
})
