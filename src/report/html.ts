/**
 * `--format html`: a self-contained page (inline CSS, no script, no external resource). For each
 * file: a summary, the document itself with the evidence of each clause highlighted and each finding
 * beside the paragraph it points to, the clause statuses, and the clause texts to add. Built as a
 * hast tree and serialised by rehype-stringify: the document is hostile input and stays text.
 */
import type { Element, ElementContent, Properties, Root } from 'hast'
import rehypeStringify from 'rehype-stringify'
import { unified } from 'unified'
import type { ReviewDocument, TextBlock } from '../read/document.js'
import type { Evidence, FileReview, Finding } from '../review/types.js'
import { anchorFindings, blockIndexAt, evidenceRanges, paragraphsOf, segments, suggestedClauses, suggestionNote } from './anchor.js'
import { formatLocation, labelsFor, summaryRows, type Labels } from './labels.js'

const stringify = unified().use(rehypeStringify)

const CSS = `:root{--error:#b3261e;--warning:#8a5a00;--mark:#fff3b0;--neg:#ffd6d1;--line:#d8d8d8}
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;max-width:74rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
h1{font-size:1.6rem}h2{font-size:1.35rem;margin-top:3rem;border-bottom:2px solid #1f3864;padding-bottom:.2rem}h3{font-size:1.1rem;margin-top:2rem}
.file>h2 code{font-size:1.1rem}
dl.summary{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dl.summary dt{font-weight:600}dl.summary dd{margin:0}
table{border-collapse:collapse;width:100%;margin:1rem 0;font-size:.92rem}td,th{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f4f4f4}
.sev{font-weight:600;white-space:nowrap}.sev.error,.finding.error strong{color:var(--error)}.sev.warning,.finding.warning strong{color:var(--warning)}
.doc{border:1px solid var(--line);border-radius:4px;padding:1rem 1.2rem;background:#fcfcfc}
.row{display:grid;grid-template-columns:minmax(0,1fr) 20rem;gap:1.2rem;align-items:start}
.row>.text>*{margin:.35rem 0}.row>.text>.doc-heading{margin-top:1rem}
.row.flagged>.text{border-left:3px solid var(--warning);padding-left:.6rem}.row.flagged.error>.text{border-left-color:var(--error)}
.li::before{content:'• '}.cell{padding-left:.5rem;border-left:1px dotted var(--line)}
mark{background:var(--mark);padding:0 .1rem}mark.negation{background:var(--neg)}
.notes{display:flex;flex-direction:column;gap:.5rem}
.finding{font-size:.85rem;background:#fff;border:1px solid var(--line);border-left:4px solid var(--warning);border-radius:3px;padding:.4rem .6rem}.finding.error{border-left-color:var(--error)}
.finding p{margin:.2rem 0}.finding .meta{color:#555;font-size:.8rem}
.file-level{margin-bottom:1rem}
.suggestion blockquote{margin:.5rem 0 1.2rem;padding:.4rem 1rem;border-left:4px solid #2e7d32;background:#f3f9f3}
.muted{color:#666}td ul{margin:0;padding-left:1.1rem}
@media (max-width:56rem){.row{grid-template-columns:1fr}}
@media print{.row{grid-template-columns:minmax(0,1fr) 16rem}body{max-width:none}}`

/** A hast element (a small `h`: properties in hast's camelCase, children as nodes or strings). */
function h(tagName: string, properties: Properties = {}, children: Array<ElementContent | string> = []): Element {
  return { type: 'element', tagName, properties, children: children.map((c) => (typeof c === 'string' ? { type: 'text', value: c } : c)) }
}

function summary(review: FileReview, l: Labels): Element {
  return h('dl', { className: ['summary'] }, summaryRows(review, l).flatMap(([label, value]) => [h('dt', {}, [label]), h('dd', {}, [value])]))
}

const findingId = (file: number, index: number) => `f${file}-${index}`
const blockId = (file: number, index: number) => `b${file}-${index}`

