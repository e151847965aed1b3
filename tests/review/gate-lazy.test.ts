import { expect, test } from 'vitest'
import { GatedRegExp, gatedSources } from '../../src/review/gate.js'
import '../../src/review/facts.js'
import '../../src/review/rules/index.js'

test('a gated expression reads as its pattern, though RegExp parses it only when its gate first opens', () => {
  const re = new GatedRegExp('notice (period|delay)', 'iu')
  expect(re.source).toBe('notice (period|delay)')
  expect(String(re)).toBe('/notice (period|delay)/iu')
  expect(re.flags).toBe('iu')
  expect(new RegExp(re.source, re.flags).exec('The NOTICE delay')?.[1]).toBe('delay')
  expect('x notice period y'.replace(re, '#')).toBe('x # y')
  // A pattern that is no expression: made, never run on a text that closes its gate, refused on one that opens it.
  const bad = new GatedRegExp('(unclosed notice period', 'u')
  expect(bad.test('nothing relevant')).toBe(false)
  expect(() => bad.test('the unclosed notice period')).toThrow(SyntaxError)
  // Every rule and fact pattern is a valid expression (they all run with the u flag).
  const all = gatedSources().filter((s) => !s.startsWith('(unclosed'))
  expect(all.length).toBeGreaterThan(1000)
  for (const source of all) expect(() => new RegExp(source, 'u')).not.toThrow()
})
