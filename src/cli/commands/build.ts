/** `clausier build <deal> [-o out.docx|out.md|out.html] [--lang] [--template] [--force]`. */
import { resolve } from 'node:path'
import type { Command } from 'commander'
import { UsageError } from '../../core/errors.js'
import { assertWritable, writeFileAtomic } from '../../core/write-file.js'
import { assemble, DEFAULT_TEMPLATE } from '../../build/assemble.js'
import { loadDeal, parseDeal } from '../../deal/load.js'
import { loadLibrary } from '../../library/load.js'
import { formatForPath, renderContract } from '../../render/index.js'
import type { Io } from '../io.js'
import { parseLang } from '../options.js'

interface BuildFlags {
  output?: string
  lang?: string
  template: string
  force?: boolean
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
    .action(async (dealPath: string, flags: BuildFlags) => {
      const lang = flags.lang === undefined ? undefined : parseLang(flags.lang)
      const format = flags.output ? formatForPath(flags.output) : 'md'
      if (flags.output === '') throw new UsageError('-o needs a file name')
      const outputOptions = { force: Boolean(flags.force), display: flags.output ?? '' }
      if (flags.output) assertWritable(resolve(io.cwd, flags.output), outputOptions)
      const deal = dealPath === '-' ? parseDeal((await io.stdin()).toString('utf8'), '<stdin>') : loadDeal(resolve(io.cwd, dealPath), dealPath)
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
