/**
 * GFM's literal links (`www.example.com`, `https://…`, `name@example.com`) in a parsed tree, made
 * by the same transform that remark-gfm runs after parsing: addresses whose dots or `@` were
 * escaped (every deal value is) escape micromark's syntax but not this transform.
 */
import type { Parent, Root, RootContent } from 'mdast'
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal'

const transform = gfmAutolinkLiteralFromMarkdown().transforms![0]!
/** What every expression of the transform needs in a text: `@`, `www.` or `http(s)://`. */
const TRIGGER = /@|www\.|https?:\/\//i

/**
 * The nodes with their literal links made links, in place: the transform runs only on the nodes
 * whose texts could hold one (it is slow on a whole contract), and their positions, left
 * undefined by the transform, are removed.
 */
export function linkLiterals(nodes: RootContent[]): RootContent[] {
  for (const parent of holders(nodes)) {
    transform({ type: 'root', children: [parent] } as Root)
    withoutPosition(parent)
  }
  return nodes
}

/** The outermost nodes having a text child that the transform could change. */
function holders(nodes: readonly RootContent[], out: RootContent[] = []): RootContent[] {
  for (const node of nodes) {
    if (!('children' in node)) continue
    const children = (node as Parent).children
    if (children.some((c) => c.type === 'text' && TRIGGER.test(c.value))) out.push(node)
    else holders(children as RootContent[], out)
  }
  return out
}

function withoutPosition(node: object): void {
  delete (node as { position?: unknown }).position
  const children = (node as { children?: unknown }).children
  if (Array.isArray(children)) for (const child of children) withoutPosition(child as object)
}
