/**
 * Training of the learned detector: one logistic model per clause id, deterministic (fixed data
 * order, a seeded generator for the visiting order, no other randomness), so that the same data
 * gives the same weights byte for byte (`npm run train -- --check`).
 *
 * Labels are per document, so training is multiple-instance: every unit of a document labelled
 * without the clause is a negative; in a document labelled with it, only its best-scoring unit is
 * a positive (the section that states the clause), its other units are left out. The first round
 * has no model to choose with: its positives are the units of the library's own clause texts
 * (one document per clause, variant and language); each later round picks every labelled
 * document's best unit with the previous round's model and trains afresh. Where a corpus document
 * has sentence-level evidence labels for an id (eval/evidence/), its positives for that id are the
 * quoted sentences instead, read with their unit's heading, in every round.
 */
import { seededRandom } from '../../core/random.js'
import { MIN_CONCEPTS, type Unit } from './features.js'
import type { ModelFile } from './model.js'

/** One training document: its units and the ids it is labelled for (true: present). */
export interface TrainingDoc {
  name: string
  /** The library's own clause texts are clean positives for the first round. */
  library: boolean
  units: readonly Unit[]
  labels: ReadonlyMap<string, boolean>
  /**
   * Sentence-level evidence labels (eval/evidence/{fr,en}.yaml): per id labelled present,
   * the indexes of the units holding a quote of where the document states it. With
   * `evidencePositives: 'units'`, these units are the id's positives in this document (in every
   * round, the first included) instead of the best unit the previous round's model picks.
   */
  evidenceUnits?: ReadonlyMap<string, readonly number[]>
  /**
   * The same, read narrower: per id, for each unit holding a quote, the features of its heading
   * and of its sentences that overlap a quote only (`evidencePositives: 'sentences'`).
   */
  evidenceSentences?: ReadonlyMap<string, readonly (readonly string[])[]>
}

export interface TrainOptions {
  ids: readonly string[]
  /** Multiple-instance rounds after the first (default 2). */
  rounds?: number
  /** Passes over the data per round (default 12). */
  epochs?: number
  /** L2 penalty per update (default 1e-2: stronger than 1e-3 ranks the documents the patterns miss better in cross-validation). */
  l2?: number
  /** A feature is kept when at least this many training documents hold it (default 4). */
  minDocs?: number
  /**
   * A word feature (a stem or a number, not a concept of the vocabulary nor a pair of concepts)
   * held by more than this share of the training documents is left out (default 1: none is).
   * Such words (numbers, « service », "agreement") say nothing of which clause a unit states, yet
   * pick up weight from the positives that happen to hold them. Off by default: see the README
   * (the learned model) for what it does with one-sentence units.
   */
  maxDocShare?: number
  /**
   * L2 penalty per update of the word features (stems and numbers, not the vocabulary's concepts
   * nor their pairs; default: `l2`, the same for all).
   */
  wordL2?: number
  /** Positives per labelled document in the later rounds: its best-scoring units (default 1). */
  positivesPerDoc?: number
  /**
   * Where a document has evidence labels for an id, its positives for that id: only the heading
   * and the quoted sentences of the units holding the quotes ('sentences', the default), those
   * whole units ('units'), or the best unit as for any other document ('off'). See
   * docs/detection.md (the learned model, evidence labels) for what each gave.
   */
  evidencePositives?: 'off' | 'units' | 'sentences'
}

/** Weights are stored with 3 decimals; smaller ones are dropped. */
const DECIMALS = 1000
const MIN_WEIGHT = 0.05
const RATE = 0.3
/** The fixed log-odds of a unit that says nothing: about 1 in 20. */
const BIAS = -3

/** FNV-1a hash of a string (folds, seeds). */
export function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h
}

interface Example {
  x: Int32Array
  y: 0 | 1
}

