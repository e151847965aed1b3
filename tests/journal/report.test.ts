/** `clausier journal report`: content, and each format parsed back (Markdown, HTML with parse5, DOCX unzipped). */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { parse as parseHtml } from 'parse5'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Heading, Root, Table, Text } from 'mdast'
import { beforeAll, describe, expect, test } from 'vitest'
import { add, journal, tempJournal } from './helpers.js'

let dir = ''
let db = ''
let evidenceHash = ''

beforeAll(async () => {
  ;({ dir, db } = tempJournal())
  writeFileSync(join(dir, 'form-capture.png'), Buffer.alloc(4096, 7))
  evidenceHash = (await import('node:crypto')).createHash('sha256').update(Buffer.alloc(4096, 7)).digest('hex')
  const g = ['--generator', 'LeadCo']
  await add(db, [...g, '--source', 'https://leadco.example/quiz', '--batch', 'B-1', '--leads', 'L1,L2', '--checked', 'consent screen', '--result', 'non-conform', '--non-conformity', 'single VALIDER button accepts partners', '--action', 'reported to LeadCo, batch B-1 suspended', '--evidence', 'form-capture.png', '--date', '2026-02-01T10:00Z', '--by', 'Alice'], dir)
  await add(db, [...g, '--checked', 'consent screen', '--result', 'conform', '--follows-up', '1', '--status', 'closed', '--action', 'form fixed', '--date', '2026-02-10'])
  await add(db, ['--generator', 'DataPlus', '--source', 'sweepstakes form', '--checked', 'partner list', '--result', 'partial', '--non-conformity', 'partner list without the buyer', '--date', '2026-02-15'])
  await add(db, ['--generator', 'DataPlus', '--checked', 'proof of consent for 10 leads', '--result', 'conform', '--leads', 'D1,D2', '--date', '2026-02-16'])
  await add(db, ['--generator', 'DataPlus', '--checked', 'proof of consent for 10 leads', '--result', 'conform', '--leads', 'D1,D2,D3', '--date', '2026-02-16', '--corrects', '4'])
  // Markdown in a field must stay text.
  await add(db, ['--generator', 'LeadCo', '--checked', '## 12. No liability', '--result', 'conform', '--date', '2026-03-01'])
})

function text(node: unknown): string {
  if (typeof node !== 'object' || node === null) return ''
  const n = node as { value?: string; children?: unknown[] }
  return (n.value ?? '') + (n.children ?? []).map(text).join('')
}

