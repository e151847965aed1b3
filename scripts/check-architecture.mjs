#!/usr/bin/env node
// The dependency rules of src/ (docs/architecture.md), checked over the TypeScript imports:
// every folder imports only the folders its layer allows, no file imports itself through a
// circle of others, and every folder is in the table. `npm run check:architecture` prints the
// problems and exits 1; tests/architecture.test.ts runs the same check in `npm test`.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** What each folder of src/ may import besides itself (lower layers only). */
export const LAYERS = {
  core: ['i18n'],
  i18n: [],
  library: ['core', 'i18n'],
  deal: ['core', 'i18n', 'library'],
  contract: ['core', 'i18n', 'library'],
  render: ['core', 'i18n', 'library', 'contract'],
  draft: ['core', 'i18n', 'library', 'deal', 'contract', 'render'],
  read: ['core', 'i18n'],
  review: ['core', 'i18n', 'library', 'read'],
  report: ['core', 'i18n', 'library', 'read', 'review', 'render'],
  addendum: ['core', 'i18n', 'library', 'contract', 'render', 'draft', 'read', 'review'],
  compare: ['core', 'i18n', 'library', 'contract', 'render', 'draft', 'read', 'review', 'report'],
  audit: ['core', 'i18n', 'library', 'deal', 'contract', 'render'],
  journal: ['core', 'i18n', 'render'],
  web: ['core', 'i18n', 'library', 'deal', 'contract', 'render', 'draft', 'read', 'review', 'report', 'addendum', 'compare', 'audit', 'journal'],
  cli: ['core', 'i18n', 'library', 'deal', 'contract', 'render', 'draft', 'read', 'review', 'report', 'addendum', 'compare', 'audit', 'journal', 'web'],
}

const IMPORT = /(?:^|[^.\w])(?:import|export)\s[^'"`;]*?\sfrom\s*['"]([^'"]+)['"]|(?:^|[^.\w])import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1)).flatMap((e) => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return sourceFiles(path)
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [path] : []
  })
}

/** The relative imports of every file of `src` (paths relative to `src`, `.ts`). */
export function importGraph(src) {
  const graph = new Map()
  for (const file of sourceFiles(src)) {
    const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')
    const targets = new Set()
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2] ?? m[3]
      if (!spec?.startsWith('.')) continue
      targets.add(relative(src, resolve(dirname(file), spec)).replace(/\.js$/, '.ts'))
    }
    graph.set(relative(src, file), [...targets].sort())
  }
  return graph
}

/** Circles of files (strongly connected components of more than one file, or a file importing itself). */
export function cycles(graph) {
  const index = new Map()
  const low = new Map()
  const stack = []
  const onStack = new Set()
  const out = []
  let next = 0
  const visit = (v) => {
    index.set(v, next)
    low.set(v, next++)
    stack.push(v)
    onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v), low.get(w)))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)))
    }
    if (low.get(v) === index.get(v)) {
      const component = []
      let w
      do {
        w = stack.pop()
        onStack.delete(w)
        component.push(w)
      } while (w !== v)
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(component.sort())
    }
  }
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v)
  return out
}

const folderOf = (file) => (file.includes('/') ? file.slice(0, file.indexOf('/')) : '.')

/** Every breach of the rules, one line each. */
export function checkArchitecture(src) {
  const graph = importGraph(src)
  const problems = []
  for (const [file, targets] of graph) {
    const from = folderOf(file)
    const allowed = LAYERS[from]
    if (!allowed) {
      problems.push(`src/${file}: folder "${from}" is not in the layer table (scripts/check-architecture.mjs, docs/architecture.md)`)
      continue
    }
    for (const target of targets) {
      const to = folderOf(target)
      if (to !== from && !allowed.includes(to)) problems.push(`src/${file} imports src/${target}: ${from} may import only ${allowed.join(', ') || 'nothing'}`)
    }
  }
  for (const circle of cycles(graph)) problems.push(`import circle: ${circle.map((f) => `src/${f}`).join(' -> ')}`)
  return problems
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const src = join(dirname(fileURLToPath(import.meta.url)), '..', 'src')
  const problems = checkArchitecture(src)
  for (const p of problems) console.error(p)
  console.log(problems.length === 0 ? 'architecture: no circle, no import against the layers' : `architecture: ${problems.length} problem(s)`)
  process.exit(problems.length === 0 ? 0 : 1)
}
