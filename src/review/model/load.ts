/**
 * The committed detection model (`clauses/detection-model.json`) and vocabulary
 * (`clauses/vocabulary.yaml`), read on first use only: a run that reviews nothing never reads them.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { projectRoot } from '../../core/paths.js'
import { modelOf, type DetectionModel, type ModelFile } from './model.js'
import { parseVocabulary, type Vocabulary } from './vocabulary.js'

export const MODEL_FILE = join(projectRoot, 'clauses', 'detection-model.json')
export const VOCABULARY_FILE = join(projectRoot, 'clauses', 'vocabulary.yaml')

let vocabulary: Vocabulary | undefined
let model: DetectionModel | null | undefined

/** The project's concept vocabulary. */
export function defaultVocabulary(): Vocabulary {
  return (vocabulary ??= parseVocabulary(readFileSync(VOCABULARY_FILE, 'utf8')))
}

/** The committed model, or undefined when there is none (detection then uses the patterns alone). */
export function defaultModel(): DetectionModel | undefined {
  if (model === undefined) model = existsSync(MODEL_FILE) ? modelOf(JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as ModelFile, defaultVocabulary()) : null
  return model ?? undefined
}
