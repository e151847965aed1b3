// The benchmark cases. Each returns rows for the table; a case whose input or baseline tool is
// missing returns a row with `skip` set to the reason.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { compare, has, runProcess } from './measure.mjs'
import { makeBigPdf, makeDeals, reviewerPhrases } from './fixtures.mjs'

const MB = 1e6

/** The French example deal (examples/deals/*fr*.yaml). */
function frenchDeal(root) {
  const dir = join(root, 'examples/deals')
  const name = readdirSync(dir).filter((f) => /fr.*\.ya?ml$/.test(f)).sort()[0]
  if (!name) throw new Error('no French example deal in examples/deals/')
  return join(dir, name)
}

/** A one-page Markdown quote of examples/quotes/ (the smallest .md that is not the README). */
function onePageQuote(root) {
  const dir = join(root, 'examples/quotes')
  const md = readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => ({ f, size: statSync(join(dir, f)).size }))
  md.sort((a, b) => a.size - b.size)
  return join(dir, md[0].f)
}

/** The CLI as users run it: package.json's bin (the bundle). */
const cli = (ctx) => join(ctx.root, JSON.parse(readFileSync(join(ctx.root, 'package.json'), 'utf8')).bin.clausier)
const node = process.execPath
/** Review runs with the default thread count, whatever the caller's environment says. */
const reviewEnv = { CLAUSIER_THREADS: undefined, NO_COLOR: '1' }

/** Build the French example contract to DOCX, against pandoc on its Markdown. */
export async function buildCase(ctx) {
  const deal = frenchDeal(ctx.root)
  const md = join(ctx.tmp, 'contract-fr.md')
  await runProcess(node, [cli(ctx), 'build', deal, '-o', md, '--force'])
  const clausier = { label: 'clausier', cmd: node, args: [cli(ctx), 'build', deal, '-o', join(ctx.tmp, 'x.docx'), '--force'] }
  const row = { name: 'build', label: `build ${deal.split('/').at(-1)} → DOCX (process)`, unit: 'ms', target: { text: '≤ 1× pandoc', ratioMax: 1 } }
  if (!has('pandoc')) {
    const [a] = await compare([clausier], ctx)
    return [{ ...row, value: a.ms, runs: a.runs, peakMB: a.peakMB, skipBaseline: 'pandoc is not installed: no baseline' }]
  }
  const pandoc = { label: 'pandoc', cmd: 'pandoc', args: [md, '-o', join(ctx.tmp, 'p.docx')] }
  const [a, b] = await compare([clausier, pandoc], ctx)
  return [{ ...row, value: a.ms, runs: a.runs, peakMB: a.peakMB, baseline: { tool: 'pandoc', value: b.ms, peakMB: b.peakMB }, ratio: a.ms / b.ms }]
}

/** Build 200 varied deals in one batch, as DOCX (the target) and as Markdown. */
export async function batchCase(ctx) {
  const deals = makeDeals(ctx.root, join(ctx.tmp, 'deals'), ctx.deals)
  const rows = []
  for (const format of ['docx', 'md']) {
    const out = join(ctx.tmp, `out-${format}`)
    const cmd = { label: `batch ${format}`, cmd: node, args: [cli(ctx), 'build', ...deals, '--out-dir', out, '--format', format, '--force'], before: () => rmSync(out, { recursive: true, force: true }) }
    const [a] = await compare([cmd], { ...ctx, warmup: false })
    const built = readdirSync(out).filter((f) => f.endsWith(`.${format}`)).length
    if (built !== deals.length) throw new Error(`batch ${format}: ${built} of ${deals.length} contracts written`)
    rows.push({
      name: `batch-${format}`,
      label: `build ${deals.length} deals in one batch → ${format.toUpperCase()}`,
      unit: 'contracts/s',
      value: deals.length / (a.ms / 1000),
      seconds: a.ms / 1000,
      runs: a.runs,
      peakMB: a.peakMB,
      target: format === 'docx' ? { text: '≥ 50 contracts/s', min: 50 } : { text: '(information)' },
      ...(format === 'docx' ? { memoryMaxMB: 200 } : {}),
    })
  }
  return rows
}

