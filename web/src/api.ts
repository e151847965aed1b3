/** Calls to the local server: JSON in and out, uploads, and downloads saved by the browser. */
import { lang, t } from './i18n.js'
import type { Issue } from './types.js'

/** An error answered by the server: its one-line message and, for a deal or answers, the issues. */
export class ApiError extends Error {
  constructor(message: string, readonly issues: Issue[] = []) {
    super(message)
  }
}

async function check(response: Response): Promise<Response> {
  if (response.ok) return response
  let body: { error?: string; issues?: Issue[] } = {}
  try {
    body = (await response.json()) as typeof body
  } catch {
    // not JSON: keep the status text
  }
  throw new ApiError(body.error ?? `${response.status} ${response.statusText}`, body.issues ?? [])
}

async function send(url: string, init: RequestInit): Promise<Response> {
  let response: Response
  try {
    // The page's language, so that the server answers its errors in it (src/web/http-error.ts).
    const headers = new Headers(init.headers)
    headers.set('Accept-Language', lang())
    response = await fetch(url, { ...init, headers, credentials: 'same-origin' })
  } catch {
    throw new ApiError(t('app.unreachable'))
  }
  return check(response)
}

/** GET a JSON answer. */
export async function getJson<T>(url: string): Promise<T> {
  return (await send(url, { method: 'GET' })).json() as Promise<T>
}

/** POST a JSON body, get a JSON answer. */
export async function postJson<T>(url: string, body: unknown): Promise<T> {
  return (await send(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })).json() as Promise<T>
}

/** POST files (multipart), get a JSON answer. */
export async function postForm<T>(url: string, form: FormData): Promise<T> {
  return (await send(url, { method: 'POST', body: form })).json() as Promise<T>
}

function fileName(response: Response, fallback: string): string {
  const header = response.headers.get('Content-Disposition') ?? ''
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1]
  if (utf8) return decodeURIComponent(utf8)
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? fallback
}

/** POST a JSON body or files and save the file the server answers with. */
export async function download(url: string, body: unknown, fallback: string): Promise<string> {
  const init: RequestInit = body instanceof FormData ? { method: 'POST', body } : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }
  const response = await send(url, init)
  const name = fileName(response, fallback)
  const blob = await response.blob()
  const href = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = href
  a.download = name
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(href), 60_000)
  return name
}

/** The message of anything thrown, for the page. */
export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}

/** Formats a size in the interface's language: « 20 Mo », "20 MB". */
export function formatBytes(bytes: number): string {
  const MB = 1024 * 1024
  const fr = lang() === 'fr'
  const n = (x: number) => Number(x.toFixed(1)).toLocaleString(fr ? 'fr-FR' : 'en-GB')
  if (bytes >= MB) return `${n(bytes / MB)} ${fr ? 'Mo' : 'MB'}`
  if (bytes >= 1024) return `${n(bytes / 1024)} ${fr ? 'Ko' : 'KB'}`
  return `${bytes} ${fr ? 'octets' : 'bytes'}`
}
