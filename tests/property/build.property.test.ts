/**
 * Property tests of the builder (issue #5): random deal values — names full of Markdown, HTML and
 * Handlebars metacharacters, line breaks, any Unicode, extreme numbers within the schema's bounds,
 * random channel sets, roles and options — never crash the builder nor change the document's
 * structure. The structure of a hostile deal is compared with the same deal with plain values:
 * same articles, same headings in Markdown and HTML; the values stay text; the DOCX parts are
 * well-formed XML. Fixed seeds: a failure is reproducible with the seed and path fast-check prints.
 */
import { XMLValidator } from 'fast-xml-parser'
import { strFromU8, unzipSync } from 'fflate'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { assemble } from '../../src/draft/assemble.js'
import { ValidationError } from '../../src/core/errors.js'
import { checkDeal } from '../../src/deal/checks.js'
import { plainText, type Contract } from '../../src/contract/contract.js'
import { plainValue } from '../../src/library/escape.js'
import { parseMarkdown } from '../../src/core/markdown.js'
import { dealJsonSchema } from '../../src/deal/json-schema.js'
import { dealSchema, type DealInput } from '../../src/deal/schema.js'
import { loadLibrary } from '../../src/library/library.js'
import { CHANNELS, OPTIONS, ROLES } from '../../src/library/schema.js'
import { renderDocx } from '../../src/render/docx/index.js'
import { renderHtml } from '../../src/render/html.js'
import { renderMarkdown } from '../../src/render/markdown.js'
import { exampleInput } from '../helpers.js'

const library = await loadLibrary()

/** Fragments that mean something to Markdown, HTML, Handlebars, directives or XML. */
const META = [
  '#', '## 12. No liability', '\n', '\n\n', '\r\n', '\t', '- ', '* ', '+ ', '1. ', '9) ', '> ', '>>', '|', '| a | b |', '---', '===', '***', '___',
  '`', '```', '~~~', '*', '**', '_', '__', '~~', '[', ']', '(', ')', '[x](https://evil.example)', '![i](x.png)', '<', '>', '&', '&amp;', '&#x3C;',
  '<script>alert(1)</script>', '<!--', '-->', ']]>', '<![CDATA[', '"', "'", '\\', '\\\\', '{{', '}}', '{{{x}}}', '{{deal.buyer.name}}', '{{#each deal}}',
  '{{> partial}}', ':::', ':::clause{id="indemnity"}', ':ref[indemnity]', '::toc', '<w:p>', '</w:t>', '^1', '[^1]', '$', '%', '@', '€', 'ß', 'é',
  '\u00a0', '\u200b', '\u202e', '\ufeff', '\u2028', '\u0000', '\u0001', '\u000b', '\u001b', '\u007f', '\u0085', '\ufffe', '\ud800', '😀', '👩‍👩‍👧', 'ﷺ', '漢字', 'עברית', '\u0301', '.', ',', ';', ':',
]

/** A hostile value for a schema string field (1–300 characters once trimmed). */
const hostile = (max = 120): fc.Arbitrary<string> =>
  fc
    .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...META) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }) }, { weight: 1, arbitrary: fc.constantFrom('ACME', 'Leads', 'SAS', 'Paris') }), { minLength: 1, maxLength: 12 })
    .map((parts) => parts.join('').slice(0, max))
    .filter((s) => s.trim().length > 0)

/** What a random deal changes in an example deal: structure (shared with the plain twin) and values. */
interface Variation {
  lang: 'fr' | 'en'
  role: (typeof ROLES)[number]
  channels: Array<(typeof CHANNELS)[number]>
  options: Partial<Record<(typeof OPTIONS)[number], boolean>>
  penalties: boolean
  offshore: boolean
  numbers: { perLead: number; monthlyCap: number; capFloor: number; professionalLiability: number; paymentDays: number; capMultiple: number }
  text: { buyer: string; generator: string; signatory: string; product: string; sector: string; criterion: string; source: string; court: string; provider: string }
}

const variation: fc.Arbitrary<Variation> = fc.record({
  lang: fc.constantFrom('fr' as const, 'en' as const),
  role: fc.constantFrom(...ROLES),
  channels: fc.subarray([...CHANNELS], { minLength: 1 }),
  options: fc.record(Object.fromEntries(OPTIONS.map((o) => [o, fc.boolean()])) as Record<(typeof OPTIONS)[number], fc.Arbitrary<boolean>>, { requiredKeys: [] }),
  penalties: fc.boolean(),
  offshore: fc.boolean(),
  numbers: fc.record({
    perLead: fc.oneof(fc.constantFrom(0, 1e6, 0.01, 999999.99), fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true })),
    monthlyCap: fc.oneof(fc.constantFrom(1, 1e9), fc.integer({ min: 1, max: 1e9 })),
    capFloor: fc.oneof(fc.constantFrom(0, 1e12), fc.double({ min: 0, max: 1e12, noNaN: true, noDefaultInfinity: true })),
    professionalLiability: fc.constantFrom(0, 1, 1e12),
    paymentDays: fc.integer({ min: 0, max: 60 }),
    capMultiple: fc.constantFrom(0, 0.5, 100),
  }),
  text: fc.record({ buyer: hostile(), generator: hostile(), signatory: hostile(60), product: hostile(), sector: hostile(40), criterion: hostile(), source: hostile(60), court: hostile(40), provider: hostile(60) }),
})

