/**
 * The learned detector's weights: one logistic model per clause id over unit features
 * (features.ts), and the probability above which a unit states the clause (its threshold,
 * calibrated by cross-validation in `npm run train`). Stored as compact JSON
 * (`clauses/detection-model.json`): for each feature, the ids it weighs on and by how much.
 */
import type { Unit } from './features.js'
import type { SavedVocabulary, Vocabulary } from './vocabulary.js'

/** The committed file's shape. */
export interface ModelFile {
  /** Format version. */
  version: 1
  /** What the weights were trained on, and how (informative). */
  trainedOn: string
  ids: string[]
  bias: number[]
  /** Probability threshold per id; above 1 the id is left to the patterns alone. */
  thresholds: number[]
  /** Feature → flat pairs [id index, weight, id index, weight, …]. */
  weights: Record<string, number[]>
  /**
   * The vocabulary the weights were trained with (written by `npm run train`): a review maps words
   * with it, so it never parses `clauses/vocabulary.yaml` (YAML is slow to start) and can never
   * use a vocabulary its weights were not trained on.
   */
  vocabulary?: SavedVocabulary
}

/** A model ready to score units. */
export interface DetectionModel {
  ids: readonly string[]
  /** Index of each id in `ids`. */
  indexOf: ReadonlyMap<string, number>
  bias: readonly number[]
  thresholds: readonly number[]
  weights: ReadonlyMap<string, readonly number[]>
  vocabulary: Vocabulary
}

/** Makes a scoring model from its file and the vocabulary it was trained with. */
export function modelOf(file: ModelFile, vocabulary: Vocabulary): DetectionModel {
  if (file.version !== 1 || file.ids.length !== file.bias.length || file.ids.length !== file.thresholds.length) throw new TypeError('detection model: unsupported or inconsistent file')
  return {
    ids: file.ids,
    indexOf: new Map(file.ids.map((id, i) => [id, i])),
    bias: file.bias,
    thresholds: file.thresholds,
    weights: new Map(Object.entries(file.weights)),
    vocabulary,
  }
}

export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x))

/** Raw scores (log-odds) of every id for a set of features. */
export function scoreFeatures(model: DetectionModel, features: Iterable<string>): Float64Array {
  return scoreWith(model.bias, model.weights, features)
}

function scoreWith(bias: readonly number[], weights: ReadonlyMap<string, readonly number[]>, features: Iterable<string>): Float64Array {
  const scores = Float64Array.from(bias)
  for (const f of features) {
    const w = weights.get(f)
    if (!w) continue
    for (let k = 0; k < w.length; k += 2) scores[w[k]!]! += w[k + 1]!
  }
  return scores
}

/** Weights kept for some ids only, per model and list of ids, by feature (null: none of them); see `scoreSome`. */
const someWeights = new WeakMap<DetectionModel, Map<string, Map<string, readonly number[] | null>>>()

/**
 * Raw scores of the ids `ids` for a set of features (the other entries are their bias alone): the
 * same sums as `scoreFeatures` for those ids, in the same order, without reading the weights of the
 * others (a review asks only for the few ids that have a threshold). A feature's pairs for `ids` are
 * kept apart when it is first met: a document meets a few hundred of the model's thousands.
 */
export function scoreSome(model: DetectionModel, ids: readonly number[], features: Iterable<string>): Float64Array {
  let byIds = someWeights.get(model)
  if (!byIds) someWeights.set(model, (byIds = new Map()))
  const key = ids.join(',')
  let kept = byIds.get(key)
  if (!kept) byIds.set(key, (kept = new Map()))
  const scores = Float64Array.from(model.bias)
  for (const f of features) {
    let w = kept.get(f)
    if (w === undefined) {
      const all = model.weights.get(f)
      const pairs: number[] = []
      if (all) for (let k = 0; k < all.length; k += 2) if (ids.includes(all[k]!)) pairs.push(all[k]!, all[k + 1]!)
      kept.set(f, (w = pairs.length > 0 ? pairs : null))
    }
    if (!w) continue
    for (let k = 0; k < w.length; k += 2) scores[w[k]!]! += w[k + 1]!
  }
  return scores
}

/** The log-odds of one id for a set of features. */
export function scoreOne(model: DetectionModel, id: number, features: Iterable<string>): number {
  let s = model.bias[id]!
  for (const f of features) {
    const w = model.weights.get(f)
    if (!w) continue
    for (let k = 0; k < w.length; k += 2) if (w[k] === id) s += w[k + 1]!
  }
  return s
}

/** What the units of a unit's sentences weigh for one id: the sentence a lawyer should read first. */
export function bestSentence(model: DetectionModel, id: number, unit: Unit, skip: (index: number) => boolean): number {
  let best = -1
  let bestScore = -Infinity
  unit.sentenceFeatures.forEach((features, i) => {
    if (skip(i)) return
    const s = scoreOne(model, id, features) - model.bias[id]!
    if (s > bestScore) {
      bestScore = s
      best = i
    }
  })
  return best
}
