/**
 * The app's own files. At startup the built front end (`dist/web/static`) is read once into a map
 * from URL path to bytes and content type; a request is answered from that map only, by exact
 * lookup — no path is ever joined from the URL, so nothing outside the app's assets can be served.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { extname, join } from 'node:path'
import type { Hono } from 'hono'
import { UserError } from '../core/errors.js'
import { projectRoot } from '../core/paths.js'

/** Where `npm run build` puts the front end. */
export const DEFAULT_ASSETS_DIR = join(projectRoot, 'dist', 'web', 'static')

/** One file of the front end, in memory. */
export interface Asset {
  body: Uint8Array
  type: string
}

/** The content types of the files the front end is made of; other files are not served. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
}

const MAX_FILES = 200

/** Reads the front end into the allow-list map (`/` is `index.html`). Throws a one-line UserError when it is not built. */
export function loadAssets(dir: string = DEFAULT_ASSETS_DIR): ReadonlyMap<string, Asset> {
  const assets = new Map<string, Asset>()
  const walk = (folder: string, prefix: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue
      const path = join(folder, entry.name)
      if (entry.isDirectory()) walk(path, `${prefix}${entry.name}/`)
      const type = CONTENT_TYPES[extname(entry.name).toLowerCase()]
      if (!entry.isFile() || type === undefined) continue
      if (assets.size >= MAX_FILES) throw new UserError(`${dir}: more than ${MAX_FILES} files: is this the web app's build folder?`)
      assets.set(`/${prefix}${entry.name}`, { body: readFileSync(path), type })
    }
  }
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder')
    walk(dir, '')
  } catch (e) {
    if (e instanceof UserError) throw e
    throw new UserError(`the web app is not built (${dir} is missing): run "npm run build"`)
  }
  const index = assets.get('/index.html')
  if (!index) throw new UserError(`the web app is not built (${dir}/index.html is missing): run "npm run build"`)
  assets.set('/', index)
  return assets
}

/** Serves GET/HEAD requests for the assets in the map; anything else falls through to "not found". */
export function assetRoutes(app: Hono, assets: ReadonlyMap<string, Asset>): void {
  app.on(['GET', 'HEAD'], '*', (c, next) => {
    const asset = assets.get(c.req.path)
    if (!asset) return next()
    return c.body(asset.body.slice(), 200, { 'Content-Type': asset.type, 'Cache-Control': 'no-cache' })
  })
}
