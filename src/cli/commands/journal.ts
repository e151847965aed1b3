/**
 * `clausier journal add|list|report`: the append-only verification journal of lead-generator checks
 * (SQLite). The database is `--db <file>`, else `$CLAUSIER_JOURNAL`, else `clausier-journal.sqlite`
 * in the working folder.
 */
import { resolve } from 'node:path'
import type { Command } from 'commander'
import { UsageError } from '../../core/errors.js'
import { checkOutput, writeOutput } from '../output.js'
import { formatForPath } from '../../render/index.js'
import { formatDateTime, parseIsoDate } from '../../journal/dates.js'
import { openJournal, SCHEMA_VERSION, type JournalDb } from '../../journal/db.js'
import { addEntry, parseAddInput, readEntries, type AddInput } from '../../journal/entries.js'
import { hashEvidence } from '../../journal/evidence.js'
import { buildReport } from '../../journal/report.js'
import { renderReport } from '../../journal/report-render.js'
import { matches, viewJournal, type EntryFilter, type EntryView } from '../../journal/view.js'
import type { Describe } from '../help.js'
import type { Io } from '../io.js'
import { message } from '../messages.js'

/** The default journal file, in the working folder. */
export const DEFAULT_JOURNAL = 'clausier-journal.sqlite'

interface DbFlag {
  db?: string
}

function journalPath(flags: DbFlag, io: Io): { path: string; display: string } {
  const chosen = flags.db ?? process.env.CLAUSIER_JOURNAL ?? DEFAULT_JOURNAL
  if (chosen.trim() === '') throw new UsageError({ key: 'cli.dbNeedsName' })
  return { path: resolve(io.cwd, chosen), display: chosen }
}

function withJournal<T>(flags: DbFlag, io: Io, mustExist: boolean, use: (db: JournalDb, display: string) => T): T {
  const { path, display } = journalPath(flags, io)
  const db = openJournal(path, { mustExist, display })
  try {
    return use(db, display)
  } finally {
    db.close()
  }
}

function parseFilter(flags: { generator?: string; from?: string; to?: string }): EntryFilter {
  const from = flags.from === undefined ? undefined : parseIsoDate(flags.from, '--from', 'start').toISOString()
  const to = flags.to === undefined ? undefined : parseIsoDate(flags.to, '--to', 'end').toISOString()
  if (from !== undefined && to !== undefined && from > to) throw new UsageError({ key: 'cli.fromAfterTo', params: { from: String(flags.from), to: String(flags.to) } })
  return { ...(flags.generator === undefined ? {} : { generator: flags.generator }), ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) }
}

const collect = (value: string, previous: string[] = []) => [...previous, value]

function notes(e: EntryView): string {
  return [
    e.correctedBy === undefined ? undefined : `corrected by ${e.correctedBy}`,
    e.corrects === undefined ? undefined : `corrects ${e.corrects}`,
    e.followsUp === undefined ? undefined : `follows up ${e.followsUp} (${e.status ?? 'open'})`,
    e.open ? 'OPEN' : undefined,
    e.evidence.length === 0 ? undefined : `${e.evidence.length} evidence`,
  ]
    .filter((s) => s !== undefined)
    .join(', ')
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)))
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ').trimEnd()).join('\n') + '\n'
}

