/**
 * What the append-only entries mean together: which entries are corrected (superseded), and the
 * follow-up chain of each non-conformity with its status.
 *
 * Model: a correction (`corrects`) replaces an entry; the replaced entry stays in the journal,
 * marked as corrected, and is ignored by counts and chains. A follow-up (`followsUp`) joins the
 * chain of the entry it follows up (through its latest correction). A chain is a non-conformity
 * when one of its current entries is `non-conform` or `partial`; it is closed when its latest
 * follow-up (by date) has status `closed`, and open otherwise.
 */
import * as z from 'zod'
import { RESULTS, STATUSES, type Entry } from './entries.js'

/** An entry with what later entries say about it. */
export interface EntryView extends Entry {
  /** The entry that corrects this one, if any. */
  correctedBy?: number
  /** Id of the first entry of its follow-up chain (undefined when corrected). */
  chain?: number
  /** True when it belongs to an open non-conformity. */
  open: boolean
}

/** A non-conformity and its follow-ups, current entries only. */
export interface Chain {
  root: number
  entries: EntryView[]
  status: 'open' | 'closed'
  /** Date of the closing follow-up, when closed. */
  closedAt?: string
}

/** The journal read as a whole. */
export interface JournalView {
  entries: EntryView[]
  /** Non-conformity chains, by date of their first entry. */
  nonConformities: Chain[]
}

/** Links corrections and follow-ups; `entries` must be the whole journal in date order. */
export function viewJournal(entries: readonly Entry[]): JournalView {
  const byId = new Map(entries.map((e) => [e.id, e]))
  const correctedBy = new Map<number, number>()
  for (const e of entries) if (e.corrects !== undefined) correctedBy.set(e.corrects, e.id)
  const latest = (id: number): number => {
    let at = id
    for (let hops = 0; correctedBy.has(at) && hops < entries.length; hops++) at = correctedBy.get(at)!
    return at
  }
  const rootOf = (e: Entry): number => {
    const seen = new Set<number>()
    let at: Entry = e
    while (at.followsUp !== undefined && !seen.has(at.id)) {
      seen.add(at.id)
      const next = byId.get(latest(at.followsUp))
      if (!next) break
      at = next
    }
    return at.id
  }
  const views: EntryView[] = entries.map((e) => {
    const by = correctedBy.get(e.id)
    return { ...e, ...(by === undefined ? { chain: rootOf(e) } : { correctedBy: by }), open: false }
  })
  const chains = new Map<number, EntryView[]>()
  for (const v of views) if (v.chain !== undefined) chains.set(v.chain, [...(chains.get(v.chain) ?? []), v])
  const nonConformities: Chain[] = []
  for (const [root, members] of chains) {
    if (!members.some((m) => m.result !== 'conform')) continue
    const followUps = members.filter((m) => m.followsUp !== undefined)
    const last = followUps.at(-1)
    const closed = last?.status === 'closed'
    if (!closed) for (const m of members) m.open = true
    nonConformities.push({ root, entries: members, status: closed ? 'closed' : 'open', ...(closed && last ? { closedAt: last.checkedAt } : {}) })
  }
  nonConformities.sort((a, b) => (a.entries[0]!.checkedAt < b.entries[0]!.checkedAt ? -1 : a.entries[0]!.checkedAt > b.entries[0]!.checkedAt ? 1 : a.root - b.root))
  return { entries: views, nonConformities }
}

/** Filters of `journal list` and `journal report`. */
export interface EntryFilter {
  generator?: string
  /** ISO instants, inclusive. */
  from?: string
  to?: string
}

/** True when the entry passes the filter. */
export function matches(e: Entry, f: EntryFilter): boolean {
  return (f.generator === undefined || e.generator === f.generator) && (f.from === undefined || e.checkedAt >= f.from) && (f.to === undefined || e.checkedAt <= f.to)
}

const evidenceSchema = z.object({ path: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/), size: z.number().int().nonnegative() }).strict()

/** The JSON printed by `journal list --format json`. */
export const listJsonSchema = z
  .object({
    journal: z.string(),
    schemaVersion: z.number().int(),
    entries: z.array(
      z
        .object({
          id: z.number().int().positive(),
          checkedAt: z.iso.datetime(),
          recordedAt: z.iso.datetime(),
          generator: z.string(),
          source: z.string().optional(),
          batch: z.string().optional(),
          leads: z.array(z.string()),
          checked: z.string(),
          result: z.enum(RESULTS),
          nonConformity: z.string().optional(),
          action: z.string().optional(),
          checkedBy: z.string().optional(),
          corrects: z.number().int().optional(),
          correctedBy: z.number().int().optional(),
          followsUp: z.number().int().optional(),
          status: z.enum(STATUSES).optional(),
          chain: z.number().int().optional(),
          open: z.boolean(),
          evidence: z.array(evidenceSchema),
        })
        .strict(),
    ),
  })
  .strict()
