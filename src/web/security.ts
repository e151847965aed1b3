/**
 * The guard in front of every route: the app answers only its own page. Requests whose Host is not
 * 127.0.0.1 or localhost on our port are refused (DNS rebinding), so are requests sent by another
 * origin (`Origin`, `Sec-Fetch-Site`) — except a plain navigation to a page of the app. Every
 * response gets a strict Content-Security-Policy and no-sniff / no-referrer / no-framing headers.
 */
import type { MiddlewareHandler } from 'hono'
import type { Words } from '../i18n/index.js'
import { RequestError } from './http-error.js'

/** The port the app is reached on (a function when it is known only after listening, as with port 0). */
export type PortSource = number | (() => number)

const portOf = (port: PortSource): number => (typeof port === 'function' ? port() : port)

/** The Host header values the app accepts. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`]
}

/** The origins the app accepts. */
export function allowedOrigins(port: number): string[] {
  return allowedHosts(port).map((h) => `http://${h}`)
}

/**
 * Why a request is refused, or undefined when it may go on. Pure, for tests: `headers` are
 * lower-case header names.
 */
export function refusal(method: string, path: string, headers: (name: string) => string | undefined, port: number): Words | undefined {
  const host = headers('host')?.toLowerCase()
  if (host === undefined || !allowedHosts(port).includes(host)) return { key: 'api.refusedHost', params: { port, host: host ?? '' } }
  const origin = headers('origin')
  if (origin !== undefined && !allowedOrigins(port).includes(origin.toLowerCase())) return { key: 'api.refusedOrigin', params: { origin } }
  const site = headers('sec-fetch-site')
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    const navigation = method === 'GET' && headers('sec-fetch-mode') === 'navigate' && !path.startsWith('/api/')
    if (!navigation) return { key: 'api.refusedSite', params: { site } }
  }
  return undefined
}

/** Refuses requests that do not come from the app itself (403, one-line JSON). */
export function originGuard(port: PortSource): MiddlewareHandler {
  return async (c, next) => {
    const why = refusal(c.req.method, c.req.path, (name) => c.req.header(name), portOf(port))
    if (why !== undefined) throw new RequestError(why, 403)
    await next()
  }
}

/** The Content-Security-Policy of every response: own scripts only, no outside resource, no framing by others. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // The contract preview and the review report are self-contained pages with inline CSS, shown in sandboxed srcdoc frames.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "frame-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/** Adds the security headers to every response; API answers are never cached. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next()
    const h = c.res.headers
    h.set('Content-Security-Policy', CONTENT_SECURITY_POLICY)
    h.set('X-Content-Type-Options', 'nosniff')
    h.set('Referrer-Policy', 'no-referrer')
    h.set('X-Frame-Options', 'DENY')
    h.set('Cross-Origin-Opener-Policy', 'same-origin')
    h.set('Cross-Origin-Resource-Policy', 'same-origin')
    if (c.req.path.startsWith('/api/')) h.set('Cache-Control', 'no-store')
  }
}
