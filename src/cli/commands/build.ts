/**
 * `clausier build <deal> [-o out.docx|out.md|out.html] [--lang] [--template] [--force] [--audit]`,
 * and the batch form `clausier build <deals...> --out-dir <dir> [--format docx|md|html]`.
 * Everything heavy (YAML, zod, the library, Handlebars, remark, docx) is imported inside the
 * action, so that loading the CLI for another command stays cheap.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs'
import { basename, extname, join, resolve } from 'node:path'
import type { Command } from 'commander'
import { OverwriteError, UsageError, UserError } from '../../core/errors.js'
import type { Deal } from '../../deal/schema.js'
import { count, dealWarningText, translate } from '../../i18n/index.js'
import type { Lang } from '../../library/schema.js'
import type { ContractFormat } from '../../render/index.js'
import type { Describe } from '../help.js'
import type { Io } from '../io.js'
import { message } from '../messages.js'

interface BuildFlags {
  audit?: string
  output?: string
  outDir?: string
  format?: string
  lang?: string
  template?: string
  force?: boolean
}

const BATCH_FORMATS: readonly ContractFormat[] = ['docx', 'pdf', 'md', 'html']

/** Scores the audit answers and applies the deal changes they call for; says what changed. */
async function applyAudit(deal: Deal, answersPath: string, cwd: string, lang: Lang): Promise<{ deal: Deal; report: string[] }> {
  const [{ applyAuditAdjustments, auditAdjustments }, { loadAnswers }, { loadQuestionnaire }, { scoreAudit }] = await Promise.all([
    import('../../audit/adjust.js'),
    import('../../audit/answers.js'),
    import('../../audit/questionnaire.js'),
    import('../../audit/score.js'),
  ])
  const questionnaire = loadQuestionnaire()
  const answers = loadAnswers(resolve(cwd, answersPath), answersPath, questionnaire)
  const score = scoreAudit(questionnaire, answers, { lang })
  const { deal: tightened, applied } = applyAuditAdjustments(deal, auditAdjustments(score))
  // In the draft's language, the level as its answers-file code (insufficient … mature).
  const head = translate(lang, 'cli.auditApplied', { file: answersPath, score: score.overall.score, level: score.overall.level, count: applied.length })
  const lines = applied.map((c) => `  ${c.path} → ${JSON.stringify(c.value)} (${c.clause}; ${c.questions.join(', ')}): ${c.reason[lang]}`)
  return { deal: tightened, report: [head, ...lines] }
}

/** Registers the `build` command. */
export function registerBuild(program: Command, io: Io, describe: Describe): void {
  program
    .command('build <deal...>')
    .description(describe('help.build'))
    .option('-o, --output <file>', describe('help.build.output'))
    .option('--out-dir <dir>', describe('help.build.outDir'))
    .option('--format <format>', describe('help.build.format'))
    .option('--lang <lang>', describe('help.build.lang'))
    .option('--template <id>', describe('help.build.template'))
    .option('--force', describe('help.build.force'))
    .option('--audit <answers>', describe('help.build.audit'))
    .addHelpText('after', describe('help.build.batch'))
    .action(async (deals: string[], flags: BuildFlags) => {
      // Every build reads YAML (the deals): the library loaded as one chunk, not file by file.
      const [{ parseLang }] = await Promise.all([import('../options.js'), import('../../core/yaml.js').then((m) => m.preloadYaml())])
      if (flags.lang?.includes(',')) {
        if (flags.outDir !== undefined || deals.length > 1) throw new UsageError({ key: 'cli.bilingualOneDeal' })
        if (flags.audit !== undefined) throw new UsageError({ key: 'cli.bilingualNoAudit' })
        return buildBilingual(deals[0]!, flags, flags.lang, io)
      }
      const lang = flags.lang === undefined ? undefined : parseLang(flags.lang)
      if (flags.outDir !== undefined) return buildBatch(deals, flags, lang, io)
      if (deals.length > 1) throw new UsageError({ key: 'cli.severalDeals', params: { count: deals.length } })
      if (flags.format !== undefined) throw new UsageError({ key: 'cli.formatWithOutDir' })
      return buildOne(deals[0]!, flags, lang, io)
    })
}