/** Trains one logistic model by AdaGrad over the examples; returns [bias, weights]. */
function fit(examples: readonly Example[], dims: number, seed: number, epochs: number, l2: Float64Array): Float64Array {
  const w = new Float64Array(dims + 1)
  // The bias is fixed, not learned: a unit is a clause only by what it says. A learned bias drifts
  // up (negatives are long and their words take the blame), and then a near-empty unit passes.
  w[dims] = BIAS
  const g2 = new Float64Array(dims + 1).fill(1e-8)
  const pos = examples.filter((e) => e.y === 1).length
  const neg = examples.length - pos
  // Positives are rare: each weighs up to ten negatives.
  const posWeight = pos === 0 ? 1 : Math.min(10, Math.max(1, Math.sqrt(neg / pos)))
  const order = examples.map((_, i) => i)
  const random = seededRandom(seed)
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      const t = order[i]!
      order[i] = order[j]!
      order[j] = t
    }
    for (const k of order) {
      const e = examples[k]!
      let z = w[dims]!
      for (const f of e.x) z += w[f]!
      const p = 1 / (1 + Math.exp(-z))
      const g = (p - e.y) * (e.y === 1 ? posWeight : 1)
      for (const f of e.x) {
        const gf = g + l2[f]! * w[f]!
        g2[f]! += gf * gf
        w[f]! -= (RATE * gf) / Math.sqrt(g2[f]!)
      }
    }
  }
  return w
}

const score = (w: Float64Array, x: Int32Array, dims: number): number => {
  let z = w[dims]!
  for (const f of x) z += w[f]!
  return z
}

/** Trains the per-id models; thresholds are left off (above 1): calibration sets them. */
export function trainModel(docs: readonly TrainingDoc[], options: TrainOptions, trainedOn: string): ModelFile {
  const rounds = options.rounds ?? 2
  const epochs = options.epochs ?? 12
  const l2 = options.l2 ?? 1e-2
  const minDocs = options.minDocs ?? 4
  const perDoc = options.positivesPerDoc ?? 1
  const evidence = options.evidencePositives ?? 'sentences'
  const maxDocs = (options.maxDocShare ?? 1) * docs.length
  // The feature dictionary: features held by enough documents, in code-unit order.
  const docCount = new Map<string, number>()
  for (const d of docs) {
    const seen = new Set<string>()
    for (const u of d.units) for (const f of u.features) seen.add(f)
    for (const f of seen) docCount.set(f, (docCount.get(f) ?? 0) + 1)
  }
  // The vocabulary's concepts and their pairs are kept however common: they were chosen as words
  // of clauses (« sécurité », "access", "staff" are in most data protection documents).
  const concept = (f: string) => f.charCodeAt(0) === 64 || (f.charCodeAt(0) === 104 && f.charCodeAt(1) === 64)
  const names = [...docCount].filter(([f, n]) => n >= minDocs && (n <= maxDocs || concept(f))).map(([f]) => f).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const index = new Map(names.map((f, i) => [f, i]))
  const dims = names.length
  const penalty = Float64Array.from(names, (f) => (concept(f) ? l2 : (options.wordL2 ?? l2)))
  const vectors = docs.map((d) =>
    d.units.map((u) => Int32Array.from(u.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined)).sort()),
  )
  const bias: number[] = []
  const weights = new Map<string, number[]>()
  options.ids.forEach((id, idIndex) => {
    const negatives: Example[] = []
    const positiveDocs: number[] = []
    docs.forEach((d, k) => {
      const label = d.labels.get(id)
      if (label === undefined) return
      if (label) positiveDocs.push(k)
      else for (const x of vectors[k]!) if (x.length > 0) negatives.push({ x, y: 0 })
    })
    const seed = hash(id)
    // A document's units that hold its evidence labels for the id (units that say too little
    // left out, as for the model's own choice below); none: the model chooses.
    const labelled = (k: number): Example[] => {
      if (evidence === 'off') return []
      if (evidence === 'sentences') {
        const lists = docs[k]!.evidenceSentences?.get(id) ?? []
        return lists.map((f) => ({ x: Int32Array.from(new Set(f.map((n) => index.get(n)).filter((i): i is number => i !== undefined))).sort(), y: 1 as const })).filter((e) => e.x.length > 0)
      }
      const units = docs[k]!.evidenceUnits?.get(id) ?? []
      return units.filter((u) => vectors[k]![u]!.length > 0 && docs[k]!.units[u]!.concepts >= MIN_CONCEPTS).map((u) => ({ x: vectors[k]![u]!, y: 1 as const }))
    }
    // Round 0: the library's own texts of the clause, and the evidence-labelled units.
    let positives: Example[] = positiveDocs.filter((k) => docs[k]!.library).flatMap((k) => vectors[k]!.filter((x) => x.length > 0).map((x) => ({ x, y: 1 as const })))
    for (const k of positiveDocs) if (!docs[k]!.library) positives.push(...labelled(k))
    let w = fit([...positives, ...negatives], dims, seed, epochs, penalty)
    for (let round = 0; round < rounds && positiveDocs.length > 0; round++) {
      positives = []
      for (const k of positiveDocs) {
        const given = labelled(k)
        if (given.length > 0) {
          positives.push(...given)
          continue
        }
        const ranked: { x: Int32Array; s: number }[] = []
        for (const [u, x] of vectors[k]!.entries()) {
          // A unit that says too little never states a clause (features.ts MIN_CONCEPTS).
          if (x.length === 0 || docs[k]!.units[u]!.concepts < MIN_CONCEPTS) continue
          ranked.push({ x, s: score(w, x, dims) })
        }
        // The best first; ties keep reading order.
        ranked.sort((a, b) => b.s - a.s)
        for (const { x } of ranked.slice(0, perDoc)) positives.push({ x, y: 1 })
      }
      w = fit([...positives, ...negatives], dims, seed + round + 1, epochs, penalty)
    }
    bias.push(Math.round(w[dims]! * DECIMALS) / DECIMALS)
    for (let f = 0; f < dims; f++) {
      const v = Math.round(w[f]! * DECIMALS) / DECIMALS
      if (Math.abs(v) < MIN_WEIGHT) continue
      const name = names[f]!
      const list = weights.get(name) ?? []
      list.push(idIndex, v)
      weights.set(name, list)
    }
  })
  const sorted = [...weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return { version: 1, trainedOn, ids: [...options.ids], bias, thresholds: options.ids.map(() => 2), weights: Object.fromEntries(sorted) }
}

