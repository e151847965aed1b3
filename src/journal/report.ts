/**
 * The verification report, the file an inspection asks for (CNIL SAN-2024-003 §55–61: checks dated,
 * linked to leads, non-conformities reported and followed up): a model built from the journal, then
 * one mdast tree that the Markdown, HTML and DOCX renderers all print, so they carry the same content.
 */
import type { Heading, List, ListItem, PhrasingContent, Root, RootContent, Table, TableRow } from 'mdast'
import { formatDateTime } from './dates.js'
import type { Evidence } from './evidence.js'
import { matches, type Chain, type EntryFilter, type EntryView, type JournalView } from './view.js'

/** Counts over one generator or the whole selection. */
export interface Tally {
  checks: number
  conform: number
  nonConform: number
  partial: number
  /** conform / checks, null without checks. */
  conformityRate: number | null
  openNonConformities: number
  firstCheck?: string
  lastCheck?: string
}

/** Everything the report shows, computed once. */
export interface JournalReport {
  journal: string
  generatedAt: string
  filter: EntryFilter
  summary: Tally & { corrected: number; closedNonConformities: number; nonConformitiesWithoutAction: number; evidenceFiles: number }
  generators: Array<Tally & { name: string }>
  /** Selected entries in date order, corrected ones included (and marked). */
  checks: EntryView[]
  /** Chains with an entry in the selection, plus every chain still open (carried forward). */
  nonConformities: Chain[]
  evidence: Array<Evidence & { entry: number }>
}

function tally(entries: readonly EntryView[], chains: readonly Chain[]): Tally {
  const current = entries.filter((e) => e.correctedBy === undefined)
  const conform = current.filter((e) => e.result === 'conform').length
  return {
    checks: current.length,
    conform,
    nonConform: current.filter((e) => e.result === 'non-conform').length,
    partial: current.filter((e) => e.result === 'partial').length,
    conformityRate: current.length === 0 ? null : conform / current.length,
    openNonConformities: chains.filter((c) => c.status === 'open').length,
    ...(current[0] ? { firstCheck: current[0].checkedAt } : {}),
    ...(current.at(-1) ? { lastCheck: current.at(-1)!.checkedAt } : {}),
  }
}

/** Builds the report over the entries that pass `filter`; statuses are as of `now` (whole journal). */
export function buildReport(view: JournalView, options: { journal: string; now: Date; filter: EntryFilter }): JournalReport {
  const { filter } = options
  const checks = view.entries.filter((e) => matches(e, filter))
  const nonConformities = view.nonConformities.filter(
    (c) => c.entries.some((e) => matches(e, filter)) || (c.status === 'open' && (filter.generator === undefined || c.entries[0]!.generator === filter.generator)),
  )
  const names = [...new Set(checks.map((e) => e.generator))].sort((a, b) => a.localeCompare(b))
  const evidence = checks.flatMap((e) => e.evidence.map((ev) => ({ entry: e.id, ...ev })))
  return {
    journal: options.journal,
    generatedAt: options.now.toISOString(),
    filter,
    summary: {
      ...tally(checks, nonConformities),
      corrected: checks.filter((e) => e.correctedBy !== undefined).length,
      closedNonConformities: nonConformities.filter((c) => c.status === 'closed').length,
      nonConformitiesWithoutAction: nonConformities.filter((c) => c.entries.every((e) => e.action === undefined)).length,
      evidenceFiles: evidence.length,
    },
    generators: names.map((name) => ({ name, ...tally(checks.filter((e) => e.generator === name), nonConformities.filter((c) => c.entries[0]!.generator === name)) })),
    checks,
    nonConformities,
    evidence,
  }
}

// ——— mdast ———

/** mdast class marking what must stand out (open non-conformities); HTML and DOCX highlight it. */
export const OPEN_CLASS = 'open-nc'

