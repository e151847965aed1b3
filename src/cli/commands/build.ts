/** `clausier build <deal> [-o out.docx|out.md|out.html] [--lang] [--template] [--force]`. */
import { resolve } from 'node:path'
import type { Command } from 'commander'
import { UsageError } from '../../core/errors.js'
import { assertWritable, writeFileAtomic } from '../../core/write-file.js'
import { assemble, DEFAULT_TEMPLATE } from '../../build/assemble.js'
import { loadDeal, parseDeal } from '../../deal/load.js'
import { loadLibrary } from '../../library/load.js'
import { formatForPath, renderContract } from '../../render/index.js'
import { applyAuditAdjustments, auditAdjustments } from '../../audit/adjust.js'
import { loadAnswers } from '../../audit/answers.js'
import { loadQuestionnaire } from '../../audit/questionnaire.js'
import { scoreAudit } from '../../audit/score.js'
import type { Deal } from '../../deal/schema.js'
import type { Lang } from '../../library/schema.js'
import type { Io } from '../io.js'
import { parseLang } from '../options.js'

interface BuildFlags {
  audit?: string
  output?: string
  lang?: string
  template: string
  force?: boolean
}

/** Scores the audit answers and applies the deal changes they call for; says what changed. */
function applyAudit(deal: Deal, answersPath: string, cwd: string, lang: Lang): { deal: Deal; report: string[] } {
  const questionnaire = loadQuestionnaire()
  const answers = loadAnswers(resolve(cwd, answersPath), answersPath, questionnaire)
  const score = scoreAudit(questionnaire, answers, { lang })
  const { deal: tightened, applied } = applyAuditAdjustments(deal, auditAdjustments(score))
  const head = lang === 'fr'
    ? `audit ${answersPath} : ${score.overall.score}/100 (${score.overall.level}), ${applied.length} modification(s) du projet`
    : `audit ${answersPath}: ${score.overall.score}/100 (${score.overall.level}), ${applied.length} change(s) to the draft`
  const lines = applied.map((c) => `  ${c.path} → ${JSON.stringify(c.value)} (${c.clause}; ${c.questions.join(', ')}): ${c.reason[lang]}`)
  return { deal: tightened, report: [head, ...lines] }
}

/** Registers the `build` command. */
export function registerBuild(program: Command, io: Io): void {
  program
    .command('build <deal>')
    .description('Build a lead-generation agreement from a deal file (YAML or JSON; "-" reads standard input)')
    .option('-o, --output <file>', 'write to a .docx, .md or .html file (default: Markdown on standard output)')
    .option('--lang <lang>', 'fr or en (default: the deal\'s language)')
    .option('--template <id>', 'template id', DEFAULT_TEMPLATE)
    .option('--force', 'overwrite an existing output file')
    .option('--audit <answers>', "tighten the draft with the lead generator's due-diligence answers (see clausier audit init)")
    .action(async (dealPath: string, flags: BuildFlags) => {
      const lang = flags.lang === undefined ? undefined : parseLang(flags.lang)
      const format = flags.output ? formatForPath(flags.output) : 'md'
      if (flags.output === '') throw new UsageError('-o needs a file name')
      const outputOptions = { force: Boolean(flags.force), display: flags.output ?? '' }
      if (flags.output) assertWritable(resolve(io.cwd, flags.output), outputOptions)
      let deal = dealPath === '-' ? parseDeal((await io.stdin()).toString('utf8'), '<stdin>') : loadDeal(resolve(io.cwd, dealPath), dealPath)
      if (flags.audit) {
        const applied = applyAudit(deal, flags.audit, io.cwd, lang ?? deal.language)
        deal = applied.deal
        for (const line of applied.report) io.stderr(`${line}\n`)
      }
      const result = assemble(deal, { library: loadLibrary(), template: flags.template, file: dealPath, ...(lang ? { lang } : {}) })
      const rendered = await renderContract(result.contract, format)
      for (const w of result.warnings) io.stderr(`clausier: warning: ${w}\n`)
      if (!flags.output) {
        io.stdout(typeof rendered === 'string' ? rendered : rendered.toString('utf8'))
        return
      }
      writeFileAtomic(resolve(io.cwd, flags.output), rendered, outputOptions)
      const articles = result.contract.blocks.filter((b) => b.type === 'article').length
      io.stderr(`wrote ${flags.output} (${result.contract.lang}, ${articles} articles, ${result.contract.clauses.length} library clauses)\n`)
    })
}
