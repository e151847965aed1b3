/**
 * Contract → mdast, shared by the Markdown and HTML renderers so that both carry the same content.
 * Numbers are written as text here (these formats have no live numbering); DOCX uses Word's own.
 */
import type { Heading, List, PhrasingContent, Root, RootContent, Table } from 'mdast'
import { plainText, type Block, type Contract, type Inline } from '../contract/contract.js'

const TOC_TITLE = { en: 'Contents', fr: 'Sommaire' } as const

function phrasing(inlines: readonly Inline[], withLinks: boolean): PhrasingContent[] {
  return inlines.map((i): PhrasingContent => {
    if (i.type === 'break') return { type: 'break' }
    if (i.type === 'ref') {
      const text: PhrasingContent = { type: 'text', value: `${i.prefix}${i.number}` }
      return withLinks && i.bookmark ? { type: 'link', url: `#${i.bookmark}`, children: [text] } : text
    }
    let node: PhrasingContent = { type: 'text', value: i.value }
    if (i.italic) node = { type: 'emphasis', children: [node] }
    if (i.bold) node = { type: 'strong', children: [node] }
    return node
  })
}

function heading(depth: 1 | 2 | 3, children: PhrasingContent[], id?: string): Heading {
  return { type: 'heading', depth, children, ...(id ? { data: { hProperties: { id } } } : {}) }
}

function articleTitle(b: Extract<Block, { type: 'article' }>, withLinks: boolean): PhrasingContent[] {
  return [{ type: 'text', value: `${b.number}. ` }, ...phrasing(b.inlines, withLinks)]
}

/** Converts the contract; `withLinks` turns cross-references into anchors (HTML). */
export function contractToMdast(contract: Contract, withLinks: boolean): Root {
  const children: RootContent[] = []
  for (const b of contract.blocks) {
    switch (b.type) {
      case 'title':
        children.push(heading(1, phrasing(b.inlines, withLinks)))
        break
      case 'toc': {
        const entries = contract.blocks.filter((x) => x.type === 'article' || x.type === 'section')
        children.push({ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: TOC_TITLE[contract.lang] }] }] })
        const list: List = {
          type: 'list',
          ordered: false,
          spread: false,
          children: entries.map((e) => {
            const text = e.type === 'article' ? `${e.number}. ${plainText(e.inlines)}` : plainText(e.inlines)
            const inner: PhrasingContent = withLinks ? { type: 'link', url: `#${e.bookmark}`, children: [{ type: 'text', value: text }] } : { type: 'text', value: text }
            return { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [inner] }] }
          }),
        }
        children.push(list)
        break
      }
      case 'pageBreak':
        children.push({ type: 'thematicBreak' })
        break
      case 'article':
        children.push(heading(2, articleTitle(b, withLinks), b.bookmark))
        break
      case 'section':
        children.push(heading(2, phrasing(b.inlines, withLinks), b.bookmark))
        break
      case 'subsection':
        children.push(heading(3, phrasing(b.inlines, withLinks), b.bookmark))
        break
      case 'paragraph':
        children.push({
          type: 'paragraph',
          children: b.number ? [{ type: 'strong', children: [{ type: 'text', value: b.number }] }, { type: 'text', value: ' ' }, ...phrasing(b.inlines, withLinks)] : phrasing(b.inlines, withLinks),
        })
        break
      case 'list':
        children.push({
          type: 'list',
          ordered: b.ordered,
          spread: false,
          children: b.items.map((item) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: phrasing(item, withLinks) }] })),
        })
        break
      case 'table': {
        const table: Table = {
          type: 'table',
          align: b.rows[0]?.map(() => null) ?? [],
          children: b.rows.map((row) => ({ type: 'tableRow', children: row.map((cell) => ({ type: 'tableCell', children: phrasing(cell, withLinks) })) })),
        }
        children.push(table)
        break
      }
    }
  }
  return { type: 'root', children }
}
