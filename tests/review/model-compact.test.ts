/**
 * The detection model's binary form (the build's `dist/detection-model.bin`): the same model as
 * the JSON file it was made from, used only for that very file.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { compactModel, modelDigest, readCompactModel } from '../../src/review/model/compact.js'
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
})