const t = (value: string): PhrasingContent => ({ type: 'text', value })
const b = (value: string): PhrasingContent => ({ type: 'strong', children: [t(value)] })
/** `**Label:** ` — the space stays outside the emphasis so Markdown needs no escaping. */
const label = (value: string): PhrasingContent[] => [b(`${value}:`), t(' ')]
/** A web address becomes a link (Markdown `<url>`, HTML `<a>`, DOCX hyperlink); anything else stays text. */
const urlOrText = (value: string): PhrasingContent => (/^https?:\/\/[^\s<>]+$/.test(value) ? { type: 'link', url: value, children: [t(value)] } : t(value))
const code = (value: string): PhrasingContent => ({ type: 'inlineCode', value })
const para = (...children: PhrasingContent[]): RootContent => ({ type: 'paragraph', children })
const heading = (depth: 1 | 2 | 3, value: string, open = false, id?: string): Heading => ({
  type: 'heading',
  depth,
  children: [t(value)],
  ...(open || id ? { data: { hProperties: { ...(open ? { className: [OPEN_CLASS] } : {}), ...(id ? { id } : {}) } } } : {}),
})
const row = (cells: PhrasingContent[][]): TableRow => ({ type: 'tableRow', children: cells.map((c) => ({ type: 'tableCell', children: c })) })
const table = (head: string[], rows: PhrasingContent[][][]): Table => ({ type: 'table', align: head.map(() => null), children: [row(head.map((h) => [t(h)])), ...rows.map(row)] })
const item = (...children: PhrasingContent[]): ListItem => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children }] })
const list = (items: ListItem[]): List => ({ type: 'list', ordered: false, spread: false, children: items })

