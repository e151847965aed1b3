import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { FR_DEAL, ROOT, cli } from '../helpers.js'

/** The CLI users run: package.json's bin, the esbuild bundle made by `npm run build` (scripts/bundle-cli.mjs). */
const bin = join(ROOT, (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: { clausier: string } }).bin.clausier)
const built = existsSync(bin)
if (!built) console.warn(`tests/cli/bundle.test.ts skipped: ${bin} is missing (run npm run build)`)

const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })

describe.skipIf(!built)('the bundled CLI (package.json bin)', () => {
  test('reviews the example quotes (worker threads included) exactly as the sources do', { timeout: 240_000 }, async () => {
    const args = ['review', join(ROOT, 'examples', 'quotes'), '-f', 'json', '--fail-on', 'never', '--date', '2026-11-29']
    const bundled = run(args)
    const sources = await cli(args)
    expect([bundled.status, bundled.stderr]).toEqual([0, ''])
    expect(sources.code).toBe(0)
    expect(bundled.stdout.length).toBeGreaterThan(1000)
    expect(bundled.stdout).toBe(sources.out)
  })

  test('reviews a one-page quote (the small-review path, src/cli/regexp-tier.ts) exactly as the sources do', async () => {
    for (const format of ['stylish', 'json']) {
      const args = ['review', join(ROOT, 'examples', 'quotes', 'bon-de-commande-azur-leads-piscines.md'), '-f', format, '--fail-on', 'never', '--date', '2026-11-29']
      const bundled = run(args)
      expect([bundled.status, bundled.stderr]).toEqual([0, ''])
      expect(bundled.stdout.length).toBeGreaterThan(1000)
      expect(bundled.stdout).toBe((await cli(args)).out)
    }
  })

  test('builds the French example exactly as the sources do, and exits 2 with one line on bad input', async () => {
    const bundled = run(['build', FR_DEAL])
    expect(bundled.status).toBe(0)
    expect(bundled.stdout).toBe((await cli(['build', FR_DEAL])).out)
    const bad = run(['build', 'missing.yaml'])
    expect([bad.status, bad.stderr]).toEqual([2, 'clausier: missing.yaml: cannot read the deal file (ENOENT)\n'])
  })

  test('the ES module bundle (every run but a small review) reviews a scanned PDF through OCR as the sources do', { timeout: 240_000 }, async () => {
    // tesseract.js stays out of the bundle: bundled, it stopped on "__dirname is not defined in ES module scope".
    const args = ['review', join(ROOT, 'tests', 'fixtures', 'read', 'scanned.pdf'), '-f', 'json', '--fail-on', 'never']
    const bundled = spawnSync(process.execPath, [join(ROOT, 'dist', 'bundle', 'index.js'), ...args], { cwd: ROOT, encoding: 'utf8' })
    const sources = await cli(args)
    expect(sources.err).toMatch(/no readable text after OCR/)
    expect([bundled.status, bundled.stdout, bundled.stderr]).toEqual([sources.code, sources.out, sources.err])
  })

  test('a review and a build do not load node:child_process (commander requires it only to spawn)', () => {
    // Preloaded: prints at exit whether Node loaded the built-in module.
    const probe = join(mkdtempSync(join(tmpdir(), 'clausier-probe-')), 'probe.cjs')
    writeFileSync(probe, "process.on('exit', () => process.stderr.write(process.moduleLoadList.includes('NativeModule child_process') ? 'loaded' : 'not loaded'))")
    const loaded = (args: string[]) => spawnSync(process.execPath, ['-r', probe, ...args], { cwd: ROOT, encoding: 'utf8' }).stderr
    expect(loaded(['-e', "require('node:child_process')"])).toBe('loaded')
    expect(loaded([bin, 'review', join(ROOT, 'examples', 'quotes', 'bon-de-commande-azur-leads-piscines.md'), '-f', 'json', '--fail-on', 'never'])).toBe('not loaded')
    expect(loaded([bin, 'build', FR_DEAL])).toBe('not loaded')
  })
})
