/**
 * One document model whatever the format (issue #5, extending tests/read/same-content.test.ts with
 * generated content): the same generated contract — clause titles as headings, clause sentences as
 * paragraphs and list items — written as Markdown, as DOCX (with the `docx` package) and as PDF
 * (LibreOffice, when installed) gets the same clause statuses from the reviewer. Fixed seeds; few
 * runs for the PDF, which needs one LibreOffice conversion for all its samples.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { readBuffer } from '../../src/read/index.js'
import { tempDir } from '../helpers.js'
import { CLAUSE_SENTENCES, CLAUSE_TITLES, review } from './helpers.js'

interface Section {
  title: string
  paragraphs: string[]
  items: string[]
}

const section: fc.Arbitrary<Section> = fc.record({
  title: fc.constantFrom(...CLAUSE_TITLES),
  paragraphs: fc.array(fc.constantFrom(...CLAUSE_SENTENCES), { minLength: 1, maxLength: 3 }),
  items: fc.array(fc.constantFrom(...CLAUSE_SENTENCES), { maxLength: 2 }),
})
const contract = fc.array(section, { minLength: 1, maxLength: 8 })

function toMarkdown(sections: readonly Section[]): string {
  return `# Agreement\n\n${sections.map((s) => [`## ${s.title}`, ...s.paragraphs, ...s.items.map((i) => `- ${i}`)].join('\n\n')).join('\n\n')}\n`
}

async function toDocx(sections: readonly Section[]): Promise<Buffer> {
  const children = [new Paragraph({ text: 'Agreement', heading: HeadingLevel.HEADING_1 })]
  for (const s of sections) {
    children.push(new Paragraph({ text: s.title, heading: HeadingLevel.HEADING_2 }))
    for (const p of s.paragraphs) children.push(new Paragraph({ children: [new TextRun(p)] }))
    for (const i of s.items) children.push(new Paragraph({ text: i, bullet: { level: 0 } }))
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }))
}

/** Clause id → status, the reviewer's verdict on a document. */
async function statuses(bytes: Buffer, name: string): Promise<Record<string, string>> {
  const doc = await readBuffer(bytes, name, name.endsWith('.md') ? 'md' : name.endsWith('.docx') ? 'docx' : 'pdf')
  return Object.fromEntries(review(doc).clauses.map((c) => [c.id, c.status]))
}

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p))

describe('the same generated contract as Markdown, DOCX and PDF', () => {
  test('Markdown and DOCX give the same clause statuses', { timeout: 120_000 }, async () => {
    // The comparison must not pass on documents where nothing is found: most runs find a clause (a
    // run may not: a "Disputes" title over a paragraph that names no court is no jurisdiction clause).
    let withClause = 0
    const runs = 25
    await fc.assert(
      fc.asyncProperty(contract, async (sections) => {
        const md = await statuses(Buffer.from(toMarkdown(sections)), 'c.md')
        const docx = await statuses(await toDocx(sections), 'c.docx')
        expect(docx).toEqual(md)
        if (Object.values(md).includes('present')) withClause++
      }),
      { seed: 777, numRuns: runs },
    )
    expect(withClause).toBeGreaterThan(runs / 2)
  })

  test.skipIf(!soffice)('PDF (LibreOffice) gives the same clause statuses as Markdown', { timeout: 240_000 }, async () => {
    const samples = fc.sample(contract, { seed: 888, numRuns: 4 })
    const dir = tempDir()
    const names: string[] = []
    for (const [i, sections] of samples.entries()) {
      writeFileSync(join(dir, `c${i}.docx`), await toDocx(sections))
      names.push(join(dir, `c${i}.docx`))
    }
    const r = spawnSync(soffice!, ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, ...names], { encoding: 'utf8', timeout: 200_000 })
    expect(r.status, r.stderr).toBe(0)
    for (const [i, sections] of samples.entries()) {
      const md = await statuses(Buffer.from(toMarkdown(sections)), 'c.md')
      const pdf = await statuses(readFileSync(join(dir, `c${i}.pdf`)), 'c.pdf')
      expect(pdf, `sample ${i} (seed 888)`).toEqual(md)
    }
  })
})
