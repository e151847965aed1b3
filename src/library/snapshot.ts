/**
 * A snapshot of the parsed and validated library, written into dist/ when the package is built
 * (`npm run build`, run by `npm ci`). It is keyed by a digest of every clause file's name and
 * text, so an edited library is never served stale: a digest mismatch means a full parse.
 * Reading a snapshot returns values (the clauses and their prepared work); nothing is kept here.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { createHash } from '../core/digest.js'
import { LibraryError } from '../core/errors.js'
import { projectRoot } from '../core/paths.js'
import { NO_TEMPLATES, type Clause, type PrecompiledTemplates, type Prepared } from './clause.js'
import { sourceBytes, sourcePath, type ClauseSource } from './files.js'

/** Where the build writes the snapshot. */
export const SNAPSHOT_FILE = join(projectRoot, 'dist', 'library.snapshot.json')

/** Where the build writes the detection prefilter's automaton (see review/factors.ts). */
export const INDEX_FILE = join(projectRoot, 'dist', 'library.index.bin')

/**
 * Where the build writes the precompiled templates, apart from the snapshot: they are half its
 * size, and a review reads them only to render a suggested clause (which the terminal report never
 * prints), so the snapshot a run reads first holds only what every run needs.
 */
export const TEMPLATES_FILE = join(projectRoot, 'dist', 'library.templates.txt')

/**
 * Where the build writes the detection data, apart from the snapshot: each clause's `detect` and
 * the literal factors of every detection pattern. Only a review reads them (a build never does),
 * on first use; they were half of the snapshot.
 */
export const DETECTION_FILE = join(projectRoot, 'dist', 'library.detection.json')

/**
 * Where the build writes the clause files' stamps (see `stampedDigest`): the library digest, and
 * each file's name, size, modification and change times, taken before the build read the file.
 */
export const STAMPS_FILE = join(projectRoot, 'dist', 'library.stamps.json')

/** The files of one snapshot (the build's by default; tests write their own). */
export interface SnapshotFiles {
  snapshot: string
  index: string
  templates: string
  detection: string
  /** The clause files' stamps; without them (or when they do not match) the files are hashed. */
  stamps?: string
}

const BUILT: SnapshotFiles = { snapshot: SNAPSHOT_FILE, index: INDEX_FILE, templates: TEMPLATES_FILE, detection: DETECTION_FILE, stamps: STAMPS_FILE }

/** A clause file as the stamps record it: its name (as in the digest), size, modification and change times (ms). */
type Stamp = [file: string, size: number, mtimeMs: number, ctimeMs: number]

interface Stamps {
  digest: string
  files: Stamp[]
}

/** The stamp of a source made by `clauseSources` (its file's), or undefined (another source, or no such file). */
function stampOf(source: ClauseSource): Stamp | undefined {
  const path = sourcePath(source)
  if (path === undefined) return undefined
  try {
    const info = statSync(path)
    return [source.file, info.size, info.mtimeMs, info.ctimeMs]
  } catch {
    return undefined
  }
}

/**
 * The stamps of `sources`, for the build: call it before the files are first read, so that a file
 * written while the build reads it has a newer stamp than the one saved (and is hashed at run time).
 * Undefined when a source has no file.
 */
export function sourceStamps(sources: readonly ClauseSource[]): Stamp[] | undefined {
  const stamps: Stamp[] = []
  for (const source of sources) {
    const stamp = stampOf(source)
    if (!stamp) return undefined
    stamps.push(stamp)
  }
  return stamps
}

/** The stamps file's text: the digest of the library read after `stamps` were taken, and the stamps. */
export function stampsText(digest: string, stamps: Stamp[]): string {
  return JSON.stringify({ digest, files: stamps } satisfies Stamps)
}

/**
 * The library digest saved in the stamps `file` when `sources` are the same files with the same
 * stamps (name, size, modification and change times); undefined otherwise (a file added, removed,
 * renamed or touched; the stamps missing or damaged), for the caller to hash the files. A file's
 * change time is set by the system on any write and cannot be set back, so a file rewritten with
 * its old size and modification time restored is hashed too. This spares a run reading and hashing
 * the 550 KB of clause files (~5 ms of CPU); the build writes the stamps with the snapshot.
 */
