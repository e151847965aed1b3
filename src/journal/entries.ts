/**
 * Journal entries: validation of a new check (zod), the append (one IMMEDIATE transaction) and the
 * reading of the journal. Nothing here updates or deletes a row: a correction is a new entry that
 * `corrects` an older one, a follow-up is a new entry that `followsUp` a non-conformity.
 */
import * as z from 'zod'
import { UsageError } from '../core/errors.js'
import { parseIsoDate } from './dates.js'
import type { JournalDb } from './db.js'
import type { Evidence } from './evidence.js'

export const RESULTS = ['conform', 'non-conform', 'partial'] as const
/** The outcome of a check. */
export type Result = (typeof RESULTS)[number]
export const STATUSES = ['open', 'closed'] as const
/** The state a follow-up leaves its non-conformity in. */
export type Status = (typeof STATUSES)[number]

/** A check to append (already validated). */
export interface NewEntry {
  checkedAt: string
  generator: string
  source?: string
  batch?: string
  leads: string[]
  checked: string
  result: Result
  nonConformity?: string
  action?: string
  checkedBy?: string
  corrects?: number
  followsUp?: number
  status?: Status
  evidence: Evidence[]
}

/** A stored entry. */
export interface Entry extends NewEntry {
  id: number
  recordedAt: string
}

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`)
const entryId = z.string().trim().regex(/^[1-9]\d{0,15}$/, 'must be an entry id (a positive whole number)').transform(Number)

/** The raw `journal add` flags, as strings; keys are the flag names. */
export const addInputSchema = z
  .object({
    generator: text(200),
    source: text(2000).optional(),
    batch: text(200).optional(),
    leads: z
      .string()
      .optional()
      .transform((s) => [...new Set((s ?? '').split(',').map((l) => l.trim()).filter((l) => l !== ''))])
      .refine((l) => l.every((id) => id.length <= 200), 'each lead id must be at most 200 characters'),
    checked: text(2000),
    result: z.enum(RESULTS, { error: `must be one of ${RESULTS.join(', ')}` }),
    'non-conformity': text(4000).optional(),
    action: text(4000).optional(),
    by: text(200).optional(),
    date: z.string().optional(),
    corrects: entryId.optional(),
    'follows-up': entryId.optional(),
    status: z.enum(STATUSES, { error: `must be one of ${STATUSES.join(', ')}` }).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.result !== 'conform' && v['non-conformity'] === undefined) ctx.addIssue({ code: 'custom', path: ['non-conformity'], message: `is required when --result is ${v.result} (say what was wrong)` })
    if (v.result === 'conform' && v['non-conformity'] !== undefined) ctx.addIssue({ code: 'custom', path: ['non-conformity'], message: 'only goes with --result non-conform or partial' })
    if (v.status !== undefined && v['follows-up'] === undefined && v.corrects === undefined) ctx.addIssue({ code: 'custom', path: ['status'], message: 'only goes with --follows-up <id>' })
  })

/** The raw flags of `journal add` (strings, as typed). */
export type AddInput = z.input<typeof addInputSchema>

/** Validates raw flags into a {@link NewEntry} (evidence is hashed separately); errors are one line. */
export function parseAddInput(raw: AddInput, evidence: Evidence[], now: Date): NewEntry {
  const parsed = addInputSchema.safeParse(raw)
  if (!parsed.success) {
    throw new UsageError(parsed.error.issues.map((i) => (i.path.length > 0 ? `--${i.path.join('.')} ${i.message}` : i.message)).join('; '))
  }
  const v = parsed.data
  const checkedAt = v.date === undefined ? now : parseIsoDate(v.date, '--date')
  if (checkedAt.getTime() > now.getTime() + 5 * 60_000) throw new UsageError({ key: 'error.journal.future', params: { date: v.date ?? '' } })
  return {
    checkedAt: checkedAt.toISOString(),
    generator: v.generator,
    leads: v.leads,
    checked: v.checked,
    result: v.result,
    evidence,
    ...(v.source === undefined ? {} : { source: v.source }),
    ...(v.batch === undefined ? {} : { batch: v.batch }),
    ...(v['non-conformity'] === undefined ? {} : { nonConformity: v['non-conformity'] }),
    ...(v.action === undefined ? {} : { action: v.action }),
    ...(v.by === undefined ? {} : { checkedBy: v.by }),
    ...(v.corrects === undefined ? {} : { corrects: v.corrects }),
    ...(v['follows-up'] === undefined ? {} : { followsUp: v['follows-up'] }),
    ...(v.status === undefined ? {} : { status: v.status }),
  }
}

interface EntryRow {
  id: number
  checked_at: string
  recorded_at: string
  generator: string
  source: string | null
  batch: string | null
  checked: string
  result: Result
  non_conformity: string | null
  action: string | null
  checked_by: string | null
  corrects: number | null
  follows_up: number | null
  status: Status | null
}

function opt<K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } {
  return (value === null || value === undefined ? {} : { [key]: value }) as { [P in K]?: V }
}

function fromRow(row: EntryRow, leads: string[], evidence: Evidence[]): Entry {
  return {
    id: row.id,
    checkedAt: row.checked_at,
    recordedAt: row.recorded_at,
    generator: row.generator,
    leads,
    checked: row.checked,
    result: row.result,
    evidence,
    ...opt('source', row.source),
    ...opt('batch', row.batch),
    ...opt('nonConformity', row.non_conformity),
    ...opt('action', row.action),
    ...opt('checkedBy', row.checked_by),
    ...opt('corrects', row.corrects),
    ...opt('followsUp', row.follows_up),
    ...opt('status', row.status),
  }
}

/**
 * Appends a check in one IMMEDIATE transaction (so concurrent writers queue on the busy timeout)
 * and returns its id. A correction inherits the follow-up link and status of the entry it corrects
 * unless it gives its own; an entry can be corrected once (correct the correction afterwards).
 */
export function addEntry(db: JournalDb, entry: NewEntry, now: Date = new Date()): number {
  const get = db.prepare<[number], EntryRow>('SELECT * FROM entries WHERE id = ?')
  const insert = db.prepare(
    `INSERT INTO entries (checked_at, recorded_at, generator, source, batch, checked, result, non_conformity, action, checked_by, corrects, follows_up, status)
     VALUES (@checkedAt, @recordedAt, @generator, @source, @batch, @checked, @result, @nonConformity, @action, @checkedBy, @corrects, @followsUp, @status)`,
  )
  const insertLead = db.prepare('INSERT INTO entry_leads (entry_id, position, lead_id) VALUES (?, ?, ?)')
  const insertEvidence = db.prepare('INSERT INTO evidence (entry_id, position, path, sha256, size) VALUES (?, ?, ?, ?, ?)')
  const run = db.transaction((): number => {
    let followsUp = entry.followsUp
    let status = entry.status
    if (entry.corrects !== undefined) {
      const old = get.get(entry.corrects)
      if (!old) throw new UsageError({ key: 'error.journal.correctsMissing', params: { id: String(entry.corrects) } })
      const by = db.prepare<[number], { id: number }>('SELECT id FROM entries WHERE corrects = ?').get(entry.corrects)
      if (by) throw new UsageError({ key: 'error.journal.alreadyCorrected', params: { id: String(entry.corrects), by: String(by.id) } })
      if (followsUp === undefined && old.follows_up !== null) {
        followsUp = old.follows_up
        status ??= old.status ?? 'open'
      }
    }
    if (followsUp !== undefined) {
      const target = get.get(followsUp)
      if (!target) throw new UsageError({ key: 'error.journal.followsUpMissing', params: { id: String(followsUp) } })
      if (target.checked_at > entry.checkedAt) throw new UsageError({ key: 'error.journal.followUpBefore', params: { id: String(followsUp), date: String(target.checked_at) } })
      for (let at: EntryRow | undefined = target, hops = 0; at && hops < 10_000; at = at.follows_up === null ? undefined : get.get(at.follows_up), hops++) {
        if (at.id === entry.corrects) throw new UsageError({ key: 'error.journal.ownFollowUp', params: { id: String(followsUp) } })
      }
      status ??= 'open'
    }
    const info = insert.run({
      checkedAt: entry.checkedAt,
      recordedAt: now.toISOString(),
      generator: entry.generator,
      source: entry.source ?? null,
      batch: entry.batch ?? null,
      checked: entry.checked,
      result: entry.result,
      nonConformity: entry.nonConformity ?? null,
      action: entry.action ?? null,
      checkedBy: entry.checkedBy ?? null,
      corrects: entry.corrects ?? null,
      followsUp: followsUp ?? null,
      status: followsUp === undefined ? null : (status ?? 'open'),
    })
    const id = Number(info.lastInsertRowid)
    entry.leads.forEach((lead, i) => insertLead.run(id, i, lead))
    entry.evidence.forEach((e, i) => insertEvidence.run(id, i, e.path, e.sha256, e.size))
    return id
  })
  return run.immediate()
}

/** Every entry of the journal, in date order (then id). */
export function readEntries(db: JournalDb): Entry[] {
  const rows = db.prepare<[], EntryRow>('SELECT * FROM entries ORDER BY checked_at, id').all()
  const leads = new Map<number, string[]>()
  for (const l of db.prepare<[], { entry_id: number; lead_id: string }>('SELECT entry_id, lead_id FROM entry_leads ORDER BY entry_id, position').all()) {
    leads.set(l.entry_id, [...(leads.get(l.entry_id) ?? []), l.lead_id])
  }
  const evidence = new Map<number, Evidence[]>()
  for (const e of db.prepare<[], Evidence & { entry_id: number }>('SELECT entry_id, path, sha256, size FROM evidence ORDER BY entry_id, position').all()) {
    evidence.set(e.entry_id, [...(evidence.get(e.entry_id) ?? []), { path: e.path, sha256: e.sha256, size: e.size }])
  }
  return rows.map((r) => fromRow(r, leads.get(r.id) ?? [], evidence.get(r.id) ?? []))
}
