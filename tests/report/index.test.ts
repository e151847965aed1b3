/** The format dispatch: every format is known to `--format` and renders through `renderReport`. */
import { describe, expect, test } from 'vitest'
import { UsageError } from '../../src/core/errors.js'
import { parseFormat, renderReport, REPORT_FORMATS, type ReportInput } from '../../src/report/index.js'
import { DOCUMENTS, EN_REVIEW, FR_REVIEW } from './fixtures.js'

const input: ReportInput = { reviews: [FR_REVIEW], documents: DOCUMENTS, color: false }

describe('report formats', () => {
  test('--format knows every reporter', () => {
    expect(REPORT_FORMATS).toEqual(['stylish', 'json', 'sarif', 'markdown', 'html', 'docx'])
    for (const f of REPORT_FORMATS) expect(parseFormat(f)).toBe(f)
    expect(() => parseFormat('pdf')).toThrow(UsageError)
  })

  test('each format renders: text for all but docx, bytes for docx', async () => {
    expect(JSON.parse((await renderReport('sarif', input)) as string)).toMatchObject({ version: '2.1.0' })
    expect(await renderReport('markdown', input)).toMatch(/^# Revue contractuelle/)
    expect(await renderReport('html', input)).toMatch(/^<!doctype html>/)
    const docx = await renderReport('docx', input)
    expect(Buffer.isBuffer(docx)).toBe(true)
    expect((docx as Buffer).subarray(0, 2).toString()).toBe('PK')
    // Several files: every format but docx.
    const both = { ...input, reviews: [FR_REVIEW, EN_REVIEW] }
    for (const f of ['stylish', 'json', 'sarif', 'markdown', 'html'] as const) expect(typeof (await renderReport(f, both))).toBe('string')
    await expect(renderReport('docx', both)).rejects.toBeInstanceOf(UsageError)
  })
})
