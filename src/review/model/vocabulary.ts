/**
 * The bilingual concept vocabulary (`clauses/vocabulary.yaml`): words of both languages mapped to
 * one concept (résiliation, résilier, terminate, termination → terminate), so that a French
 * section and an English one share their features.
 */
import { yamlModule } from '../../core/yaml.js'
import { normalizeText } from '../../library/detect-signals.js'
import { exactKey, stem } from './tokens.js'

/** Stems to concepts. */
export interface Vocabulary {
  /** Stem of a listed word (or `exactKey` of a word listed whole) → its concept's name. */
  concepts: ReadonlyMap<string, string>
  /** Concept names, in file order. */
  names: readonly string[]
}

/** A vocabulary as the model file keeps it (JSON): the one the weights were trained with. */
export interface SavedVocabulary {
  names: string[]
  /** Stem → concept, in the order the vocabulary file lists them. */
  concepts: Record<string, string>
}

/** The vocabulary to save with the weights. */
export function saveVocabulary(vocabulary: Vocabulary): SavedVocabulary {
  return { names: [...vocabulary.names], concepts: Object.fromEntries(vocabulary.concepts) }
}

/** A saved vocabulary, ready to map words. */
export function vocabularyOf(saved: SavedVocabulary): Vocabulary {
  return { names: saved.names, concepts: new Map(Object.entries(saved.concepts)) }
}

/** Reads the vocabulary file's text (a YAML map: concept → list of words). */
export function parseVocabulary(text: string): Vocabulary {
  const raw: unknown = yamlModule().parse(text)
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new TypeError('vocabulary: a map of concept → words expected')
  const concepts = new Map<string, string>()
  const names: string[] = []
  for (const [name, words] of Object.entries(raw as Record<string, unknown>)) {
    if (!Array.isArray(words)) throw new TypeError(`vocabulary: concept "${name}" must list words`)
    names.push(name)
    for (const word of words) {
      const text = String(word)
      // A word written "=word" is matched whole, before any stem (see `exactKey`).
      const exact = text.startsWith('=')
      const norm = normalizeText(exact ? text.slice(1) : text).replace(/'/g, '')
      const s = exact ? exactKey(norm) : stem(norm)
      // A stem listed twice belongs to the first concept that lists it.
      if (!concepts.has(s)) concepts.set(s, name)
    }
  }
  return { concepts, names }
}
