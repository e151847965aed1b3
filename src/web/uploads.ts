/**
 * Uploaded files: read from a multipart body into memory (nothing is written to disk, the body is cut
 * by multipart.ts), bounded in count and size with a one-line message naming the limit.
 */
import type { Context } from 'hono'
import type { Words } from '../i18n/index.js'
import { RequestError } from './http-error.js'
import { boundaryOf, parseMultipart, type Part } from './multipart.js'

/** The bounds of what the app accepts. */
export interface Limits {
  /** Largest file, in bytes. */
  fileBytes: number
  /** Most files per request. */
  files: number
  /** Largest JSON body (a deal, answers), in bytes. */
  jsonBytes: number
}

const MB = 1024 * 1024

/** Default bounds: 20 MB per file, 10 files, 2 MB of JSON. */
export const DEFAULT_LIMITS: Readonly<Limits> = { fileBytes: 20 * MB, files: 10, jsonBytes: 2 * MB }

/** A size for messages: "20 MB", "512 KB", "300 bytes" (« 1,5 Mo » in French). */
export function formatBytes(bytes: number): Words {
  if (bytes >= MB) return { key: 'api.size.mb', params: { n: Number((bytes / MB).toFixed(1)) } }
  if (bytes >= 1024) return { key: 'api.size.kb', params: { n: Number((bytes / 1024).toFixed(1)) } }
  return { key: 'api.size.bytes', params: { n: bytes } }
}

/** Largest multipart body accepted: every file at its limit, plus room for the form's own fields. */
export function maxUploadBody(limits: Limits): number {
  return limits.files * limits.fileBytes + 64 * 1024
}

/** The message for a request over the size bound. */
export function tooLargeMessage(limits: Limits): Words {
  return { key: 'api.uploadTooLarge', params: { files: limits.files, size: formatBytes(limits.fileBytes) } }
}

/** One uploaded file, in memory. */
export interface Upload {
  name: string
  bytes: Uint8Array
}

/** Safe display name of an uploaded file: its base name, printable, bounded. */
export function displayName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200)
  return clean === '' ? 'upload' : clean
}

/** Reads the `files` of a multipart body, the terms they incorporate (`with`) and the form's text fields; enforces the count and size limits. */
export async function readUploads(c: Context, limits: Limits): Promise<{ files: Upload[]; terms: Upload[]; fields: Record<string, string> }> {
  if (!(c.req.header('content-type') ?? '').startsWith('multipart/form-data')) throw new RequestError({ key: 'api.expectMultipart' }, 415)
  const boundary = boundaryOf(c.req.header('content-type') ?? '')
  if (boundary === undefined) throw new RequestError({ key: 'api.malformedMultipart' })
  let parts: Part[]
  try {
    parts = parseMultipart(Buffer.from(await c.req.arrayBuffer()), boundary)
  } catch {
    throw new RequestError({ key: 'api.malformedMultipart' })
  }
  const files: Part[] = []
  const terms: Part[] = []
  const fields: Record<string, string> = {}
  for (const part of parts) {
    if (part.filename === undefined) fields[part.name] = part.data.toString('utf8')
    else if (part.name === 'files') files.push(part)
    else if (part.name === 'with') terms.push(part)
  }
  if (files.length === 0) throw new RequestError({ key: 'api.noFile' })
  const count = files.length + terms.length
  if (count > limits.files) throw new RequestError({ key: 'api.tooManyFiles', params: { count, max: limits.files } }, 413)
  const big = [...files, ...terms].find((f) => f.data.length > limits.fileBytes)
  if (big) throw new RequestError({ key: 'review.tooBig', params: { name: displayName(big.filename ?? ''), size: formatBytes(big.data.length), max: formatBytes(limits.fileBytes) } }, 413)
  // Each file gets a buffer of its own (a copy), so the pool can hand it to a worker without the rest of the body.
  const load = (list: Part[]) => list.map((f) => ({ name: displayName(f.filename ?? ''), bytes: new Uint8Array(f.data) }))
  return { files: load(files), terms: load(terms), fields }
}
