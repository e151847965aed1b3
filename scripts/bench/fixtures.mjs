// Inputs made at bench time: 200 deals varied from the examples, a ≥100-page PDF (cached in
// bench/.cache/), and the reviewer's phrases for the grep and single-regex floors.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse, stringify } from 'yaml'
// The same seeded generator as the detector's training (compiled: the bench builds first).
import { seededRandom as prng } from '../../dist/core/random.js'

const BUYERS = ['Assurances Horizon', 'Solaria Home Energy', 'Mutuelle Azur', 'Banque Lumière', 'Énergie Verte & Fils', 'Télécom Boréal', 'Crédit Alizé', 'Habitat Confort']
const GENERATORS = ['Prospectis Média', 'LeadCall Europe', 'DataPulse', 'Clickvantage', 'Mailora', 'Kalyso Leads', 'Azur Leads', 'Nexaline']
const CHANNEL_SETS = [['email'], ['email', 'sms'], ['phone'], ['phone', 'email'], ['sms', 'postal'], ['email', 'sms', 'phone'], ['postal']]
const ROLES = ['independent', 'processor', 'joint']

/**
 * Writes `count` deal files into `dir`: the FR and EN examples in turn, with other party names,
 * prices, channels, GDPR roles, and every fourth deal in the other language. Returns their paths.
 */
export function makeDeals(root, dir, count = 200) {
  const base = { fr: parse(readFileSync(join(root, 'examples/deals/lead-generation-fr.yaml'), 'utf8')), en: parse(readFileSync(join(root, 'examples/deals/lead-generation-en.yaml'), 'utf8')) }
  const rnd = prng(20261129)
  const pick = (list) => list[Math.floor(rnd() * list.length)]
  mkdirSync(dir, { recursive: true })
  const files = []
  for (let i = 0; i < count; i++) {
    const from = i % 2 === 0 ? 'fr' : 'en'
    const deal = structuredClone(base[from])
    deal.buyer.name = `${pick(BUYERS)} ${i + 1}`
    deal.generator.name = `${pick(GENERATORS)} ${String.fromCharCode(65 + (i % 26))}`
    deal.price.perLead = Math.round((4 + rnd() * 60) * 100) / 100
    deal.channels = pick(CHANNEL_SETS)
    if (!deal.channels.includes('phone')) delete deal.liveTransfer
    deal.role = pick(ROLES)
    if (i % 4 === 3) deal.language = from === 'fr' ? 'en' : 'fr'
    const file = join(dir, `deal-${String(i + 1).padStart(3, '0')}-${deal.language}.yaml`)
    writeFileSync(file, stringify(deal))
    files.push(file)
  }
  return files
}

/** Number of pages of a PDF (pdfinfo), or 0. */
export function pdfPages(file) {
  const r = spawnSync('pdfinfo', [file], { encoding: 'utf8' })
  return Number(/^Pages:\s+(\d+)/m.exec(r.stdout ?? '')?.[1] ?? 0)
}

/**
 * A PDF of at least `minPages` pages in `cacheDir`, made once: Markdown (CUAD contracts, or the
 * built example contract repeated when CUAD is absent) → pandoc → DOCX → soffice → PDF.
 * Returns { file, pages, source } or { skip: reason }.
 */
