#!/usr/bin/env node
// Takes the README's screenshots of the web app (docs/img/web-draft.png, docs/img/web-review.png)
// with Debian's Chromium and playwright-core, from the built app: run `npm run build` first.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const { startServer } = await import(join(root, 'dist/web/serve.js'))
const server = await startServer(0, { today: '2026-12-01' })
const profile = mkdtempSync(join(tmpdir(), 'clausier-shot-'))
const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--hide-scrollbars']
const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', args, viewport: { width: 1440, height: 900 } })
try {
  const page = context.pages()[0] ?? (await context.newPage())
  await page.goto(server.url)
  await page.locator('body[data-ready=true]').waitFor()
  await page.locator('#deal-example-fr').click()
  await page.locator('#draft-status').filter({ hasText: 'Valid deal' }).waitFor()
  await page.locator('#steps button[data-step="delivery"]').click()
  await page.frameLocator('#preview').locator('h1').waitFor()
  await page.screenshot({ path: join(root, 'docs/img/web-draft.png') })

  await page.locator('#tab-review').click()
  await page.locator('#review-files').setInputFiles([join(root, 'examples/quotes/insertion-order-clickvantage-lumio.html'), join(root, 'examples/quotes/devis-leadflow-assurance.pdf'), join(root, 'examples/quotes/quote-northstar-home-insurance.docx')])
  await page.locator('#review-status').filter({ hasText: 'reviewed' }).waitFor()
  const report = page.frameLocator('#review-report')
  await report.locator('aside.finding').first().waitFor()
  // Scroll the report to the first flagged paragraph: evidence highlighted, findings beside it.
  await report.locator('.doc .row.flagged').first().evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 48))
  await page.screenshot({ path: join(root, 'docs/img/web-review.png') })
  console.log('wrote docs/img/web-draft.png and docs/img/web-review.png')
} finally {
  await context.close()
  await server.close()
  rmSync(profile, { recursive: true, force: true })
}
