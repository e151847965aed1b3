/** Splitting a document's blocks into sentences, with normalised text for matching. */
import { normalizeText } from '../library/detect-signals.js'
import type { ReviewDocument, TextBlock } from '../read/document.js'

/** A sentence of a block: original text for evidence, normalised text for matching. */
export interface Sentence {
  text: string
  norm: string
  block: TextBlock
  /** Index of the block in the document. */
  blockIndex: number
  /** The document (or the referenced terms) it comes from. */
  path: string
}

const MAX_SENTENCE = 700

/** Splits text into sentences at ". ", "; ", "? ", "! " followed by an upper-case letter or an opening mark. */
export function splitSentences(text: string): string[] {
  const parts = text.split(/(?<=[.;!?])\s+(?=[\p{Lu}«"“(\d])/u)
  const out: string[] = []
  for (const part of parts) {
    if (part.length <= MAX_SENTENCE) {
      if (part.trim()) out.push(part)
      continue
    }
    // Very long sentences (common in US contracts) are cut at semicolons, then at commas near the limit.
    let rest = part
    while (rest.length > MAX_SENTENCE) {
      const window = rest.slice(0, MAX_SENTENCE)
      const cut = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', '), Math.floor(MAX_SENTENCE / 2))
      out.push(rest.slice(0, cut + 1))
      rest = rest.slice(cut + 1).trimStart()
    }
    if (rest.trim()) out.push(rest)
  }
  return out
}

const cache = new WeakMap<ReviewDocument, Sentence[]>()

/** The sentences of a document, in order (computed once per document: facts, detection and rules share them). */
export function sentencesOf(doc: ReviewDocument): Sentence[] {
  const cached = cache.get(doc)
  if (cached) return cached
  const out: Sentence[] = []
  cache.set(doc, out)
  doc.blocks.forEach((block, blockIndex) => {
    if (block.kind === 'heading') return
    for (const text of splitSentences(block.text)) out.push({ text, norm: normalizeText(text), block, blockIndex, path: doc.path })
  })
  return out
}
