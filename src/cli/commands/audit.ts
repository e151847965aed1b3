/**
 * `clausier audit init [--lang] [-o questionnaire.docx|.md|.html|.yaml] [--force]` and
 * `clausier audit score <answers> [--format] [-o] [--force] [--lang]`: the lead generator's
 * due-diligence questionnaire and its score. Score exit codes: 0, 1 when an answer is blocking,
 * 2 on bad input.
 */
import { resolve } from 'node:path'
import type { Command } from 'commander'
import { UsageError } from '../../core/errors.js'
import { outputFormatFor } from '../../core/formats.js'
import { loadAnswers, parseAnswers } from '../../audit/answers.js'
import { answersTemplate, loadQuestionnaire, questionnaireMdast } from '../../audit/questionnaire.js'
import { renderJsonScore, renderStylishScore, scoreMdast } from '../../audit/report.js'
import { toDocx, toHtml, toMarkdown } from '../../audit/render.js'
import { scoreAudit } from '../../audit/score.js'
import type { Lang } from '../../library/schema.js'
import type { Describe } from '../help.js'
import type { Io } from '../io.js'
import { parseLang } from '../options.js'
import { checkOutput, writeOutput } from '../output.js'

type InitFormat = 'md' | 'html' | 'docx' | 'yaml'
const INIT_FORMATS = { docx: 'docx', md: 'md', html: 'html', yaml: 'yaml' } as const satisfies Record<string, InitFormat>
const SCORE_FORMATS = ['stylish', 'json', 'markdown', 'html', 'docx'] as const
type ScoreFormat = (typeof SCORE_FORMATS)[number]
const SCORE_BY_FILE_FORMAT = { json: 'json', md: 'markdown', html: 'html', docx: 'docx', txt: 'stylish' } as const satisfies Record<string, ScoreFormat>

/** Registers the `audit` command group. */
export function registerAudit(program: Command, io: Io, describe: Describe): void {
  const audit = program.command('audit').description(describe('help.audit'))

  audit
    .command('init')
    .description(describe('help.audit.init'))
    .option('--lang <lang>', describe('help.opt.lang.frEn'), 'en')
    .option('-o, --output <file>', describe('help.audit.init.output'))
    .option('--force', describe('help.opt.force'))
    .action(async (flags: { lang: string; output?: string; force?: boolean }) => {
      const lang = parseLang(flags.lang)
      if (flags.output === '') throw new UsageError({ key: 'cli.needsFileName' })
      const format: InitFormat = flags.output === undefined ? 'md' : outputFormatFor<InitFormat>(flags.output, INIT_FORMATS, { what: 'questionnaire', formatOption: false })
      checkOutput(io, flags)
      const q = loadQuestionnaire()
      const data = format === 'yaml' ? answersTemplate(q, lang) : format === 'md' ? toMarkdown(questionnaireMdast(q, lang)) : format === 'html' ? toHtml(questionnaireMdast(q, lang), lang) : await toDocx(questionnaireMdast(q, lang))
      writeOutput(io, flags, data)
    })

  audit
    .command('score <answers>')
    .description(describe('help.audit.score'))
    .option('-f, --format <format>', describe('help.audit.score.format', { formats: SCORE_FORMATS.join(', ') }))
    .option('-o, --output <file>', describe('help.opt.reportOutput'))
    .option('--force', describe('help.opt.force'))
    .option('--lang <lang>', describe('help.audit.score.lang'))
    .action(async (answersPath: string, flags: { format?: string; output?: string; force?: boolean; lang?: string }) => {
      const langFlag: Lang | undefined = flags.lang === undefined ? undefined : parseLang(flags.lang)
      if (flags.output === '') throw new UsageError({ key: 'cli.needsFileName' })
      const formatName = flags.format ?? (flags.output !== undefined ? outputFormatFor<ScoreFormat>(flags.output, SCORE_BY_FILE_FORMAT, { what: 'report', formatOption: true }) : 'stylish')
      if (!(SCORE_FORMATS as readonly string[]).includes(formatName)) throw new UsageError({ key: 'cli.formatOneOf', params: { allowed: SCORE_FORMATS.join(', '), value: formatName } })
      const format = formatName as ScoreFormat
      if (format === 'docx' && flags.output === undefined) throw new UsageError({ key: 'cli.docxNeedsOutput', params: { example: 'report.docx' } })
      checkOutput(io, flags)
      const q = loadQuestionnaire()
      const answers = answersPath === '-' ? parseAnswers((await io.stdin()).toString('utf8'), '<stdin>', q) : loadAnswers(resolve(io.cwd, answersPath), answersPath, q)
      const score = scoreAudit(q, answers, { lang: langFlag ?? answers.language ?? 'en' })
      const data =
        format === 'stylish' ? renderStylishScore(score, io.isTTY && flags.output === undefined)
        : format === 'json' ? renderJsonScore(score)
        : format === 'markdown' ? toMarkdown(scoreMdast(score))
        : format === 'html' ? toHtml(scoreMdast(score), score.lang)
        : await toDocx(scoreMdast(score))
      writeOutput(io, flags, data)
      if (score.blocking.length > 0) io.exitCode = 1
    })
}
