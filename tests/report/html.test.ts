/** HTML report: parsed back with parse5 (the WHATWG parser) and checked as a DOM. */
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5'
import { describe, expect, test } from 'vitest'
import { renderHtmlReport } from '../../src/report/html.js'
import { CONSENT_PROOF_FR, DOCUMENTS, EN_REVIEW, FR_PATH, FR_REVIEW, RETENTION_FR, review } from './fixtures.js'

type Node = T.ChildNode | T.Document

function elements(node: Node, pred: (e: T.Element) => boolean = () => true): T.Element[] {
  const out: T.Element[] = []
  const walk = (n: Node) => {
    if ('tagName' in n && pred(n)) out.push(n)
    if ('childNodes' in n) for (const c of n.childNodes) walk(c)
    if (n.nodeName === 'template') for (const c of (n as T.Template).content.childNodes) walk(c)
  }
  walk(node)
  return out
}

const attr = (e: T.Element, name: string) => e.attrs.find((a) => a.name === name)?.value
const hasClass = (e: T.Element, c: string) => (attr(e, 'class') ?? '').split(/\s+/).includes(c)
const byTag = (node: Node, tag: string) => elements(node, (e) => e.tagName === tag)
const byClass = (node: Node, c: string) => elements(node, (e) => hasClass(e, c))

/** The document's own blocks as shown: the element inside each row's text column. */
function shownBlocks(section: T.Element): T.Element[] {
  return byClass(byClass(section, 'doc')[0]!, 'text').map((t) => t.childNodes.find((c): c is T.Element => 'tagName' in c)!)
}

function text(node: Node): string {
  if (node.nodeName === '#text') return (node as T.TextNode).value
  return 'childNodes' in node ? node.childNodes.map(text).join('') : ''
}

