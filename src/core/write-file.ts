/**
 * Safe file output: never overwrites without `force`, and writes atomically (a temporary file in
 * the same folder, flushed, then renamed), so an interrupted run leaves the previous file intact.
 */
import { closeSync, constants, existsSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { InputError, OverwriteError } from './errors.js'

/** Fails early (before any work) when `path` exists and `force` is not set, or its folder is missing. */
export function assertWritable(path: string, options: { force?: boolean; display?: string } = {}): void {
  const display = options.display ?? path
  if (!options.force && existsSync(path)) throw new OverwriteError(display)
  if (!existsSync(dirname(path))) throw new InputError(`${display}: the folder ${dirname(display)} does not exist`)
}

/** Writes `data` to `path` atomically; refuses to replace an existing file unless `force`. */
export function writeFileAtomic(path: string, data: string | Uint8Array, options: { force?: boolean; display?: string } = {}): void {
  const display = options.display ?? path
  assertWritable(path, options)
  const dir = dirname(path)
  const temp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`)
  let fd: number | undefined
  try {
    fd = openSync(temp, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o644)
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
    let offset = 0
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset)
    fsyncSync(fd)
    closeSync(fd)
    fd = undefined
    if (!options.force && existsSync(path)) throw new OverwriteError(display)
    renameSync(temp, path)
  } catch (e) {
    if (fd !== undefined) closeSync(fd)
    try {
      unlinkSync(temp)
    } catch {
      /* already gone */
    }
    if (e instanceof OverwriteError) throw e
    const code = (e as NodeJS.ErrnoException).code
    throw new InputError(`${display}: cannot write the file (${code ?? (e as Error).message})`)
  }
}