export function stampedDigest(sources: readonly ClauseSource[], file: string): string | undefined {
  let saved: Stamps
  try {
    saved = JSON.parse(readFileSync(file, 'utf8')) as Stamps
  } catch {
    return undefined
  }
  if (typeof saved?.digest !== 'string' || !Array.isArray(saved.files) || saved.files.length !== sources.length) return undefined
  for (let i = 0; i < sources.length; i++) {
    const want = saved.files[i]
    const have = stampOf(sources[i]!)
    if (!Array.isArray(want) || !have || want.length !== have.length || have.some((v, k) => v !== want[k])) return undefined
  }
  return saved.digest
}

/** What the build computes once besides the clauses. */
type Work = Pick<Snapshot, 'templateVariables'> & Pick<Templates, 'templates'> & Pick<Detection, 'factors'>

/** A clause as the snapshot holds it: its detection signals are in the detection file. */
type SnapshotClause = Omit<Clause, 'detect'>

interface Snapshot {
  digest: string
  clauses: SnapshotClause[]
  /** The variables each template of templates/ uses, by source text (the builder's contract-template check). */
  templateVariables?: Record<string, string[]>
}

interface TemplatesHead {
  digest: string
  /** Byte offset (after the first line) and length of each spec, by the key of its source. */
  specs: Record<string, [number, number]>
  /** The keys of each snapshot clause's bodies (English, French), in the snapshot's clause order. */
  bodies?: Array<[string, string]>
}

/** What the build precompiled: the Handlebars spec of each clause body and template, by source text. */
interface Templates {
  templates: Record<string, string>
}

interface Detection {
  /** The digest of the library it was made with (the snapshot's); written first in the file. */
  digest: string
  /** Each clause's detection signals, in the snapshot's clause order. */
  detect: Array<Clause['detect']>
  /** Literal factors of every detection pattern (see review/factors.ts); null: none. */
  factors: Record<string, string[] | null>
}

/**
 * A digest of the library's files (names and texts, in load order). A source `clauseSources` read
 * hashes the file's bytes: for a file in UTF-8, its text's own bytes, so the same digest as its
 * text's, without decoding it. Any other source hashes its text.
 */
export function libraryDigest(sources: readonly ClauseSource[]): string {
  const hash = createHash('sha256')
  for (const source of sources) {
    const bytes = sourceBytes(source)
    if (bytes) hash.update(`${source.file}\0`).update(bytes).update('\0')
    else hash.update(`${source.file}\0${source.text}\0`)
  }
  return hash.digest('hex')
}

/** The automaton's bytes in `file`, read once on first use. */
function lazyIndex(file: string): () => Buffer | undefined {
  let bytes: Buffer | undefined | null = null
  return () => {
    if (bytes === null) {
      try {
        bytes = readFileSync(file)
      } catch {
        bytes = undefined
      }
    }
    return bytes
  }
}

/** The key of a template's spec in the templates file: a hash of its source text. */
const templateKey = (source: string): string => createHash('sha1').update(source).digest('base64')

/**
 * The templates file: one line of JSON (the library digest, and for each template's key the byte
 * offset and length of its spec), then the specs themselves, one after the other. A run reads the
 * bytes once and decodes only the specs it renders (a French contract uses under half of them),
 * instead of parsing every template's source and spec as JSON.
 */
function templatesText(digest: string, templates: Readonly<Record<string, string>>, clauses: readonly Pick<Clause, 'body'>[]): string {
  const specs: Record<string, [number, number]> = {}
  let offset = 0
  for (const [source, spec] of Object.entries(templates)) {
    const length = Buffer.byteLength(spec)
    specs[templateKey(source)] = [offset, length]
    offset += length
  }
  const bodies = clauses.map((c): [string, string] => [templateKey(c.body.en), templateKey(c.body.fr)])
  return `${JSON.stringify({ digest, specs, bodies } satisfies TemplatesHead)}\n${Object.values(templates).join('')}`
}

/**
 * The precompiled templates in `file` when they were made with the library of `digest`; none
 * otherwise (templates are then compiled when rendered: same text, more time). A clause body of
 * the snapshot's `clauses` is known by the key the build saved for it, any other source by its
 * hash: rendering a library clause (a report's suggested clauses) hashes nothing.
 */