/** One labelled document's answer for one id: the truth, the patterns' answer, the model's best probability. */
export interface CalibrationPoint {
  /** The set the document comes from (corpus, CUAD, examples): a threshold may not hurt any of them. */
  group?: string
  truth: boolean
  patterns: boolean
  probability: number
}

/**
 * Candidate thresholds, from permissive to strict. None below 0.5: the model reports a clause only
 * where it finds it more likely there than not (below that, a cross-validated gain on a few documents
 * let it read an Art. 28 item into the neighbouring article of our own contract, at 0.3 and 0.35).
 */
export const THRESHOLDS = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]
/** The precision of "missing" calibration aims at first. */
export const MISSING_PRECISION = 0.92
/** The precision of "present" a threshold must keep (or that of the patterns alone, when lower). */
export const PRESENT_PRECISION = 0.8
/**
 * The share of its own additions (clauses the patterns left missing) the model must get right: a
 * threshold where the model is wrong more often than this allows is no candidate, whatever the
 * precision of "present" overall (there, the patterns' many right answers hide the model's wrong ones).
 */
export const ADDED_PRECISION = 2 / 3
/**
 * The fewest right additions a threshold must show: one document the model got right is luck, not
 * evidence (on long contracts it was never labelled for, such a model read a jurisdiction clause
 * in "independent contractor" boilerplate).
 */
export const MIN_ADDED = 2
/** The most a threshold may lower the F1 of one set of documents below that of the patterns alone. */
export const GROUP_LOSS = 0.02
/** Fewer labelled documents with the clause than this: the model is left off for the id. */
export const MIN_POSITIVES = 3

/** The figures of one candidate threshold (2: the model off, the patterns alone). */
export interface ThresholdFigures {
  t: number
  tp: number
  fp: number
  fn: number
  tn: number
  /** Precision of "missing", of "present", and the F-score of "present". */
  mp: number
  pp: number
  f1: number
  /** F-score per group of documents. */
  groups: Record<string, number>
  /** Why it is no candidate ('' when it is one). */
  refused: '' | 'present-precision' | 'added-precision' | 'too-few-added' | 'own-text' | `group-loss:${string}`
}

/** Settings of the calibration (the defaults are the constants above). */
export interface CalibrationOptions {
  beta?: number
  minPositives?: number
  /** ADDED_PRECISION. */
  addedPrecision?: number
  /**
   * The highest probability the model gives the id in the library's own text that states no
   * clause (the example contracts' articles without a clause, such as "General provisions"): a
   * threshold at or below it is no candidate, for the model would read the clause where we know
   * it is not — in our own contract with that clause's article cut out. The look-alikes written for
   * the id (eval/look-alikes.yaml, sentences that share its words and do not state it) count too.
   */
  ownText?: number
}

/** Why an id got the threshold it got. */
export type CalibrationReason = 'too-few-positives' | 'patterns-suffice' | 'reaches-missing-precision' | 'best-missing-precision' | 'no-gain'

