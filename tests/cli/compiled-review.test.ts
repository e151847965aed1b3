import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, test } from 'vitest'
import { COMPILED_REVIEW_CACHE, COMPILED_REVIEW_FILE, STAMP_LENGTH, stampOf } from '../../src/cli/compiled-review.js'
import { SMALL_REVIEW_BYTES } from '../../src/cli/regexp-tier.js'
import { ROOT, cli, tempDir } from '../helpers.js'

/** The small review's bundle and its code cache (scripts/bundle-cli.mjs, scripts/code-cache.mjs), beside the bin. */
const bundle = join(ROOT, 'dist', 'bundle')
const bin = join(ROOT, (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: { clausier: string } }).bin.clausier)
const built = existsSync(join(bundle, COMPILED_REVIEW_FILE)) && existsSync(join(bundle, COMPILED_REVIEW_CACHE))
if (!built) console.warn('tests/cli/compiled-review.test.ts skipped: the compiled review is missing (run npm run build)')

const QUOTE = join(ROOT, 'examples', 'quotes', 'bon-de-commande-azur-leads-piscines.md')
const DATE = ['--date', '2026-11-29']
const spawn = (args: string[]) => spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } })

/**
 * Loads the compiled review in a fresh process as the bin does (the small review's V8 flags, then
 * the file with `cache`), prints whether V8 took the cache on standard error, then runs `argv`.
 */
function runCompiled(cache: string, argv: string[]) {
  const script = `
    import { readFileSync } from 'node:fs'
    import { compileReview } from ${JSON.stringify(join(ROOT, 'dist', 'cli', 'compiled-review.js'))}
    import { tuneRegexpTier } from ${JSON.stringify(join(ROOT, 'dist', 'cli', 'regexp-tier.js'))}
    const argv = ${JSON.stringify(argv)}
    if (!tuneRegexpTier(argv, process.cwd())) throw new Error('not a small review')
    const compiled = compileReview(${JSON.stringify(bundle)}, readFileSync(${JSON.stringify(cache)}))
    process.stderr.write(compiled.cacheAccepted ? 'accepted' : 'rejected')
    await compiled.main(argv)`
  return spawn(['--input-type=module', '-e', script])
}

