/**
 * Turns the assembled Markdown (after Handlebars) into the Contract model: articles numbered,
 * sub-clauses numbered, cross-references resolved. Structure comes only from the template and the
 * clause files; values were escaped before, so they can only ever be text here.
 */
import type { PhrasingContent, Root, RootContent } from 'mdast'
import type { ContainerDirective, TextDirective } from 'mdast-util-directive'
import type { Lang } from '../library/schema.js'
import { clauseBookmark, type Block, type ClauseMark, type Contract, type ContractMeta, type Inline } from '../contract/contract.js'
import { parseContractMarkdown } from '../core/contract-markdown.js'

const REF_PREFIX: Record<Lang, string> = { en: 'Article ', fr: "l'article " }

interface Pending {
  blocks: Block[]
  clauses: ClauseMark[]
  articleOf: Map<string, { number: number; bookmark: string }>
}

function slug(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '').slice(0, 30) || 'section'
}

function inlinesOf(nodes: readonly PhrasingContent[], lang: Lang, style: { bold?: boolean; italic?: boolean } = {}): Inline[] {
  const out: Inline[] = []
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        // Line endings inside a paragraph are spaces (most texts have none: no regex for them).
        out.push({ type: 'text', value: node.value.includes('\n') ? node.value.replace(/\s*\n\s*/g, ' ') : node.value, ...style })
        break
      case 'strong':
        out.push(...inlinesOf(node.children, lang, { ...style, bold: true }))
        break
      case 'emphasis':
        out.push(...inlinesOf(node.children, lang, { ...style, italic: true }))
        break
      case 'break':
        out.push({ type: 'break' })
        break
      case 'inlineCode':
        out.push({ type: 'text', value: node.value, ...style })
        break
      case 'link':
        out.push(...inlinesOf(node.children, lang, style))
        break
      case 'textDirective': {
        const d = node as TextDirective
        if (d.name === 'ref') {
          const target = d.children.map((c) => ('value' in c ? c.value : '')).join('')
          out.push({ type: 'ref', target, prefix: REF_PREFIX[lang], number: '?' })
        } else out.push({ type: 'text', value: `:${d.name}`, ...style })
        break
      }
      default:
        if ('children' in node) out.push(...inlinesOf(node.children as PhrasingContent[], lang, style))
        else if ('value' in node) out.push({ type: 'text', value: String(node.value), ...style })
    }
  }
  return out
}

function headingText(node: RootContent, lang: Lang): Inline[] {
  return node.type === 'heading' ? inlinesOf(node.children, lang) : []
}

function pushContent(node: RootContent, lang: Lang, p: Pending, article?: { number: number; sub: { n: number } }): void {
  switch (node.type) {
    case 'paragraph': {
      const inlines = inlinesOf(node.children, lang)
      if (article) {
        article.sub.n += 1
        p.blocks.push({ type: 'paragraph', inlines, number: `${article.number}.${article.sub.n}`, article: article.number })
      } else p.blocks.push({ type: 'paragraph', inlines })
      break
    }
    case 'list':
      p.blocks.push({
        type: 'list',
        ordered: Boolean(node.ordered),
        items: node.children.map((item) => item.children.flatMap((c) => (c.type === 'paragraph' ? inlinesOf(c.children, lang) : []))),
      })
      break
    case 'table':
      p.blocks.push({ type: 'table', rows: node.children.map((row) => row.children.map((cell) => inlinesOf(cell.children, lang))) })
      break
    case 'heading':
      if (node.depth === 1) p.blocks.push({ type: 'title', inlines: headingText(node, lang) })
      else if (node.depth === 2) p.blocks.push({ type: 'section', inlines: headingText(node, lang), bookmark: `sec_${slug(plain(node))}` })
      else p.blocks.push({ type: 'subsection', inlines: headingText(node, lang), bookmark: `sub_${slug(plain(node))}` })
      break
    case 'leafDirective':
      if (node.name === 'toc') p.blocks.push({ type: 'toc' })
      else if (node.name === 'pagebreak') p.blocks.push({ type: 'pageBreak' })
      break
    case 'containerDirective':
      pushDirective(node, lang, p)
      break
    case 'thematicBreak':
      p.blocks.push({ type: 'pageBreak' })
      break
    default:
      break
  }
}

function plain(node: RootContent): string {
  return 'children' in node ? (node.children as RootContent[]).map(plain).join('') : 'value' in node ? String(node.value) : ''
}

function pushDirective(node: ContainerDirective, lang: Lang, p: Pending): void {
  const attrs = node.attributes ?? {}
  const id = attrs.id ?? ''
  const version = Number(attrs.version ?? 1)
  const mark: ClauseMark | undefined =
    node.name === 'clause' ? { id, version, bookmark: clauseBookmark(id, version), ...(attrs.variant ? { variant: attrs.variant } : {}) } : undefined
  if (mark) p.clauses.push(mark)
  const [first, ...rest] = node.children
  if (first?.type === 'heading' && first.depth === 3) {
    // An item of an annex: a sub-heading with unnumbered paragraphs.
    const bookmark = mark?.bookmark ?? `sub_${slug(id)}`
    p.blocks.push({ type: 'subsection', inlines: headingText(first, lang), bookmark, ...(mark ? { clause: mark } : {}) })
    for (const child of rest) pushContent(child, lang, p)
    return
  }
  const number = p.articleOf.size + 1
  const bookmark = mark?.bookmark ?? `art_${slug(id)}`
  p.articleOf.set(id, { number, bookmark })
  const heading = first?.type === 'heading' ? headingText(first, lang) : [{ type: 'text' as const, value: id }]
  p.blocks.push({ type: 'article', number, inlines: heading, bookmark, ...(mark ? { clause: mark } : {}) })
  const sub = { n: 0 }
  for (const child of first?.type === 'heading' ? rest : node.children) pushContent(child, lang, p, { number, sub })
}

function resolveRefs(inlines: Inline[], p: Pending, lang: Lang, titles: ReadonlyMap<string, string>, warnings: string[]): void {
  for (let i = 0; i < inlines.length; i++) {
    const inline = inlines[i]!
    if (inline.type !== 'ref') continue
    const target = p.articleOf.get(inline.target)
    if (target) inlines[i] = { ...inline, number: String(target.number), bookmark: target.bookmark }
    else {
      const title = titles.get(inline.target) ?? inline.target
      warnings.push(`reference to "${inline.target}", which is not in this contract, written as its title`)
      inlines[i] = { type: 'text', value: lang === 'fr' ? `la clause « ${title} »` : `the "${title}" clause` }
    }
  }
}

/** Parses assembled Markdown into a numbered Contract with resolved cross-references. */
export function toContract(markdown: string, lang: Lang, meta: ContractMeta, titles: ReadonlyMap<string, string>): { contract: Contract; warnings: string[] } {
  const tree: Root = parseContractMarkdown(markdown)
  const p: Pending = { blocks: [], clauses: [], articleOf: new Map() }
  for (const node of tree.children) pushContent(node, lang, p)
  const warnings: string[] = []
  for (const block of p.blocks) {
    if (block.type === 'list') block.items.forEach((item) => resolveRefs(item, p, lang, titles, warnings))
    else if (block.type === 'table') block.rows.forEach((row) => row.forEach((cell) => resolveRefs(cell, p, lang, titles, warnings)))
    else if ('inlines' in block) resolveRefs(block.inlines, p, lang, titles, warnings)
  }
  return { contract: { lang, meta, blocks: p.blocks, clauses: p.clauses }, warnings: [...new Set(warnings)] }
}
