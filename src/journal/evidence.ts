/** Evidence files: each is recorded by path with its SHA-256 and size, hashed as a stream. */
import { createHash } from 'node:crypto'
import { createReadStream, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { InputError } from '../core/errors.js'

/** One evidence file as stored in the journal. */
export interface Evidence {
  /** Absolute path at the time of the check. */
  path: string
  /** Lower-case hex SHA-256 of the content. */
  sha256: string
  /** Bytes. */
  size: number
}

/** Hashes the file at `path` (relative to `cwd`) without loading it in memory; missing → InputError. */
export async function hashEvidence(path: string, cwd: string): Promise<Evidence> {
  const absolute = resolve(cwd, path)
  let size: number
  try {
    const stat = statSync(absolute)
    if (!stat.isFile()) throw new InputError({ key: 'error.journal.evidenceNotFile', params: { path } })
    size = stat.size
  } catch (e) {
    if (e instanceof InputError) throw e
    throw new InputError({ key: 'error.journal.evidenceMissing', params: { path, code: (e as NodeJS.ErrnoException).code ?? 'unreadable' } })
  }
  const hash = createHash('sha256')
  let read = 0
  try {
    for await (const chunk of createReadStream(absolute)) {
      hash.update(chunk as Buffer)
      read += (chunk as Buffer).length
    }
  } catch (e) {
    throw new InputError({ key: 'error.journal.evidenceUnreadable', params: { path, code: (e as NodeJS.ErrnoException).code ?? (e as Error).message } })
  }
  if (read !== size) throw new InputError({ key: 'error.journal.evidenceChanged', params: { path } })
  return { path: absolute, sha256: hash.digest('hex'), size }
}
