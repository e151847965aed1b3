/**
 * The real app in headless Chromium with a French locale (Debian's /usr/bin/chromium, driven by
 * playwright-core), as a French legal assistant uses it: the interface is French (`lang="fr"`),
 * switchable and remembered; « 18,50 », « 1 500 000 » and 15/01/2026 reach the deal YAML as 18.5,
 * 1500000 and 2026-01-15; nothing replaces a filled form without a confirmation and a reload loses
 * nothing; links inside the preview and the report keep the page working; a quote's findings come
 * grouped with what to ask for; axe-core finds no serious or critical violation on the three tools;
 * the tools work from the keyboard and at 390 px. Skipped, with a message, only when
 * /usr/bin/chromium is absent (CI installs it: see .ci/run).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { loadAssets } from '../../src/web/assets.js'
import { startServer, type RunningServer } from '../../src/web/serve.js'
import { ROOT } from '../helpers.js'
import { builtFrench, deleteArticle, editDocx, replaceText } from '../compare/helpers.js'

const CHROMIUM = '/usr/bin/chromium'
const present = existsSync(CHROMIUM)
if (!present) console.warn(`tests/web/browser.test.ts: skipped: ${CHROMIUM} is absent (apt-get install chromium)`)

/** The launch options that work in containers and CI. */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=fr-FR']
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

