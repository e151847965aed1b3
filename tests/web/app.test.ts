/** The web app without a browser: security, assets, and each route, through `app.request`. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { unzipSync, strFromU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { parseDeal } from '../../src/deal/load.js'
import { dealJsonSchema } from '../../src/deal/json-schema.js'
import { createApp } from '../../src/web/app.js'
import type { Asset } from '../../src/web/assets.js'
import { refusal } from '../../src/web/security.js'
import { STEPS } from '../../src/web/steps.js'
import { exampleInput, ROOT } from '../helpers.js'
import { builtFrench, deleteArticle, editDocx } from '../compare/helpers.js'

const PORT = 4178
const HOST = `127.0.0.1:${PORT}`
const ORIGIN = `http://${HOST}`
const assets = new Map<string, Asset>([
  ['/', { body: Buffer.from('<!doctype html><title>app</title>'), type: 'text/html; charset=utf-8' }],
  ['/main.js', { body: Buffer.from('console.log(1)'), type: 'text/javascript; charset=utf-8' }],
])
const app = createApp({ port: PORT, assets, today: '2026-12-01', limits: { fileBytes: 200_000, files: 3 } })

function get(path: string, headers: Record<string, string> = {}) {
  return app.request(`http://${HOST}${path}`, { headers: { host: HOST, ...headers } })
}
function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return app.request(`http://${HOST}${path}`, { method: 'POST', headers: { host: HOST, origin: ORIGIN, 'sec-fetch-site': 'same-origin', 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
}
function upload(path: string, files: Array<[string, Buffer | string]>, fields: Record<string, string> = {}) {
  const form = new FormData()
  for (const [name, data] of files) form.append('files', new Blob([typeof data === 'string' ? data : new Uint8Array(data)]), name)
  for (const [k, v] of Object.entries(fields)) form.append(k, v)
  return app.request(`http://${HOST}${path}`, { method: 'POST', headers: { host: HOST, origin: ORIGIN }, body: form })
}
const quote = (name: string) => readFileSync(join(ROOT, 'examples/quotes', name))

describe('security', () => {
  it('serves the interface\'s words in French and English from the one catalogue', async () => {
    const body = (await (await get('/api/i18n')).json()) as { messages: Record<string, { fr: string; en: string }>; fields: Record<string, { label: { fr: string } }>; enums: Record<string, Record<string, { fr: string }>> }
    expect(body.messages['tab.draft']).toEqual({ fr: 'Rédiger un contrat', en: 'Draft a contract' })
    expect(body.fields['delivery.maxDelayMinutes']?.label.fr).toBe('Délai maximal de livraison')
    expect(body.enums['term.renewal']?.tacit?.fr).toBe('Tacite reconduction')
  })

  it('serves only the allow-listed assets, with a strict CSP', async () => {
    const index = await get('/')
    expect(index.status).toBe(200)
    expect(index.headers.get('content-type')).toContain('text/html')
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(index.headers.get('x-frame-options')).toBe('DENY')
    expect((await get('/main.js')).status).toBe(200)
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/main.js/x', '/index.htm', '/src/web/app.ts', '/etc/passwd', '/..%2fpackage.json']) {
      const res = await get(path)
      expect(res.status, path).toBe(404)
      expect(await res.json()).toEqual({ error: expect.stringMatching(/^not found: /) })
    }
  })

  it('refuses another Host (DNS rebinding), another Origin and cross-site requests', async () => {
    const rebinding = await get('/api/config', { host: `evil.example:${PORT}` })
    expect(rebinding.status).toBe(403)
    expect(((await rebinding.json()) as { error: string }).error).toMatch(/^refused: the app answers only on http:\/\/127\.0\.0\.1:4178\//)
    expect((await get('/', { host: '127.0.0.1:9999' })).status).toBe(403)
    const crossOrigin = await post('/api/deal/preview', { deal: {} }, { origin: 'https://evil.example' })
    expect(crossOrigin.status).toBe(403)
    expect(((await crossOrigin.json()) as { error: string }).error).toBe('refused: request from another origin (https://evil.example)')
    expect((await post('/api/deal/preview', { deal: {} }, { origin: ORIGIN, 'sec-fetch-site': 'cross-site' })).status).toBe(403)
    expect((await get('/api/config', { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'cors' })).status).toBe(403)
    expect((await get('/api/config', { host: `localhost:${PORT}` })).status).toBe(200)
  })

  it('lets a plain navigation in, but not an API call from another site', () => {
    const headers = (h: Record<string, string>) => (name: string) => ({ host: HOST, ...h })[name]
    expect(refusal('GET', '/', headers({ 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate' }), PORT)).toBeUndefined()
    expect(refusal('GET', '/api/config', headers({ 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate' }), PORT)).toEqual({ key: 'api.refusedSite', params: { site: 'cross-site' } })
    expect(refusal('POST', '/api/review', headers({ 'sec-fetch-site': 'same-site' }), PORT)).toEqual({ key: 'api.refusedSite', params: { site: 'same-site' } })
    expect(refusal('GET', '/', headers({}), PORT)).toBeUndefined()
  })

  it('answers other methods with a one-line error', async () => {
    const res = await app.request(`http://${HOST}/api/config`, { method: 'DELETE', headers: { host: HOST } })
    expect(res.status).toBe(405)
    expect(await res.json()).toEqual({ error: 'method DELETE not allowed' })
  })
})

describe('draft', () => {
  it('describes the form: the JSON Schema of the zod schema and steps covering every field once', async () => {
    const body = (await (await get('/api/deal/form')).json()) as { schema: { properties: Record<string, unknown> }; steps: typeof STEPS }
    expect(body.schema).toEqual(JSON.parse(JSON.stringify(dealJsonSchema())))
    const keys = STEPS.flatMap((s) => s.keys)
    expect([...keys].sort()).toEqual(Object.keys(body.schema.properties).sort())
    expect(new Set(keys).size).toBe(keys.length)
    expect(STEPS.map((s) => s.id)).toEqual(['parties', 'leads', 'delivery', 'gdpr', 'liability'])
  })

  it('previews a valid deal as the HTML contract in its language', async () => {
    const res = await post('/api/deal/preview', { deal: exampleInput('en') })
    const body = (await res.json()) as { issues: unknown[]; html: string }
    expect(body.issues).toEqual([])
    expect(body.html).toContain('<html lang="en">')
    expect(body.html).toContain('Solaria Home Energy')
    const fr = (await (await post('/api/deal/preview', { deal: { ...exampleInput('en'), language: 'fr' } })).json()) as { html: string }
    expect(fr.html).toContain('<html lang="fr">')
  })

  it('says what is wrong with each field in words for people, in the interface\'s language', async () => {
    const deal = exampleInput('en') as Record<string, unknown>
    const bad = { ...deal, price: { perLead: -5 }, role: 'reseller', buyer: { ...(deal.buyer as object), name: undefined }, sources: [{ name: 'Site', type: 'own-site', url: 'devis-habitation-facile.fr' }], sectors: [] }
    const fr = (await (await post('/api/deal/preview', { deal: bad, ui: 'fr' })).json()) as { issues: Array<{ path: string; message: string }>; html?: string }
    expect(fr.html).toBeUndefined()
    expect(fr.issues).toContainEqual({ path: 'price.perLead', message: 'Au moins 0' })
    expect(fr.issues).toContainEqual({ path: 'role', message: 'Choisissez une des valeurs proposées' })
    expect(fr.issues).toContainEqual({ path: 'buyer.name', message: 'À renseigner' })
    expect(fr.issues).toContainEqual({ path: 'sources.0.url', message: 'Adresse web complète attendue, par exemple https://devis-habitation-facile.fr' })
    expect(fr.issues).toContainEqual({ path: 'sectors', message: 'Ajoutez au moins un élément' })
    const typed = (await (await post('/api/deal/preview', { deal: { ...deal, volumes: { monthlyCap: 18.5 }, price: { perLead: '18,5,0' } }, ui: 'fr' })).json()) as { issues: Array<{ path: string; message: string }> }
    expect(typed.issues).toContainEqual({ path: 'volumes.monthlyCap', message: 'Nombre entier attendu' })
    expect(typed.issues).toContainEqual({ path: 'price.perLead', message: 'Nombre attendu' })
    const en = (await (await post('/api/deal/preview', { deal: bad, ui: 'en' })).json()) as { issues: Array<{ path: string; message: string }> }
    expect(en.issues).toContainEqual({ path: 'buyer.name', message: 'Required' })
    expect(en.issues).toContainEqual({ path: 'price.perLead', message: 'At least 0' })
  })

  it('exports DOCX, Markdown and a deal YAML the CLI can read back', async () => {
    const deal = exampleInput('fr')
    const docx = await post('/api/deal/export', { deal, format: 'docx' })
    expect(docx.status).toBe(200)
    expect(docx.headers.get('content-disposition')).toMatch(/^attachment; filename=".+-fr\.docx"/)
    const xml = strFromU8(unzipSync(new Uint8Array(await docx.arrayBuffer()))['word/document.xml']!)
    expect(xml).toContain((deal as { buyer: { name: string } }).buyer.name)
    const md = await (await post('/api/deal/export', { deal, format: 'md' })).text()
    expect(md).toMatch(/^# /m)
    const yaml = await (await post('/api/deal/export', { deal, format: 'yaml' })).text()
    expect(yaml.startsWith('# clausier deal')).toBe(true)
    expect(parseDeal(yaml, 'deal.yaml').buyer.name).toBe((deal as { buyer: { name: string } }).buyer.name)
  })

  it('exports the bilingual contract: French and English side by side in two-column rows, the chosen language prevailing', async () => {
    const deal = { ...(exampleInput('fr') as Record<string, unknown>), controllingLanguage: 'en' }
    const docx = await post('/api/deal/export', { deal, format: 'docx', bilingual: true })
    expect(docx.status).toBe(200)
    expect(docx.headers.get('content-disposition')).toMatch(/^attachment; filename=".+-fr-en\.docx"/)
    const xml = strFromU8(unzipSync(new Uint8Array(await docx.arrayBuffer()))['word/document.xml']!)
    expect(xml).toContain('<w:tbl>')
    expect(xml).toMatch(/<w:tr[ >][\s\S]*?<w:tc>[\s\S]*?<\/w:tc>\s*<w:tc>/)
    expect(xml).toContain('Langue du Contrat')
    expect(xml).toContain('Language of the Agreement')
    expect(xml).toContain('la version anglaise prévaut')
    const preview = (await (await post('/api/deal/preview', { deal, bilingual: true, ui: 'fr' })).json()) as { html: string; warnings: string[] }
    expect(preview.html).toContain('Language of the Agreement')
    expect(preview.html).toContain('Langue du Contrat')
  })

  it('refuses to build an invalid deal, with the issues', async () => {
    const res = await post('/api/deal/export', { deal: { language: 'en' }, format: 'docx' })
    expect(res.status).toBe(422)
    const body = (await res.json()) as { error: string; issues: Array<{ path: string }> }
    expect(body.error).toMatch(/^\d+ problems to fix: /)
    expect(body.issues.map((i) => i.path)).toContain('buyer')
    const bad = await post('/api/deal/export', { deal: {}, format: 'pdf' })
    expect(bad.status).toBe(400)
    expect(await bad.json()).toEqual({ error: 'format must be one of docx, md, html, yaml, got "pdf"' })
  })

  it('loads a deal YAML to continue it, and says what is wrong with a bad one', async () => {
    const text = readFileSync(join(ROOT, 'examples/deals/lead-generation-en.yaml'), 'utf8')
    const body = (await (await post('/api/deal/load', { text, name: 'deal.yaml' })).json()) as { deal: { buyer: { name: string } }; issues: unknown[] }
    expect(body.deal.buyer.name).toBe('Solaria Home Energy')
    expect(body.issues).toEqual([])
    const broken = await post('/api/deal/load', { text: 'buyer: [unclosed', name: 'x.yaml' })
    expect(broken.status).toBe(400)
    expect(((await broken.json()) as { error: string }).error).toMatch(/^x\.yaml:1:\d+ {2}invalid YAML: /)
    const notJson = await app.request(`http://${HOST}/api/deal/load`, { method: 'POST', headers: { host: HOST, 'content-type': 'application/json' }, body: '{' })
    expect(await notJson.json()).toEqual({ error: 'the request body is not valid JSON' })
  })
})

describe('review', () => {
  it('reviews uploaded files in memory and lists each with its summary and report', async () => {
    const res = await upload('/api/review', [['devis-datapulse-decideurs-it.txt', quote('devis-datapulse-decideurs-it.txt')], ['quote-northstar-home-insurance.docx', quote('quote-northstar-home-insurance.docx')]])
    expect(res.status).toBe(200)
    const { files } = (await res.json()) as { files: Array<{ name: string; counts: { errors: number }; html: string; language: string; missing: number }> }
    expect(files.map((f) => f.name)).toEqual(['devis-datapulse-decideurs-it.txt', 'quote-northstar-home-insurance.docx'])
    expect(files.map((f) => f.language)).toEqual(['fr', 'en'])
    expect(files[0]!.counts.errors).toBeGreaterThan(0)
    expect(files[0]!.missing).toBeGreaterThan(0)
    expect(files[0]!.html).toContain('<mark')
    expect(files[0]!.html).toContain('missing-clause/')
  })

  it('lists an unreadable file with its one-line reason, beside the others', async () => {
    const { files } = (await (await upload('/api/review', [['notes.odt', 'hello'], ['a.md', '# Devis\n\nPrix : 10 EUR par lead.']])).json()) as { files: Array<{ name: string; error?: string }> }
    expect(files[0]).toEqual({ name: 'notes.odt', error: 'notes.odt: unsupported file type (".odt"): use .md, .markdown, .txt, .docx, .pdf, .html, .htm, .png, .jpg, .jpeg, .tif or .tiff' })
    expect(files[1]!.error).toBeUndefined()
  })

  it('refuses an oversized file and too many files with a clear message', async () => {
    const big = await upload('/api/review', [['big.txt', Buffer.alloc(250_000, 'a')]])
    expect(big.status).toBe(413)
    expect(await big.json()).toEqual({ error: 'big.txt: 244.1 KB is over the limit of 195.3 KB per file' })
    const many = await upload('/api/review', [['a.md', 'a'], ['b.md', 'b'], ['c.md', 'c'], ['d.md', 'd']])
    expect(many.status).toBe(413)
    expect(await many.json()).toEqual({ error: 'too many files: 4, at most 3 at a time' })
    const huge = await upload('/api/review', [['a.txt', Buffer.alloc(200_000, 'a')], ['b.txt', Buffer.alloc(200_000, 'a')], ['c.txt', Buffer.alloc(200_000, 'a')], ['d.txt', Buffer.alloc(200_000, 'a')]])
    expect(huge.status).toBe(413)
    expect(await huge.json()).toEqual({ error: 'upload too large: at most 3 files of 195.3 KB each' })
    const none = await upload('/api/review', [])
    expect(await none.json()).toEqual({ error: 'no file received: choose or drop at least one file' })
  })

  it('says the same refusals in French when the page is in French (Accept-Language: fr)', async () => {
    const fr = { 'accept-language': 'fr' }
    const uploadFr = (files: Array<[string, Buffer | string]>) => {
      const form = new FormData()
      for (const [name, data] of files) form.append('files', new Blob([typeof data === 'string' ? data : new Uint8Array(data)]), name)
      return app.request(`http://${HOST}/api/review`, { method: 'POST', headers: { host: HOST, origin: ORIGIN, ...fr }, body: form })
    }
    const big = await uploadFr([['big.txt', Buffer.alloc(250_000, 'a')]])
    expect(big.status).toBe(413)
    expect(await big.json()).toEqual({ error: 'big.txt : 244,1 Ko dépasse la limite de 195,3 Ko par fichier' })
    expect(await (await uploadFr([['a.md', 'a'], ['b.md', 'b'], ['c.md', 'c'], ['d.md', 'd']])).json()).toEqual({ error: 'trop de fichiers : 4, au plus 3 à la fois' })
    expect(await (await uploadFr([])).json()).toEqual({ error: 'aucun fichier reçu : choisissez ou déposez au moins un fichier' })
    const notFound = await get('/api/nothing', fr)
    expect(notFound.status).toBe(404)
    expect(await notFound.json()).toEqual({ error: 'introuvable : /api/nothing' })
    const method = await app.request(`http://${HOST}/api/config`, { method: 'DELETE', headers: { host: HOST, ...fr } })
    expect(await method.json()).toEqual({ error: 'méthode DELETE non autorisée' })
    const notJson = await app.request(`http://${HOST}/api/deal/preview`, { method: 'POST', headers: { host: HOST, origin: ORIGIN, 'content-type': 'application/json', ...fr }, body: '{' })
    expect(notJson.status).toBe(400)
    expect(await notJson.json()).toEqual({ error: 'le corps de la requête n’est pas du JSON valable' })
    const invalid = await post('/api/deal/export', { deal: {}, format: 'docx', ui: 'fr' }, fr)
    expect(invalid.status).toBe(422)
    expect(((await invalid.json()) as { error: string }).error).toMatch(/^\d+ points à corriger : /)
    const refused = await get('/api/config', { host: 'evil.example:4178', ...fr })
    expect(await refused.json()).toEqual({ error: 'refusé : l’application ne répond que sur http://127.0.0.1:4178/ (Host « evil.example:4178 »)' })
  })

  it('says why a file could not be read in the interface\'s language', async () => {
    const scan = readFileSync(join(ROOT, 'tests/fixtures/read/scanned.pdf'))
    const fr = (await (await upload('/api/review', [['scan.pdf', scan]], { ui: 'fr' })).json()) as { files: Array<{ error?: string }> }
    // The web app reads scans by OCR; this fixture's page is blank, so nothing is read.
    expect(fr.files[0]?.error).toBe('scan.pdf : aucun texte lisible après reconnaissance de caractères (OCR) : page blanche, image trop floue, ou ce n’est pas un document ?')
    const api = (await (await upload('/api/review', [['scan.pdf', scan]])).json()) as { files: Array<{ error?: string }> }
    expect(api.files[0]?.error).toBe('scan.pdf: no readable text after OCR (blank, too blurred or not a document?)')
  })

  it('reviews a quote with the terms it refers to (--with), and lists findings most serious first, by theme', async () => {
    const devis = ['# Devis n° D-118', 'Fourniture de leads par e-mailing.', 'Prix : 12 € HT par lead, paiement à 30 jours.', 'Le présent devis est soumis à nos CGV disponibles sur https://leads.example/cgv.'].join('\n\n')
    const cgv = ['# Conditions générales de vente', '## Loi applicable', 'Les présentes sont soumises au droit français.', '## Juridiction', 'Tout litige relève de la compétence exclusive du tribunal de commerce de Paris.'].join('\n\n')
    type Answer = { files: Array<{ with: string[]; counts: { present: number }; findings: Array<{ severity: string; theme: string; title: string; ask?: string }> }> }
    const alone = ((await (await upload('/api/review', [['devis.md', devis]])).json()) as Answer).files[0]!
    const form = new FormData()
    form.append('files', new Blob([devis]), 'devis.md')
    form.append('with', new Blob([cgv]), 'cgv.md')
    const res = await app.request(`http://${HOST}/api/review`, { method: 'POST', headers: { host: HOST, origin: ORIGIN }, body: form })
    const together = ((await res.json()) as Answer).files[0]!
    expect(together.with).toEqual(['cgv.md'])
    expect(together.counts.present).toBeGreaterThan(alone.counts.present)
    const severities = together.findings.map((f) => f.severity)
    expect(severities).toEqual([...severities].sort((a, b) => (a === b ? 0 : a === 'error' ? -1 : 1)))
    const themes = ['framework', 'delivery', 'commercial', 'gdpr', 'liability', 'termination', 'general', 'art28']
    const errorThemes = together.findings.filter((f) => f.severity === 'error').map((f) => themes.indexOf(f.theme))
    expect(errorThemes).toEqual([...errorThemes].sort((a, b) => a - b))
    expect(together.findings.every((f) => !/^[a-z0-9-]+$/.test(f.title))).toBe(true)
    expect(together.findings.some((f) => f.ask !== undefined)).toBe(true)
  })

  it('exports the annotated DOCX, the addendum and the HTML/JSON reports', async () => {
    const file: [string, Buffer] = ['devis-datapulse-decideurs-it.txt', quote('devis-datapulse-decideurs-it.txt')]
    const docx = await upload('/api/review/export', [file], { format: 'docx' })
    expect(docx.headers.get('content-disposition')).toContain('filename="devis-datapulse-decideurs-it-annote.docx"')
    const english = await upload('/api/review/export', [file], { format: 'html', ui: 'en' })
    expect(english.headers.get('content-disposition')).toContain('filename="devis-datapulse-decideurs-it-review.html"')
    expect(Object.keys(unzipSync(new Uint8Array(await docx.arrayBuffer())))).toContain('word/comments.xml')
    const addendum = await upload('/api/review/export', [file], { format: 'addendum' })
    const xml = strFromU8(unzipSync(new Uint8Array(await addendum.arrayBuffer()))['word/document.xml']!)
    expect(xml).toContain('devis-datapulse-decideurs-it.txt')
    const json = JSON.parse(await (await upload('/api/review/export', [file, ['b.md', '# Devis']], { format: 'json' })).text()) as { files: unknown[] }
    expect(json.files).toHaveLength(2)
    const html = await upload('/api/review/export', [file], { format: 'html' })
    expect(html.headers.get('content-disposition')).toContain('filename="devis-datapulse-decideurs-it-revue.html"')
    expect(await html.text()).toMatch(/^<!doctype html>/)
    const two = await upload('/api/review/export', [file, ['b.md', '# Devis']], { format: 'docx', ui: 'fr' })
    expect(await two.json()).toEqual({ error: 'la copie annotée se prépare pour un seul document à la fois' })
    const pair = await upload('/api/review/export', [file, ['b.md', '# Devis']], { format: 'html', ui: 'fr' })
    expect(pair.headers.get('content-disposition')).toContain('filename="revue-2-documents.html"')
  })
})

describe('review: compare with our draft', () => {
  it('lists what they changed, the removed audit article first, and offers the reports and their DOCX with comments', async () => {
    const { docx } = await builtFrench()
    const theirs = editDocx(docx, (xml) => deleteArticle(xml, 'audit-rights', 'subcontracting'))
    const files: Array<[string, Buffer]> = [['contrat.docx', Buffer.from(docx)], ['contrat-retour.docx', Buffer.from(theirs)]]
    const res = await upload('/api/review/compare', files, { ui: 'fr' })
    expect(res.status).toBe(200)
    const view = (await res.json()) as { summary: { removed: number; failing: boolean }; changes: Array<{ clauseId: string | null; change: string; essential: boolean; clause: string }>; html: string }
    expect(view.summary.removed).toBe(1)
    expect(view.summary.failing).toBe(true)
    expect(view.changes[0]).toMatchObject({ clauseId: 'audit-rights', change: 'removed', essential: true, clause: "Droit d'audit et de vérification" })
    expect(view.html).toContain('<html')

    const json = await upload('/api/review/compare', files, { format: 'json', ui: 'fr' })
    expect(json.headers.get('content-disposition')).toContain('contrat-retour-modifications.json')
    const report = (await json.json()) as { changes: Array<{ clauseId: string | null; change: string }> }
    expect(report.changes.filter((c) => c.change === 'removed').map((c) => c.clauseId)).toEqual(['audit-rights'])
    const word = await upload('/api/review/compare', files, { format: 'docx', ui: 'fr' })
    expect(word.status).toBe(200)
    expect(unzipSync(new Uint8Array(await word.arrayBuffer()))['word/comments.xml']).toBeDefined()
    expect((await upload('/api/review/compare', files, { format: 'html' })).headers.get('content-type')).toContain('text/html')
  })

  it('asks for exactly two documents', async () => {
    const res = await upload('/api/review/compare', [['a.md', '# A\n\ntext']])
    expect(res.status).toBe(400)
    expect(((await res.json()) as { error: string }).error).toMatch(/two files/)
  })
})

describe('audit', () => {
  it('serves the questionnaire, scores answers and exports them as YAML', async () => {
    const q = (await (await get('/api/audit/questionnaire?lang=fr')).json()) as { themes: Array<{ questions: Array<{ id: string }> }> }
    const ids = q.themes.flatMap((t) => t.questions.map((x) => x.id))
    expect(ids[0]).toBe('DD-01')
    const answers = Object.fromEntries(ids.map((id) => [id, { answer: 'yes', evidence: ['policy.pdf'] }]))
    const full = (await (await post('/api/audit/score', { language: 'en', answers })).json()) as { score: { overall: { score: number }; reinforce: unknown[] } }
    expect(full.score.overall.score).toBe(100)
    expect(full.score.reinforce).toEqual([])
    const weak = (await (await post('/api/audit/score', { language: 'en', answers: { 'DD-02': { answer: 'no', evidence: [] } } })).json()) as { score: { blocking: Array<{ id: string }>; reinforce: Array<{ clause: string }> } }
    expect(weak.score.blocking.map((b) => b.id)).toEqual(['DD-02'])
    expect(weak.score.reinforce.length).toBeGreaterThan(0)
    const yaml = await (await post('/api/audit/export', { language: 'en', generator: 'LeadCall', answers: { 'DD-01': { answer: 'partial', evidence: ['org chart'] } } })).text()
    const loaded = (await (await post('/api/audit/load', { text: yaml })).json()) as { generator: string; answers: Record<string, { answer: string }> }
    expect(loaded.generator).toBe('LeadCall')
    expect(loaded.answers['DD-01']!.answer).toBe('partial')
  })

  it('says which answer is wrong, in one line per problem', async () => {
    const res = await post('/api/audit/score', { language: 'en', answers: { 'DD-99': { answer: 'maybe' } } })
    expect(res.status).toBe(422)
    const body = (await res.json()) as { issues: Array<{ path: string; message: string }> }
    expect(body.issues).toContainEqual({ path: 'answers.DD-99.answer', message: 'expected one of "yes", "partial", "no", "unknown", got "maybe"' })
  })
})