function cuadFiles(ctx) {
  const dir = join(ctx.root, '..', 'shared', 'data', 'cuad-dev', 'contracts')
  if (!existsSync(dir)) return []
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f))
}

/** Escapes a literal for grep -E. */
const ere = (s) => s.replace(/[.[\]()*+?{}|^$\\]/g, '\\$&')

/** Review the CUAD development contracts in one process, against a grep pass and a single-regex Node.js pass. */
export async function reviewCase(ctx) {
  const files = cuadFiles(ctx)
  const row = { name: 'review', label: 'review CUAD dev contracts (one process)', unit: 'MB/s', target: { text: '≥ 25 MB/s', min: 25 } }
  if (files.length === 0) return [{ ...row, skip: `CUAD not found at ../shared/data/cuad-dev (see its README): skipped` }]
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0)
  const phrases = await reviewerPhrases(ctx.root)
  ctx.info.phrases = { patterns: phrases.patterns.length, grepLiterals: phrases.factors.length, patternsWithoutLiteral: phrases.withoutFactor }
  const patternsFile = join(ctx.tmp, 'patterns.json')
  const filesFile = join(ctx.tmp, 'files.json')
  writeFileSync(patternsFile, JSON.stringify(phrases.patterns))
  writeFileSync(filesFile, JSON.stringify(files))
  const commands = [
    { label: 'clausier', cmd: node, args: [cli(ctx), 'review', ...files, '--format', 'json', '-o', join(ctx.tmp, 'review.json'), '--force', '--date', '2026-11-29'], env: reviewEnv, okCodes: [0, 1] },
    { label: 'node regex', cmd: node, args: [join(ctx.root, 'scripts/bench/regex-floor.mjs'), patternsFile, filesFile], warmup: false },
  ]
  const grep = has('grep')
  if (grep) commands.push({ label: 'grep', cmd: 'grep', args: ['-E', '-c', '-i', '-e', phrases.factors.map(ere).join('|'), ...files], okCodes: [0, 1], env: { LC_ALL: 'C' } })
  const [a, r, g] = await compare(commands, ctx)
  const label = `${files.length} files, ${(bytes / MB).toFixed(2)} MB`
  const rows = [
    { ...row, label: `review CUAD dev (${label}), one process`, value: bytes / MB / (a.ms / 1000), seconds: a.ms / 1000, runs: a.runs, peakMB: a.peakMB },
    {
      name: 'review-vs-regex',
      label: `  same, against one Node.js regex of ${phrases.patterns.length} alternatives`,
      unit: 'MB/s',
      value: bytes / MB / (a.ms / 1000),
      runs: a.runs,
      baseline: { tool: 'node regex', value: bytes / MB / (r.ms / 1000), unit: 'MB/s', peakMB: r.peakMB },
      ratio: a.ms / r.ms,
      target: { text: '≤ 4× the regex pass', ratioMax: 4 },
    },
  ]
  if (g) rows.push({ name: 'review-vs-grep', label: `  same, against LC_ALL=C grep -E -c -i (${phrases.factors.length} literals)`, unit: 'MB/s', value: bytes / MB / (a.ms / 1000), runs: a.runs, baseline: { tool: 'grep', value: bytes / MB / (g.ms / 1000), unit: 'MB/s', peakMB: g.peakMB }, ratio: a.ms / g.ms, target: { text: '(information)' } })
  else rows.push({ name: 'review-vs-grep', label: '  same, against grep', skip: 'grep is not installed: no baseline' })
  return rows
}

