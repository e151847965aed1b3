/**
 * `clausier serve [--port 4178] [--open]`: the local web app (draft, review, audit) on
 * http://127.0.0.1:<port>/ only. The server modules are imported when the command runs, so other
 * commands never load them. Runs until Ctrl+C.
 */
import { spawn } from 'node:child_process'
import type { Command } from 'commander'
import { UsageError } from '../../core/errors.js'
import type { Describe } from '../help.js'
import type { Io } from '../io.js'
import { message } from '../messages.js'

interface ServeFlags {
  port: string
  open?: boolean
  playbook?: string
}

/** Parses `--port`: an integer from 0 (any free port) to 65535. */
export function parsePort(value: string): number {
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) throw new UsageError({ key: 'cli.portRange', params: { value } })
  return Number(value)
}

/** Opens a URL in the user's browser; says so in one line when it cannot. */
function openBrowser(url: string, io: Io): void {
  const [command, args] = process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]]
  try {
    const child = spawn(command as string, args as string[], { detached: true, stdio: 'ignore' })
    child.on('error', () => io.stderr(`clausier: ${message(io, 'cli.noBrowser', { url })}\n`))
    child.unref()
  } catch {
    io.stderr(`clausier: ${message(io, 'cli.noBrowser', { url })}\n`)
  }
}

/** Registers the `serve` command. */
export function registerServe(program: Command, io: Io, describe: Describe): void {
  program
    .command('serve')
    .description(describe('help.serve'))
    .option('--port <port>', describe('help.serve.port'), '4178')
    .option('--open', describe('help.serve.open'))
    .option('--playbook <file>', describe('help.serve.playbook'))
    .action(async (flags: ServeFlags) => {
      const port = parsePort(flags.port)
      const { loadPlaybook } = await import('../../review/playbook/load.js')
      const { RULE_IDS } = await import('../../review/rules/index.js')
      const { playbook } = await loadPlaybook(io.cwd, flags.playbook, RULE_IDS)
      const { startServer } = await import('../../web/serve.js')
      const server = await startServer(port, { playbook })
      io.stderr(`clausier: ${message(io, 'cli.serving', { url: server.url })}\n`)
      if (flags.open) openBrowser(server.url, io)
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop)
          process.off('SIGTERM', stop)
          void server.close().then(resolve)
        }
        process.on('SIGINT', stop)
        process.on('SIGTERM', stop)
      })
    })
}