/** A threshold with the figures that chose it (the report of `npm run train -- --report`). */
export interface Calibration {
  threshold: number
  reason: CalibrationReason
  /** Off first, then the candidates from the strictest to the most permissive. */
  rows: ThresholdFigures[]
}

/**
 * The threshold of one id from cross-validated points: among the thresholds whose precision of
 * "missing" (patterns or model) reaches MISSING_PRECISION, the one with the best F1 of "present"
 * (ties: the strictest); when none reaches it, the one with the best precision of "missing".
 * Either way, only thresholds keeping the precision of "present" at PRESENT_PRECISION (or at that
 * of the patterns alone, when lower), whose additions are right at least ADDED_PRECISION of the
 * time and at least MIN_ADDED times, and the F1 of every group of documents within GROUP_LOSS of
 * that of the patterns alone, are candidates. Off (2) when the model
 * adds nothing or there are too few labelled documents.
 */
export function calibrate(points: readonly CalibrationPoint[], options: CalibrationOptions = {}): number {
  return explainCalibration(points, options).threshold
}

/** `calibrate`, with the figures of every candidate and the reason of the choice. */
export function explainCalibration(points: readonly CalibrationPoint[], options: CalibrationOptions = {}): Calibration {
  const beta2 = (options.beta ?? 1) ** 2
  const groups = [...new Set(points.map((p) => p.group).filter((g): g is string => g !== undefined))].sort()
  const counts = (t: number, group?: string) => {
    let tp = 0, fp = 0, fn = 0, tn = 0
    for (const p of points) {
      if (group !== undefined && p.group !== group) continue
      const found = p.patterns || p.probability >= t
      if (p.truth && found) tp++
      else if (!p.truth && found) fp++
      else if (p.truth) fn++
      else tn++
    }
    return { tp, fp, fn, tn, f1: tp === 0 ? 0 : ((1 + beta2) * tp) / ((1 + beta2) * tp + beta2 * fn + fp) }
  }
  const evaluate = (t: number): ThresholdFigures => {
    const { tp, fp, fn, tn, f1 } = counts(t)
    return { t, tp, fp, fn, tn, mp: tn + fn === 0 ? 1 : tn / (tn + fn), pp: tp + fp === 0 ? 1 : tp / (tp + fp), f1, groups: Object.fromEntries(groups.map((g) => [g, counts(t, g).f1])), refused: '' }
  }
  // From the strictest (off) to the most permissive: ties keep the stricter.
  const rows = [evaluate(2), ...[...THRESHOLDS].reverse().map((t) => evaluate(t))]
  const off = rows[0]!
  // A threshold that makes "present" untrustworthy is no candidate (the patterns alone always are).
  // Nor one that lowers the F1 of one set of documents by more than GROUP_LOSS (CUAD, where the
  // patterns are strong, would pay for the corpus, where they are weak).
  for (const r of rows.slice(1)) {
    const lost = groups.find((g) => r.groups[g]! < off.groups[g]! - GROUP_LOSS)
    const added = r.tp - off.tp + (r.fp - off.fp)
    if (r.t <= (options.ownText ?? 0)) r.refused = 'own-text'
    else if (r.pp < Math.min(off.pp, PRESENT_PRECISION)) r.refused = 'present-precision'
    else if (added > 0 && (r.tp - off.tp) / added < (options.addedPrecision ?? ADDED_PRECISION)) r.refused = 'added-precision'
    else if (added > 0 && r.tp - off.tp < MIN_ADDED) r.refused = 'too-few-added'
    else if (lost !== undefined) r.refused = `group-loss:${lost}`
  }
  if (points.filter((p) => p.truth).length < (options.minPositives ?? MIN_POSITIVES)) return { threshold: 2, reason: 'too-few-positives', rows }
  const trusted = rows.filter((r) => r.refused === '')
  const reaching = trusted.filter((r) => r.mp >= MISSING_PRECISION)
  let best = off
  if (reaching.length > 0) {
    best = reaching[0]!
    for (const r of reaching) if (r.f1 > best.f1) best = r
  } else {
    for (const r of trusted) if (r.mp > best.mp || (r.mp === best.mp && r.f1 > best.f1)) best = r
  }
  const reason: CalibrationReason = best === off ? (reaching.includes(off) ? 'patterns-suffice' : 'no-gain') : reaching.includes(best) ? 'reaches-missing-precision' : 'best-missing-precision'
  return { threshold: best.t, reason, rows }
}