function readTemplates(file: string, digest: string, clauses: readonly Pick<Clause, 'body'>[]): PrecompiledTemplates {
  try {
    const bytes = readFileSync(file)
    const end = bytes.indexOf(10)
    const head = JSON.parse(bytes.toString('utf8', 0, end)) as TemplatesHead
    if (end < 0 || head.digest !== digest || !head.specs) return NO_TEMPLATES
    const body = end + 1
    const known = new Map<string, string>()
    if (Array.isArray(head.bodies) && head.bodies.length === clauses.length) {
      clauses.forEach((c, i) => {
        const [en, fr] = head.bodies![i]!
        known.set(c.body.en, en).set(c.body.fr, fr)
      })
    }
    return {
      spec(source) {
        const at = head.specs[known.get(source) ?? templateKey(source)]
        return at && body + at[0] + at[1] <= bytes.length ? bytes.toString('utf8', body + at[0], body + at[0] + at[1]) : undefined
      },
    }
  } catch {
    return NO_TEMPLATES
  }
}

/** How the detection file starts when it was made with the library of `digest` (JSON.stringify keeps key order). */
const detectionHead = (digest: string): string => `{"digest":${JSON.stringify(digest)},`

/**
 * Whether `file` starts as the detection data of the library of `digest`: only its first bytes are
 * read, so that a run that never detects (a build) does not read the rest.
 */
function detectionMatches(file: string, digest: string): boolean {
  const head = Buffer.from(detectionHead(digest))
  const bytes = Buffer.alloc(head.length)
  let fd: number | undefined
  try {
    fd = openSync(file, 'r')
    return readSync(fd, bytes, 0, bytes.length, 0) === bytes.length && bytes.equals(head)
  } catch {
    return false
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/**
 * The detection data in `file`, whose head matched `digest` when the snapshot was read. A file
 * replaced or damaged since then (a rebuild during the run) is a LibraryError: the data a run
 * would detect with is no longer the snapshot's.
 */
function readDetection(file: string, digest: string, clauses: number): Detection {
  let saved: Detection | undefined
  try {
    saved = JSON.parse(readFileSync(file, 'utf8')) as Detection
  } catch {
    saved = undefined
  }
  if (saved?.digest !== digest || !Array.isArray(saved.detect) || saved.detect.length !== clauses || !saved.factors) {
    throw new LibraryError([{ file, message: 'the detection data changed while clausier was running (a rebuild?); run the command again' }])
  }
  return saved
}

/**
 * The snapshot's clauses and prepared work when it and its detection data were made from exactly
 * these sources; undefined otherwise (the library is then parsed: same clauses, more time). The
 * precompiled templates and the detection data (each clause's `detect`, `prepared.factors`) are
 * read on first use.
 */
export function readSnapshot(sources: readonly ClauseSource[], files: SnapshotFiles = BUILT): { clauses: Clause[]; prepared: Prepared } | undefined {
  let snapshot: Snapshot
  try {
    snapshot = JSON.parse(readFileSync(files.snapshot, 'utf8')) as Snapshot
  } catch {
    return undefined
  }
  const stamped = files.stamps === undefined ? undefined : stampedDigest(sources, files.stamps)
  const digest = stamped !== undefined && stamped === snapshot.digest ? stamped : libraryDigest(sources)
  if (snapshot.digest !== digest || !detectionMatches(files.detection, digest)) return undefined
  let detection: Detection | undefined
  const detected = (): Detection => (detection ??= readDetection(files.detection, digest, snapshot.clauses.length))
  const clauses = snapshot.clauses.map((clause, i): Clause => {
    Object.defineProperty(clause, 'detect', { get: () => detected().detect[i], enumerable: true, configurable: true })
    return clause as Clause
  })
  let templates: PrecompiledTemplates | undefined
  return {
    clauses,
    prepared: {
      digest,
      get factors() {
        return detected().factors
      },
      get templates() {
        return (templates ??= readTemplates(files.templates, digest, snapshot.clauses))
      },
      templateVariables: snapshot.templateVariables ?? {},
      index: lazyIndex(files.index),
    },
  }
}

/** The JSON texts of the snapshot, its templates and its detection data, for a valid library and the work done for it. */
export function snapshotText(sources: readonly ClauseSource[], clauses: readonly Clause[], work: Work): { snapshot: string; templates: string; detection: string } {
  const digest = libraryDigest(sources)
  const kept = clauses.map(({ detect: _detect, ...clause }): SnapshotClause => clause)
  const detection = JSON.stringify({ digest, detect: clauses.map((c) => c.detect), factors: work.factors } satisfies Detection)
  if (!detection.startsWith(detectionHead(digest))) throw new Error('the detection data must start with its digest')
  return {
    snapshot: JSON.stringify({ digest, clauses: kept, ...(work.templateVariables ? { templateVariables: work.templateVariables } : {}) } satisfies Snapshot),
    templates: templatesText(digest, work.templates, clauses),
    detection,
  }
}
