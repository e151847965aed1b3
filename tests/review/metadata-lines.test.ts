/**
 * A line about the document (its version, its update or application date, a download link's size)
 * is no provision: never a sentence, so never evidence of any clause.
 */
import { describe, expect, test } from 'vitest'
import { layoutOf } from '../../src/review/sections.js'
import { sentencesOf } from '../../src/review/text.js'
import { documentOf } from './rules/harness.js'

const roles = (text: string) => {
  const doc = documentOf(text)
  const layout = layoutOf(doc)
  return doc.blocks.map((b, i) => [b.text, layout.roles[i]] as const)
}

describe('metadata lines', () => {
  test.each([
    ['FR: version, date of application and file size', 'Version 1.0 - Applicable à partir du 01 juin 2021 (PDF 142 Ko)'],
    ['FR: last update', 'Dernière mise à jour : 3 mars 2024'],
    ['EN: last updated', 'Last updated: March 3, 2024'],
    ['EN: effective date', 'Effective date: 01/06/2021'],
  ])('%s: metadata, no sentence', (_name, line) => {
    const text = `# Conditions\n\n${line}\n\nLe Client paie le prix convenu.`
    expect(roles(text)[1]).toEqual([line, 'metadata'])
    expect(sentencesOf(documentOf(text)).map((s) => s.text)).toEqual(['Le Client paie le prix convenu.'])
  })

  test.each([
    ['FR: a sentence that sets the date of effect', 'Les présentes conditions sont applicables à partir du 1er juin 2021.'],
    ['EN: a label followed by an obligation', 'Effective date: this Agreement will start on 1 June 2021.'],
    ['FR: a version clause', 'Version anglaise : en cas de contradiction, la version française prévaut.'],
  ])('%s: a provision', (_name, line) => {
    expect(roles(`# Conditions\n\n${line}`)[1]).toEqual([line, 'body'])
  })
})