function findingsTable(review: FileReview, l: Labels, file: number): Element {
  if (review.findings.length === 0) return h('p', { className: ['muted'] }, [l.noFindings])
  const rows = review.findings.map((f, i) => {
    // Every finding has a note in the document view (beside its paragraph, or above the document).
    return h('tr', {}, [
      h('td', { className: ['sev', f.severity] }, [l.severities[f.severity]]),
      h('td', {}, [h('a', { href: `#${findingId(file, i)}` }, [formatLocation(l, f)])]),
      h('td', {}, [f.message]),
      h('td', {}, [(f.sources ?? []).join('; ')]),
      h('td', {}, [h('code', {}, [f.clauseId ? `${f.ruleId}/${f.clauseId}` : f.ruleId])]),
    ])
  })
  return h('table', { className: ['findings'] }, [
    h('thead', {}, [h('tr', {}, [l.severity, l.location, l.message, l.sources, l.rule].map((t) => h('th', {}, [t])))]),
    h('tbody', {}, rows),
  ])
}

const suggestionId = (file: number, clauseId: string) => `s${file}-${clauseId}`

function findingNote(f: Finding, id: string, l: Labels, file: number): Element {
  return h('aside', { className: ['finding', f.severity], id, dataRule: f.ruleId, ...(f.clauseId ? { dataClause: f.clauseId } : {}) }, [
    h('p', {}, [h('strong', {}, [l.severities[f.severity]]), ` · ${formatLocation(l, f)}`]),
    h('p', {}, [f.message]),
    ...(f.sources?.length ? [h('p', { className: ['meta'] }, [`${l.sources}${l.colon}${f.sources.join('; ')}`])] : []),
    h('p', { className: ['meta'] }, [
      h('code', {}, [f.clauseId ? `${f.ruleId}/${f.clauseId}` : f.ruleId]),
      ...(f.clauseId !== undefined && f.suggestion !== undefined ? [' · ', h('a', { href: `#${suggestionId(file, f.clauseId)}` }, [l.suggestedText])] : []),
    ]),
  ])
}

function blockElement(block: TextBlock, content: ElementContent[], id: string): Element {
  switch (block.kind) {
    case 'heading':
      return h(`h${Math.min(6, 3 + Math.max(1, block.level ?? 1))}`, { id, className: ['doc-heading'] }, content)
    case 'list-item':
      return h('p', { id, className: ['li'] }, content)
    case 'table-cell':
      return h('p', { id, className: ['cell'] }, content)
    case 'paragraph':
      return h('p', { id }, content)
  }
}

function documentView(review: FileReview, doc: ReviewDocument | undefined, l: Labels, file: number): Element[] {
  const index = new Map(review.findings.map((f, i) => [f, i]))
  const note = (f: Finding) => findingNote(f, findingId(file, index.get(f)!), l, file)
  const { byBlock, fileLevel } = anchorFindings(review.findings, doc)
  const view: Element[] = []
  if (fileLevel.length) view.push(h('div', { className: ['notes', 'file-level'] }, fileLevel.map(note)))
  if (!doc || doc.blocks.length === 0) return [...view, h('p', { className: ['muted'] }, [l.documentUnavailable])]
  const ranges = evidenceRanges(review, doc)
  const rows = doc.blocks.map((block, i) => {
    const content = segments(block, ranges.get(i)).map((s): ElementContent => {
      if (s.clauses.length === 0) return { type: 'text', value: s.text }
      return h('mark', { dataClause: s.clauses.join(' '), title: s.clauses.join(', '), ...(s.negation ? { className: ['negation'] } : {}) }, [s.text])
    })
    const findings = byBlock.get(i) ?? []
    const flagged = findings.length ? ['flagged', ...(findings.some((f) => f.severity === 'error') ? ['error'] : [])] : []
    return h('div', { className: ['row', ...flagged] }, [
      h('div', { className: ['text'] }, [blockElement(block, content, blockId(file, i))]),
      ...(findings.length ? [h('div', { className: ['notes'] }, findings.map(note))] : []),
    ])
  })
  return [...view, h('div', { className: ['doc'] }, rows)]
}

