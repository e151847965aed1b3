/**
 * A heading written as the start of a sentence that its list completes is the list's lead-in
 * (issue #11, session 14; left by the tenth English round): "Under this Licence you must not do the
 * following:" over "* make any data available to third parties" states a use restriction, as the same
 * lead-in written as a paragraph already did. A heading that is a
 * title ("Definitions:", « Durée : ») leads nothing in. Read through the Markdown reader, which knows
 * list items.
 */
import { describe, expect, test } from 'vitest'
import { readBuffer } from '../../src/read/index.js'
import { detectClauses } from '../../src/review/detect.js'
import { sentencesOf } from '../../src/review/text.js'
import { compiledLibrary } from './detection-harness.js'

async function read(markdown: string) {
  return readBuffer(Buffer.from(markdown), 'licence.md')
}
async function present(markdown: string): Promise<string[]> {
  return detectClauses([await read(markdown)], compiledLibrary(false))
    .filter((c) => c.status === 'present')
    .map((c) => c.id)
}

describe('a heading that opens a sentence leads its list in', () => {
  test.each([
    ['a prohibition (en)', '# Data licence\n\n## Under this licence you must not:\n\n* sell or rent the records to anyone else.\n'],
    ['the following (en)', '# Data licence\n\n## You must not do the following:\n\n* make any of the licensed data available to third parties.\n'],
    ['an undertaking (fr)', "# Conditions\n\n## Le Client s'interdit de :\n\n- revendre ou louer les données transmises à des tiers.\n"],
  ])('%s: data-use-restrictions', async (_name, markdown) => {
    expect(await present(markdown)).toContain('data-use-restrictions')
  })

  test('the item is read with the heading', async () => {
    const texts = sentencesOf(await read('# Data licence\n\n## You must not:\n\n* sell the records.\n')).map((s) => s.text)
    expect(texts).toContain('You must not: sell the records.')
  })

  test('a title ending with a colon leads nothing in', async () => {
    const texts = sentencesOf(await read('# Terms\n\n## Definitions:\n\n* Records are the data supplied.\n')).map((s) => s.text)
    expect(texts).toContain('Records are the data supplied.')
  })
})

describe('not making the data available to third parties is a use restriction', () => {
  test.each([
    ['You must not make the survey data available to any third party.'],
    ['The Licensee will not, without our consent, make any licensed records available to other organisations.'],
  ])('%s', async (text) => {
    expect(await present(`# Licence\n\n${text}\n`)).toContain('data-use-restrictions')
  })
})
