/**
 * `clausier clauses check`: validates the library and the templates beyond the schema — every
 * taxonomy id has a file, variants partition their condition, every variable used is declared and
 * every declared one used (in both languages), cross-references point to always-present clauses,
 * `from` paths exist in the deal schema (or its terms), detection signals compile, each body renders,
 * and every period several clauses state comes from one deal field (periods.ts).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { basename, join, relative } from 'node:path'
import * as z from 'zod'
import type { Problem } from '../core/errors.js'
import { projectRoot } from '../core/paths.js'
import { parseMarkdown } from '../core/markdown.js'
import { HELPERS, templateUsage } from '../library/template.js'
import { dealSchema } from '../deal/schema.js'
import type { Clause, Library } from '../library/clause.js'
import { compileSignal } from '../library/detect-signals.js'
import { isUnconditional } from '../library/conditions.js'
import { readLibrary } from '../library/load.js'
import { renderClauseBody } from '../library/render-clause.js'
import { LANGS } from '../library/schema.js'
import { ALL_IDS, FAMILY_OF } from '../library/taxonomy.js'
import { resolveVariables } from '../library/variables.js'
import { TEMPLATE_CONTEXT_KEYS } from './context-keys.js'
import { dealTerms, TERM_KEYS } from '../deal/terms.js'
import { resolveDefaults } from '../deal/defaults.js'
import { loadDeal } from '../deal/load.js'
import { checkPeriodBindings, checkPeriodValues } from './periods.js'
import { selectClauses } from './select.js'

const BLOCK_HELPERS = new Set(['if', 'unless', 'each', 'with'])
/** A lookbehind containing `*`, `+` or `{n,}`: its cost grows with the text before each position. */
const UNBOUNDED_LOOKBEHIND = /\(\?<[!=](?:[^()]|\([^()]*\))*(?:[*+]|\{\d+,\})/

/** Every dot path of the deal schema (objects walked through their JSON Schema), and the deal's terms (`terms.<name>`). */
function dealPaths(): Set<string> {
  const paths = new Set<string>(TERM_KEYS.map((k) => `terms.${k}`))
  const walk = (schema: Record<string, unknown>, prefix: string) => {
    const props = schema.properties as Record<string, Record<string, unknown>> | undefined
    if (!props) return
    for (const [key, sub] of Object.entries(props)) {
      const path = prefix ? `${prefix}.${key}` : key
      paths.add(path)
      walk(sub, path)
    }
  }
  walk(z.toJSONSchema(dealSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>, '')
  return paths
}

function checkClause(clause: Clause, library: Library, paths: Set<string>): Problem[] {
  const problems: Problem[] = []
  const file = clause.file
  const expectedName = clause.variant ? `${clause.id}.${clause.variant}.md` : `${clause.id}.md`
  if (basename(file) !== expectedName) problems.push({ file, message: `file name should be ${expectedName}` })
  if (FAMILY_OF[clause.id] !== clause.family) problems.push({ file, path: 'family', message: `expected ${FAMILY_OF[clause.id]}, got ${clause.family}` })
  for (const [name, v] of Object.entries(clause.variables)) {
    if (v.from !== undefined && !paths.has(v.from)) problems.push({ file, path: `variables.${name}.from`, message: `no deal field "${v.from}"` })
    if (v.type === 'enum' && !v.values) problems.push({ file, path: `variables.${name}.values`, message: 'an enum needs values' })
  }
  for (const lang of LANGS) {
    const line = clause.bodyLine[lang]
    let usage
    try {
      usage = templateUsage(clause.body[lang])
    } catch (e) {
      problems.push({ file, line, message: `${lang} body: ${(e as Error).message.split('\n')[0]}` })
      continue
    }
    for (const h of usage.helpers) {
      if (!BLOCK_HELPERS.has(h) && !(HELPERS as readonly string[]).includes(h)) problems.push({ file, line, message: `${lang} body: unknown helper "${h}"` })
    }
    for (const v of usage.variables) {
      if (!Object.prototype.hasOwnProperty.call(clause.variables, v)) problems.push({ file, line, message: `${lang} body uses "${v}", which is not declared in variables` })
    }
    for (const name of Object.keys(clause.variables)) {
      if (!usage.variables.has(name)) problems.push({ file, path: `variables.${name}`, message: `declared but not used in the ${lang} body` })
    }
    for (const target of usage.refs) {
      const targets = library.byId.get(target)
      if (!ALL_IDS.includes(target)) problems.push({ file, line, message: `${lang} body: ref to unknown id "${target}"` })
      else if (!targets || !targets.every((t) => isUnconditional(t.requiredWhen))) problems.push({ file, line, message: `${lang} body: ref to "${target}", which is not always included` })
    }
    const { values, problems: valueProblems } = resolveVariables(clause, undefined, lang, file)
    problems.push(...valueProblems)
    if (valueProblems.length > 0) continue
    try {
      const md = renderClauseBody(clause, values, { lang, currency: 'EUR' }, library.prepared)
      const tree = parseMarkdown(md)
      for (const node of tree.children) {
        if (node.type !== 'paragraph' && node.type !== 'list') problems.push({ file, line, message: `${lang} body: only paragraphs and lists are allowed, found a ${node.type}` })
      }
    } catch (e) {
      problems.push({ file, line, message: `${lang} body does not render: ${(e as Error).message.split('\n')[0]}` })
    }
  }
  for (const lang of LANGS) {
    const signals = clause.detect[lang]
    const all = [...signals.headings, ...signals.phrases, ...signals.all.flat(), ...signals.negations, ...signals.guarded, ...signals.unless]
    for (const pattern of all) {
      try {
        const re = compileSignal(pattern)
        if (re.test('')) problems.push({ file, path: `detect.${lang}`, message: `pattern /${pattern}/ matches the empty string` })
        if (UNBOUNDED_LOOKBEHIND.test(pattern)) problems.push({ file, path: `detect.${lang}`, message: `pattern /${pattern.slice(0, 60)}…/ has an unbounded lookbehind (slow on long texts): use "unless" instead` })
      } catch (e) {
        problems.push({ file, path: `detect.${lang}`, message: `pattern /${pattern}/ does not compile: ${(e as Error).message}` })
      }
    }
    if (signals.headings.length + signals.phrases.length + signals.guarded.length + signals.all.length === 0) problems.push({ file, path: `detect.${lang}`, message: 'no detection signal' })
  }
  return problems
}

function checkVariants(library: Library): Problem[] {
  const problems: Problem[] = []
  for (const id of ALL_IDS) {
    const files = library.byId.get(id) ?? []
    if (files.length === 0) problems.push({ file: 'clauses/', message: `no clause file for taxonomy id "${id}"` })
    if (files.length === 1 && (files[0]!.variant || files[0]!.when)) problems.push({ file: files[0]!.file, message: 'a single file must not declare variant or when' })
    if (files.length > 1) {
      for (const f of files) if (!f.variant || !f.when) problems.push({ file: f.file, message: 'each variant needs "variant" and "when"' })
      const names = files.map((f) => f.variant)
      if (new Set(names).size !== names.length) problems.push({ file: files[0]!.file, message: `duplicate variant names for ${id}` })
      const severities = new Set(files.map((f) => `${f.severity}|${JSON.stringify(f.requiredWhen)}`))
      if (severities.size > 1) problems.push({ file: files[0]!.file, message: `variants of ${id} must share severity and requiredWhen` })
    }
  }
  return problems
}

function checkTemplates(dir: string): Problem[] {
  const problems: Problem[] = []
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.md.hbs')).sort()) {
    const file = relative(projectRoot, join(dir, name))
    try {
      const usage = templateUsage(readFileSync(join(dir, name), 'utf8'))
      for (const v of usage.variables) if (!TEMPLATE_CONTEXT_KEYS.includes(v)) problems.push({ file, message: `uses "${v}", which the builder does not provide` })
      for (const h of usage.helpers) if (!BLOCK_HELPERS.has(h) && !(HELPERS as readonly string[]).includes(h)) problems.push({ file, message: `unknown helper "${h}"` })
    } catch (e) {
      problems.push({ file, message: (e as Error).message.split('\n')[0]! })
    }
  }
  return problems
}

/**
 * Periods several clauses state, for each example deal in both languages: no two clauses of the
 * deal's contract state the same period differently.
 */
export function checkDealPeriods(library: Library, dealsDir: string): Problem[] {
  const problems: Problem[] = []
  let names: string[] = []
  try {
    names = readdirSync(dealsDir).filter((f) => /\.(ya?ml|json)$/.test(f)).sort()
  } catch {
    return problems
  }
  for (const name of names) {
    const file = relative(projectRoot, join(dealsDir, name))
    let loaded
    try {
      loaded = loadDeal(join(dealsDir, name), file)
    } catch (e) {
      problems.push({ file, message: `example deal does not load: ${(e as Error).message.split('\n')[0]}` })
      continue
    }
    const { deal } = resolveDefaults(loaded)
    const { articles, processorTerms } = selectClauses(library, deal)
    const selected = new Set([...articles, ...processorTerms].map((c) => c.id))
    for (const lang of LANGS) problems.push(...checkPeriodValues(library, selected, { ...deal, terms: dealTerms(deal, lang) }, lang, file))
  }
  return problems
}

/** Runs every check; an empty list means the library, the templates and the example deals are sound. */
export function checkLibrary(clausesDir = join(projectRoot, 'clauses'), templatesDir = join(projectRoot, 'templates'), dealsDir = join(projectRoot, 'examples', 'deals')): { problems: Problem[]; clauseCount: number } {
  const { library, problems } = readLibrary(clausesDir)
  const paths = dealPaths()
  for (const clause of library.clauses) problems.push(...checkClause(clause, library, paths))
  problems.push(...checkVariants(library), ...checkPeriodBindings(library), ...checkTemplates(templatesDir))
  if (problems.length === 0) problems.push(...checkDealPeriods(library, dealsDir))
  return { problems, clauseCount: library.clauses.length }
}
