/**
 * The detection model in the build's binary form (`dist/detection-model.bin`, written by
 * `npm run build` from `clauses/detection-model.json`). Parsing the JSON file took a review about
 * 30 ms of CPU, nearly all of it making the 6,700 weight lists (objects), of which a one-page
 * document reads a few hundred. The binary form holds the same numbers: a first line of JSON (the
 * digest of the model file it was made from, the ids, biases, thresholds, vocabulary and feature
 * names), then every feature's pairs as float64 and where each feature's pairs start. A review
 * makes a feature's weight list when it first asks for it, with the same values as the JSON file.
 *
 * The binary form is used only when its digest is the model file's (a retrained model without a
 * rebuild is read from its JSON, the same model, more slowly).
 */
import { statSync } from 'node:fs'
import { join } from 'node:path'
import { createHash } from '../../core/digest.js'
import { projectRoot } from '../../core/paths.js'
import { modelOf, type DetectionModel, type ModelFile } from './model.js'
import { vocabularyOf } from './vocabulary.js'

/** Where the build writes the model's binary form. */
export const COMPACT_MODEL_FILE = join(projectRoot, 'dist', 'detection-model.bin')

/**
 * A model file's size, modification and change times (ms), as the build saw it before reading it.
 * A file's change time is set by the system on any write and cannot be set back, so a file with
 * the same stamp holds the bytes the build read.
 */
export type ModelStamp = [size: number, mtimeMs: number, ctimeMs: number]

/** The stamp of the model file at `path`, or undefined when there is none. */
export function modelStamp(path: string): ModelStamp | undefined {
  const info = statSync(path, { throwIfNoEntry: false })
  return info ? [info.size, info.mtimeMs, info.ctimeMs] : undefined
}

/** The binary form's first line. */
interface Head extends Omit<ModelFile, 'weights'> {
  /** sha256 of the model file's bytes. */
  digest: string
  /** The model file's stamp, taken before the build read it (absent: the form is known by its digest only). */
  stamp?: ModelStamp
  /** Feature names, in the model file's order. */
  features: string[]
  /** How many float64 the pairs take. */
  numbers: number
}

/** The digest that keys the binary form: the model file's bytes. */
export function modelDigest(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/**
 * The binary form of the model file `bytes`: the head line padded with spaces so that the numbers
 * start at a multiple of 8 bytes, the pairs (float64), then each feature's start (int32, one more
 * than the features).
 */
export function compactModel(bytes: Uint8Array, stamp?: ModelStamp): Buffer {
  const file = JSON.parse(Buffer.from(bytes).toString('utf8')) as ModelFile
  const { weights, ...rest } = file
  const features = Object.keys(weights)
  const numbers = features.reduce((n, f) => n + weights[f]!.length, 0)
  const head = `${JSON.stringify({ ...rest, digest: modelDigest(bytes), ...(stamp ? { stamp } : {}), features, numbers } satisfies Head)}\n`
  const headBytes = Buffer.from(head)
  const pad = (8 - (headBytes.length % 8)) % 8
  const top = Buffer.concat([headBytes.subarray(0, headBytes.length - 1), Buffer.from(' '.repeat(pad)), Buffer.from('\n')])
  const pairs = new Float64Array(numbers)
  const starts = new Int32Array(features.length + 1)
  let at = 0
  features.forEach((f, i) => {
    pairs.set(weights[f]!, at)
    at += weights[f]!.length
    starts[i + 1] = at
  })
  return Buffer.concat([top, Buffer.from(pairs.buffer), Buffer.from(starts.buffer)])
}

/**
 * A feature's weight lists read from the binary form on first use: the same map as
 * `new Map(Object.entries(file.weights))`, in the same order, with the same values.
 */
class SavedWeights implements ReadonlyMap<string, readonly number[]> {
  readonly #index = new Map<string, number>()
  readonly #made: Array<number[] | undefined>

  constructor(
    private readonly features: readonly string[],
    private readonly pairs: Float64Array,
    private readonly starts: Int32Array,
  ) {
    for (let i = 0; i < features.length; i++) this.#index.set(features[i]!, i)
    this.#made = new Array<number[] | undefined>(features.length)
  }

  #at(i: number): number[] {
    return (this.#made[i] ??= Array.from(this.pairs.subarray(this.starts[i]!, this.starts[i + 1]!)))
  }

  get size(): number {
    return this.features.length
  }

  get(feature: string): readonly number[] | undefined {
    const i = this.#index.get(feature)
    return i === undefined ? undefined : this.#at(i)
  }

  has(feature: string): boolean {
    return this.#index.has(feature)
  }

  *entries(): MapIterator<[string, readonly number[]]> {
    for (let i = 0; i < this.features.length; i++) yield [this.features[i]!, this.#at(i)]
  }

  *keys(): MapIterator<string> {
    yield* this.features
  }

  *values(): MapIterator<readonly number[]> {
    for (let i = 0; i < this.features.length; i++) yield this.#at(i)
  }

  [Symbol.iterator](): MapIterator<[string, readonly number[]]> {
    return this.entries()
  }

  forEach(callback: (value: readonly number[], key: string, map: ReadonlyMap<string, readonly number[]>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this)
  }
}

/**
 * The model of the binary form `saved` when it was made from the model file of `key`: its digest,
 * or its stamp (`modelStamp`, which spares reading and hashing the file); undefined otherwise
 * (missing, stale or damaged: the caller hashes the file, or reads the JSON).
 */
export function readCompactModel(saved: Buffer, key: string | ModelStamp): DetectionModel | undefined {
  const end = saved.indexOf(10)
  if (end < 0 || (end + 1) % 8 !== 0) return undefined
  let head: Head
  try {
    head = JSON.parse(saved.toString('utf8', 0, end)) as Head
  } catch {
    return undefined
  }
  const known = typeof key === 'string' ? head.digest === key : Array.isArray(head.stamp) && head.stamp.length === key.length && key.every((v, i) => head.stamp![i] === v)
  if (!known || !Array.isArray(head.features) || !head.vocabulary) return undefined
  const bytes = 8 * head.numbers + 4 * (head.features.length + 1)
  if (saved.length !== end + 1 + bytes) return undefined
  // Views into the file's bytes when they are 8-byte aligned, else into an aligned copy.
  let data: ArrayBufferLike = saved.buffer
  let at = saved.byteOffset + end + 1
  if (at % 8 !== 0) {
    data = new ArrayBuffer(bytes)
    new Uint8Array(data).set(saved.subarray(end + 1))
    at = 0
  }
  const pairs = new Float64Array(data, at, head.numbers)
  const starts = new Int32Array(data, at + 8 * head.numbers, head.features.length + 1)
  if (starts[head.features.length] !== head.numbers) return undefined
  const { digest: _digest, features, numbers: _numbers, ...file } = head
  const model = modelOf({ ...file, weights: {} }, vocabularyOf(head.vocabulary))
  return { ...model, weights: new SavedWeights(features, pairs, starts) }
}
