/**
 * The web app as a Hono application, testable without listening (`app.request(…)`): the origin
 * guard and security headers first, then the API routes per concept (draft, review, audit), then
 * the front end's own files from the allow-list map. Errors become one-line JSON, never a stack.
 */
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { DEAL_FIELDS, ENUM_LABELS, MESSAGES, translate } from '../i18n/index.js'
import { defaultPlaybook } from '../review/playbook/schema.js'
import type { Playbook } from '../review/playbook/schema.js'
import { assetRoutes, loadAssets, type Asset } from './assets.js'
import { auditRoutes } from './audit.js'
import { draftRoutes } from './draft.js'
import { answerLang, errorBody, RequestError, requestLang } from './http-error.js'
import { reviewRoutes } from './review.js'
import { createReviewPool, type ReviewPool, type ReviewPoolOptions } from './review-pool.js'
import { originGuard, securityHeaders, type PortSource } from './security.js'
import { createServices } from './services.js'
import { DEFAULT_LIMITS, maxUploadBody, tooLargeMessage, type Limits } from './uploads.js'

/** Options of the app. */
export interface AppOptions {
  /** The port the app is reached on, for the Host and Origin checks. */
  port: PortSource
  /** The front end's files (default: read from `dist/web/static`). */
  assets?: ReadonlyMap<string, Asset>
  /** Upload and body bounds (default: DEFAULT_LIMITS). */
  limits?: Partial<Limits>
  /** The review playbook (default: clausier's defaults). */
  playbook?: Playbook
  /** Pins today's date (tests). */
  today?: string
  /** The review pool (default: one made from `poolOptions`, closed by whoever closes the server). */
  pool?: ReviewPool
  /** Bounds of the default review pool. */
  poolOptions?: ReviewPoolOptions
}

/** Creates the app. */
export function createApp(options: AppOptions): Hono {
  return createAppAndPool(options).app
}

/** Creates the app and returns its review pool too, for whoever must close it (the server). */
export function createAppAndPool(options: AppOptions): { app: Hono; pool: ReviewPool } {
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits }
  const playbook = options.playbook ?? defaultPlaybook()
  const services = createServices(playbook, options.today)
  const pool = options.pool ?? createReviewPool(services, { playbook, ...(options.today ? { today: options.today } : {}) }, options.poolOptions)
  const assets = options.assets ?? loadAssets()
  const app = new Hono()

  app.onError((e, c) => {
    const { status, body } = errorBody(e, answerLang(c.req.raw))
    if (status === 500 && process.env.CLAUSIER_DEBUG) process.stderr.write(`${e.stack ?? e.message}\n`)
    return c.json(body, status)
  })
  app.notFound((c) => c.json({ error: translate(requestLang(c.req.header('accept-language')) ?? 'en', 'api.notFound', { path: c.req.path.slice(0, 200) }) }, 404))

  app.use('*', securityHeaders())
  app.use('*', originGuard(options.port))
  app.use('*', async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.req.method !== 'POST') throw new RequestError({ key: 'api.methodNotAllowed', params: { method: c.req.method } }, 405)
    await next()
  })
  const tooLarge = (): never => {
    throw new RequestError(tooLargeMessage(limits), 413)
  }
  app.use('/api/review', bodyLimit({ maxSize: maxUploadBody(limits), onError: tooLarge }))
  app.use('/api/review/*', bodyLimit({ maxSize: maxUploadBody(limits), onError: tooLarge }))
  app.get('/api/config', (c) => c.json({ limits, today: services.today() }))
  app.get('/api/i18n', (c) => c.json({ messages: MESSAGES, fields: DEAL_FIELDS, enums: ENUM_LABELS }))

  const deps = { services, limits, pool }
  draftRoutes(app, deps)
  reviewRoutes(app, deps)
  auditRoutes(app, deps)
  assetRoutes(app, assets)
  return { app, pool }
}
