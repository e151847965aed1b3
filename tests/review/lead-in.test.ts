/**
 * A list under a lead-in that ends with a colon (issue #11: scope decided per sentence): each item
 * completes the lead-in, so it is read with it — « Le contrat peut être résilié : – par l'une ou
 * l'autre des parties, moyennant un préavis de trois mois » states a termination for convenience
 * that neither part states alone, and « En cas de manquement, le Client peut : – résilier le
 * contrat moyennant un préavis de 15 jours » states a termination for cause, which the item alone
 * would not show.
 */
import { describe, expect, test } from 'vitest'
import { loadLibrary } from '../../src/library/library.js'
import type { ReviewDocument } from '../../src/read/document.js'
import { readMarkdown } from '../../src/read/markdown.js'
import { compileLibrary, detectClauses } from '../../src/review/detect.js'
import { sentencesOf } from '../../src/review/text.js'

const md = (text: string): ReviewDocument => ({ path: 'c.md', format: 'md', blocks: readMarkdown(text), lineLengths: text.split('\n').map((l) => l.length) })
const library = await loadLibrary()
// Patterns alone: a pattern test must not pass by the learned model.
const compiled = compileLibrary(library, {}, () => undefined)
const present = (text: string) => detectClauses([md(text)], compiled).filter((c) => c.status === 'present').map((c) => c.id)

describe('list items under a lead-in', () => {
  test('each item is read with the last sentence of its lead-in, at the item’s place', () => {
    const doc = md('# Contrat\n\nArticle unique. La convention peut être résiliée :\n\n- par la DGI en cas de manquement ;\n- par l’organisme, avec un préavis de 90 jours. Sa décision est écrite.\n')
    const sentences = sentencesOf(doc)
    expect(sentences.map((s) => s.text)).toEqual([
      'Article unique.',
      'La convention peut être résiliée :',
      'La convention peut être résiliée : par la DGI en cas de manquement ;',
      'La convention peut être résiliée : par l’organisme, avec un préavis de 90 jours.',
      'Sa décision est écrite.',
    ])
    expect(sentences.slice(2, 4).map((s) => s.block.line)).toEqual([5, 6])
  })

  test('no lead-in without a colon, nor after another paragraph', () => {
    expect(sentencesOf(md('# C\n\nLes parties conviennent de ce qui suit.\n\n- un préavis de 90 jours\n')).map((s) => s.text)).toEqual(['Les parties conviennent de ce qui suit.', 'un préavis de 90 jours'])
    expect(sentencesOf(md('# C\n\nLe contrat peut être résilié :\n\nVoir ci-dessous.\n\n- un préavis de 90 jours\n')).map((s) => s.text).at(-1)).toBe('un préavis de 90 jours')
  })

  test('an item completes its lead-in: convenience stated across both; a cause in the lead-in is kept', () => {
    expect(present('# Contrat\n\n## Durée\n\nLe contrat peut être résilié :\n\n- par l’une ou l’autre des parties, moyennant un préavis de trois mois.\n')).toContain('termination-for-convenience')
    expect(present('# Contrat\n\n## Fin\n\nEn cas de manquement grave du Prestataire, le Client peut :\n\n- résilier le contrat moyennant un préavis de quinze jours ;\n- suspendre ses paiements.\n')).not.toContain('termination-for-convenience')
    expect(present('# Agreement\n\n## End\n\nIf the Supplier breaches this Agreement, the Client may:\n\n- terminate the Agreement on 30 days’ written notice.\n')).not.toContain('termination-for-convenience')
  })
})
