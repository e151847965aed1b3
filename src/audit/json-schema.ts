/** The zod schema of the audit score (`clausier audit score --format json`), documented in docs/audit.md. */
import * as z from 'zod'
import { LANGS } from '../library/schema.js'
import { CLAUSE_IDS } from '../library/taxonomy.js'
import { ANSWERS, LEVEL_IDS, THEME_IDS } from './schema.js'

const score = z.number().int().min(0).max(100)
const questionRef = { id: z.string(), theme: z.enum(THEME_IDS), question: z.string() }

/** The ways a deal option tightens a field. */
export const CHANGE_OPS = ['at-most', 'at-least', 'set', 'if-absent', 'keep'] as const
export type ChangeOp = (typeof CHANGE_OPS)[number]

export const dealChangeSchema = z.strictObject({
  path: z.string(),
  op: z.enum(CHANGE_OPS),
  value: z.unknown(),
  why: z.strictObject({ en: z.string(), fr: z.string() }),
  questions: z.array(z.string()).min(1),
})

export const auditScoreSchema = z.strictObject({
  version: z.literal(1),
  tool: z.strictObject({ name: z.literal('clausier'), version: z.string() }),
  lang: z.enum(LANGS),
  file: z.string(),
  generator: z.string().optional(),
  date: z.string().optional(),
  overall: z.strictObject({
    score,
    level: z.enum(LEVEL_IDS),
    scoreLevel: z.enum(LEVEL_IDS),
    capped: z.boolean(),
    answered: z.number().int().min(0),
    total: z.number().int().min(0),
  }),
  themes: z.array(z.strictObject({ id: z.enum(THEME_IDS), title: z.string(), score, level: z.enum(LEVEL_IDS), answered: z.number().int(), total: z.number().int() })),
  questions: z.array(
    z.strictObject({
      ...questionRef,
      weight: z.number().int(),
      answer: z.enum(ANSWERS),
      points: z.number().min(0),
      evidence: z.array(z.string()),
      comment: z.string().optional(),
      blocking: z.boolean(),
    }),
  ),
  blocking: z.array(z.strictObject({ ...questionRef, answer: z.enum(ANSWERS) })),
  unanswered: z.array(z.strictObject(questionRef)),
  missingEvidence: z.array(z.strictObject({ ...questionRef, answer: z.enum(ANSWERS), expected: z.string() })),
  reinforce: z.array(z.strictObject({ clause: z.enum(CLAUSE_IDS), questions: z.array(z.string()).min(1), changes: z.array(dealChangeSchema) })),
})

/** The audit score: the JSON output, and the input of every report and of `auditAdjustments`. */
export type AuditScore = z.infer<typeof auditScoreSchema>
/** A deal option that would add or tighten a clause. */
export type DealChange = z.infer<typeof dealChangeSchema>
