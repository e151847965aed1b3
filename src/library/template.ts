/**
 * The Handlebars environment: isolated (`Handlebars.create()`), strict (a missing value is an
 * error, not an empty string), no prototype access, no HTML escaping (values are escaped for
 * Markdown before they reach a template). Also walks a template's AST to list the names it uses.
 */
import { createRequire } from 'node:module'
import type Handlebars from 'handlebars'
// The runtime alone (no compiler): statically imported so that the CLI bundle carries it in one
// chunk rather than resolving and loading its twenty CommonJS files at the first render.
import handlebarsRuntime from 'handlebars/runtime.js'
import { formatConjunction, formatCurrency, formatLongDate, formatNumber } from '../core/locale-format.js'
import { NO_TEMPLATES, type PrecompiledTemplates } from './clause.js'
import type { Lang } from './schema.js'

/** Helpers every template and clause body may call. */
export const HELPERS = ['ref', 'money', 'list', 'eq', 'number'] as const

/** Formatting settings passed to helpers through the root context. */
export interface Formatting {
  lang: Lang
  currency: string
}

/** Formats an amount in the deal's currency for the language (no fraction digits for a whole amount). */
export function formatMoney(amount: number, f: Formatting): string {
  return formatCurrency(amount, f.currency, Number.isInteger(amount) ? 0 : 2, f.lang)
}

/** Joins items as "a, b and c" / « a, b et c ». */
export function formatList(items: readonly string[], lang: Lang): string {
  return formatConjunction(items, lang)
}

/** Formats an ISO date as "1 December 2026" / « 1er décembre 2026 ». */
export function formatDate(iso: string, lang: Lang): string {
  const text = formatLongDate(new Date(`${iso}T00:00:00Z`), lang)
  return lang === 'fr' ? text.replace(/^1 /, '1er ') : text
}

function formatting(options: Handlebars.HelperOptions): Formatting {
  const root = (options.data as { root?: { _fmt?: Formatting } } | undefined)?.root
  return root?._fmt ?? { lang: 'en', currency: 'EUR' }
}

const require = createRequire(import.meta.url)

/**
 * An isolated environment with our helpers: from the Handlebars runtime (enough to run the build's
 * precompiled templates) or from the full compiler, loaded only when needed.
 */
function createEnvironment(base: typeof Handlebars): typeof Handlebars {
  const hb = base.create()
  hb.registerHelper('ref', (id: unknown) => {
    if (typeof id !== 'string' || !/^[a-z0-9-]+$/.test(id)) throw new Error(`ref expects a clause id, got ${String(id)}`)
    return `:ref[${id}]`
  })
  hb.registerHelper('money', (amount: unknown, options: Handlebars.HelperOptions) => {
    if (typeof amount !== 'number') throw new Error(`money expects a number, got ${String(amount)}`)
    return formatMoney(amount, formatting(options)).replace(/[.\-]/g, (c) => `\\${c}`)
  })
  hb.registerHelper('number', (n: unknown, options: Handlebars.HelperOptions) => {
    if (typeof n !== 'number') throw new Error(`number expects a number, got ${String(n)}`)
    return formatNumber(n, formatting(options).lang).replace(/[.\-]/g, (c) => `\\${c}`)
  })
  hb.registerHelper('list', (items: unknown, options: Handlebars.HelperOptions) => {
    if (!Array.isArray(items)) throw new Error('list expects a list')
    return formatList(items.map(String), formatting(options).lang)
  })
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b)
  return hb
}

let runtimeEnv: typeof Handlebars | undefined
let compilerEnv: typeof Handlebars | undefined
const runtime = () => (runtimeEnv ??= createEnvironment(handlebarsRuntime as unknown as typeof Handlebars))
const compiler = () => (compilerEnv ??= createEnvironment(require('handlebars') as typeof Handlebars))
const cache = new Map<string, Handlebars.TemplateDelegate>()
const COMPILE_OPTIONS = { strict: true, noEscape: true, knownHelpers: Object.fromEntries(HELPERS.map((h) => [h, true])), knownHelpersOnly: false }

/**
 * Handlebars' precompiled form of a template (JavaScript source of its template spec), made with
 * the same options as `renderTemplate`; the build stores these in the library snapshot.
 */
export function precompileTemplate(source: string): string {
  return compiler().precompile(source, COMPILE_OPTIONS) as string
}

function compiled(source: string, precompiled: PrecompiledTemplates): Handlebars.TemplateDelegate {
  const spec = precompiled.spec(source)
  // The spec is JavaScript that Handlebars generated at build time from our own template.
  if (spec !== undefined) return runtime().template(new Function(`return ${spec}`)() as Parameters<typeof Handlebars.template>[0])
  return compiler().compile(source, COMPILE_OPTIONS)
}

/**
 * Compiles (once, or takes the build's precompiled form from `precompiled`, by source text) and
 * renders a template with the given context.
 */
export function renderTemplate(source: string, context: Record<string, unknown>, fmt: Formatting, precompiled: PrecompiledTemplates = NO_TEMPLATES): string {
  let template = cache.get(source)
  if (!template) {
    template = compiled(source, precompiled)
    cache.set(source, template)
  }
  return template({ ...context, _fmt: fmt }, { allowProtoMethodsByDefault: false, allowProtoPropertiesByDefault: false })
}

/** What a template refers to: variable roots, helpers and `ref` targets. */
export interface TemplateUsage {
  variables: Set<string>
  helpers: Set<string>
  refs: Set<string>
}

/** Parses a template and lists the names it uses; throws on a syntax error. */
export function templateUsage(source: string): TemplateUsage {
  const usage: TemplateUsage = { variables: new Set(), helpers: new Set(), refs: new Set() }
  const ast = compiler().parse(source)
  const blockParams: string[] = []
  const visitPath = (p: hbs.AST.PathExpression) => {
    if (p.data || p.original === 'this' || p.parts.length === 0) return
    const root = p.parts[0]!
    if (!blockParams.includes(root) && p.depth === 0) usage.variables.add(root)
  }
  const visitExpr = (e: hbs.AST.Expression) => {
    if (e.type === 'PathExpression') visitPath(e as hbs.AST.PathExpression)
    else if (e.type === 'SubExpression') visitCall(e as hbs.AST.SubExpression)
  }
  const visitCall = (node: { path: hbs.AST.PathExpression | hbs.AST.Expression; params: hbs.AST.Expression[]; hash?: hbs.AST.Hash }) => {
    const path = node.path as hbs.AST.PathExpression
    const isHelper = node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0 || ['if', 'unless', 'each', 'with'].includes(path.original)
    if (isHelper) {
      usage.helpers.add(path.original)
      if (path.original === 'ref') {
        const target = node.params[0]
        if (target?.type === 'StringLiteral') usage.refs.add((target as hbs.AST.StringLiteral).value)
      }
    } else visitPath(path)
    node.params.forEach(visitExpr)
    node.hash?.pairs.forEach((pair) => visitExpr(pair.value))
  }
  const visit = (node: hbs.AST.Node) => {
    switch (node.type) {
      case 'Program':
        ;(node as hbs.AST.Program).body.forEach(visit)
        break
      case 'MustacheStatement':
        visitCall(node as hbs.AST.MustacheStatement)
        break
      case 'BlockStatement': {
        const block = node as hbs.AST.BlockStatement
        visitCall(block)
        const params = block.program.blockParams ?? []
        blockParams.push(...params)
        visit(block.program)
        blockParams.splice(blockParams.length - params.length, params.length)
        if (block.inverse) visit(block.inverse)
        break
      }
      default:
        break
    }
  }
  visit(ast)
  return usage
}
