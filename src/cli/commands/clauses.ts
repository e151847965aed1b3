/** `clausier clauses list | show <id> [--lang] | check`. */
import type { Command } from 'commander'
import { formatProblem, UsageError } from '../../core/errors.js'
import { checkLibrary } from '../../draft/library-check.js'
import { loadLibrary } from '../../library/library.js'
import { renderClauseBody } from '../../library/render-clause.js'
import { LANGS, type Lang } from '../../library/schema.js'
import { resolveVariables } from '../../library/variables.js'
import type { Describe } from '../help.js'
import type { Io } from '../io.js'
import { parseLang } from '../options.js'
import { message } from '../messages.js'

/** Registers the `clauses` command group. */
export function registerClauses(program: Command, io: Io, describe: Describe): void {
  const clauses = program.command('clauses').description(describe('help.clauses'))

  clauses
    .command('list')
    .description(describe('help.clauses.list'))
    .option('--json', describe('help.clauses.list.json'))
    .action(async (opts: { json?: boolean }) => {
      const library = await loadLibrary()
      const rows = library.clauses.map((c) => ({
        id: c.id,
        variant: c.variant ?? '',
        family: c.family,
        severity: c.severity,
        requiredWhen: Object.entries(c.requiredWhen).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('|') : String(v)}`).join(' ') || 'always',
        languages: LANGS.join(','),
        version: c.version,
        title: c.title.en,
      }))
      if (opts.json) return io.stdout(`${JSON.stringify(rows, null, 2)}\n`)
      const header = ['id', 'variant', 'family', 'severity', 'required when', 'lang', 'v']
      const table = [header, ...rows.map((r) => [r.id, r.variant, r.family, r.severity, r.requiredWhen, r.languages, String(r.version)])]
      const widths = header.map((_, i) => Math.max(...table.map((row) => row[i]!.length)))
      for (const row of table) io.stdout(`${row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()}\n`)
      io.stdout(`${message(io, 'cli.clauseFiles', { count: rows.length })}\n`)
    })

  clauses
    .command('show <id>')
    .description(describe('help.clauses.show'))
    .option('--lang <lang>', describe('help.opt.lang.frEn'), 'en')
    .action(async (id: string, opts: { lang: string }) => {
      const lang: Lang = parseLang(opts.lang)
      const library = await loadLibrary()
      const variants = library.byId.get(id)
      if (!variants) throw new UsageError({ key: 'cli.unknownClause', params: { id } })
      for (const clause of variants) {
        const { values } = resolveVariables(clause, undefined, lang)
        io.stdout(`## ${clause.title[lang]}${clause.variant ? ` [${clause.variant}]` : ''}\n\n`)
        io.stdout(`<!-- ${clause.id} v${clause.version} · ${clause.severity} · ${clause.sources.join('; ')} -->\n\n`)
        io.stdout(`${renderClauseBody(clause, values, { lang, currency: 'EUR' }, library.prepared)}\n\n`)
      }
    })

  clauses
    .command('check')
    .description(describe('help.clauses.check'))
    .action(() => {
      const { problems, clauseCount } = checkLibrary()
      for (const p of problems) io.stdout(`${formatProblem(p)}\n`)
      io.stdout(`${problems.length === 0 ? message(io, 'cli.clauseFilesOk', { count: clauseCount }) : message(io, 'cli.clauseProblems', { problems: problems.length, count: clauseCount })}\n`)
      if (problems.length > 0) io.exitCode = 1
    })
}
