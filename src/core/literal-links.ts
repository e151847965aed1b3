/**
 * GFM's literal links (`www.example.com`, `https://…`, `name@example.com`) in a parsed tree, made
 * by the same transform that remark-gfm runs after parsing: addresses whose dots or `@` were
 * escaped (every deal value is) escape micromark's syntax but not this transform.
 */
import type { Root, RootContent } from 'mdast'
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal'

const transform = gfmAutolinkLiteralFromMarkdown().transforms![0]!

/** The nodes with their literal links made links (in place), without the positions the transform leaves undefined. */
export function linkLiterals(nodes: RootContent[]): RootContent[] {
  const root: Root = { type: 'root', children: nodes }
  transform(root)
  for (const node of root.children) withoutPosition(node)
  return root.children
}

function withoutPosition(node: object): void {
  delete (node as { position?: unknown }).position
  const children = (node as { children?: unknown }).children
  if (Array.isArray(children)) for (const child of children) withoutPosition(child as object)
}
