/**
 * `clausier compare <ours> <theirs>`: what the other side changed in our contract, clause by
 * clause — removed, added, modified (word diff), moved — and every term weakened against the
 * playbook. Exit 0 nothing weakened, 1 a term weakened or an essential clause removed, 2 input error.
 */
import { resolve } from 'node:path'
import type { Command } from 'commander'
import { UsageError } from '../../core/errors.js'
import { loadLibrary } from '../../library/library.js'
import type { ReviewDocument } from '../../read/document.js'
import { readBuffer, readDocument } from '../../read/index.js'
import { compareDocuments } from '../../compare/compare.js'
import { compareFormatForPath, parseCompareFormat, renderComparison } from '../../compare/format/index.js'
import { loadPlaybook } from '../../review/playbook/load.js'
import { createReviewer } from '../../review/reviewer.js'
import { RULE_IDS } from '../../review/rules/index.js'
import type { Describe } from '../help.js'
import type { Io } from '../io.js'
import { parseDate, parseLang } from '../options.js'
import { checkOutput, writeOutput } from '../output.js'

interface CompareFlags {
  format?: string
  output?: string
  force?: boolean
  playbook?: string
  lang?: string
  date?: string
}

/** Reads one of the two documents: a single file, or "-" for standard input. */
async function readOne(arg: string, io: Io): Promise<ReviewDocument> {
  if (arg === '-') return readBuffer(await io.stdin(), '<stdin>')
  return readDocument(resolve(io.cwd, arg), arg)
}

/** Registers the `compare` command. */
export function registerCompare(program: Command, io: Io, describe: Describe): void {
  program
    .command('compare <ours> <theirs>')
    .description(describe('help.compare'))
    .option('-f, --format <format>', describe('help.compare.format'))
    .option('-o, --output <file>', describe('help.opt.reportOutput'))
    .option('--force', describe('help.opt.force'))
    .option('--playbook <file>', describe('help.opt.playbook'))
    .option('--lang <lang>', describe('help.compare.lang'))
    .option('--date <date>', describe('help.opt.reviewDate'))
    .action(async (oursArg: string, theirsArg: string, flags: CompareFlags) => {
      const lang = flags.lang === undefined ? undefined : parseLang(flags.lang)
      const format = parseCompareFormat(flags.format ?? (flags.output ? compareFormatForPath(flags.output) : 'stylish'))
      if (format === 'docx' && !flags.output) throw new UsageError({ key: 'cli.docxNeedsOutput', params: { example: 'changes.docx' } })
      if (oursArg === '-' && theirsArg === '-') throw new UsageError({ key: 'cli.oneStdin' })
      const today = parseDate(flags.date)
      checkOutput(io, flags)
      const { playbook } = await loadPlaybook(io.cwd, flags.playbook, RULE_IDS)
      const [ours, theirs] = await Promise.all([readOne(oursArg, io), readOne(theirsArg, io)])
      const reviewer = createReviewer({ library: await loadLibrary(), playbook, today })
      const comparison = compareDocuments(ours, theirs, { reviewer, ...(lang ? { lang } : {}) })
      const rendered = await renderComparison(format, comparison, theirs, io.isTTY && !flags.output)
      writeOutput(io, flags, rendered)
      if (comparison.failing) io.exitCode = 1
    })
}
