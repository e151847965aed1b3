/**
 * Property tests of the reviewer (issue #5): random text — clause phrases mixed with markup and any
 * Unicode noise, as Markdown, plain text and HTML — is either refused with an InputError (binary
 * content) or reviewed; the review never throws, every report format renders, and the JSON report
 * validates against its own schema. Fixed seeds.
 */
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { InputError } from '../../src/core/errors.js'
import type { InputFormat, ReviewDocument } from '../../src/read/document.js'
import { readBuffer } from '../../src/read/index.js'
import { renderReport } from '../../src/report/index.js'
import { jsonReportSchema } from '../../src/report/json-schema.js'
import { ALL_IDS } from '../../src/library/taxonomy.js'
import { documentText, review } from './helpers.js'

/** Reads text as a format; an InputError (binary content) is an accepted outcome, anything else fails. */
async function readOrRefuse(text: string, format: InputFormat): Promise<ReviewDocument | undefined> {
  try {
    return await readBuffer(Buffer.from(text, 'utf8'), `doc.${format}`, format)
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(InputError)
    expect((error as Error).message).toMatch(/^doc\.\w+: /)
    expect((error as Error).message).not.toContain('\n')
    return undefined
  }
}

describe('random text never crashes the reviewer', () => {
  test.each([
    ['md', 101],
    ['txt', 202],
    ['html', 303],
  ] as const)('as .%s: reviewed or refused cleanly; JSON validates; every format renders', { timeout: 120_000 }, async (format, seed) => {
    await fc.assert(
      fc.asyncProperty(documentText, async (text) => {
        const doc = await readOrRefuse(text, format)
        if (!doc) return
        const result = review(doc)
        expect(result.clauses.map((c) => c.id).every((id) => ALL_IDS.includes(id))).toBe(true)
        const input = { reviews: [result], documents: new Map([[doc.path, doc]]), color: false }
        const json = jsonReportSchema.parse(JSON.parse((await renderReport('json', input)) as string))
        expect(json.files).toHaveLength(1)
        for (const f of ['stylish', 'sarif', 'markdown', 'html'] as const) expect(typeof (await renderReport(f, input))).toBe('string')
      }),
      { seed, numRuns: 60 },
    )
  })

  test('any bytes given as standard input: sniffed, then reviewed or refused cleanly', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 4000 }), async (bytes) => {
        let doc: ReviewDocument | undefined
        try {
          doc = await readBuffer(bytes, '<stdin>')
        } catch (error) {
          expect(error, String(error)).toBeInstanceOf(InputError)
          return
        }
        jsonReportSchema.parse(JSON.parse((await renderReport('json', { reviews: [review(doc)], documents: new Map([[doc.path, doc]]), color: false })) as string))
      }),
      { seed: 404, numRuns: 100 },
    )
  })
})
