/** The CLI's view of the outside world, so commands can be run in-process by tests. */
import type { UiLang } from '../i18n/lang.js'
import { langOfEnv } from './lang.js'

export interface Io {
  stdout(text: string): void
  stderr(text: string): void
  /** Reads all of standard input. */
  stdin(): Promise<Buffer>
  /** True when standard output is a terminal (colours, progress). */
  isTTY: boolean
  /** Working directory for relative paths. */
  cwd: string
  /** Set by a command that wants a non-zero exit without an error (findings, failed check). */
  exitCode?: number
  /** The language of the CLI's own messages (default English); `run` settles it from `--lang`. */
  lang?: UiLang
}

/** The real process streams. */
export function processIo(): Io {
  // A closed pipe (`clausier review … | head`) ends the output, not the program with a trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  })
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    stdin: async () => {
      const chunks: Buffer[] = []
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
      return Buffer.concat(chunks)
    },
    isTTY: Boolean(process.stdout.isTTY),
    cwd: process.cwd(),
    lang: langOfEnv(process.env),
  }
}

/** An in-memory Io for tests: collects what the command prints. */
export function memoryIo(cwd: string, input: Buffer = Buffer.alloc(0)): Io & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout(t: string) { io.out += t },
    stderr(t: string) { io.err += t },
    stdin: async () => input,
    isTTY: false,
    cwd,
  } as Io & { out: string; err: string }
  return io
}
