/** `clausier serve`: listening on 127.0.0.1 only, bad ports and ports in use as one-line errors. */
import { mkdirSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { UsageError } from '../../src/core/errors.js'
import { parsePort } from '../../src/cli/commands/serve.js'
import { loadAssets } from '../../src/web/assets.js'
import { startServer } from '../../src/web/serve.js'
import { cli, tempDir } from '../helpers.js'

function builtFrontEnd(): string {
  const dir = join(tempDir(), 'static')
  mkdirSync(join(dir, 'sub'), { recursive: true })
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title>')
  writeFileSync(join(dir, 'main.js'), 'void 0')
  writeFileSync(join(dir, 'sub', 'x.css'), 'body{}')
  writeFileSync(join(dir, 'notes.txt'), 'not served')
  writeFileSync(join(dir, '.secret.js'), 'not served')
  return dir
}

const occupied: Server[] = []
afterAll(() => {
  for (const s of occupied) s.close()
})

describe('serve', () => {
  it('maps only the front end\'s files, by exact path', () => {
    const assets = loadAssets(builtFrontEnd())
    expect([...assets.keys()].sort()).toEqual(['/', '/index.html', '/main.js', '/sub/x.css'])
    expect(() => loadAssets(join(tempDir(), 'missing'))).toThrow(/^the web app is not built \(.+ is missing\): run "npm run build"$/)
  })

  it('listens on 127.0.0.1 and answers with the app; any free port with 0', async () => {
    const server = await startServer(0, { assets: loadAssets(builtFrontEnd()) })
    try {
      expect(server.url).toBe(`http://127.0.0.1:${server.port}/`)
      const res = await fetch(server.url)
      expect(res.status).toBe(200)
      expect(await res.text()).toContain('<title>app</title>')
      const config = await fetch(`${server.url}api/config`, { headers: { host: `localhost:${server.port}` } })
      expect(config.status).toBe(200)
    } finally {
      await server.close()
    }
  })

  it('says in one line that a port is in use', async () => {
    const blocker = createServer()
    occupied.push(blocker)
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()))
    const port = (blocker.address() as { port: number }).port
    const error = await startServer(port, { assets: loadAssets(builtFrontEnd()) }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UsageError)
    expect((error as Error).message).toBe(`port ${port} is already in use: choose another one with --port`)
    const run = await cli(['serve', '--port', String(port)])
    expect(run.code).toBe(2)
    expect(run.err).toBe(`clausier: port ${port} is already in use: choose another one with --port\n`)
  })

  it('refuses a bad --port with exit code 2 and one line', async () => {
    expect(parsePort('0')).toBe(0)
    expect(parsePort('4178')).toBe(4178)
    for (const bad of ['abc', '-1', '65536', '80.5', '']) expect(() => parsePort(bad), bad).toThrow(UsageError)
    const run = await cli(['serve', '--port', 'abc'])
    expect(run.code).toBe(2)
    expect(run.err).toBe('clausier: --port must be a number from 0 to 65535, got "abc"\n')
  })
})