const PLAIN: Variation['text'] = { buyer: 'Buyer Co', generator: 'Generator Co', signatory: 'Jane Doe', product: 'insurance quotes', sector: 'insurance', criterion: 'adult', source: 'Landing page', court: 'Paris', provider: 'Call Centre Co' }

/** The example deal of the language with the variation applied (text values from `text`). */
function dealOf(v: Variation, text: Variation['text']): DealInput {
  const d = exampleInput(v.lang)
  d.language = v.lang
  d.role = v.role
  d.channels = v.channels
  d.options = v.options
  d.buyer.name = text.buyer
  d.generator.name = text.generator
  d.buyer.signatory.name = text.signatory
  d.leads.product = text.product
  // A constant insurance sector, so that the hostile deal and its plain twin switch on the same clauses.
  d.sectors = [text.sector, 'energy', 'insurance']
  d.leads.criteria = [text.criterion, ...d.leads.criteria]
  d.sources = [{ name: text.source, type: 'own-site' }, ...d.sources]
  d.courts = text.court
  d.offshore = v.offshore ? [{ country: 'Morocco', provider: text.provider, activity: text.product, mechanism: 'scc' }] : []
  if (v.penalties) d.penalties = { perLeadWithoutProof: v.numbers.perLead, perDayLateProof: 100, capPercent: 20 }
  else delete d.penalties
  // C. com. L. 441-10: beyond 45 days the invoice cannot be periodic (built-time deal check).
  d.price = { ...d.price, perLead: v.numbers.perLead, paymentDays: v.numbers.paymentDays, paymentBasis: 'invoice', invoicing: v.numbers.paymentDays > 45 ? 'per-delivery' : 'monthly' }
  d.volumes = { ...d.volumes, monthlyCap: v.numbers.monthlyCap, dailyCap: undefined, minimum: 0 }
  delete d.volumes.dailyCap
  d.liability = { capMultiple: v.numbers.capMultiple, capFloor: v.numbers.capFloor }
  d.insurance = { professionalLiability: v.numbers.professionalLiability, cyber: v.numbers.professionalLiability }
  return d
}

/** The contract's outline: every heading block, by type, with its text for library titles. */
function outline(contract: Contract): string[] {
  return contract.blocks.flatMap((b) => (b.type === 'article' || b.type === 'subsection' ? [`${b.type} ${b.clause?.id ?? plainText(b.inlines)}`] : b.type === 'section' || b.type === 'title' ? [b.type] : []))
}

/** The headings of Markdown, parsed back: depth and text. */
function markdownHeadings(md: string): string[] {
  return parseMarkdown(md).children.flatMap((n) => (n.type === 'heading' ? [`h${n.depth}`] : []))
}

const htmlHeadings = (html: string): string[] => [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => `h${m[1]}`)

/** A character outside XML 1.0's Char production (lone surrogates are U+FFFD once encoded). */
const NOT_XML_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/

/** The same text after Markdown escaping and rendering: white space collapsed. */
const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim()

interface JsonSchemaNode {
  type?: string
  minimum?: number
  maximum?: number
  properties?: Record<string, JsonSchemaNode>
}

/** Every number of the deal schema with its bounds, by path (`price.perLead`), from the JSON Schema. */
function numericFields(node: JsonSchemaNode, path: string[] = []): Array<{ path: string[]; integer: boolean; min: number; max: number }> {
  if ((node.type === 'number' || node.type === 'integer') && node.minimum !== undefined && node.maximum !== undefined) {
    return [{ path, integer: node.type === 'integer', min: node.minimum, max: node.maximum }]
  }
  return Object.entries(node.properties ?? {}).flatMap(([key, child]) => numericFields(child, [...path, key]))
}

const NUMERIC = numericFields(dealJsonSchema() as JsonSchemaNode)

/** A value within bounds, often at a bound. */
function within(f: (typeof NUMERIC)[number]): fc.Arbitrary<number> {
  const inner = f.integer ? fc.integer({ min: f.min, max: f.max }) : fc.double({ min: f.min, max: f.max, noNaN: true, noDefaultInfinity: true })
  return fc.oneof(fc.constantFrom(f.min, f.max), inner)
}

