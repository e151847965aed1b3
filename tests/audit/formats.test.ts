import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import type { Heading, Root, Table } from 'mdast'
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { parseAnswers } from '../../src/audit/answers.js'
import { auditScoreSchema } from '../../src/audit/json-schema.js'
import { scoreAudit } from '../../src/audit/score.js'
import { loadQuestionnaire } from '../../src/audit/questionnaire.js'
import { cli, ROOT, tempDir } from '../helpers.js'

const WEAK = join(ROOT, 'examples/audit/answers-weak.yaml')

function mdTree(md: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(md)
}
const headingTexts = (tree: Root, depth: number) =>
  tree.children.filter((n): n is Heading => n.type === 'heading' && n.depth === depth).map((h) => h.children.map((c) => ('value' in c ? c.value : '')).join(''))

function htmlElements(html: string): T.Element[] {
  const out: T.Element[] = []
  const walk = (n: T.ParentNode) => {
    for (const c of n.childNodes) {
      if ('tagName' in c) {
        out.push(c)
        walk(c)
      }
    }
  }
  walk(parse(html))
  return out
}
const textOf = (e: T.Element): string => e.childNodes.map((c) => ('value' in c ? c.value : 'tagName' in c ? textOf(c) : '')).join('')

function docxXml(path: string): string {
  const files = unzipSync(new Uint8Array(readFileSync(path)))
  expect(files['word/styles.xml']).toBeDefined()
  return strFromU8(files['word/document.xml']!)
}

describe('audit init formats', () => {
  it('prints the questionnaire as Markdown: 9 themes, 33 questions, in English by default', async () => {
    const r = await cli(['audit', 'init'])
    expect(r.code).toBe(0)
    const tree = mdTree(r.out)
    expect(headingTexts(tree, 2)).toEqual(['A. Organisation & maturity', 'B. Collection & consent design', 'C. Sources & supply chain', 'D. Proof of consent', 'E. Information & rights', 'F. Opt-out & suppression', 'G. Telephone & SMS specifics', 'H. Security, retention & transfers', 'I. Contract & cover'])
    const questions = headingTexts(tree, 3)
    expect(questions).toHaveLength(33)
    expect(questions[0]).toMatch(/^DD-01\. /)
    expect(r.out).toContain('Good answer')
    expect(r.out).toContain('CNIL SAN-2022-021 (EDF) §20')
  })

  it('writes it in French', async () => {
    const r = await cli(['audit', 'init', '--lang', 'fr'])
    expect(headingTexts(mdTree(r.out), 2)[0]).toBe('A. Organisation et maturité')
    expect(r.out).toContain('Bonne réponse')
  })

  it('writes HTML with a heading per question', async () => {
    const dir = tempDir()
    const r = await cli(['audit', 'init', '--lang', 'fr', '-o', 'q.html'], { cwd: dir })
    expect(r.code).toBe(0)
    const els = htmlElements(readFileSync(join(dir, 'q.html'), 'utf8'))
    expect(els.find((e) => e.tagName === 'html')?.attrs).toContainEqual({ name: 'lang', value: 'fr' })
    expect(els.filter((e) => e.tagName === 'h3')).toHaveLength(33)
  })

  it('writes DOCX with real heading styles and bullet numbering', async () => {
    const dir = tempDir()
    const r = await cli(['audit', 'init', '-o', 'q.docx'], { cwd: dir })
    expect(r.code).toBe(0)
    const xml = docxXml(join(dir, 'q.docx'))
    expect(xml.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(9)
    expect(xml.match(/<w:pStyle w:val="Heading2"\/>/g)).toHaveLength(33)
    expect(xml).toContain('<w:pStyle w:val="Title"/>')
    expect(xml).toContain('<w:numPr>')
  })

  it('writes the answers file to fill: every id, unknown, question as a comment; it scores as all unknown', async () => {
    const dir = tempDir()
    for (const lang of ['en', 'fr']) {
      const r = await cli(['audit', 'init', '--lang', lang, '-o', `answers-${lang}.yaml`], { cwd: dir })
      expect(r.code).toBe(0)
      const text = readFileSync(join(dir, `answers-${lang}.yaml`), 'utf8')
      expect(text).toMatch(/# DD-17\. /)
      const qn = loadQuestionnaire()
      const answers = parseAnswers(text, 'answers.yaml', qn)
      expect([...answers.answers.keys()]).toEqual(qn.questions.map((q) => q.id))
      expect([...answers.answers.values()].every((a) => a.answer === 'unknown' && a.evidence.length === 0)).toBe(true)
      const s = scoreAudit(qn, answers, { lang: answers.language ?? 'en' })
      expect(s.overall.score).toBe(0)
      expect(s.unanswered).toHaveLength(33)
      expect(s.lang).toBe(lang)
    }
  })
})

describe('audit score formats', () => {
  it('json validates against its schema', async () => {
    const r = await cli(['audit', 'score', WEAK, '--format', 'json'])
    expect(r.code).toBe(1)
    const json = auditScoreSchema.parse(JSON.parse(r.out))
    expect(json.overall.level).toBe('insufficient')
    expect(json.blocking.map((b) => b.id)).toEqual(['DD-07', 'DD-08', 'DD-13', 'DD-17'])
  })

  it('stylish ends with the overall line, no colours off a terminal', async () => {
    const r = await cli(['audit', 'score', WEAK])
    expect(r.code).toBe(1)
    expect(r.out).not.toContain('\u001b[')
    expect(r.out.trim().split('\n').at(-1)).toBe('Overall score: 22/100 insufficient — 4 blocking answers, 5 unanswered, 14 without evidence')
    expect(r.out).toContain('reinforce international-transfers  DD-30  offshore:')
  })

  it('markdown re-parses: title, theme table, sections', async () => {
    const r = await cli(['audit', 'score', WEAK, '--format', 'markdown', '--lang', 'fr'])
    expect(r.code).toBe(1)
    const tree = mdTree(r.out)
    expect(headingTexts(tree, 1)).toEqual(['Score d’audit du fournisseur de leads'])
    expect(headingTexts(tree, 2)).toEqual(['Réponses bloquantes', 'Clauses du contrat à renforcer', 'Questions sans réponse (comptées zéro)', 'Réponses sans justificatif'])
    const tables = tree.children.filter((n): n is Table => n.type === 'table')
    expect(tables[0]?.children).toHaveLength(10)
    expect(r.out).toContain('22/100 — insuffisant')
  })

  it('html parses, with the theme table and the clauses to reinforce', async () => {
    const dir = tempDir()
    const r = await cli(['audit', 'score', WEAK, '-o', 'score.html'], { cwd: dir })
    expect(r.code).toBe(1)
    const els = htmlElements(readFileSync(join(dir, 'score.html'), 'utf8'))
    expect(els.filter((e) => e.tagName === 'table')).toHaveLength(2)
    expect(els.filter((e) => e.tagName === 'code').map(textOf)).toContain('consent-proof')
    expect(els.filter((e) => e.tagName === 'h2').map(textOf)).toContain('Blocking answers')
  })

  it('docx has heading styles and Word tables', async () => {
    const dir = tempDir()
    const r = await cli(['audit', 'score', WEAK, '-o', 'score.docx'], { cwd: dir })
    expect(r.code).toBe(1)
    const xml = docxXml(join(dir, 'score.docx'))
    expect(xml).toContain('<w:pStyle w:val="Title"/>')
    expect(xml.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(4)
    expect(xml.match(/<w:tbl>/g)).toHaveLength(2)
    expect(xml).toContain('international-transfers')
  })
})
