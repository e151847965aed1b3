/**
 * Listening: the app on 127.0.0.1 only (never another interface), on the given port (0: any free
 * port). A port in use or not allowed is a one-line UsageError.
 */
import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { serve } from '@hono/node-server'
import { UsageError } from '../core/errors.js'
import { createAppAndPool, type AppOptions } from './app.js'

/** The one interface the app listens on. */
export const HOST = '127.0.0.1'

/** The default port of `clausier serve`. */
export const DEFAULT_PORT = 4178

/** A running server. */
export interface RunningServer {
  url: string
  port: number
  close(): Promise<void>
}

/** Starts the app on 127.0.0.1:`port`; resolves once it listens. */
export async function startServer(port: number, options: Omit<AppOptions, 'port'> = {}): Promise<RunningServer> {
  let actual = port
  const { app, pool } = createAppAndPool({ ...options, port: () => actual })
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: HOST }) as Server
    server.once('error', (e: NodeJS.ErrnoException) => {
      void pool.close()
      if (e.code === 'EADDRINUSE') reject(new UsageError(`port ${port} is already in use: choose another one with --port`))
      else if (e.code === 'EACCES') reject(new UsageError(`port ${port} is not allowed for this user: choose one above 1023 with --port`))
      else reject(new UsageError(`cannot listen on ${HOST}:${port} (${e.code ?? e.message})`))
    })
    server.once('listening', () => {
      actual = (server.address() as AddressInfo).port
      pool.warm()
      resolve({
        url: `http://${HOST}:${actual}/`,
        port: actual,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done())
            server.closeAllConnections()
          }).then(() => pool.close()),
      })
    })
  })
}