export function makeBigPdf({ root, cacheDir, cuadFiles, builtMarkdown, minPages = 100, log }) {
  for (const tool of ['pandoc', 'soffice', 'pdfinfo']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) return { skip: `${tool} is not installed (needed to make the test PDF)` }
  }
  mkdirSync(cacheDir, { recursive: true })
  const source = cuadFiles.length > 0 ? 'CUAD development contracts' : 'the French example contract, repeated'
  let chars = 420_000
  for (let attempt = 0; attempt < 4; attempt++) {
    let md = ''
    if (cuadFiles.length > 0) {
      for (const f of cuadFiles) {
        if (md.length >= chars) break
        const text = readFileSync(f, 'utf8').replace(/\r\n?/g, '\n')
        const paras = text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean)
        md += `# ${f.split('/').at(-1).replace(/\.txt$/, '').replace(/[#*_`[\]<>\\]/g, ' ')}\n\n${paras.map((p) => p.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`)).join('\n\n')}\n\n`
      }
    } else {
      while (md.length < chars) md += `${builtMarkdown}\n\n`
    }
    const key = createHash('sha256').update(md).digest('hex').slice(0, 12)
    const pdf = join(cacheDir, `long-${key}.pdf`)
    if (existsSync(pdf)) {
      const pages = pdfPages(pdf)
      if (pages >= minPages) return { file: pdf, pages, source, chars: md.length }
    }
    log(`  making the test PDF from ${source} (${Math.round(md.length / 1000)} k characters): pandoc → DOCX → soffice → PDF…`)
    const work = join(cacheDir, `work-${key}`)
    rmSync(work, { recursive: true, force: true })
    mkdirSync(work, { recursive: true })
    writeFileSync(join(work, 'long.md'), md)
    const p = spawnSync('pandoc', [join(work, 'long.md'), '-o', join(work, 'long.docx')], { encoding: 'utf8' })
    if (p.status !== 0) return { skip: `pandoc failed to make the DOCX: ${p.stderr.trim().split('\n')[0]}` }
    // A private LibreOffice profile, so that a running soffice of someone else's does not interfere.
    const s = spawnSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, join(work, 'long.docx')], { encoding: 'utf8', timeout: 600_000 })
    const made = join(work, 'long.pdf')
    if (s.status !== 0 || !existsSync(made)) return { skip: `soffice failed to make the PDF: ${(s.stderr || s.stdout || '').trim().split('\n')[0]}` }
    const pages = pdfPages(made)
    if (pages >= minPages) {
      renameSync(made, pdf)
      rmSync(work, { recursive: true, force: true })
      // Older PDFs of other keys are stale.
      for (const f of readdirSync(cacheDir)) if (f.startsWith('long-') && join(cacheDir, f) !== pdf) rmSync(join(cacheDir, f), { force: true })
      return { file: pdf, pages, source, chars: md.length }
    }
    rmSync(work, { recursive: true, force: true })
    log(`  ${pages} pages only: trying again with more text`)
    chars = Math.ceil((chars * minPages * 1.1) / Math.max(pages, 1))
    if (cuadFiles.length > 0 && attempt > 0 && md.length < chars * 0.9) return { skip: `the CUAD texts make only ${pages} pages` }
  }
  return { skip: `could not make a PDF of ${minPages} pages` }
}

/**
 * The reviewer's phrases: every detection pattern of every clause of the library, in both
 * languages (headings, phrases, each alternative of each co-occurrence group, negations, guarded
 * phrases, exceptions), lower-cased as the reviewer compiles them, de-duplicated. Also their
 * literal factors (the strings the reviewer's prefilter looks for), for grep.
 */
export async function reviewerPhrases(root) {
  const dist = (p) => new URL(`file://${join(root, 'dist', p)}`).href
  const lib = await import(dist('library/library.js')).catch(() => import(dist('library/load.js')))
  const library = await lib.loadLibrary()
  const { lowerPattern } = await import(dist('library/detect-signals.js'))
  const { patternFactors } = await import(dist('review/factors.js'))
  const patterns = new Set()
  for (const clause of library.clauses) {
    for (const lang of ['en', 'fr']) {
      const s = clause.detect[lang]
      for (const p of [...s.headings, ...s.phrases, ...s.negations, ...s.guarded, ...s.unless, ...s.all.flat()]) patterns.add(lowerPattern(p))
    }
  }
  const factors = new Set()
  let withoutFactor = 0
  for (const p of patterns) {
    const f = patternFactors(p)
    if (f) f.forEach((x) => factors.add(x))
    else withoutFactor++
  }
  return { patterns: [...patterns], factors: [...factors], withoutFactor, clauses: library.clauses.length }
}
