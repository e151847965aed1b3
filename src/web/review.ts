/**
 * Review routes: uploaded quotes, purchase orders and contracts (with the terms they incorporate,
 * `with`) are reviewed by the pool's worker threads — never on the event loop — with the CLI's
 * readers, engine and playbook; each file is answered with its summary, its findings in the order
 * to act on them and its HTML report. Downloads re-send the files: the server keeps nothing.
 */
import type { Hono } from 'hono'
import type { Lang } from '../library/schema.js'
import { attachment } from './http.js'
import { noteRequestLang, RequestError } from './http-error.js'
import { COMPARE_EXPORTS, REVIEW_EXPORTS, type CompareExport, type ReviewExport } from './review-task.js'
import type { RouteDeps } from './route-deps.js'
import { readUploads } from './uploads.js'

export type { ComparisonView, ReviewedFile } from './review-task.js'

const OPEN = Buffer.from('{"files":[')
const COMMA = Buffer.from(',')
const CLOSE = Buffer.from(']}')

function parseLangField(value: string | undefined): Lang | undefined {
  if (value === undefined || value === '' || value === 'auto') return undefined
  if (value === 'fr' || value === 'en') return value
  throw new RequestError({ key: 'api.langOneOf', params: { value } })
}

/** Registers the review routes under `/api/review`. */
export function reviewRoutes(app: Hono, { limits, pool }: RouteDeps): void {
  app.post('/api/review', async (c) => {
    const { files, terms, fields } = await readUploads(c, limits)
    const lang = parseLangField(fields.lang)
    const ui = parseLangField(fields.ui)
    noteRequestLang(c.req.raw, ui)
    // Each file is one job (the pool spreads them); each answer is already JSON text, joined here.
    const out: Uint8Array[] = await Promise.all(
      files.map(async (file) => {
        const result = await pool.run({ op: 'describe', file, terms, ...(lang ? { lang } : {}), ...(ui ? { ui } : {}) })
        if (result.op !== 'describe') throw new Error('unexpected answer of the review pool')
        return result.json
      }),
    )
    const parts = out.flatMap((json, i) => (i === 0 ? [json] : [COMMA, json]))
    return c.body(new Uint8Array(Buffer.concat([OPEN, ...parts, CLOSE])), 200, { 'Content-Type': 'application/json; charset=utf-8' })
  })

  app.post('/api/review/export', async (c) => {
    const { files, terms, fields } = await readUploads(c, limits)
    const format = fields.format
    if (!(REVIEW_EXPORTS as readonly string[]).includes(format ?? '')) throw new RequestError({ key: 'api.formatOneOf', params: { allowed: REVIEW_EXPORTS.join(', '), value: format ?? '' } })
    const lang = parseLangField(fields.lang)
    const ui = parseLangField(fields.ui)
    noteRequestLang(c.req.raw, ui)
    const result = await pool.run({ op: 'export', format: format as ReviewExport, files, terms, ...(lang ? { lang } : {}), ...(ui ? { ui } : {}) })
    if (result.op !== 'export') throw new Error('unexpected answer of the review pool')
    const { data, name, type } = result.download
    return attachment(c, typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength), name, type)
  })

  // Compare mode: `files` is our draft then their version; `format` is "view" (the page) or a download.
  app.post('/api/review/compare', async (c) => {
    const { files, fields } = await readUploads(c, limits)
    const format = fields.format ?? 'view'
    if (!(COMPARE_EXPORTS as readonly string[]).includes(format)) throw new RequestError({ key: 'api.formatOneOf', params: { allowed: COMPARE_EXPORTS.join(', '), value: format } })
    const lang = parseLangField(fields.lang)
    const ui = parseLangField(fields.ui)
    noteRequestLang(c.req.raw, ui)
    if (files.length !== 2) throw new RequestError({ key: 'api.compareTwo', params: { count: files.length } })
    const result = await pool.run({ op: 'compare', format: format as CompareExport, files, terms: [], ...(lang ? { lang } : {}), ...(ui ? { ui } : {}) })
    if (result.op === 'compare') return c.body(new Uint8Array(result.json), 200, { 'Content-Type': 'application/json; charset=utf-8' })
    if (result.op !== 'export') throw new Error('unexpected answer of the review pool')
    const { data, name, type } = result.download
    return attachment(c, typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength), name, type)
  })
}
