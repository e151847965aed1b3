/**
 * Safe file output: never overwrites without `force`, and writes atomically (a temporary file in
 * the same folder, flushed, then renamed), so an interrupted run leaves the previous file intact.
 *
 * The temporary file is hidden and named after the output and the writing process
 * (`.contract.docx.<pid>.<ms>.tmp`). A run killed while writing (SIGKILL, power loss) leaves it
 * behind; the next write of the same output removes those whose process is gone.
 *
 * Work files of a run (LibreOffice's input, OCR language data) go to a scratch folder made here too.
 */
import { closeSync, constants, copyFileSync, existsSync, fsyncSync, linkSync, mkdirSync, mkdtempSync, openSync, readdirSync, renameSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { InputError, OverwriteError } from './errors.js'

/** Fails early (before any work) when `path` exists and `force` is not set, or its folder is missing. */
export function assertWritable(path: string, options: { force?: boolean; display?: string } = {}): void {
  const display = options.display ?? path
  if (!options.force && existsSync(path) && !isStream(path)) throw new OverwriteError(display)
  if (!existsSync(dirname(path))) throw new InputError({ key: 'error.noFolder', params: { path: display, folder: dirname(display) } })
}

/** The temporary file names a writer uses for `path`, with the writing process id. */
function tempPattern(path: string): RegExp {
  const name = basename(path).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`^\\.${name}\\.(\\d+)\\.\\d+\\.tmp$`)
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Removes the temporary files that killed runs left next to `path` (their process is gone). */
export function removeStaleTemps(path: string): string[] {
  const dir = dirname(path)
  const pattern = tempPattern(path)
  const removed: string[] = []
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return removed
  }
  for (const name of names) {
    const pid = pattern.exec(name)?.[1]
    if (pid === undefined || processAlive(Number(pid))) continue
    try {
      unlinkSync(join(dir, name))
      removed.push(name)
    } catch {
      /* gone already, or not ours to remove */
    }
  }
  return removed
}

/** Makes the rename itself durable (POSIX); a no-op where folders cannot be opened. */
function syncFolder(dir: string): void {
  let fd: number | undefined
  try {
    fd = openSync(dir, 'r')
    fsyncSync(fd)
  } catch {
    /* Windows, or a file system without folder sync */
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/**
 * Moves the finished temporary file to `path`. Without `force`, a hard link creates `path` only if
 * it still does not exist (no race with another writer); where links are not supported, a check
 * then a rename.
 */
function publish(temp: string, path: string, force: boolean, display: string): void {
  if (force) {
    renameSync(temp, path)
    return
  }
  try {
    linkSync(temp, path)
    unlinkSync(temp)
    return
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new OverwriteError(display)
  }
  if (existsSync(path)) throw new OverwriteError(display)
  renameSync(temp, path)
}

/**
 * True when `path` is a device, pipe or socket (`-o /dev/null`, `-o /dev/stdout`, a FIFO): it is
 * written to, never replaced by a regular file.
 */
export function isStream(path: string): boolean {
  try {
    const stat = statSync(path)
    return !stat.isFile() && !stat.isDirectory()
  } catch {
    return false
  }
}

/** Writes `data` to `path` atomically; refuses to replace an existing file unless `force`. */
export function writeFileAtomic(path: string, data: string | Uint8Array, options: { force?: boolean; display?: string } = {}): void {
  const display = options.display ?? path
  assertWritable(path, options)
  if (isStream(path)) {
    writeFileSync(path, data)
    return
  }
  removeStaleTemps(path)
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
    publish(temp, path, Boolean(options.force), display)
    syncFolder(dir)
  } catch (e) {
    if (fd !== undefined) closeSync(fd)
    try {
      unlinkSync(temp)
    } catch {
      /* already gone */
    }
    if (e instanceof OverwriteError) throw e
    const code = (e as NodeJS.ErrnoException).code
    throw new InputError({ key: 'error.cannotWrite', params: { path: display, code: code ?? (e as Error).message } })
  }
}

/**
 * A private temporary folder for a run's own work files (never a user's file): the one place,
 * besides writeFileAtomic, where clausier writes. Removed by `remove()`, or at exit when asked.
 */
export interface ScratchFolder {
  readonly path: string
  /** Writes a work file (relative name; its folders are created). */
  write(name: string, data: string | Uint8Array): string
  /** Links a file into the folder (copies it where links are not allowed). */
  link(source: string, name: string): string
  /** Creates a sub-folder. */
  folder(name: string): string
  remove(): void
}

/** Makes a scratch folder under the system's temporary folder; `removeAtExit` cleans it when the process ends. */
export function scratchFolder(prefix: string, options: { removeAtExit?: boolean } = {}): ScratchFolder {
  const path = mkdtempSync(join(tmpdir(), prefix))
  const inside = (name: string) => {
    const target = join(path, name)
    mkdirSync(dirname(target), { recursive: true })
    return target
  }
  const scratch: ScratchFolder = {
    path,
    write(name, data) {
      const target = inside(name)
      writeFileSync(target, data)
      return target
    },
    link(source, name) {
      const target = inside(name)
      try {
        symlinkSync(source, target)
      } catch {
        copyFileSync(source, target)
      }
      return target
    },
    folder(name) {
      const target = join(path, name)
      mkdirSync(target, { recursive: true })
      return target
    },
    remove() {
      rmSync(path, { recursive: true, force: true })
    },
  }
  if (options.removeAtExit) process.once('exit', () => scratch.remove())
  return scratch
}