/** Read a ≥100-page PDF, against pdftotext; the full review as an extra row. */
export async function pdfCase(ctx) {
  const row = { name: 'pdf-read', label: 'read a 100-page PDF (reader only, process)', unit: 'ms', target: { text: '≤ 3× pdftotext', ratioMax: 3 } }
  const built = join(ctx.tmp, 'contract-for-pdf.md')
  if (!existsSync(built)) await runProcess(node, [cli(ctx), 'build', frenchDeal(ctx.root), '-o', built, '--force'])
  const pdf = makeBigPdf({ root: ctx.root, cacheDir: join(ctx.root, 'bench/.cache'), cuadFiles: cuadFiles(ctx), builtMarkdown: readFileSync(built, 'utf8'), log: ctx.log })
  if (pdf.skip) return [{ ...row, skip: `${pdf.skip}: skipped` }]
  ctx.info.pdf = { file: pdf.file.replace(`${ctx.root}/`, ''), pages: pdf.pages, source: pdf.source, bytes: statSync(pdf.file).size }
  const label = `${pdf.pages} pages, ${(statSync(pdf.file).size / MB).toFixed(1)} MB`
  const commands = [
    { label: 'reader', cmd: node, args: [join(ctx.root, 'scripts/bench/read-pdf.mjs'), pdf.file] },
    { label: 'review', cmd: node, args: [cli(ctx), 'review', pdf.file, '--format', 'json', '-o', join(ctx.tmp, 'pdf.json'), '--force', '--date', '2026-11-29'], env: reviewEnv, okCodes: [0, 1] },
  ]
  const pdftotext = has('pdftotext')
  if (pdftotext) commands.push({ label: 'pdftotext', cmd: 'pdftotext', args: [pdf.file, join(ctx.tmp, 'pdf.txt')] })
  const [a, r, p] = await compare(commands, ctx)
  const base = p ? { baseline: { tool: 'pdftotext', value: p.ms, peakMB: p.peakMB } } : { skipBaseline: 'pdftotext is not installed: no baseline' }
  return [
    { ...row, label: `read a PDF (${label}), reader only, process`, value: a.ms, runs: a.runs, peakMB: a.peakMB, ...base, ...(p ? { ratio: a.ms / p.ms } : {}) },
    { name: 'pdf-review', label: '  same PDF, full clausier review', unit: 'ms', value: r.ms, runs: r.runs, peakMB: r.peakMB, ...base, ...(p ? { ratio: r.ms / p.ms } : {}), target: { text: '(information)' } },
  ]
}

/** Cold start: review a one-page Markdown quote, against a bare `node -e 0` (paired runs). */
export async function coldCase(ctx) {
  const quote = onePageQuote(ctx.root)
  const commands = [
    { label: 'review', cmd: node, args: [cli(ctx), 'review', quote], env: reviewEnv, okCodes: [0, 1] },
    { label: 'node -e 0', cmd: node, args: ['-e', '0'] },
  ]
  const [a, b] = await compare(commands, { ...ctx, runs: Math.max(10, ctx.runs) })
  return [{ name: 'cold', label: `cold start: review ${quote.split('/').at(-1)}`, unit: 'ms', value: a.ms, runs: a.runs, peakMB: a.peakMB, baseline: { tool: 'node -e 0', value: b.ms, peakMB: b.peakMB }, ratio: a.ms / b.ms, target: { text: '≤ 2.5× node -e 0', ratioMax: 2.5 } }]
}

/**
 * The table of contents, checked: both examples built to PDF (one LibreOffice run through
 * `clausier build --format pdf`), every entry's page compared with its heading's page in the PDF's
 * text (pdftotext). Timed once, as information.
 */
