/**
 * Draft routes: the form's description (the deal's JSON Schema from the zod schema, the steps, the
 * example deals), a live check and preview of the contract, the downloads (DOCX, Markdown, HTML,
 * the deal YAML) and the loading of a deal YAML to continue it.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Hono } from 'hono'
import { stringify } from 'yaml'
import { ValidationError } from '../core/errors.js'
import { projectRoot } from '../core/paths.js'
import { parseYaml } from '../core/yaml.js'
import { dealJsonSchema } from '../deal/json-schema.js'
import type { Deal } from '../deal/schema.js'
import { checkDeal, issuesOf } from './deal-check.js'
import { noteRequestLang, RequestError } from './http-error.js'
import { attachment, choice, fileStem, readJson } from './http.js'
import type { RouteDeps } from './route-deps.js'
import type { Services } from './services.js'
import { STEPS } from './steps.js'

const EXPORT_FORMATS = ['docx', 'md', 'html', 'yaml'] as const
const LANGS = ['fr', 'en'] as const

/** The example deal of a language, as written (the form's optional starting point). */
export function exampleDeal(lang: 'fr' | 'en'): unknown {
  return parseYaml(readFileSync(join(projectRoot, 'examples', 'deals', `lead-generation-${lang}.yaml`), 'utf8'), `lead-generation-${lang}.yaml`).value
}

/** The YAML of a deal as the form holds it, with a header saying how to rebuild it. */
export function dealYaml(value: unknown): string {
  return `# clausier deal — rebuild with: npx clausier build deal.yaml -o contract.docx\n${stringify(value, { lineWidth: 0 })}`
}

/** The bilingual option: French and English side by side, the deal's `controllingLanguage` prevailing. */
const BILINGUAL: ['fr', 'en'] = ['fr', 'en']

async function build(deal: Deal, services: Services, format: 'docx' | 'md' | 'html', bilingual = false): Promise<{ data: string | Buffer; warnings: string[] }> {
  if (bilingual) {
    const { assembleBilingual } = await import('../draft/bilingual.js')
    const { renderBilingual } = await import('../render/index.js')
    const result = assembleBilingual(deal, { library: await services.library(), langs: BILINGUAL, file: 'deal' })
    return { data: await renderBilingual(result.contract, format), warnings: [...result.warnings, ...result.notices] }
  }
  const { assemble } = await import('../draft/assemble.js')
  const { renderContract } = await import('../render/index.js')
  const result = assemble(deal, { library: await services.library(), file: 'deal' })
  return { data: await renderContract(result.contract, format), warnings: [...result.warnings, ...result.notices] }
}

/** Registers the draft routes under `/api/deal/`. */
export function draftRoutes(app: Hono, { services, limits }: RouteDeps): void {
  app.get('/api/deal/form', (c) => c.json({ schema: dealJsonSchema(), steps: STEPS }))

  app.get('/api/deal/example', (c) => c.json({ deal: exampleDeal(choice({ lang: c.req.query('lang') }, 'lang', LANGS, 'fr')) }))

  app.post('/api/deal/preview', async (c) => {
    const body = await readJson(c, limits)
    const ui = choice(body, 'ui', LANGS, 'en')
    if (body.ui !== undefined) noteRequestLang(c.req.raw, ui)
    const { deal, issues } = checkDeal(body.deal, ui)
    if (!deal) return c.json({ issues })
    try {
      const { data, warnings } = await build(deal, services, 'html', body.bilingual === true)
      return c.json({ issues: [], html: data.toString(), warnings })
    } catch (e) {
      if (e instanceof ValidationError) return c.json({ issues: issuesOf(e, ui) })
      throw e
    }
  })

  app.post('/api/deal/export', async (c) => {
    const body = await readJson(c, limits)
    const format = choice(body, 'format', EXPORT_FORMATS)
    const value = body.deal
    const parties = value !== null && typeof value === 'object' ? (value as { buyer?: { name?: string }; generator?: { name?: string } }) : {}
    const stem = fileStem([parties.buyer?.name, parties.generator?.name].filter(Boolean).join(' '), 'contract')
    // The deal YAML is saved even when incomplete, to be continued later; documents need a valid deal.
    if (format === 'yaml') return attachment(c, dealYaml(value ?? {}), `${stem}-deal.yaml`, 'yaml')
    const ui = choice(body, 'ui', LANGS, 'en')
    if (body.ui !== undefined) noteRequestLang(c.req.raw, ui)
    const { deal, issues } = checkDeal(value, ui)
    if (!deal) throw new ValidationError(issues.map((i) => ({ file: 'deal', path: i.path, message: i.message })))
    const bilingual = body.bilingual === true
    const { data } = await build(deal, services, format, bilingual)
    return attachment(c, data, `${stem}-${bilingual ? BILINGUAL.join('-') : deal.language}.${format}`, format)
  })

  app.post('/api/deal/load', async (c) => {
    const body = await readJson(c, limits)
    if (typeof body.text !== 'string') throw new RequestError({ key: 'api.expectDealText' })
    const name = typeof body.name === 'string' ? body.name.slice(0, 200) : 'deal.yaml'
    const yaml = parseYaml(body.text.replace(/^\uFEFF/, ''), name)
    if (yaml.value === null || typeof yaml.value !== 'object' || Array.isArray(yaml.value)) throw new RequestError({ key: 'api.expectDealMapping', params: { name } })
    return c.json({ deal: yaml.value, issues: checkDeal(yaml.value, choice(body, 'ui', LANGS, 'en')).issues })
  })
}
