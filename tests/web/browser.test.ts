/**
 * The real app in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core): fill
 * the draft form and download a DOCX that opens; an invalid field shows the schema's message;
 * upload a quote and see its findings; an oversized upload is refused; fill the audit. Skipped,
 * with a message, only when /usr/bin/chromium is absent (CI installs it: see .ci/run).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadAssets } from '../../src/web/assets.js'
import { startServer, type RunningServer } from '../../src/web/serve.js'
import { ROOT } from '../helpers.js'

const CHROMIUM = '/usr/bin/chromium'
const present = existsSync(CHROMIUM)
if (!present) console.warn(`tests/web/browser.test.ts: skipped: ${CHROMIUM} is absent (apt-get install chromium)`)

/** The launch options that work in containers and CI. */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

const LIMITS = { fileBytes: 300 * 1024, files: 5 }

describe.skipIf(!present)('the web app in Chromium', () => {
  let work: string
  let server: RunningServer
  let context: BrowserContext
  let page: Page

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'clausier-web-'))
    // Build the front end from web/ into a temporary folder: the test runs today's sources.
    execFileSync(process.execPath, [join(ROOT, 'web/build.mjs'), '--out', join(work, 'static')], { stdio: 'pipe' })
    server = await startServer(0, { assets: loadAssets(join(work, 'static')), limits: LIMITS, today: '2026-12-01' })
    context = await chromium.launchPersistentContext(join(work, 'profile'), { executablePath: CHROMIUM, args: CHROMIUM_ARGS, acceptDownloads: true, viewport: { width: 1400, height: 900 } })
    page = context.pages()[0] ?? (await context.newPage())
    await page.goto(server.url)
    await page.locator('body[data-ready=true]').waitFor()
  })

  afterAll(async () => {
    await context?.close()
    await server?.close()
    if (work) rmSync(work, { recursive: true, force: true })
  })

  const field = (path: string) => page.locator(`[data-path="${path}"] > :is(input, select, textarea)`)
  const step = (id: string) => page.locator(`#steps button[data-step="${id}"]`).click()
  const addRow = (path: string) => page.locator(`fieldset[data-path="${path}"] > button.add`).click()
  const status = (id: string, text: string) => page.locator(`#${id}`).filter({ hasText: text }).waitFor()

  it('fills the form and downloads a DOCX that opens, with the parties and the headings', async () => {
    await page.locator('#tab-draft').click()
    await page.locator('#deal-new').click()
    await field('language').selectOption('en')
    await field('date').fill('2026-12-01')
    for (const [party, name] of [['buyer', 'Azur Piscines SAS'], ['generator', 'Leadwave SARL']] as const) {
      await field(`${party}.name`).fill(name)
      await field(`${party}.legalForm`).fill('SAS')
      await field(`${party}.registration`).fill('RCS Nice 123 456 789')
      await field(`${party}.address`).fill('1 promenade des Anglais, 06000 Nice')
      await field(`${party}.signatory.name`).fill('Claire Martin')
      await field(`${party}.signatory.title`).fill('Président')
    }
    await step('leads')
    await field('collectionStart').fill('2026-10-01')
    await addRow('sectors')
    await field('sectors.0').fill('swimming pools')
    await field('leads.product').fill('a swimming-pool installation quote')
    await addRow('leads.criteria')
    await field('leads.criteria.0').fill('homeowner with a garden')
    await addRow('leads.fields')
    await field('leads.fields.0').fill('email address')
    await addRow('sources')
    await field('sources.0.name').fill('Leadwave pool comparison site')
    await field('sources.0.type').selectOption('comparison-site')
    await step('delivery')
    await field('volumes.monthlyCap').fill('500')
    await field('price.perLead').fill('18')
    await step('gdpr')
    await field('role').selectOption('independent')
    await page.locator('[data-path="channels"] input[value="email"]').check()
    await status('draft-status', 'Valid deal')
    await page.frameLocator('#preview').locator('text=Azur Piscines SAS').first().waitFor()

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#deal-docx').click()])
    expect(download.suggestedFilename()).toBe('azur-piscines-sas-leadwave-sarl-en.docx')
    const saved = join(work, 'contract.docx')
    await download.saveAs(saved)
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(saved)))['word/document.xml']!)
    expect(xml).toContain('Azur Piscines SAS')
    expect(xml).toContain('Leadwave SARL')
    expect(xml).toContain('w:val="Heading1"')
    expect(xml).toContain('Definitions')
  })

  it('shows the schema\'s message next to an invalid field, and counts it on its step', async () => {
    await page.locator('#deal-example-en').click()
    await status('draft-status', 'Valid deal')
    await step('delivery')
    await field('price.perLead').fill('-5')
    const message = page.locator('[data-path="price.perLead"] > .msg')
    await message.filter({ hasText: 'expected' }).waitFor()
    expect(await message.textContent()).toBe('expected a value >= 0, got -5')
    expect(await page.locator('#steps button[data-step="delivery"] .badge').textContent()).toBe('1')
    await status('draft-status', '1 problem to fix')
    await page.locator('#deal-docx').click()
    await status('draft-status', '1 problem to fix: expected a value >= 0, got -5')
  })

  it('loads a deal YAML to continue it', async () => {
    await page.locator('#deal-new').click()
    await page.locator('#deal-load').setInputFiles(join(ROOT, 'examples/deals/lead-generation-fr.yaml'))
    await status('draft-status', 'Valid deal')
    await step('parties')
    expect(await field('buyer.name').inputValue()).toBe('Assurances Horizon')
    expect(await field('language').inputValue()).toBe('fr')
    await page.frameLocator('#preview').locator('h1', { hasText: 'Contrat de fourniture de leads' }).waitFor()
  })

  it('reviews an uploaded quote and shows its findings beside the document', async () => {
    await page.locator('#tab-review').click()
    await page.locator('#review-files').setInputFiles([join(ROOT, 'examples/quotes/devis-datapulse-decideurs-it.txt'), join(ROOT, 'examples/quotes/bon-de-commande-azur-leads-piscines.md')])
    await status('review-status', '2 of 2 files reviewed')
    const items = page.locator('#review-list li')
    expect(await items.count()).toBe(2)
    expect(await items.first().textContent()).toMatch(/devis-datapulse-decideurs-it\.txt.*\d+ errors?, \d+ warnings?/)
    const report = page.frameLocator('#review-report')
    await report.locator('aside.finding').first().waitFor()
    expect(await report.locator('aside.finding[data-rule="missing-clause"]').count()).toBeGreaterThan(0)
    expect(await report.locator('.suggestion blockquote').count()).toBeGreaterThan(0)
    expect(await report.locator('mark').count()).toBeGreaterThan(0)

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Annotated DOCX' }).click()])
    const saved = join(work, 'annotated.docx')
    await download.saveAs(saved)
    expect(Object.keys(unzipSync(new Uint8Array(readFileSync(saved))))).toContain('word/comments.xml')
  })

  it('refuses an oversized upload with a clear message, in the page and on the server', async () => {
    await page.locator('#tab-review').click()
    await page.locator('#review-files').setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(400 * 1024, 0x20) })
    await status('review-status', 'scan.pdf: 400 KB is over the limit of 300 KB per file')
    const answer = await page.evaluate(`(async () => {
      const form = new FormData()
      form.append('files', new Blob([new Uint8Array(400 * 1024)]), 'scan.pdf')
      const response = await fetch('/api/review', { method: 'POST', body: form })
      return { status: response.status, body: await response.json() }
    })()`)
    expect(answer).toEqual({ status: 413, body: { error: 'scan.pdf: 400 KB is over the limit of 300 KB per file' } })
  })

  it('fills the audit, shows the score and the clauses to reinforce, and exports the answers', async () => {
    await page.locator('#tab-audit').click()
    await page.locator('[data-question="DD-02"] input[value="no"]').check()
    await page.locator('#audit-reinforce').waitFor()
    await page.locator('#audit-score').filter({ hasText: 'Blocking answers (1)' }).waitFor()
    expect(await page.locator('#audit-overall').textContent()).toMatch(/^\d+\/100$/)
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#audit-yaml').click()])
    const saved = join(work, 'answers.yaml')
    await download.saveAs(saved)
    expect(readFileSync(saved, 'utf8')).toMatch(/DD-02:\n\s+answer: no/)
  })
})