/** Sets `value` at `path` in a deal input, creating the objects on the way. */
function setAt(target: Record<string, unknown>, path: readonly string[], value: number): void {
  let node = target
  for (const key of path.slice(0, -1)) {
    if (node[key] === undefined || node[key] === null || typeof node[key] !== 'object') node[key] = {}
    node = node[key] as Record<string, unknown>
  }
  node[path.at(-1)!] = value
}

describe('random deal values never break the document structure', () => {
  test('the schema covers numbers at every level (sanity of the generator below)', () => {
    expect(NUMERIC.map((f) => f.path.join('.'))).toEqual(expect.arrayContaining(['price.perLead', 'volumes.monthlyCap', 'penalties.capPercent', 'liability.capFloor']))
  })

  test('every number the deal schema accepts builds (bounds of the schema = bounds of the clauses)', { timeout: 120_000 }, () => {
    const values = fc.tuple(fc.constantFrom('fr' as const, 'en' as const), fc.tuple(...NUMERIC.map(within)))
    fc.assert(
      fc.property(values, ([lang, numbers]) => {
        const input = exampleInput(lang) as unknown as Record<string, unknown>
        NUMERIC.forEach((f, i) => setAt(input, f.path, numbers[i]!))
        const parsed = dealSchema.safeParse(input)
        // Cross-field rules (a daily cap above the monthly one…) may refuse a deal; never the builder.
        if (!parsed.success) return
        // A deal the law forbids (payment terms beyond C. com. L. 441-10) is refused as a user error.
        if (checkDeal(parsed.data).some((p) => p.level === 'forbidden')) expect(() => assemble(parsed.data, { library })).toThrow(ValidationError)
        else expect(() => assemble(parsed.data, { library })).not.toThrow()
      }),
      { seed: 441, numRuns: 60 },
    )
  })

  test('Markdown and HTML: the same outline as the plain deal; values stay text', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(variation, (v) => {
        const hostileDeal = dealSchema.parse(dealOf(v, v.text))
        const plainDeal = dealSchema.parse(dealOf(v, PLAIN))
        const built = assemble(hostileDeal, { library })
        const twin = assemble(plainDeal, { library })
        expect(outline(built.contract)).toEqual(outline(twin.contract))
        const md = renderMarkdown(built.contract)
        expect(markdownHeadings(md)).toEqual(markdownHeadings(renderMarkdown(twin.contract)))
        const html = renderHtml(built.contract)
        expect(htmlHeadings(html)).toEqual(htmlHeadings(renderHtml(twin.contract)))
        expect(html).not.toMatch(/<script/i)
        // The party names are in the contract as text (white space collapsed), never as headings.
        const text = collapse(built.contract.blocks.flatMap((b) => ('inlines' in b ? [plainText(b.inlines)] : b.type === 'list' ? b.items.map(plainText) : b.type === 'table' ? b.rows.flat().map(plainText) : [])).join('\n'))
        for (const name of [hostileDeal.buyer.name, hostileDeal.generator.name]) {
          expect(text.includes(plainValue(name)), `name ${JSON.stringify(name)} is not in the text`).toBe(true)
        }
      }),
      { seed: 20261129, numRuns: 25 },
    )
  })

  test('DOCX: builds, and every XML part is well-formed', { timeout: 180_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(variation, async (v) => {
        const { contract } = assemble(dealSchema.parse(dealOf(v, v.text)), { library })
        const files = unzipSync(new Uint8Array(await renderDocx(contract)))
        const parts = Object.entries(files).filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels'))
        expect(parts.map(([n]) => n)).toContain('word/document.xml')
        for (const [name, data] of parts) {
          const xml = strFromU8(data)
          expect(XMLValidator.validate(xml), name).toBe(true)
          // Characters XML 1.0 forbids (fast-xml-parser does not check them; Word refuses the file).
          expect(NOT_XML_CHAR.test(xml), `${name} holds a character XML forbids`).toBe(false)
        }
      }),
      {
        seed: 5,
        numRuns: 8,
        // Always also the characters XML forbids, in the names that reach the document properties too.
        examples: [[{ lang: 'en', role: 'processor', channels: ['phone'], options: {}, penalties: true, offshore: true, numbers: { perLead: 1e6, monthlyCap: 1e9, capFloor: 1e12, professionalLiability: 1e12, paymentDays: 60, capMultiple: 100 }, text: { ...PLAIN, buyer: 'A\ufffeB\uffffC\ud800D\u0001E\u0000F', generator: '\u000b## G\u001f' } }]],
      },
    )
  })
})