describe.skipIf(!present)('the web app in Chromium, in French', () => {
  let work: string
  let server: RunningServer
  let context: BrowserContext
  let page: Page
  const errors: string[] = []

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'clausier-web-'))
    // Build the front end from web/ into a temporary folder: the test runs today's sources.
    execFileSync(process.execPath, [join(ROOT, 'web/build.mjs'), '--out', join(work, 'static')], { stdio: 'pipe' })
    server = await startServer(0, { assets: loadAssets(join(work, 'static')), limits: { fileBytes: 300 * 1024, files: 5 }, today: '2026-12-01' })
    context = await chromium.launchPersistentContext(join(work, 'profile'), { executablePath: CHROMIUM, args: CHROMIUM_ARGS, locale: 'fr-FR', acceptDownloads: true, viewport: { width: 1400, height: 900 } })
    page = context.pages()[0] ?? (await context.newPage())
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text())
    })
    await open()
  })

  afterAll(async () => {
    await context?.close()
    await server?.close()
    if (work) rmSync(work, { recursive: true, force: true })
  })

  async function open(): Promise<void> {
    await page.goto(server.url)
    await page.locator('body[data-ready=true]').waitFor()
  }
  const input = (path: string) => page.locator(`#f-${path.replace(/[^\w-]/g, '-')}`)
  const step = (id: string) => page.locator(`#steps button[data-step="${id}"]`).click()
  const addRow = (path: string) => page.locator(`fieldset[data-path="${path}"] > button.add`).click()
  const status = (id: string, text: string | RegExp) => page.locator(`#${id}`).filter({ hasText: text }).waitFor()
  const accept = () => page.once('dialog', (d) => void d.accept())
  const dismiss = (seen: string[]) => page.once('dialog', (d) => {
    seen.push(d.message())
    void d.dismiss()
  })

  async function axe(): Promise<string[]> {
    // Evaluated through the debugging protocol: the app's CSP rightly refuses inline scripts.
    if (!(await page.evaluate('typeof axe !== "undefined"'))) await page.evaluate(AXE)
    const violations = (await page.evaluate(`axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) })))`)) as Array<{ id: string; impact: string; nodes: string[] }>
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.nodes.join(', ')}`)
  }

  it('speaks French with lang="fr", switches to English on request and remembers it', async () => {
    expect(await page.locator('html').getAttribute('lang')).toBe('fr')
    expect(await page.locator('#tab-draft').textContent()).toBe('Rédiger un contrat')
    expect(await page.locator('#deal-new').textContent()).toBe('Nouveau contrat')
    expect(await page.locator('label[for="f-buyer-name"]').textContent()).toBe('Dénomination sociale*')
    await page.locator('#ui-lang').selectOption('en')
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.locator('#tab-draft').textContent()).toBe('Draft a contract')
    await open()
    expect(await page.locator('#tab-review').textContent()).toBe('Review a quote')
    await page.locator('#ui-lang').selectOption('fr')
    expect(await page.locator('html').getAttribute('lang')).toBe('fr')
    // An empty form says what is left, without a wall of red messages.
    expect(await page.locator('#deal-form .msg:not(:empty)').count()).toBe(0)
  })

  it('keeps « 18,50 », « 1 500 000 » and 15/01/2026 as 18.5, 1500000 and 2026-01-15, says so, and exports them', async () => {
    await input('date').fill('15/01/2026')
    await page.locator('#f-date-understood').filter({ hasText: 'Compris : 15 janvier 2026' }).waitFor()
    await input('language').selectOption('fr')
    for (const [party, name] of [['buyer', 'Azur Piscines SAS'], ['generator', 'Leadwave SARL']] as const) {
      await input(`${party}.name`).fill(name)
      await input(`${party}.legalForm`).fill('SAS')
      await input(`${party}.registration`).fill('RCS Nice 123 456 789')
      await input(`${party}.address`).fill('1 promenade des Anglais, 06000 Nice')
      await input(`${party}.signatory.name`).fill('Claire Martin')
      await input(`${party}.signatory.title`).fill('Présidente')
    }
    await step('leads')
    await input('collectionStart').fill('01/10/2026')
    await addRow('sectors')
    await input('sectors.0').fill('piscines')
    await input('leads.product').fill('un devis d’installation de piscine')
    await addRow('leads.criteria')
    await input('leads.criteria.0').fill('propriétaire avec jardin')
    await addRow('leads.fields')
    await input('leads.fields.0').fill('adresse électronique')
    await addRow('sources')
    await input('sources.0.name').fill('Comparateur Leadwave')
    await input('sources.0.type').selectOption('comparison-site')
    await step('delivery')
    await input('volumes.monthlyCap').fill('1 500 000')
    await page.locator('#f-volumes-monthlyCap-understood').filter({ hasText: '1 500 000' }).waitFor()
    // A number that cannot be read exactly is refused, never turned into another one.
    await input('price.perLead').fill('18,5,0')
    await page.locator('#f-price-perLead-understood').filter({ hasText: 'Nombre non reconnu' }).waitFor()
    await input('price.perLead').fill('18,50')
    await page.locator('#f-price-perLead-understood').filter({ hasText: /Compris : 18,50\s€/ }).waitFor()
    await step('gdpr')
    await input('role').selectOption('independent')
    await page.locator('[data-path="channels"] input[value="email"]').check()
    await status('draft-status', 'Contrat complet')
    await page.frameLocator('#preview').locator('text=Azur Piscines SAS').first().waitFor()

    const [yaml] = await Promise.all([page.waitForEvent('download'), page.locator('#deal-yaml').click()])
    const deal = parse(readFileSync(await yaml.path(), 'utf8')) as { date: string; price: { perLead: number }; volumes: { monthlyCap: number } }
    expect(deal.date).toBe('2026-01-15')
    expect(deal.price.perLead).toBe(18.5)
    expect(deal.volumes.monthlyCap).toBe(1500000)

    const [docx] = await Promise.all([page.waitForEvent('download'), page.locator('#deal-docx').click()])
    expect(docx.suggestedFilename()).toBe('azur-piscines-sas-leadwave-sarl-fr.docx')
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(await docx.path())))['word/document.xml']!)
    expect(xml).toContain('Azur Piscines SAS')
    expect(xml).toContain('15 janvier 2026')
  })

  it('asks before New deal replaces a filled form, and a reload keeps the draft', async () => {
    await open()
    await step('parties')
    expect(await input('buyer.name').inputValue()).toBe('Azur Piscines SAS')
    const seen: string[] = []
    dismiss(seen)
    await page.locator('#deal-new').click()
    expect(seen).toEqual(['Le formulaire contient un contrat en cours. Le remplacer ? Il ne pourra pas être récupéré (pensez à télécharger le fichier du contrat).'])
    expect(await input('buyer.name').inputValue()).toBe('Azur Piscines SAS')
    accept()
    await page.locator('#deal-new').click()
    await page.waitForFunction(`document.getElementById('f-buyer-name')?.value === ''`)
  })

  it('follows a link inside the contract preview without breaking the page', async () => {
    accept()
    await page.locator('#deal-example-fr').click()
    await status('draft-status', 'Contrat complet')
    // The frames run no script (no allow-scripts); the page handles their links.
    expect(await page.locator('#preview').getAttribute('sandbox')).toBe('allow-same-origin')
    expect(await page.locator('#review-report').getAttribute('sandbox')).toBe('allow-same-origin')
    const preview = page.frameLocator('#preview')
    const link = preview.locator('a[href^="#"]').nth(3)
    const target = (await link.getAttribute('href'))!.slice(1)
    await link.click()
    // The frame still shows the contract, scrolled to the target; the page still works.
    await preview.locator('h1').waitFor()
    expect(await preview.locator(`[id="${target}"]`).evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(100)
    expect(await preview.locator('body').evaluate((body) => body.ownerDocument.URL)).toBe('about:srcdoc')
    await step('delivery')
    expect(await input('price.perLead').isVisible()).toBe(true)
  })

  it('reviews quotes: findings grouped by severity and theme with what to ask for; a report link keeps the page working', async () => {
    await page.locator('#tab-review').click()
    await page.locator('#review-files').setInputFiles([join(ROOT, 'examples/quotes/devis-datapulse-decideurs-it.txt'), join(ROOT, 'examples/quotes/bon-de-commande-azur-leads-piscines.md')])
    await status('review-status', 'Analyse terminée : 2 documents sur 2')
    const findings = page.locator('#review-findings')
    expect(await findings.locator('h3').first().textContent()).toMatch(/^Points bloquants \(\d+\)$/)
    expect(await findings.locator('h4').first().textContent()).not.toMatch(/^[a-z-]+$/)
    expect(await findings.locator('details.ask summary').first().textContent()).toBe('Ce qu’il faut demander')
    const titles = await findings.locator('.finding-title strong').allTextContents()
    expect(titles.some((x) => /^[a-z0-9-]+$/.test(x))).toBe(false)

    const report = page.frameLocator('#review-report')
    await report.locator('aside.finding').first().waitFor()
    const link = report.locator('a[href^="#"]').first()
    const target = (await link.getAttribute('href'))!.slice(1)
    await link.click()
    await report.locator(`[id="${target}"]`).waitFor()
    expect(await report.locator('body').evaluate((body) => body.ownerDocument.URL)).toBe('about:srcdoc')
    expect(await report.locator('aside.finding').count()).toBeGreaterThan(0)

    const [addendum] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Conditions particulières à faire signer/ }).click()])
    expect(addendum.suggestedFilename()).toBe('devis-datapulse-decideurs-it-conditions-particulieres.docx')
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(await addendum.path())))['word/document.xml']!)
    expect(xml).toContain('NUVIO CLOUD SAS')
    expect(xml).toContain('DATAPULSE B2B SARL')
    expect(xml).not.toContain('attention de Mme')
  })

  it('refuses an oversized upload with a clear French message', async () => {
    accept()
    await page.locator('#review-files').setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(400 * 1024, 0x20) })
    await status('review-status', 'scan.pdf : 400 Ko dépasse la limite de 300 Ko par fichier')
  })

  it('compares their version with our draft: the removed audit article, the weakened term before → after, their DOCX with comments', async () => {
    const { docx } = await builtFrench()
    const theirs = editDocx(docx, (xml) => replaceText(deleteArticle(xml, 'audit-rights', 'subcontracting'), ['dans un délai de ', '7', ' jours à compter de sa livraison'], '2', false))
    await page.locator('#tab-review').click()
    await page.locator('#mode-compare').check()
    await page.locator('#compare-ours').setInputFiles({ name: 'contrat.docx', mimeType: 'application/octet-stream', buffer: Buffer.from(docx) })
    await page.locator('#compare-theirs').setInputFiles({ name: 'contrat-retour.docx', mimeType: 'application/octet-stream', buffer: Buffer.from(theirs) })
    await page.locator('#compare-run').click()
    await status('compare-status', /^Comparaison terminée : \d+ modifications?$/)
    const result = page.locator('#compare-result')
    expect(await result.locator('li.change-removed .finding-title').first().textContent()).toContain('Supprimée : Droit d\'audit et de vérification')
    expect(await result.textContent()).toContain('7 jours → 2 jours')
    expect(await axe()).toEqual([])
    const [word] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Leur version commentée/ }).click()])
    expect(word.suggestedFilename()).toBe('contrat-retour-commente.docx')
    expect(unzipSync(new Uint8Array(readFileSync(await word.path())))['word/comments.xml']).toBeDefined()
    await page.locator('#mode-review').check()
    expect(await page.locator('#dropzone').isVisible()).toBe(true)
  })

  it('fills the audit in French: answers, levels and suggested changes in words', async () => {
    await page.locator('#tab-audit').click()
    await page.locator('[data-question="DD-02"] input[value="no"]').check()
    await page.locator('#audit-reinforce').waitFor()
    await page.locator('#audit-score').filter({ hasText: 'Réponses bloquantes (1)' }).waitFor()
    expect(await page.locator('[data-question="DD-02"] label.answer-no').textContent()).toBe(' Non')
    const reinforce = await page.locator('#audit-reinforce').textContent()
    expect(reinforce).not.toMatch(/at-least|at-most|[a-z]+\.[a-z]+[A-Z]/)
    const [yaml] = await Promise.all([page.waitForEvent('download'), page.locator('#audit-yaml').click()])
    expect(readFileSync(await yaml.path(), 'utf8')).toMatch(/DD-02:\n\s+answer: no/)
  })

  it('has no serious or critical accessibility violation on the three tools (axe-core)', async () => {
    const found: Record<string, string[]> = {}
    for (const tab of ['draft', 'review', 'audit']) {
      await page.locator(`#tab-${tab}`).click()
      await page.waitForTimeout(300)
      found[tab] = await axe()
    }
    expect(found).toEqual({ draft: [], review: [], audit: [] })
  })

  it('works from the keyboard: tabs with the arrow keys, the file buttons reachable, focus visible', async () => {
    await page.locator('#tab-draft').focus()
    await page.keyboard.press('ArrowRight')
    expect(await page.evaluate('document.activeElement?.id')).toBe('tab-review')
    expect(await page.locator('#review').isVisible()).toBe(true)
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('Tab')
    // From the tab list, Tab reaches the draft's buttons, among them the deal file opener.
    const reached: string[] = []
    for (let i = 0; i < 8; i++) {
      reached.push((await page.evaluate(`document.activeElement?.id ?? ''`)) as string)
      await page.keyboard.press('Tab')
    }
    expect(reached).toContain('deal-load-button')
    await page.locator('#tab-review').click()
    await page.locator('#review-files').focus()
    expect(await page.locator('#dropzone').evaluate((el) => el.ownerDocument.defaultView?.getComputedStyle(el).outlineStyle)).toBe('solid')
  })

  it('is usable 390 px wide: nothing wider than the screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 })
    for (const tab of ['draft', 'review', 'audit']) {
      await page.locator(`#tab-${tab}`).click()
      await page.waitForTimeout(200)
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390)
    }
    await page.setViewportSize({ width: 1400, height: 900 })
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([])
  })
})
