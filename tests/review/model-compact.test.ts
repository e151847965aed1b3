/**
 * The detection model's binary form (the build's `dist/detection-model.bin`): the same model as
 * the JSON file it was made from, used only for that very file.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { compactModel, modelDigest, modelStamp, readCompactModel } from '../../src/review/model/compact.js'
import { MODEL_FILE } from '../../src/review/model/load.js'
import { modelOf, type ModelFile } from '../../src/review/model/model.js'
import { vocabularyOf } from '../../src/review/model/vocabulary.js'

const bytes = readFileSync(MODEL_FILE)
const file = JSON.parse(bytes.toString('utf8')) as ModelFile
const fromJson = modelOf(file, vocabularyOf(file.vocabulary!))

describe('the model binary form', () => {
  test('holds the JSON model: ids, biases, thresholds, vocabulary and every weight, in order', () => {
    const model = readCompactModel(compactModel(bytes), modelDigest(bytes))!
    expect(model).toBeDefined()
    expect(model.ids).toEqual(fromJson.ids)
    expect([...model.indexOf]).toEqual([...fromJson.indexOf])
    expect(model.bias).toEqual(fromJson.bias)
    expect(model.thresholds).toEqual(fromJson.thresholds)
    expect(model.vocabulary.names).toEqual(fromJson.vocabulary.names)
    expect([...model.vocabulary.concepts]).toEqual([...fromJson.vocabulary.concepts])
    expect(model.weights.size).toBe(fromJson.weights.size)
    expect(model.weights.size).toBeGreaterThan(1000)
    // Same features in the same order, each with the same numbers (Object.is: bit for bit, -0 too).
    const saved = [...model.weights]
    const json = [...fromJson.weights]
    expect(saved.map(([f]) => f)).toEqual(json.map(([f]) => f))
    for (const [i, [feature, pairs]] of json.entries()) {
      const got = saved[i]![1]
      expect(got.length, feature).toBe(pairs.length)
      for (let k = 0; k < pairs.length; k++) if (!Object.is(got[k], pairs[k])) expect.fail(`${feature}[${k}]: ${got[k]} instead of ${pairs[k]}`)
      expect(model.weights.get(feature)).toBe(got)
    }
    expect(model.weights.get('no such feature')).toBeUndefined()
    expect(model.weights.has('no such feature')).toBe(false)
  })

  test('is written the same way twice (a deterministic build)', () => {
    expect(compactModel(bytes).equals(compactModel(bytes))).toBe(true)
  })

  test('is read from a buffer at any byte offset', () => {
    const saved = compactModel(bytes)
    const shifted = Buffer.alloc(saved.length + 3)
    saved.copy(shifted, 3)
    const model = readCompactModel(shifted.subarray(3), modelDigest(bytes))!
    expect(model).toBeDefined()
    const [feature, pairs] = [...fromJson.weights][0]!
    expect(model.weights.get(feature)).toEqual(pairs)
  })

  test('is refused for another model file, or damaged', () => {
    const saved = compactModel(bytes)
    const other = Buffer.concat([bytes, Buffer.from(' ')])
    expect(readCompactModel(saved, modelDigest(other))).toBeUndefined()
    expect(readCompactModel(saved.subarray(0, saved.length - 4), modelDigest(bytes))).toBeUndefined()
    expect(readCompactModel(Buffer.from('{"digest"'), modelDigest(bytes))).toBeUndefined()
    expect(readCompactModel(Buffer.alloc(0), modelDigest(bytes))).toBeUndefined()
  })

  test("is known by the model file's stamp while the file is the one the build read, and by its digest only after any write", () => {
    const dir = mkdtempSync(join(tmpdir(), 'clausier-model-'))
    try {
      const path = join(dir, 'detection-model.json')
      writeFileSync(path, bytes)
      const stamp = modelStamp(path)!
      expect(stamp[0]).toBe(bytes.length)
      const saved = compactModel(bytes, stamp)
      expect(readCompactModel(saved, modelStamp(path)!)).toBeDefined()
      expect(readCompactModel(saved, modelDigest(bytes))).toBeDefined()
      // No stamp in a form made without one; none for a missing file.
      expect(readCompactModel(compactModel(bytes), stamp)).toBeUndefined()
      expect(modelStamp(join(dir, 'absent.json'))).toBeUndefined()
      // Rewritten with the same bytes and its old modification time put back (to the precision the
      // system takes): the change time moved.
      const { atime, mtime } = statSync(path)
      const before = Date.now()
      while (Date.now() === before) {
        // wait for the clock to move (change times have millisecond resolution here)
      }
      writeFileSync(path, bytes)
      utimesSync(path, atime, mtime)
      expect(modelStamp(path)![0]).toBe(stamp[0])
      expect(modelStamp(path)![2]).not.toBe(stamp[2])
      expect(readCompactModel(saved, modelStamp(path)!)).toBeUndefined()
      // The digest still knows it.
      expect(readCompactModel(saved, modelDigest(readFileSync(path)))).toBeDefined()
      // Another model file of the same size: neither its stamp nor its digest.
      const other = Buffer.from(bytes)
      other[other.length - 2] = other[other.length - 2] === 0x20 ? 0x0a : 0x20
      writeFileSync(path, other)
      expect(readCompactModel(saved, modelStamp(path)!)).toBeUndefined()
      expect(readCompactModel(saved, modelDigest(other))).toBeUndefined()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