describe('HTML report', () => {
  const html = renderHtmlReport([FR_REVIEW, EN_REVIEW], DOCUMENTS)
  const doc = parse(html)
  const [fr, en] = byTag(doc, 'section').filter((s) => hasClass(s, 'file'))

  test('a complete, self-contained page: doctype, charset, inline style, no script, no external resource', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(attr(byTag(doc, 'html')[0]!, 'lang')).toBe('fr')
    expect(byTag(doc, 'meta').some((m) => attr(m, 'charset') === 'utf-8')).toBe(true)
    expect(byTag(doc, 'style')).toHaveLength(1)
    expect(byTag(doc, 'script')).toEqual([])
    for (const tag of ['link', 'img', 'iframe', 'object', 'embed']) expect(byTag(doc, tag)).toEqual([])
    for (const e of elements(doc)) {
      for (const a of e.attrs) {
        expect(a.name.startsWith('on'), `${e.tagName} ${a.name}`).toBe(false)
        if (a.name === 'href') expect(a.value.startsWith('#'), a.value).toBe(true)
        expect(a.name).not.toBe('src')
      }
    }
    expect(text(byTag(doc, 'style')[0]!)).not.toMatch(/url\(|@import/)
    // Every internal link has its target, and ids are unique.
    const ids = elements(doc).flatMap((e) => attr(e, 'id') ?? [])
    expect(new Set(ids).size).toBe(ids.length)
    const hrefs = byTag(doc, 'a').map((a) => attr(a, 'href')!.slice(1))
    expect(hrefs.length).toBeGreaterThan(FR_REVIEW.findings.length)
    for (const h of hrefs) expect(ids).toContain(h)
  })

  test('one section per file, in its language, with the summary', () => {
    expect(attr(fr!, 'lang')).toBe('fr')
    expect(attr(en!, 'lang')).toBe('en')
    expect(text(byTag(fr!, 'h2')[0]!)).toBe(FR_PATH)
    expect(byTag(fr!, 'h3').map(text)).toEqual(['Synthèse', 'Points relevés', 'Document', 'État des clauses', 'Clauses à ajouter'])
    expect(byTag(en!, 'h3').map(text)).toEqual(['Summary', 'Findings', 'Document', 'Clause statuses', 'Clauses to add'])
    const dl = byTag(fr!, 'dl')[0]!
    const pairs = byTag(dl, 'dt').map((dt, i) => [text(dt), text(byTag(dl, 'dd')[i]!)])
    expect(pairs).toContainEqual(['Type de document', 'devis'])
    expect(pairs).toContainEqual(['Bilan', '2 erreurs, 3 avertissements ; 4 clauses présentes sur 6, 1 par renvoi'])
  })

  test('the document itself, block by block, headings as headings', () => {
    const blocks = DOCUMENTS.get(FR_PATH)!.blocks
    const rendered = shownBlocks(fr!)
    expect(rendered.map(text)).toEqual(blocks.map((b) => b.text))
    expect(rendered.map((e) => e.tagName)).toEqual(blocks.map((b) => (b.kind === 'heading' ? `h${3 + b.level!}` : 'p')))
    expect(rendered.filter((e) => hasClass(e, 'li')).map(text)).toEqual(['Les leads sont collectés par e-mail et SMS.', 'Les données sont hébergées en France.'])
  })

  test('hostile document text stays text: no <script> element, the characters shown as written', () => {
    const parties = shownBlocks(fr!)[1]!
    expect(text(parties)).toBe('Fournisseur : LeadCo SAS. Client : ACME <script>alert("x")</script> | SARL.')
    expect(byTag(parties, 'script')).toEqual([])
    expect(html).not.toMatch(/<script/i)
    expect(html).toContain('&#x3C;script>')
  })

  test('evidence sentences are highlighted with the clause ids', () => {
    const marks = byTag(fr!, 'mark')
    const price = marks.find((m) => attr(m, 'data-clause') === 'price-payment')!
    expect(text(price)).toBe('Paiement à 60 jours fin de mois.')
    expect(attr(price, 'title')).toBe('price-payment')
    // Two clauses on one sentence: one mark carrying both ids.
    const shared = marks.find((m) => text(m).startsWith('Client : ACME'))!
    expect(attr(shared, 'data-clause')).toBe('documents-precedence lead-definition')
    // Only the sentence, not the whole paragraph.
    const paragraph = shownBlocks(fr!)[3]!
    expect(text(paragraph)).toBe('Prix unitaire : 12 € HT par lead. Paiement à 60 jours fin de mois.')
    expect(byTag(paragraph, 'mark').map(text)).toEqual(['Paiement à 60 jours fin de mois.'])
    // Negation evidence is marked apart.
    const negation = byTag(en!, 'mark').find((m) => attr(m, 'data-clause') === 'consent-proof')!
    expect(hasClass(negation, 'negation')).toBe(true)
  })

  test('each finding beside the paragraph it points to; file-level ones above the document', () => {
    const rows = byClass(fr!, 'row')
    const noteOf = (row: T.Element) => byClass(row, 'finding').map((a) => attr(a, 'data-rule'))
    const rowWith = (start: string) => rows.find((r) => text(byClass(r, 'text')[0]!).startsWith(start))!
    expect(noteOf(rowWith('Prix unitaire'))).toEqual(['payment-terms'])
    expect(noteOf(rowWith('La responsabilité'))).toEqual(['weak-liability-cap'])
    expect(noteOf(rowWith('Les CGV'))).toEqual(['missing-clause'])
    expect(noteOf(rowWith('Fournisseur :'))).toEqual(['custom-phrase'])
    expect(noteOf(rowWith('Devis n°'))).toEqual([])
    expect(hasClass(rowWith('Prix unitaire'), 'error')).toBe(true)
    const fileLevel = byClass(fr!, 'file-level')[0]!
    expect(byClass(fileLevel, 'finding').map((a) => attr(a, 'data-clause'))).toEqual(['consent-proof'])
    // Every finding is shown once, and the findings table links to it.
    const notes = byClass(fr!, 'finding')
    expect(notes).toHaveLength(FR_REVIEW.findings.length)
    const links = byTag(byClass(fr!, 'findings')[0]!, 'a').map((a) => attr(a, 'href')!.slice(1))
    expect(links.sort()).toEqual(notes.map((n) => attr(n, 'id')!).sort())
    // A hostile message is text too.
    expect(notes.map(text).some((t) => t.includes('"ACME <script>alert("x")</script> | SARL"'))).toBe(true)
    // Page-located findings (PDF) find their block on the right page.
    const enRows = byClass(en!, 'row').filter((r) => byClass(r, 'finding').length)
    expect(enRows.map((r) => text(byClass(r, 'text')[0]!))).toEqual([
      "Neither party's liability shall exceed the fees paid in the previous month.",
      'The Generator shall not be required to keep any record of consent.',
    ])
  })

  test('clause statuses and the clauses to add with their suggested text', () => {
    const rows = byTag(byClass(fr!, 'clauses')[0]!, 'tr').slice(1)
    expect(rows.map((r) => [attr(r, 'data-clause'), attr(r, 'data-status')])).toEqual(FR_REVIEW.clauses.map((c) => [c.id, c.status]))
    const suggestions = byClass(fr!, 'suggestion')
    expect(suggestions.map((s) => attr(s, 'data-clause'))).toEqual(['consent-proof', 'retention-deletion'])
    expect(byTag(suggestions[0]!, 'p').map(text)).toEqual(CONSENT_PROOF_FR.split('\n\n'))
    expect(byTag(suggestions[1]!, 'p').map(text)).toEqual([RETENTION_FR])
  })

  test('without the document text: the findings still show, with a note', () => {
    const page = parse(renderHtmlReport([FR_REVIEW], new Map()))
    expect(byClass(page, 'finding')).toHaveLength(FR_REVIEW.findings.length)
    expect(elements(page).map(text)).toContain('Le texte du document n’est pas disponible.')
    const clean = parse(renderHtmlReport([review({ path: 'x.md', language: 'en' })], new Map()))
    expect(byClass(clean, 'muted').map(text)).toContain('No findings.')
  })
})
