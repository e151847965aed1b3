#!/usr/bin/env node
// Takes the README's screenshots of the web app (docs/img/web-draft.png, docs/img/web-review.png)
// in French (locale fr-FR, as the app's users see it) with Debian's Chromium and playwright-core,
// from the built app: run `npm run build` first.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const { startServer } = await import(join(root, 'dist/web/serve.js'))
const server = await startServer(0, { today: '2026-12-01' })
const profile = mkdtempSync(join(tmpdir(), 'clausier-shot-'))
const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--hide-scrollbars', '--lang=fr-FR']
const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', args, locale: 'fr-FR', viewport: { width: 1440, height: 900 } })
try {
  const page = context.pages()[0] ?? (await context.newPage())
  await page.goto(server.url)
  await page.locator('body[data-ready=true]').waitFor()
  await page.locator('#deal-example-fr').click()
  await page.locator('#draft-status').filter({ hasText: 'Contrat complet' }).waitFor()
  await page.locator('#steps button[data-step="delivery"]').click()
  await page.frameLocator('#preview').locator('h1').waitFor()
  await page.screenshot({ path: join(root, 'docs/img/web-draft.png') })

  await page.locator('#tab-review').click()
  await page.locator('#review-files').setInputFiles([join(root, 'examples/quotes/devis-leadflow-assurance.pdf'), join(root, 'examples/quotes/bon-de-commande-azur-leads-piscines.md'), join(root, 'examples/quotes/devis-watt-contact-renovation-energetique.docx')])
  await page.locator('#review-status').filter({ hasText: 'Analyse terminée' }).waitFor()
  const report = page.frameLocator('#review-report')
  await report.locator('aside.finding').first().waitFor()
  // The findings in the order to act on them, the first one's text to ask for open.
  await page.locator('#review-findings details.ask summary').first().click()
  await page.screenshot({ path: join(root, 'docs/img/web-review.png') })
  console.log('wrote docs/img/web-draft.png and docs/img/web-review.png')
} finally {
  await context.close()
  await server.close()
  rmSync(profile, { recursive: true, force: true })
}