const percent = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)} %`)
const day = (iso: string | undefined) => (iso === undefined ? '—' : iso.slice(0, 10))
const resultLabel = { conform: 'conform', 'non-conform': 'NON-CONFORM', partial: 'PARTIAL' } as const

function entryTitle(e: EntryView): string {
  return `Entry ${e.id} — ${formatDateTime(e.checkedAt)} — ${e.generator} — ${resultLabel[e.result]}${e.correctedBy === undefined ? '' : ` (corrected by entry ${e.correctedBy})`}`
}

function entryDetails(e: EntryView): List {
  const items: ListItem[] = [item(...label('Checked'), t(e.checked))]
  if (e.source !== undefined) items.push(item(...label('Source'), urlOrText(e.source)))
  if (e.batch !== undefined) items.push(item(...label('Lead batch'), t(e.batch)))
  items.push(item(...label('Leads'), e.leads.length === 0 ? t('none named') : t(e.leads.join(', '))))
  items.push(item(...label('Result'), t(e.result)))
  if (e.nonConformity !== undefined) items.push(item(...label('Non-conformity'), t(e.nonConformity)))
  items.push(item(...label('Action taken'), t(e.action ?? (e.result === 'conform' ? 'none needed' : 'none recorded'))))
  if (e.checkedBy !== undefined) items.push(item(...label('Checked by'), t(e.checkedBy)))
  items.push(item(...label('Recorded'), t(formatDateTime(e.recordedAt))))
  if (e.corrects !== undefined) items.push(item(...label('Corrects'), t(`entry ${e.corrects}`)))
  if (e.correctedBy !== undefined) items.push(item(...label('Corrected by'), t(`entry ${e.correctedBy} (this entry is superseded and not counted)`)))
  if (e.followsUp !== undefined) items.push(item(...label('Follows up'), t(`entry ${e.followsUp} — status ${e.status ?? 'open'}`)))
  if (e.open) items.push(item(b('OPEN NON-CONFORMITY'), t(` (chain of entry ${e.chain ?? e.id})`)))
  for (const ev of e.evidence) items.push(item(...label('Evidence'), t(`${ev.path} (${ev.size} bytes) SHA-256 `), code(ev.sha256)))
  return list(items)
}

function chainBlock(c: Chain): RootContent[] {
  const first = c.entries[0]!
  const status = c.status === 'open' ? 'OPEN' : `closed on ${formatDateTime(c.closedAt ?? first.checkedAt)}`
  return [
    heading(3, `Non-conformity of entry ${c.root} — ${first.generator} — ${status}`, c.status === 'open'),
    table(
      ['Date', 'Entry', 'Result', 'Status', 'Finding / action'],
      c.entries.map((e) => [
        [t(formatDateTime(e.checkedAt))],
        [t(e.followsUp === undefined ? `${e.id}` : `${e.id} (follows up ${e.followsUp})`)],
        [t(e.result)],
        [t(e.followsUp === undefined ? '—' : (e.status ?? 'open'))],
        [t([e.nonConformity, e.action === undefined ? undefined : `Action: ${e.action}`].filter((s) => s !== undefined).join(' — ') || e.checked)],
      ]),
    ),
  ]
}

/** The report as mdast (title page, summary, non-conformities, checks, evidence). */
export function reportToMdast(r: JournalReport): Root {
  const s = r.summary
  const period = `${r.filter.from === undefined ? 'first entry' : formatDateTime(r.filter.from)} to ${r.filter.to === undefined ? formatDateTime(r.generatedAt) : formatDateTime(r.filter.to)}`
  const open = r.nonConformities.filter((c) => c.status === 'open')
  const children: RootContent[] = [
    heading(1, 'Verification journal of lead generators'),
    para(b('Checks of the lead generators\' collection practices, consents and lead batches')),
    para(...label('Period'), t(period)),
    para(...label('Generator'), t(r.filter.generator ?? 'all')),
    para(...label('Journal'), t(r.journal)),
    para(...label('Generated'), t(formatDateTime(r.generatedAt)), t(' (statuses of non-conformities as of this date)')),
    para(t('The journal is append-only: an entry is never changed or deleted; a correction is a new entry that names the one it corrects, and a non-conformity is followed up by dated entries until one closes it. Evidence files are identified by their SHA-256.')),
    { type: 'thematicBreak' },
    heading(2, 'Summary', false, 'summary'),
    table(
      ['Measure', 'Value'],
      [
        [[t('Checks (current entries)')], [t(String(s.checks))]],
        [[t('Conform / non-conform / partial')], [t(`${s.conform} / ${s.nonConform} / ${s.partial}`)]],
        [[t('Conformity rate')], [t(percent(s.conformityRate))]],
        [[t('Open non-conformities')], [s.openNonConformities > 0 ? b(String(s.openNonConformities)) : t('0')]],
        [[t('Closed non-conformities')], [t(String(s.closedNonConformities))]],
        [[t('Non-conformities with no action recorded')], [t(String(s.nonConformitiesWithoutAction))]],
        [[t('Corrected entries (superseded)')], [t(String(s.corrected))]],
        [[t('Evidence files')], [t(String(s.evidenceFiles))]],
        [[t('First / last check')], [t(`${day(s.firstCheck)} / ${day(s.lastCheck)}`)]],
      ],
    ),
    table(
      ['Generator', 'Checks', 'Conform', 'Non-conform', 'Partial', 'Rate', 'Open', 'Last check'],
      r.generators.map((g) => [[t(g.name)], [t(String(g.checks))], [t(String(g.conform))], [t(String(g.nonConform))], [t(String(g.partial))], [t(percent(g.conformityRate))], [t(String(g.openNonConformities))], [t(day(g.lastCheck))]]),
    ),
    heading(2, `Open non-conformities (${open.length})`, open.length > 0, 'open'),
    open.length === 0
      ? para(t('None.'))
      : list(open.map((c) => item(...label('OPEN'), t(`entry ${c.root}, ${formatDateTime(c.entries[0]!.checkedAt)}, ${c.entries[0]!.generator}: ${c.entries.find((e) => e.nonConformity !== undefined)?.nonConformity ?? c.entries[0]!.checked}`)))),
    heading(2, `Non-conformities and their follow-up (${r.nonConformities.length})`, false, 'non-conformities'),
    ...(r.nonConformities.length === 0 ? [para(t('None.'))] : r.nonConformities.flatMap(chainBlock)),
    heading(2, `Checks (${r.checks.length} entries)`, false, 'checks'),
    ...(r.checks.length === 0 ? [para(t('No entry in this period.'))] : r.checks.flatMap((e) => [heading(3, entryTitle(e), e.open), entryDetails(e)])),
    heading(2, `Evidence files (${r.evidence.length})`, false, 'evidence'),
    r.evidence.length === 0
      ? para(t('None.'))
      : table(['Entry', 'File', 'Bytes', 'SHA-256'], r.evidence.map((e) => [[t(String(e.entry))], [t(e.path)], [t(String(e.size))], [code(e.sha256)]])),
  ]
  return { type: 'root', children }
}
