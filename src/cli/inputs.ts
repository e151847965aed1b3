/** Expands the reviewer's inputs: files, folders (recursively) and globs; `-` is standard input. */
import { statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { extname, relative, resolve } from 'node:path'
import type * as Tinyglobby from 'tinyglobby'
import { InputError } from '../core/errors.js'
import { FILE_FORMATS } from '../core/formats.js'
import { EXTENSIONS } from '../read/input.js'

/** What a folder contributes: every document a reader takes (images are left out, see below). */
export const REVIEW_EXTENSIONS: readonly string[] = Object.keys(EXTENSIONS).filter((e) => EXTENSIONS[e] !== 'image')
/**
 * Images (read by OCR) are taken from globs and named files, not from folders, where they are
 * mostly logos and signatures that would each stop the batch with "no readable text".
 */
export const IMAGE_EXTENSIONS: readonly string[] = FILE_FORMATS.image

/** An input to review: an absolute path and the name shown to the user. */
export interface InputFile {
  path: string
  display: string
}

const GLOB = /[*?[\]{}]/

let tinyglobby: typeof Tinyglobby | undefined
/**
 * The glob matcher, loaded only for a folder or a glob: named files (one quote) never load it, nor
 * picomatch, which its directory walker requires when it loads.
 */
function globSync(patterns: string | string[], options: Tinyglobby.GlobOptions): string[] {
  return (tinyglobby ??= createRequire(import.meta.url)('tinyglobby') as typeof Tinyglobby).globSync(patterns, options)
}

/** Expands arguments into a sorted, de-duplicated list of files. */
export function expandInputs(args: readonly string[], cwd: string): InputFile[] {
  const out = new Map<string, InputFile>()
  for (const arg of args) {
    if (arg === '-') {
      out.set('-', { path: '-', display: '<stdin>' })
      continue
    }
    const abs = resolve(cwd, arg)
    let stat
    try {
      stat = statSync(abs)
    } catch {
      stat = undefined
    }
    if (stat?.isDirectory()) {
      const found = globSync(REVIEW_EXTENSIONS.map((e) => `**/*${e}`), { cwd: abs, absolute: true, dot: false, ignore: ['**/node_modules/**'] }).sort()
      if (found.length === 0) throw new InputError({ key: 'cli.noDocumentInFolder', params: { path: arg, extensions: REVIEW_EXTENSIONS.join(', ') } })
      for (const f of found) out.set(f, { path: f, display: relative(cwd, f) || f })
    } else if (stat?.isFile()) {
      out.set(abs, { path: abs, display: arg })
    } else if (GLOB.test(arg)) {
      const found = globSync(arg, { cwd, absolute: true }).filter((f) => [...REVIEW_EXTENSIONS, ...IMAGE_EXTENSIONS].includes(extname(f).toLowerCase())).sort()
      if (found.length === 0) throw new InputError({ key: 'cli.noMatch', params: { path: arg } })
      for (const f of found) out.set(f, { path: f, display: relative(cwd, f) || f })
    } else {
      throw new InputError({ key: 'cli.noSuchPath', params: { path: arg } })
    }
  }
  return [...out.values()]
}