export async function tocCase(ctx) {
  const row = { name: 'toc', label: 'TOC check: every entry on its heading\'s page (LibreOffice PDF, both examples)', unit: 'text', target: { text: 'all entries right' } }
  if (!has('soffice') || !has('pdftotext')) return [{ ...row, skip: `${has('soffice') ? 'pdftotext' : 'soffice (LibreOffice)'} is not installed: skipped` }]
  const { checkToc } = await import(pathToFileURL(join(ctx.root, 'dist/render/toc-check.js')).href)
  const deals = readdirSync(join(ctx.root, 'examples/deals')).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join(ctx.root, 'examples/deals', f))
  const out = join(ctx.tmp, 'toc')
  const run = await runProcess(node, [cli(ctx), 'build', ...deals, '--out-dir', out, '--format', 'pdf', '--force'])
  const results = deals.map((deal) => {
    const name = deal.split('/').at(-1).replace(/\.ya?ml$/, '')
    const pages = execFileSync('pdftotext', ['-layout', join(out, `${name}.pdf`), '-'], { encoding: 'utf8' }).split('\f')
    const title = /-fr\b/.test(name) ? 'Sommaire' : 'Contents'
    const check = checkToc(pages, title)
    return { name, entries: check.entries.length, wrong: check.wrong, pages: pages.filter((p) => p.trim() !== '').length }
  })
  ctx.info.toc = results
  const text = results.map((r) => `${r.name}: ${r.entries - r.wrong.length}/${r.entries} right (${r.pages} pages)`).join('; ')
  const pass = results.every((r) => r.entries > 0 && r.wrong.length === 0)
  return [{ ...row, value: text, seconds: run.ms / 1000, runs: 1, peakMB: run.peakMB, target: { text: 'all entries right', pass } }]
}

/**
 * OCR of one scanned page (200 dpi PNG rendered from the image-only example quote), whole process
 * with one OCR thread, against the tesseract command line (Debian tesseract-ocr, tesseract-ocr-fra)
 * on the same image with the same languages; then a 3-page scanned PDF, per page, default threads.
 */
export async function ocrCase(ctx) {
  const row = { name: 'ocr-page', label: 'OCR one scanned page (200 dpi PNG, fra+eng, 1 thread, process)', unit: 'ms', target: { text: '≤ 2× tesseract CLI', ratioMax: 2 } }
  const script = join(ctx.root, 'scripts/bench/ocr-page.mjs')
  const page = join(ctx.tmp, 'scan-page-1.png')
  await runProcess(node, [script, 'render', join(ctx.root, 'tests/fixtures/ocr/devis-leadflow-assurance.scan.pdf'), '1', page])
  const commands = [{ label: 'clausier', cmd: node, args: [script, 'read', page], env: { OCR_WORKERS: '1' } }]
  const tesseract = has('tesseract')
  if (tesseract) commands.push({ label: 'tesseract', cmd: 'tesseract', args: [page, join(ctx.tmp, 'scan-page-1'), '-l', 'fra+eng'], env: { OMP_THREAD_LIMIT: '1' } })
  const [a, t] = await compare(commands, ctx)
  const base = t ? { baseline: { tool: 'tesseract', value: t.ms, peakMB: t.peakMB }, ratio: a.ms / t.ms } : { skipBaseline: 'tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-fra): no baseline' }
  const scan = join(ctx.root, 'tests/fixtures/ocr/order-form-brightline-live-transfers.scan.pdf')
  const [s] = await compare([{ label: 'clausier 3 pages', cmd: node, args: [script, 'read', scan] }], { ...ctx, runs: Math.min(ctx.runs, 3) })
  return [
    { ...row, value: a.ms, runs: a.runs, peakMB: a.peakMB, ...base },
    { name: 'ocr-pdf', label: '  3-page scanned PDF, per page (default threads, process)', unit: 'ms', value: s.ms / 3, runs: s.runs, peakMB: s.peakMB, target: { text: '(information)' } },
  ]
}

/** The cases by name, in the order they run. */
export const CASES = { build: buildCase, batch: batchCase, review: reviewCase, pdf: pdfCase, cold: coldCase, toc: tocCase, ocr: ocrCase }