describe.skipIf(!built)('the small review compiled with V8 code cache (src/cli/compiled-review.ts)', () => {
  test('V8 takes the cache the build made, under the flags the bin sets, and the review is the sources\' one', async () => {
    const args = ['review', QUOTE, '-f', 'json', '--fail-on', 'never', ...DATE]
    const run = runCompiled(join(bundle, COMPILED_REVIEW_CACHE), args)
    expect([run.status, run.stderr]).toEqual([0, 'accepted'])
    expect(run.stdout).toBe((await cli(args)).out)
  })

  test('the build makes the same cache again, whatever the locale and colour settings of its environment', () => {
    const again = join(tempDir(), 'again.cache')
    const made = spawnSync(process.execPath, [join(ROOT, 'scripts', 'code-cache.mjs'), '--out', again], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CLAUSIER_LANG: 'fr', LANG: 'fr_FR.UTF-8', NO_COLOR: '1' } })
    expect([made.status, made.stderr]).toEqual([0, ''])
    expect(readFileSync(again).equals(readFileSync(join(bundle, COMPILED_REVIEW_CACHE)))).toBe(true)
  })

  test('a cache made for another review.cjs (another stamp) is not used, even when V8 would take it', async () => {
    const other = join(tempDir(), 'other.cache')
    const cache = readFileSync(join(bundle, COMPILED_REVIEW_CACHE))
    writeFileSync(other, Buffer.concat([Buffer.from('0'.repeat(STAMP_LENGTH)), cache.subarray(STAMP_LENGTH)]))
    const args = ['review', QUOTE, '-f', 'json', '--fail-on', 'never', ...DATE]
    const run = runCompiled(other, args)
    expect([run.status, run.stderr]).toEqual([0, 'rejected'])
    expect(run.stdout).toBe((await cli(args)).out)
    expect(stampOf(readFileSync(join(bundle, COMPILED_REVIEW_FILE), 'latin1'))).toBe(cache.toString('latin1', 0, STAMP_LENGTH))
  })

  test('a cache V8 rejects (here, not a cache) only costs the compilation: same review', async () => {
    const bad = join(tempDir(), 'bad.cache')
    writeFileSync(bad, Buffer.alloc(4096, 7))
    const args = ['review', QUOTE, '-f', 'json', '--fail-on', 'never', ...DATE]
    const run = runCompiled(bad, args)
    expect([run.status, run.stderr]).toEqual([0, 'rejected'])
    expect(run.stdout).toBe((await cli(args)).out)
  })

  test('the bin reviews every small example and read fixture (Markdown, HTML, text, DOCX, PDF, scanned PDF) exactly as the sources do', { timeout: 480_000 }, async () => {
    const quotes = readdirSync(join(ROOT, 'examples', 'quotes')).filter((f) => /\.(md|html|txt|docx|pdf)$/.test(f)).map((f) => join(ROOT, 'examples', 'quotes', f))
    const fixtures = ['contract.pdf', 'scanned.pdf', 'encrypted.pdf'].map((f) => join(ROOT, 'tests', 'fixtures', 'read', f))
    const small = [...quotes, ...fixtures].filter((f) => statSync(f).size <= SMALL_REVIEW_BYTES)
    expect(small.map((f) => f.replace(/.*\./, '')).sort().filter((e, i, all) => all.indexOf(e) === i)).toEqual(['docx', 'html', 'md', 'pdf', 'txt'])
    for (const file of small) {
      const args = ['review', file, '-f', 'json', '--fail-on', 'never', ...DATE]
      const bundled = spawn([bin, ...args])
      const sources = await cli(args)
      expect([file, bundled.status, bundled.stderr]).toEqual([file, sources.code, sources.err])
      expect(bundled.stdout).toBe(sources.out)
    }
  })

  test('the bin writes a small review\'s DOCX report (the DOCX writer stays in node_modules) as the sources do', async () => {
    const dir = tempDir()
    const args = (out: string) => ['review', QUOTE, '-o', join(dir, out), '--fail-on', 'never', ...DATE]
    const bundled = spawn([bin, ...args('bundled.docx')])
    const sources = await cli(args('sources.docx'))
    expect([bundled.status, bundled.stderr]).toEqual([0, sources.err.replace('sources.docx', 'bundled.docx')])
    expect([sources.code, sources.err]).toEqual([0, `wrote ${join(dir, 'sources.docx')}\n`])
    // Every part but docProps/core.xml, which holds the time of writing.
    const parts = (name: string) => Object.entries(unzipSync(new Uint8Array(readFileSync(join(dir, name))))).filter(([part]) => part !== 'docProps/core.xml').map(([part, bytes]) => [part, strFromU8(bytes)])
    const bundledParts = parts('bundled.docx')
    expect(bundledParts.map(([part]) => part)).toContain('word/document.xml')
    expect(bundledParts).toEqual(parts('sources.docx'))
  })

  test('a one-quote review through the bin never loads node:crypto: the library, the model, the gate and the suggested clauses\' templates are known by the build\'s files', () => {
    const dir = tempDir()
    const preload = join(dir, 'modules.cjs')
    // At exit, the built-in modules the process loaded, on standard error.
    writeFileSync(preload, "process.on('exit', () => process.stderr.write('\\nMODULES ' + process.moduleLoadList.join('|')))\n")
    // The stylish report, and JSON, which renders the suggested clauses from their templates.
    for (const format of ['stylish', 'json']) {
      const run = spawnSync(process.execPath, [bin, 'review', QUOTE, '-f', format, '--fail-on', 'never', ...DATE], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', NODE_OPTIONS: `--require ${preload}` },
      })
      expect(run.status).toBe(0)
      expect(run.stdout).toContain('bon-de-commande-azur-leads-piscines.md')
      const modules = run.stderr.slice(run.stderr.lastIndexOf('MODULES ') + 'MODULES '.length).split('|')
      expect(modules).toContain('NativeModule vm')
      expect({ format, crypto: modules.filter((m) => /crypto/.test(m)) }).toEqual({ format, crypto: [] })
    }
  })
})