function clauseTable(review: FileReview, doc: ReviewDocument | undefined, l: Labels, file: number): Element[] {
  if (review.clauses.length === 0) return []
  const where = (e: Evidence): ElementContent | string => {
    const label = `${formatLocation(l, e)}${e.path !== undefined && e.path !== review.path ? ` ${l.inFile(e.path)}` : ''}`
    const block = doc && (e.path === undefined || e.path === doc.path) ? blockIndexAt(doc, e) : undefined
    return block === undefined ? label : h('a', { href: `#${blockId(file, block)}` }, [label])
  }
  const rows = review.clauses.map((c) =>
    h('tr', { dataClause: c.id, dataStatus: c.status }, [
      h('td', {}, [h('code', {}, [c.id])]),
      h('td', {}, [`${l.statuses[c.status]}${c.negated ? ` (${l.negated})` : ''}`]),
      h(
        'td',
        {},
        c.evidence.length
          ? [h('ul', {}, c.evidence.map((e) => h('li', {}, [h('span', { className: ['muted'] }, [where(e), l.colon]), e.text])))]
          : ['—'],
      ),
    ]),
  )
  return [
    h('h3', {}, [l.clauseStatuses]),
    h('table', { className: ['clauses'] }, [h('thead', {}, [h('tr', {}, [l.clause, l.status, l.evidence].map((t) => h('th', {}, [t])))]), h('tbody', {}, rows)]),
  ]
}

function toAdd(review: FileReview, l: Labels, file: number): Element[] {
  const suggestions = suggestedClauses(review)
  if (suggestions.length === 0) return []
  return [
    h('h3', {}, [l.clausesToAdd]),
    ...suggestions.map((s) => {
      const note = suggestionNote(s, l)
      return h('section', { className: ['suggestion'], id: suggestionId(file, s.clauseId), dataClause: s.clauseId }, [
        h('h4', {}, [h('code', {}, [s.clauseId]), ...(note ? [` (${note})`] : [])]),
        h('blockquote', {}, paragraphsOf(s.text).map((p) => h('p', {}, [p]))),
      ])
    }),
  ]
}

function fileSection(review: FileReview, doc: ReviewDocument | undefined, file: number): Element {
  const l = labelsFor(review.language)
  return h('section', { className: ['file'], id: `file-${file}`, lang: review.language }, [
    h('h2', {}, [h('code', {}, [review.path])]),
    h('h3', {}, [l.summary]),
    summary(review, l),
    h('h3', {}, [l.findings]),
    findingsTable(review, l, file),
    h('h3', {}, [l.document]),
    ...documentView(review, doc, l, file),
    ...clauseTable(review, doc, l, file),
    ...toAdd(review, l, file),
  ])
}

/** The hast tree of the whole page. */
export function htmlReport(reviews: readonly FileReview[], documents: ReadonlyMap<string, ReviewDocument>): Root {
  const lang = reviews[0]?.language ?? 'en'
  const l = labelsFor(lang)
  const title = `${l.title} — ${reviews.map((r) => r.path).join(', ')}`
  return {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang }, [
        h('head', {}, [
          h('meta', { charSet: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('meta', { name: 'generator', content: 'clausier' }),
          h('title', {}, [title]),
          h('style', {}, [CSS]),
        ]),
        h('body', {}, [h('h1', {}, [l.title]), ...reviews.map((r, i) => fileSection(r, documents.get(r.path), i + 1))]),
      ]),
    ],
  }
}

/** Renders the reviews as a complete, self-contained HTML page. */
export function renderHtmlReport(reviews: readonly FileReview[], documents: ReadonlyMap<string, ReviewDocument>): string {
  return `${stringify.stringify(htmlReport(reviews, documents))}\n`
}
