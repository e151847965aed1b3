/**
 * `clausier review <files…>`: lint quotes, purchase orders and contracts for missing essential
 * clauses, red flags and weak terms. Exit 0 clean, 1 findings at or above --fail-on, 2 input error.
 */
import type { Command } from 'commander'
import { UsageError } from '../../core/errors.js'
import { yamlModule } from '../../core/yaml.js'
import { loadLibrary } from '../../library/library.js'
import type { ReviewDocument } from '../../read/document.js'
import { readBuffer, readDocument } from '../../read/index.js'
import { loadPlaybook } from '../../review/playbook/load.js'
import { createReviewer } from '../../review/reviewer.js'
import { RULE_IDS } from '../../review/rules/index.js'
import type { FileReview } from '../../review/types.js'
import { FORMATS_WITH_DOCUMENTS, parseFormat, renderReport, reportFormatForPath } from '../../report/index.js'
import type { Describe } from '../help.js'
import type { Io } from '../io.js'
import { reviewBatch } from '../batch.js'
import { expandInputs, type InputFile } from '../inputs.js'
import { parseDate, parseLang } from '../options.js'
import { addOcrOptions, readOptions, type OcrFlags } from '../ocr-options.js'
import { checkOutput, writeOutput } from '../output.js'
import { message } from '../messages.js'

interface ReviewFlags extends OcrFlags {
  format?: string
  failOn: string
  output?: string
  force?: boolean
  with: string[]
  playbook?: string
  printConfig?: boolean
  lang?: string
  date?: string
}

const FAIL_ON = ['error', 'warning', 'never'] as const

async function read(input: InputFile, io: Io, flags: OcrFlags): Promise<ReviewDocument> {
  const options = readOptions(flags, io, input.display)
  if (input.path === '-') return readBuffer(await io.stdin(), '<stdin>', undefined, options)
  return readDocument(input.path, input.display, options)
}

/** A one-line progress bar for long batches on a terminal. */
function progressBar(io: Io, done: number, total: number): string {
  const width = 30
  const filled = Math.round((done / total) * width)
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${message(io, 'cli.progressFiles', { done, total })}`
}

/** Registers the `review` command. */
export function registerReview(program: Command, io: Io, describe: Describe): void {
  addOcrOptions(program
    .command('review [files...]')
    .description(describe('help.review')), describe)
    .option('-f, --format <format>', describe('help.review.format'))
    .option('--fail-on <level>', describe('help.review.failOn'), 'error')
    .option('-o, --output <file>', describe('help.opt.reportOutput'))
    .option('--force', describe('help.opt.force'))
    .option('--with <terms>', describe('help.review.with'), (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--playbook <file>', describe('help.opt.playbook'))
    .option('--print-config', describe('help.review.printConfig'))
    .option('--lang <lang>', describe('help.review.lang'))
    .option('--date <date>', describe('help.opt.reviewDate'))
    .action(async (files: string[], flags: ReviewFlags) => {
      if (!(FAIL_ON as readonly string[]).includes(flags.failOn)) throw new UsageError({ key: 'cli.failOnOneOf', params: { allowed: FAIL_ON.join(', '), value: flags.failOn } })
      const lang = flags.lang === undefined ? undefined : parseLang(flags.lang)
      const format = parseFormat(flags.format ?? (flags.output ? reportFormatForPath(flags.output) : 'stylish'))
      const { playbook, file: playbookFile } = await loadPlaybook(io.cwd, flags.playbook, RULE_IDS)
      if (flags.printConfig) {
        io.stdout(`# effective playbook${playbookFile ? ` (${playbookFile} over the defaults)` : ' (defaults)'}\n${yamlModule().stringify(playbook)}`)
        return
      }
      if (files.length === 0) throw new UsageError({ key: 'cli.reviewNeedsFile' })
      if (format === 'docx' && !flags.output) throw new UsageError({ key: 'cli.docxNeedsOutput', params: { example: 'report.docx' } })
      checkOutput(io, flags)
      const inputs = expandInputs(files, io.cwd)
      const termFiles = expandInputs(flags.with, io.cwd)
      const terms = await Promise.all(termFiles.map((t) => read(t, io, flags)))
      const reviewer = createReviewer({ library: await loadLibrary(), playbook, today: parseDate(flags.date), ...(lang ? { lang } : {}) })
      const showProgress = io.isTTY && inputs.length > 5
      const results = await reviewBatch(inputs, {
        reviewer,
        terms,
        termFiles,
        read: (input) => read(input, io, flags),
        readOptions: readOptions(flags),
        keepDocuments: FORMATS_WITH_DOCUMENTS.has(format),
        ...(showProgress ? { progress: (done: number, total: number) => io.stderr(`\r${progressBar(io, done, total)}${done === total ? '\n' : ''}`) } : {}),
      })
      const reviews: FileReview[] = results.map((r) => r.review)
      const documents = new Map<string, ReviewDocument>()
      for (const r of results) if (r.doc) documents.set(r.doc.path, r.doc)
      for (const t of terms) documents.set(t.path, t)
      const rendered = await renderReport(format, { reviews, documents, color: io.isTTY && !flags.output, ...(io.lang ? { lang: io.lang } : {}) })
      writeOutput(io, flags, rendered)
      const threshold = flags.failOn
      const failing = reviews.some((r) => r.findings.some((f) => threshold === 'warning' || (threshold === 'error' && f.severity === 'error')))
      if (threshold !== 'never' && failing) io.exitCode = 1
    })
}
