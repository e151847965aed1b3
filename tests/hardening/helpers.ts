/** Running the CLI on hostile input, in-process and as a real process, and checking how it fails. */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect } from 'vitest'
import { run } from '../../src/cli/index.js'
import { memoryIo } from '../../src/cli/io.js'
import { ROOT } from '../helpers.js'

/** The compiled CLI (`npm run build`), as installed. */
export const BIN = join(ROOT, 'dist', 'cli', 'index.js')
/** GNU time, to read a child's peak memory; absent on some machines. */
export const GNU_TIME = '/usr/bin/time'

/** What a CLI run printed and returned. */
export interface CliResult {
  code: number
  out: string
  err: string
  /** Peak resident memory of the real process, in KiB (real runs under GNU time only). */
  maxRssKb?: number
}

/** Runs the CLI in-process with raw standard input. */
export async function runIn(args: readonly string[], cwd: string, stdin: Buffer = Buffer.alloc(0)): Promise<CliResult> {
  const io = memoryIo(cwd, stdin)
  const code = await run(args, io)
  return { code, out: io.out, err: io.err }
}

/**
 * Runs the compiled CLI as a child process. `heapMb` caps V8's heap (an out-of-memory is then an
 * abort, which the caller sees as a failure); under GNU time the peak RSS is measured too.
 */
export function runReal(args: readonly string[], options: { cwd: string; stdin?: Buffer; heapMb?: number; env?: Record<string, string> }): CliResult {
  const node = [...(options.heapMb === undefined ? [] : [`--max-old-space-size=${options.heapMb}`]), BIN, ...args]
  const timed = existsSync(GNU_TIME)
  const dir = timed ? mkdtempSync(join(tmpdir(), 'clausier-time-')) : undefined
  const timeFile = dir === undefined ? undefined : join(dir, 'rss')
  const [command, argv] = timeFile === undefined ? [process.execPath, node] : [GNU_TIME, ['-f', '%M', '-o', timeFile, process.execPath, ...node]]
  const r = spawnSync(command, argv, {
    cwd: options.cwd,
    input: options.stdin ?? Buffer.alloc(0),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    // The CLI's messages in English (what the tests assert) whatever the machine's locale, unless a test asks otherwise.
    env: { ...process.env, CLAUSIER_DEBUG: '', CLAUSIER_LANG: 'en', ...options.env },
  })
  let maxRssKb: number | undefined
  if (timeFile !== undefined && existsSync(timeFile)) {
    const last = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? ''
    if (/^\d+$/.test(last)) maxRssKb = Number(last)
  }
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true })
  const result: CliResult = { code: r.status ?? -1, out: r.stdout, err: r.stderr }
  if (maxRssKb !== undefined) result.maxRssKb = maxRssKb
  return result
}

/** Asserts exit 2 with exactly one stderr line, `clausier: ` then a message matching `message`, no trace. */
export function expectOneLineError(r: CliResult, message: RegExp): void {
  expect(r.code, `stderr: ${r.err}`).toBe(2)
  expect(r.err.endsWith('\n'), r.err).toBe(true)
  const lines = r.err.slice(0, -1).split('\n')
  expect(lines, r.err).toHaveLength(1)
  const line = lines[0]!
  expect(line.startsWith('clausier: '), line).toBe(true)
  expect(line.slice('clausier: '.length)).toMatch(message)
  expectNoCrash(r)
}

/** Asserts that nothing in the output looks like a crash: no stack frame, no internal error, no abort. */
export function expectNoCrash(r: CliResult): void {
  expect(r.code, r.err).toBeGreaterThanOrEqual(0)
  expect(r.code, r.err).toBeLessThanOrEqual(2)
  expect(r.err).not.toMatch(/^\s+at /m)
  expect(r.err).not.toContain('internal error')
  expect(r.err).not.toMatch(/FATAL ERROR|heap out of memory|Maximum call stack/)
}
