/**
 * Scoring only the ids a review can still add (`scoreSome`): the same log-odds as scoring every id,
 * bit for bit, for those ids, on the committed model and the units of a real document.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { readBuffer } from '../../src/read/index.js'
import { unitsOf } from '../../src/review/model/features.js'
import { defaultModel } from '../../src/review/model/load.js'
import { scoreFeatures, scoreSome } from '../../src/review/model/model.js'
import { ROOT } from '../helpers.js'

describe('scoreSome', () => {
  test('gives the scores of scoreFeatures for the ids asked, on every unit of an example', async () => {
    const model = defaultModel()!
    const file = join(ROOT, 'examples', 'quotes', 'contrat-cadre-kalyso-cofinea.docx')
    const doc = await readBuffer(readFileSync(file), file)
    const units = unitsOf(doc, model.vocabulary)
    expect(units.length).toBeGreaterThan(10)
    const thresholded = model.ids.map((_, i) => i).filter((i) => model.thresholds[i]! <= 1)
    expect(thresholded.length).toBeGreaterThan(0)
    const lists = [thresholded, thresholded.slice(0, 1), [0, model.ids.length - 1]]
    let nonZero = 0
    for (const ids of lists) {
      for (const unit of units) {
        const all = scoreFeatures(model, unit.features)
        const some = scoreSome(model, ids, unit.features)
        for (const i of ids) {
          expect(some[i]).toBe(all[i])
          if (all[i] !== model.bias[i]) nonZero++
        }
      }
    }
    // The units do weigh on the ids compared (not only their bias).
    expect(nonZero).toBeGreaterThan(0)
  })
})
