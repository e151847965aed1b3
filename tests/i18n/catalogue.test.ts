/**
 * The catalogue is complete: every field of the deal's JSON Schema has a French and an English
 * label, every number field a help text, every value of a list a label in both languages, and every
 * message both languages with the same placeholders.
 */
import { describe, expect, it } from 'vitest'
import { dealJsonSchema } from '../../src/deal/json-schema.js'
import { count, ENUM_LABELS, fieldText, format, MESSAGE_PARTS, MESSAGES } from '../../src/i18n/index.js'

interface Node {
  type?: string
  properties?: Record<string, Node>
  items?: Node
  enum?: unknown[]
  additionalProperties?: unknown
}

/** Every field path of the schema, with its node (array items as `.0`). */
function paths(node: Node, prefix = ''): Array<[string, Node]> {
  const out: Array<[string, Node]> = []
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key
    out.push([path, child])
    if (child.properties && key !== 'clauses') out.push(...paths(child, path))
    if (child.items?.properties) out.push(...paths(child.items, `${path}.0`))
  }
  return out
}

describe('the message catalogue', () => {
  const fields = paths(dealJsonSchema() as Node)

  it('labels every field of the deal in French and English', () => {
    expect(fields.length).toBeGreaterThan(80)
    const missing = fields.filter(([p]) => !fieldText(p)?.label.fr || !fieldText(p)?.label.en).map(([p]) => p)
    expect(missing).toEqual([])
  })

  it('explains every number field', () => {
    const numbers = fields.filter(([, n]) => n.type === 'number' || n.type === 'integer')
    expect(numbers.length).toBeGreaterThan(30)
    const unexplained = numbers.filter(([p]) => !fieldText(p)?.help?.fr || !fieldText(p)?.help?.en).map(([p]) => p)
    expect(unexplained).toEqual([])
  })

  it('names every value of every list, never by its code', () => {
    const lists = fields.filter(([, n]) => n.enum || n.items?.enum)
    const unnamed: string[] = []
    for (const [path, node] of lists) {
      const key = path.replace(/\.0\./g, '.*.')
      for (const v of (node.enum ?? node.items?.enum ?? []) as string[]) if (!ENUM_LABELS[key]?.[v]?.fr || !ENUM_LABELS[key]?.[v]?.en) unnamed.push(`${key}=${v}`)
    }
    expect(unnamed).toEqual([])
    expect(ENUM_LABELS['delivery.method']?.['encrypted-file']?.fr).toBe('Fichier chiffré')
  })

  it('has both languages for every message, with the same placeholders', () => {
    for (const [key, text] of Object.entries(MESSAGES)) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
      expect(text.fr, key).not.toBe('')
      expect(text.en, key).not.toBe('')
      expect(names(text.fr), key).toEqual(names(text.en))
    }
    expect(format(MESSAGES['review.tooBig'].fr, { name: 'scan.pdf', size: '400 Ko', max: '300 Ko' })).toBe('scan.pdf : 400 Ko dépasse la limite de 300 Ko par fichier')
    expect(format('{a} et {b}', { a: 1 })).toBe('1 et {b}')
  })

  it('holds each key in one part only, so that no part silently overrides another', () => {
    const seen = new Map<string, number>()
    const twice: string[] = []
    MESSAGE_PARTS.forEach((part, i) => {
      for (const key of Object.keys(part)) {
        if (seen.has(key)) twice.push(key)
        seen.set(key, i)
      }
    })
    expect(twice).toEqual([])
    expect(seen.size).toBe(Object.keys(MESSAGES).length)
  })

  it('writes French with typographic apostrophes and French spacing before colons', () => {
    const straight = Object.entries(MESSAGES).filter(([, text]) => text.fr.includes("'")).map(([key]) => key)
    expect(straight).toEqual([])
    const tight = Object.entries(MESSAGES).filter(([, text]) => /[^\s\u00a0]:(?:\s|$)/.test(text.fr)).map(([key]) => key)
    expect(tight).toEqual([])
  })

  it('counts with French singular for 0 and 1, English singular for 1 only', () => {
    expect(count('fr', 'report.errors', 0)).toBe('0 erreur')
    expect(count('fr', 'report.errors', 2)).toBe('2 erreurs')
    expect(count('en', 'report.errors', 0)).toBe('0 errors')
    expect(count('en', 'report.errors', 1)).toBe('1 error')
    expect(count('fr', 'report.clausesPresent', 1, { total: 38 })).toBe('1 clause présente sur 38')
  })
})