/** One deal to a file (`-o`) or to standard output (Markdown). */
async function buildOne(dealPath: string, flags: BuildFlags, lang: Lang | undefined, io: Io): Promise<void> {
  const [{ checkOutput, writeOutput }, { contractFormatForPath, renderContract }, { loadDeal, parseDeal }, { assembleLoading }, { loadLibrary }] = await Promise.all([
    import('../output.js'),
    import('../../render/index.js'),
    import('../../deal/load.js'),
    // Without remark, unless the deal's text needs it (see draft/compose.ts).
    import('../../draft/compose.js'),
    import('../../library/library.js'),
  ])
  if (flags.output === '') throw new UsageError({ key: 'cli.needsFileName' })
  const format = flags.output ? contractFormatForPath(flags.output) : 'md'
  checkOutput(io, flags)
  // PDF needs LibreOffice: say so before any work.
  if (format === 'pdf') (await import('../../render/pdf.js')).requireSoffice()
  let deal = dealPath === '-' ? parseDeal((await io.stdin()).toString('utf8'), '<stdin>') : loadDeal(resolve(io.cwd, dealPath), dealPath)
  if (flags.audit) {
    const applied = await applyAudit(deal, flags.audit, io.cwd, lang ?? deal.language)
    deal = applied.deal
    for (const line of applied.report) io.stderr(`${line}\n`)
  }
  const library = await loadLibrary()
  const result = await assembleLoading(deal, { library, file: dealPath, ...(flags.template !== undefined ? { template: flags.template } : {}), ...(lang ? { lang } : {}) })
  const rendered = await renderContract(result.contract, format)
  for (const w of result.warnings) io.stderr(`clausier: ${message(io, 'cli.warning', { message: dealWarningText(w, io.lang ?? 'en') })}\n`)
  for (const n of result.notices) io.stderr(`clausier: ${message(io, 'cli.default', { message: dealWarningText(n, io.lang ?? 'en') })}\n`)
  const articles = result.contract.blocks.filter((b) => b.type === 'article').length
  writeOutput(io, flags, rendered, message(io, 'cli.buildDetail', { lang: result.contract.lang, articles, clauses: result.contract.clauses.length }))
}

/** One deal in two languages, side by side (DOCX, HTML) or one after the other (Markdown). */
async function buildBilingual(dealPath: string, flags: BuildFlags, langs: string, io: Io): Promise<void> {
  const [{ checkOutput, writeOutput }, { formatForPath, renderBilingual }, { loadDeal, parseDeal }, { assembleBilingual, parseLangPair }, { loadLibrary }] = await Promise.all([
    import('../output.js'),
    import('../../render/index.js'),
    import('../../deal/load.js'),
    import('../../draft/bilingual.js'),
    import('../../library/library.js'),
  ])
  const pair = parseLangPair(langs)
  if (flags.output === '') throw new UsageError({ key: 'cli.needsFileName' })
  const format = flags.output ? formatForPath(flags.output) : 'md'
  checkOutput(io, flags)
  const deal = dealPath === '-' ? parseDeal((await io.stdin()).toString('utf8'), '<stdin>') : loadDeal(resolve(io.cwd, dealPath), dealPath)
  const library = await loadLibrary()
  const { contract, warnings, notices } = assembleBilingual(deal, { library, langs: pair, file: dealPath, ...(flags.template !== undefined ? { template: flags.template } : {}) })
  const rendered = await renderBilingual(contract, format)
  for (const w of warnings) io.stderr(`clausier: ${message(io, 'cli.warning', { message: dealWarningText(w, io.lang ?? 'en') })}\n`)
  for (const n of notices) io.stderr(`clausier: ${message(io, 'cli.default', { message: dealWarningText(n, io.lang ?? 'en') })}\n`)
  const articles = contract.rows.filter((r) => r.number !== undefined).length
  writeOutput(io, flags, rendered, message(io, 'cli.bilingualDetail', { pair: pair.join(' | '), articles, controlling: contract.controlling }))
}

/** The output file name of a deal: its file name with the format's extension. */
function outputName(dealPath: string, format: ContractFormat): string {
  const name = basename(dealPath)
  const ext = extname(name)
  return `${ext ? name.slice(0, -ext.length) : name}.${format}`
}

