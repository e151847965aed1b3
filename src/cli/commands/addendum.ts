/** `clausier addendum <quote> -o special-terms.docx`: the special terms a quote lacks, from the library. */
import { basename, resolve } from 'node:path'
import type { Command } from 'commander'
import { UsageError } from '../../core/errors.js'
import { buildSpecialTerms } from '../../addendum/special-terms.js'
import { loadLibrary } from '../../library/library.js'
import { readBuffer, readDocument } from '../../read/index.js'
import { loadPlaybook } from '../../review/playbook/load.js'
import { quoteValues } from '../../review/quote-values.js'
import { createReviewer } from '../../review/reviewer.js'
import { RULE_IDS } from '../../review/rules/index.js'
import { formatForPath, renderContract } from '../../render/index.js'
import type { Describe } from '../help.js'
import type { Io } from '../io.js'
import { parseLang, parseDate } from '../options.js'
import { addOcrOptions, readOptions, type OcrFlags } from '../ocr-options.js'
import { checkOutput, writeOutput } from '../output.js'
import { message } from '../messages.js'

interface AddendumFlags extends OcrFlags {
  output?: string
  force?: boolean
  lang?: string
  playbook?: string
  date?: string
}

/** Registers the `addendum` command. */
export function registerAddendum(program: Command, io: Io, describe: Describe): void {
  addOcrOptions(program
    .command('addendum <quote>'), describe)
    .description(describe('help.addendum'))
    .option('-o, --output <file>', describe('help.opt.output.docxMdHtml'))
    .option('--force', describe('help.opt.force'))
    .option('--lang <lang>', describe('help.addendum.lang'))
    .option('--playbook <file>', describe('help.opt.playbook'))
    .option('--date <date>', describe('help.addendum.date'))
    .action(async (quote: string, flags: AddendumFlags) => {
      const lang = flags.lang === undefined ? undefined : parseLang(flags.lang)
      const format = flags.output ? formatForPath(flags.output) : 'md'
      checkOutput(io, flags)
      const today = parseDate(flags.date)
      const { playbook } = await loadPlaybook(io.cwd, flags.playbook, RULE_IDS)
      const library = await loadLibrary()
      const read = readOptions(flags, io, quote)
      const doc = quote === '-' ? await readBuffer(await io.stdin(), '<stdin>', undefined, read) : await readDocument(resolve(io.cwd, quote), quote, read)
      const reviewer = createReviewer({ library, playbook, today })
      const review = reviewer.review(doc)
      const missing = reviewer.clausesToAdd(review)
      if (missing.length === 0) throw new UsageError({ key: 'error.nothingToAdd', params: { quote } })
      const result = buildSpecialTerms({ review, values: quoteValues(doc), clauses: missing, library, lang: lang ?? review.language, today, quoteName: quote === '-' ? 'stdin' : basename(quote) })
      const rendered = await renderContract(result.contract, format)
      writeOutput(io, flags, rendered, message(io, 'cli.addendumDetail', { lang: result.contract.lang, count: missing.length, quote }))
    })
}
