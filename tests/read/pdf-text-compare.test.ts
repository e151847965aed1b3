import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { readPdfWithPdfjs, readWithOwnReader } from '../../src/read/pdf.js'
import { unsupportedReason } from '../../src/read/pdf-text/index.js'

const files = ['examples/quotes/accord-sous-traitance-neolead-nexaline.pdf', 'examples/quotes/devis-leadflow-assurance.pdf', 'examples/quotes/lead-generation-agreement-harbourline-bellport.pdf', 'examples/quotes/order-form-brightline-live-transfers.pdf', 'tests/fixtures/read/contract.pdf', ...readdirSync('bench/.cache').map((f) => `bench/.cache/${f}`)]
describe('explore', () => {
  for (const f of files) test(f, async () => {
    const bytes = readFileSync(f)
    console.log(f, unsupportedReason(bytes))
    const own = readWithOwnReader(bytes, false)
    const ref = await readPdfWithPdfjs(bytes, f)
    if (own) {
      const n = Math.max(own.blocks.length, ref.blocks.length)
      let shown = 0
      for (let i = 0; i < n && shown < 5; i++) if (JSON.stringify(own.blocks[i]) !== JSON.stringify(ref.blocks[i])) { console.log(i, JSON.stringify(own.blocks[i]), '\n  vs', JSON.stringify(ref.blocks[i])); shown++ }
      console.log(f, 'blocks', own.blocks.length, ref.blocks.length)
    }
    expect(own).toEqual(ref)
  }, 60000)
})
