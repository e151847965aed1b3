import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, test } from 'vitest'
// @ts-expect-error: a plain JavaScript script, run by npm run check:architecture too
import { checkArchitecture } from '../scripts/check-architecture.mjs'

const check = checkArchitecture as (src: string) => string[]

function tree(files: Record<string, string>): string {
  const src = join(mkdtempSync(join(tmpdir(), 'clausier-arch-')), 'src')
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(src, path)), { recursive: true })
    writeFileSync(join(src, path), text)
  }
  return src
}

describe('the layers of src/ (docs/architecture.md)', () => {
  test('src/ has no import circle and no import against the layers', () => {
    expect(check(join(import.meta.dirname, '..', 'src'))).toEqual([])
  })

  test('an upward import, a circle and an unknown folder are each reported', () => {
    const src = tree({
      'core/a.ts': "import { b } from './b.js'\nexport const a = 1",
      'core/b.ts': "import type { a } from './a.js'\nexport const b = 2",
      'library/l.ts': "export async function f() { return import('../review/r.js') }",
      'review/r.ts': "import { a } from '../core/a.js'\nexport const r = a",
      'misc/m.ts': 'export const m = 0',
    })
    expect(check(src)).toEqual([
      'src/library/l.ts imports src/review/r.ts: library may import only core, i18n',
      'src/misc/m.ts: folder "misc" is not in the layer table (scripts/check-architecture.mjs, docs/architecture.md)',
      'import circle: src/core/a.ts -> src/core/b.ts',
    ])
  })
})
