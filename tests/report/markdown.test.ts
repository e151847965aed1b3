/** Markdown report: re-parsed with remark (GFM) and checked as a tree, not as text. */
import type { Blockquote, Heading, Nodes, Root, Table } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, test } from 'vitest'
import { renderMarkdownReport } from '../../src/report/markdown.js'
import { CONSENT_PROOF_EN, CONSENT_PROOF_FR, EN_REVIEW, FR_PATH, FR_REVIEW, RETENTION_FR, review } from './fixtures.js'

const parser = unified().use(remarkParse).use(remarkGfm)

function parse(md: string): Root {
  return parser.runSync(parser.parse(md)) as Root
}

function all(node: Nodes, type: string): Nodes[] {
  const out: Nodes[] = node.type === type ? [node] : []
  if ('children' in node) for (const child of node.children) out.push(...all(child, type))
  return out
}

/** Plain text of a node (text and inline code). */
function textOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value
  return 'children' in node ? node.children.map((c) => textOf(c as Nodes)).join('') : ''
}

/** A table as rows of cell texts (header first). */
function cells(table: Table): string[][] {
  return table.children.map((row) => row.children.map(textOf))
}

/** The section under the heading with this text: the nodes up to the next heading of the same or a higher level. */
function section(root: Root, title: string): Nodes[] {
  const start = root.children.findIndex((n) => n.type === 'heading' && textOf(n) === title)
  expect(start, `heading "${title}"`).toBeGreaterThanOrEqual(0)
  const depth = (root.children[start] as Heading).depth
  const end = root.children.findIndex((n, i) => i > start && n.type === 'heading' && n.depth <= depth)
  return root.children.slice(start + 1, end < 0 ? undefined : end)
}

describe('Markdown report', () => {
  const md = renderMarkdownReport([FR_REVIEW])
  const root = parse(md)

  test('one title per file, then summary, findings, clause statuses and clauses to add, in French', () => {
    const headings = (all(root, 'heading') as Heading[]).map((h) => [h.depth, textOf(h)])
    expect(headings).toEqual([
      [1, `Revue contractuelle\u00a0: ${FR_PATH}`],
      [2, 'Synthèse'],
      [2, 'Points relevés'],
      [2, 'État des clauses'],
      [2, 'Clauses à ajouter'],
      [3, 'consent-proof'],
      [3, 'retention-deletion (par renvoi)'],
    ])
  })

  test('the summary lists the facts and the counts', () => {
    const items = section(root, 'Synthèse').flatMap((n) => all(n, 'listItem')).map(textOf)
    expect(items).toContain('Type de document\u00a0: devis')
    expect(items).toContain('Canaux\u00a0: e-mail, SMS')
    expect(items).toContain('Qualification RGPD\u00a0: inconnue')
    expect(items).toContain('Conditions incorporées par renvoi\u00a0: CGV (https://leadco.example/cgv), ligne 13')
    expect(items).toContain('Bilan\u00a0: 2 erreurs, 3 avertissements ; 4 clauses présentes sur 6, 1 par renvoi')
  })

  test('findings table: severity, location, message, sources, rule — hostile text stays text', () => {
    const [table] = section(root, 'Points relevés').filter((n): n is Table => n.type === 'table')
    const rows = cells(table!)
    expect(rows[0]).toEqual(['Gravité', 'Emplacement', 'Message', 'Sources', 'Règle'])
    expect(rows).toHaveLength(FR_REVIEW.findings.length + 1)
    expect(rows[1]).toEqual(['Erreur', 'ensemble du document', FR_REVIEW.findings[0]!.message, 'RGPD art. 7(1); CPCE L. 34-5', 'missing-clause/consent-proof'])
    expect(rows[2]!.slice(0, 2)).toEqual(['Erreur', 'ligne 5'])
    // Pipes, markup, emphasis and a javascript: link in a message come back as the same text.
    expect(rows[5]![2]).toBe(FR_REVIEW.findings[4]!.message)
    expect(all(root, 'html')).toEqual([])
    // The only links are GFM autolink literals of the document's own https URLs; no javascript: link.
    for (const link of all(root, 'link')) expect(link).toMatchObject({ url: 'https://leadco.example/cgv', children: [{ type: 'text', value: 'https://leadco.example/cgv' }] })
  })

  test('clause status table: id, status, evidence excerpt with its line', () => {
    const [table] = section(root, 'État des clauses').filter((n): n is Table => n.type === 'table')
    const rows = cells(table!)
    expect(rows[0]).toEqual(['Clause', 'État', 'Extrait'])
    expect(rows.slice(1).map((r) => r[0])).toEqual(FR_REVIEW.clauses.map((c) => c.id))
    expect(rows[1]).toEqual(['price-payment', 'présente', 'ligne 5\u00a0: Paiement à 60 jours fin de mois.'])
    expect(rows[3]).toEqual(['documents-precedence', 'présente', 'ligne 2\u00a0: Client : ACME <script>alert("x")</script> | SARL.'])
    expect(rows[5]).toEqual(['consent-proof', 'absente', '—'])
    expect(rows[6]).toEqual(['retention-deletion', 'par renvoi', '—'])
  })

  test('each clause to add: its suggested text in a quote block, paragraph by paragraph', () => {
    const quotes = section(root, 'Clauses à ajouter').filter((n): n is Blockquote => n.type === 'blockquote')
    expect(quotes.map((q) => q.children.map(textOf))).toEqual([CONSENT_PROOF_FR.split('\n\n'), [RETENTION_FR]])
  })

  test('English labels for an English review; several files one after the other', () => {
    const both = parse(renderMarkdownReport([FR_REVIEW, EN_REVIEW]))
    const titles = (all(both, 'heading') as Heading[]).filter((h) => h.depth === 1).map(textOf)
    expect(titles).toEqual([`Revue contractuelle\u00a0: ${FR_PATH}`, 'Contract review: contracts/agreement.pdf'])
    const en = parse(renderMarkdownReport([EN_REVIEW]))
    expect((all(en, 'heading') as Heading[]).map(textOf)).toEqual([
      'Contract review: contracts/agreement.pdf',
      'Summary',
      'Findings',
      'Clause statuses',
      'Clauses to add',
      'consent-proof (negated by the text)',
    ])
    const [table] = section(en, 'Findings').filter((n): n is Table => n.type === 'table')
    expect(cells(table!)[1]!.slice(0, 2)).toEqual(['Error', 'p. 2, line 4'])
    expect(section(en, 'Clauses to add').filter((n) => n.type === 'blockquote').map(textOf)).toEqual([CONSENT_PROOF_EN])
  })

  test('a clean review says so and has no table of findings', () => {
    const clean = parse(renderMarkdownReport([review({ path: 'clean.md', language: 'en' })]))
    expect(section(clean, 'Findings').map(textOf)).toEqual(['No findings.'])
    expect(all(clean, 'table')).toEqual([])
  })
})
