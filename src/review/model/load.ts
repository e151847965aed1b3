/**
 * The committed detection model (`clauses/detection-model.json`, with the vocabulary it was
 * trained on) and the vocabulary file it is trained from (`clauses/vocabulary.yaml`: training and
 * tests only), read on first use only: a run that reviews nothing never reads them.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { projectRoot } from '../../core/paths.js'
import { COMPACT_MODEL_FILE, modelDigest, modelStamp, readCompactModel } from './compact.js'
import { modelOf, type DetectionModel, type ModelFile } from './model.js'
import { parseVocabulary, vocabularyOf, type Vocabulary } from './vocabulary.js'

export const MODEL_FILE = join(projectRoot, 'clauses', 'detection-model.json')
export const VOCABULARY_FILE = join(projectRoot, 'clauses', 'vocabulary.yaml')

let vocabulary: Vocabulary | undefined
let model: DetectionModel | null | undefined

/** The project's concept vocabulary. */
export function defaultVocabulary(): Vocabulary {
  return (vocabulary ??= parseVocabulary(readFileSync(VOCABULARY_FILE, 'utf8')))
}

/** The build's binary form of the model file, or undefined. */
function savedCompact(): Buffer | undefined {
  try {
    return readFileSync(COMPACT_MODEL_FILE)
  } catch {
    return undefined
  }
}

/**
 * The committed model with the vocabulary saved in it, or undefined when there is none (detection
 * then uses the patterns alone).
 */
export function defaultModel(): DetectionModel | undefined {
  if (model === undefined) {
    // The build's binary form of this very file, when there is one (see compact.ts): same model.
    // Known by the file's stamp when the file is the one the build read (nothing read or hashed),
    // else by its digest.
    const saved = savedCompact()
    const stamp = saved && modelStamp(MODEL_FILE)
    const stamped = saved && stamp && readCompactModel(saved, stamp)
    if (stamped) return (model = stamped)
    const bytes = existsSync(MODEL_FILE) ? readFileSync(MODEL_FILE) : undefined
    const compact = bytes && saved && readCompactModel(saved, modelDigest(bytes))
    if (compact) return (model = compact)
    const file = bytes ? (JSON.parse(bytes.toString('utf8')) as ModelFile) : undefined
    if (file && !file.vocabulary) throw new TypeError('detection model: no vocabulary saved with the weights (run npm run train)')
    model = file?.vocabulary ? modelOf(file, vocabularyOf(file.vocabulary)) : null
  }
  return model ?? undefined
}