/** The first line of an error message, plus how many lines were left out; always names the file. */
function oneLine(message: string, display: string): string {
  const lines = message.split('\n').filter((l) => l.trim() !== '')
  const first = lines[0] ?? 'cannot be built'
  const named = first.startsWith(display) ? first : `${display}: ${first}`
  return lines.length > 1 ? `${named} (and ${lines.length - 1} more problem${lines.length > 2 ? 's' : ''}: build this deal alone to see them all)` : named
}

/**
 * Many deals, one process (see draft/batch.ts): every output is checked before anything is
 * built; a deal that fails is reported on one line as soon as it fails, and the batch goes on; exit
 * code 2 when any deal failed.
 */
async function buildBatch(deals: readonly string[], flags: BuildFlags, lang: Lang | undefined, io: Io): Promise<void> {
  if (flags.output !== undefined) throw new UsageError({ key: 'cli.outputOrOutDir' })
  if (flags.audit !== undefined) throw new UsageError({ key: 'cli.auditOneDeal' })
  if (flags.outDir === '') throw new UsageError({ key: 'cli.outDirNeedsName' })
  const format = (flags.format ?? 'docx') as ContractFormat
  if (!BATCH_FORMATS.includes(format)) throw new UsageError({ key: 'cli.formatOneOf', params: { allowed: BATCH_FORMATS.join(', '), value: String(flags.format) } })
  if (format === 'pdf') (await import('../../render/pdf.js')).requireSoffice()
  if (deals.includes('-')) throw new UsageError({ key: 'cli.stdinInBatch' })
  const outDir = resolve(io.cwd, flags.outDir!)
  const display = flags.outDir!
  let isDir = false
  try {
    isDir = statSync(outDir).isDirectory()
    if (!isDir) throw new UsageError({ key: 'cli.outDirNotFolder', params: { dir: display } })
  } catch (e) {
    if (e instanceof UserError) throw e
  }
  // Plan every output first: clashes and existing files stop the batch before any work.
  const plan = new Map<string, { deal: string; target: string; shown: string }>()
  for (const deal of new Set(deals)) {
    const name = outputName(deal, format)
    const clash = plan.get(name)
    if (clash) throw new UsageError({ key: 'cli.sameOutput', params: { first: clash.deal, second: deal, file: join(display, name) } })
    plan.set(name, { deal, target: join(outDir, name), shown: join(display, name) })
  }
  if (!flags.force) {
    const existing = [...plan.values()].filter((p) => existsSync(p.target))
    if (existing.length === 1) throw new OverwriteError(existing[0]!.shown)
    if (existing.length > 1) throw new UsageError({ key: 'cli.outputsExist', params: { file: existing[0]!.shown, others: existing.length - 1 } })
  }
  if (!isDir) {
    try {
      mkdirSync(outDir, { recursive: true })
    } catch (e) {
      throw new UsageError({ key: 'cli.outDirCannotCreate', params: { dir: display, code: (e as NodeJS.ErrnoException).code ?? 'error' } })
    }
  }
  const [{ buildBatch: build }, { loadLibrary }] = await Promise.all([import('../../draft/batch.js'), import('../../library/library.js')])
  // Loaded first, so that an invalid library is reported as such before any deal is read.
  await loadLibrary()
  let built = 0
  let failed = 0
  const options = { format, force: Boolean(flags.force), cwd: io.cwd, ...(flags.template !== undefined ? { template: flags.template } : {}), ...(lang ? { lang } : {}) }
  await build([...plan.values()], options, (task, outcome) => {
    if (outcome.ok) {
      for (const w of outcome.warnings) io.stderr(`clausier: ${message(io, 'cli.warning', { message: `${task.deal}${message(io, 'report.colon')}${dealWarningText(w, io.lang ?? 'en')}` })}\n`)
      for (const n of outcome.notices) io.stderr(`clausier: ${message(io, 'cli.default', { message: `${task.deal}${message(io, 'report.colon')}${dealWarningText(n, io.lang ?? 'en')}` })}\n`)
      built++
    } else {
      io.stderr(`clausier: ${oneLine(outcome.message, task.deal)}\n`)
      failed++
    }
  })
  const summary = count(io.lang ?? 'en', 'cli.batchWrote', built, { format, dir: display })
  if (failed === 0) {
    io.stderr(`${summary}\n`)
    return
  }
  io.stderr(`clausier: ${message(io, 'cli.batchFailed', { summary, failed, total: plan.size })}\n`)
  io.exitCode = 2
}