const oneLine = (s: string, max: number) => {
  const flat = s.replace(/\s+/g, ' ')
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

interface AddFlags extends DbFlag {
  generator?: string
  source?: string
  batch?: string
  leads?: string
  checked?: string
  result?: string
  nonConformity?: string
  action?: string
  evidence?: string[]
  date?: string
  corrects?: string
  followsUp?: string
  status?: string
  by?: string
}

/** Registers `journal add`, `journal list` and `journal report`. */
export function registerJournal(program: Command, io: Io, describe: Describe): void {
  const journal = program.command('journal').description(describe('help.journal'))
  const dbHelp = describe('help.journal.db', { file: DEFAULT_JOURNAL })

  journal
    .command('add')
    .description(describe('help.journal.add'))
    .option('--db <file>', dbHelp)
    .requiredOption('--generator <name>', describe('help.journal.add.generator'))
    .option('--source <url-or-form>', describe('help.journal.add.source'))
    .option('--batch <id>', describe('help.journal.add.batch'))
    .option('--leads <ids>', describe('help.journal.add.leads'))
    .requiredOption('--checked <what>', describe('help.journal.add.checked'))
    .requiredOption('--result <result>', describe('help.journal.add.result'))
    .option('--non-conformity <text>', describe('help.journal.add.nonConformity'))
    .option('--action <text>', describe('help.journal.add.action'))
    .option('--evidence <file>', describe('help.journal.add.evidence'), collect)
    .option('--date <iso>', describe('help.journal.add.date'))
    .option('--corrects <id>', describe('help.journal.add.corrects'))
    .option('--follows-up <id>', describe('help.journal.add.followsUp'))
    .option('--status <status>', describe('help.journal.add.status'))
    .option('--by <name>', describe('help.journal.add.by'))
    .action(async (flags: AddFlags) => {
      const now = new Date()
      const raw: AddInput = {
        generator: flags.generator ?? '',
        checked: flags.checked ?? '',
        result: (flags.result ?? '') as AddInput['result'],
        ...(flags.source === undefined ? {} : { source: flags.source }),
        ...(flags.batch === undefined ? {} : { batch: flags.batch }),
        ...(flags.leads === undefined ? {} : { leads: flags.leads }),
        ...(flags.nonConformity === undefined ? {} : { 'non-conformity': flags.nonConformity }),
        ...(flags.action === undefined ? {} : { action: flags.action }),
        ...(flags.by === undefined ? {} : { by: flags.by }),
        ...(flags.date === undefined ? {} : { date: flags.date }),
        ...(flags.corrects === undefined ? {} : { corrects: flags.corrects }),
        ...(flags.followsUp === undefined ? {} : { 'follows-up': flags.followsUp }),
        ...(flags.status === undefined ? {} : { status: flags.status as AddInput['status'] & string }),
      }
      parseAddInput(raw, [], now) // flags first: a bad flag fails before any file is hashed
      const evidence = []
      for (const file of flags.evidence ?? []) evidence.push(await hashEvidence(file, io.cwd))
      const entry = parseAddInput(raw, evidence, now)
      const id = withJournal(flags, io, false, (db) => addEntry(db, entry, now))
      io.stdout(`${id}\n`)
    })

  journal
    .command('list')
    .description(describe('help.journal.list'))
    .option('--db <file>', dbHelp)
    .option('--generator <name>', describe('help.journal.generator'))
    .option('--from <iso>', describe('help.journal.from'))
    .option('--to <iso>', describe('help.journal.list.to'))
    .option('--open', describe('help.journal.list.open'))
    .option('--format <format>', describe('help.journal.list.format'), 'table')
    .action((flags: DbFlag & { generator?: string; from?: string; to?: string; open?: boolean; format: string }) => {
      if (flags.format !== 'table' && flags.format !== 'json') throw new UsageError({ key: 'cli.formatOneOf', params: { allowed: 'table, json', value: flags.format } })
      const filter = parseFilter(flags)
      withJournal(flags, io, true, (db, display) => {
        const entries = viewJournal(readEntries(db)).entries.filter((e) => matches(e, filter) && (!flags.open || (e.open && e.result !== 'conform')))
        if (flags.format === 'json') {
          io.stdout(`${JSON.stringify({ journal: display, schemaVersion: SCHEMA_VERSION, entries }, null, 2)}\n`)
          return
        }
        if (entries.length === 0) {
          io.stderr(`${message(io, flags.open ? 'cli.noOpenEntry' : 'cli.noEntry')}\n`)
          return
        }
        const rows = entries.map((e) => [String(e.id), formatDateTime(e.checkedAt), e.generator, e.result, oneLine(e.nonConformity ?? e.checked, 60), notes(e)])
        io.stdout(table([['ID', 'DATE', 'GENERATOR', 'RESULT', 'CHECKED / NON-CONFORMITY', 'NOTES'], ...rows]))
      })
    })

  journal
    .command('report')
    .description(describe('help.journal.report'))
    .option('--db <file>', dbHelp)
    .option('--generator <name>', describe('help.journal.generator'))
    .option('--from <iso>', describe('help.journal.from'))
    .option('--to <iso>', describe('help.journal.to'))
    .option('-o, --output <file>', describe('help.opt.output.docxMdHtml'))
    .option('--force', describe('help.opt.force'))
    .action(async (flags: DbFlag & { generator?: string; from?: string; to?: string; output?: string; force?: boolean }) => {
      if (flags.output === '') throw new UsageError({ key: 'cli.needsFileName' })
      const filter = parseFilter(flags)
      const format = flags.output ? formatForPath(flags.output) : 'md'
      checkOutput(io, flags)
      const now = new Date()
      const report = withJournal(flags, io, true, (db, display) => buildReport(viewJournal(readEntries(db)), { journal: display, now, filter }))
      const rendered = await renderReport(report, format)
      const s = report.summary
      writeOutput(io, flags, rendered, message(io, 'cli.journalDetail', { checks: s.checks, open: s.openNonConformities }))
    })
}
