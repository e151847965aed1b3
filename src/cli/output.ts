/**
 * Where a command's result goes: the `-o` file (written atomically, never over an existing file
 * without --force) or standard output. Commands check the target before doing their work, so a
 * refused output costs nothing and loses nothing.
 */
import { resolve } from 'node:path'
import { UsageError } from '../core/errors.js'
import { assertWritable, writeFileAtomic } from '../core/write-file.js'
import type { Io } from './io.js'
import { message } from './messages.js'

/** A command's output: a file name from `-o` (undefined: standard output) and --force. */
export interface OutputTarget {
  output?: string | undefined
  force?: boolean | undefined
}

/** Checks, before any work, that the output can be written (UsageError for `-o ''`). */
export function checkOutput(io: Io, target: OutputTarget): void {
  if (target.output === undefined) return
  if (target.output === '') throw new UsageError({ key: 'cli.needsFileName' })
  assertWritable(resolve(io.cwd, target.output), { force: Boolean(target.force), display: target.output })
}

/**
 * Writes the result to the `-o` file, then says so on standard error ("wrote <file>" and the
 * optional detail in parentheses), or prints it on standard output.
 */
export function writeOutput(io: Io, target: OutputTarget, data: string | Buffer, detail?: string): void {
  if (target.output === undefined) {
    io.stdout(typeof data === 'string' ? data : data.toString('utf8'))
    return
  }
  writeFileAtomic(resolve(io.cwd, target.output), data, { force: Boolean(target.force), display: target.output })
  io.stderr(`${detail ? message(io, 'cli.wroteDetail', { file: target.output, detail }) : message(io, 'cli.wrote', { file: target.output })}\n`)
}