describe('journal report', () => {
  test('Markdown on standard output: title page, summary, chains, checks and evidence', async () => {
    const r = await journal(db, ['report'])
    expect(r.code).toBe(0)
    const tree = unified().use(remarkParse).use(remarkGfm).parse(r.out) as Root
    const headings = tree.children.filter((n): n is Heading => n.type === 'heading')
    expect(headings.filter((h) => h.depth <= 2).map(text)).toEqual([
      'Verification journal of lead generators',
      'Summary',
      'Open non-conformities (1)',
      'Non-conformities and their follow-up (2)',
      'Checks (6 entries)',
      'Evidence files (1)',
    ])
    expect(headings.filter((h) => h.depth === 1)).toHaveLength(1) // the "## 12." field stayed text
    expect(tree.children.some((n) => n.type === 'thematicBreak')).toBe(true)
    const summary = tree.children.find((n): n is Table => n.type === 'table')!
    const rows = Object.fromEntries(summary.children.map((row) => [text(row.children[0]), text(row.children[1])]))
    expect(rows).toMatchObject({ 'Checks (current entries)': '5', 'Conform / non-conform / partial': '3 / 1 / 1', 'Conformity rate': '60.0 %', 'Open non-conformities': '1', 'Closed non-conformities': '1', 'Corrected entries (superseded)': '1', 'Non-conformities with no action recorded': '1' })
    expect(headings.map(text)).toContain('Non-conformity of entry 1 — LeadCo — closed on 2026-02-10 00:00 UTC')
    expect(headings.map(text)).toContain('Non-conformity of entry 3 — DataPlus — OPEN')
    expect(headings.map(text)).toContain('Entry 4 — 2026-02-16 00:00 UTC — DataPlus — conform (corrected by entry 5)')
    expect(r.out).toContain('- **Leads:** L1, L2\n')
    expect(r.out).toContain('- **Checked:** ## 12. No liability\n')
    expect(r.out).toContain(evidenceHash)
    expect(r.out).toContain('- **Source:** <https://leadco.example/quiz>\n')
    expect(r.out).toContain('B-1')
  })

  test('--generator and the period select checks; older open non-conformities are carried forward', async () => {
    const r = await journal(db, ['report', '--generator', 'DataPlus', '--from', '2026-02-16', '--to', '2026-02-28'])
    expect(r.code).toBe(0)
    expect(r.out).toContain('Checks (2 entries)')
    expect(r.out).toContain('Non-conformity of entry 3 — DataPlus — OPEN')
    expect(r.out).not.toContain('LeadCo')
  })

  test('HTML parses, is self-contained and highlights the open non-conformities', async () => {
    const out = join(dir, 'report.html')
    const r = await journal(db, ['report', '-o', out])
    expect(r).toMatchObject({ code: 0, err: `wrote ${out} (5 checks, 1 open non-conformities)\n` })
    const html = readFileSync(out, 'utf8')
    const doc = parseHtml(html, { sourceCodeLocationInfo: false })
    type N = { nodeName: string; attrs?: Array<{ name: string; value: string }>; childNodes?: N[]; value?: string }
    const all: N[] = []
    const walk = (n: N) => {
      all.push(n)
      n.childNodes?.forEach(walk)
    }
    walk(doc as unknown as N)
    const open = all.filter((n) => n.attrs?.some((a) => a.name === 'class' && a.value.split(' ').includes('open-nc')))
    const flat = (n: N): string => (n.value ?? '') + (n.childNodes ?? []).map(flat).join('')
    expect(open.map(flat)).toEqual(['Open non-conformities (1)', 'Non-conformity of entry 3 — DataPlus — OPEN', 'Entry 3 — 2026-02-15 00:00 UTC — DataPlus — PARTIAL'])
    expect(all.some((n) => n.nodeName === 'h1' && flat(n) === 'Verification journal of lead generators')).toBe(true)
    expect(html).not.toMatch(/<(script|link)\b/)
    expect(all.filter((n) => n.nodeName === 'code').map(flat)).toContain(evidenceHash)
  })

  test('DOCX unzips to a Word document with the title, the headings and the highlighted open item', async () => {
    const out = join(dir, 'report.docx')
    expect((await journal(db, ['report', '-o', out])).code).toBe(0)
    const files = unzipSync(readFileSync(out))
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'docProps/core.xml']))
    const xml = strFromU8(files['word/document.xml']!)
    expect(xml).toMatch(/<w:pStyle w:val="Title"\/>.*Verification journal of lead generators/)
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>(?:(?!<\/w:p>).)*Summary/)
    expect(xml).toMatch(/<w:shd [^>]*w:fill="FDE2E1"[^>]*\/>(?:(?!<\/w:p>).)*Non-conformity of entry 3 — DataPlus — OPEN/)
    expect(xml).toContain('<w:br w:type="page"/>')
    expect(xml).toContain(evidenceHash)
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBeGreaterThanOrEqual(4)
  })

  test('never overwrites without --force; bad extension is a usage error', async () => {
    const out = join(dir, 'kept.md')
    writeFileSync(out, 'signed copy')
    expect(await journal(db, ['report', '-o', out])).toEqual({ code: 2, out: '', err: `clausier: ${out} already exists: pass --force to overwrite it\n` })
    expect(readFileSync(out, 'utf8')).toBe('signed copy')
    expect((await journal(db, ['report', '-o', out, '--force'])).code).toBe(0)
    expect(readFileSync(out, 'utf8')).toMatch(/^# Verification journal/)
    expect((await journal(db, ['report', '-o', join(dir, 'r.pdf')])).code).toBe(2)
  })
})
