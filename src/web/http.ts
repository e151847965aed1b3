/** Small request/response helpers shared by the routes: bounded JSON bodies and file downloads. */
import type { Context } from 'hono'
import { formatBytes, type Limits } from './uploads.js'
import { RequestError } from './http-error.js'

/** Reads a JSON object body (at most `limits.jsonBytes`); one-line RequestError otherwise. */
export async function readJson(c: Context, limits: Limits): Promise<Record<string, unknown>> {
  if (!(c.req.header('content-type') ?? '').startsWith('application/json')) throw new RequestError({ key: 'api.expectJson' }, 415)
  const text = await c.req.text()
  if (Buffer.byteLength(text) > limits.jsonBytes) throw new RequestError({ key: 'api.requestTooLarge', params: { size: formatBytes(limits.jsonBytes) } }, 413)
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new RequestError({ key: 'api.notJson' })
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new RequestError({ key: 'api.expectObject' })
  return value as Record<string, unknown>
}

/** A string field of a JSON body, one of `allowed` (first one by default). */
export function choice<T extends string>(body: Record<string, unknown>, key: string, allowed: readonly T[], fallback?: T): T {
  const value = body[key] ?? fallback
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
  throw new RequestError({ key: 'api.oneOf', params: { key, allowed: allowed.join(', '), value: JSON.stringify(value ?? null) } })
}

/** Content types of the files the app lets you download. */
export const DOWNLOAD_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  json: 'application/json; charset=utf-8',
  yaml: 'application/yaml; charset=utf-8',
} as const

/** A file to download: Content-Disposition attachment with an ASCII and a UTF-8 name. */
export function attachment(c: Context, data: string | Buffer, filename: string, type: keyof typeof DOWNLOAD_TYPES): Response {
  const ascii = filename.replace(/[^\w.-]+/g, '_')
  const body = typeof data === 'string' ? data : new Uint8Array(data)
  return c.body(body, 200, {
    'Content-Type': DOWNLOAD_TYPES[type],
    'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
  })
}

/** A file name made of a stem and an extension, from user text (a party name, an upload name). */
export function fileStem(text: string | undefined, fallback: string): string {
  const stem = (text ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\w]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).toLowerCase()
  return stem === '' ? fallback : stem
}
