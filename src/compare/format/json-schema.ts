/** The zod schema of `clausier compare --format json` (version 1). */
import * as z from 'zod'
import { findingSchema } from '../../report/json-schema.js'

const location = { line: z.number().int().min(1), column: z.number().int().min(1), page: z.number().int().min(1).optional() }

const termValueSchema = z.strictObject({ value: z.number(), display: z.string().min(1), ...location })

const clauseLocationSchema = z.strictObject({ title: z.string(), ...location })

/** One change: the fields (clauseId, change, weakened, before, after, evidence, message) and the details. */
export const changeSchema = z.strictObject({
  clauseId: z.string().nullable(),
  change: z.enum(['removed', 'added', 'modified', 'moved']),
  weakened: z.boolean(),
  essential: z.boolean(),
  moved: z.boolean(),
  before: z.string().optional(),
  after: z.string().optional(),
  evidence: z.strictObject({ ours: clauseLocationSchema.optional(), theirs: clauseLocationSchema.optional() }),
  terms: z.array(
    z.strictObject({
      term: z.string().min(1),
      label: z.string().min(1),
      before: termValueSchema.optional(),
      after: termValueSchema.optional(),
      weakened: z.boolean(),
      threshold: z.string().optional(),
      meetsThreshold: z.boolean().optional(),
      message: z.string().min(1),
    }),
  ),
  diff: z.array(
    z.strictObject({
      ours: z.number().int().min(0).optional(),
      theirs: z.number().int().min(0).optional(),
      ops: z.array(z.strictObject({ op: z.enum(['equal', 'delete', 'insert']), text: z.string() })),
    }),
  ),
  findings: z.array(findingSchema),
  message: z.string().min(1),
})

export const compareReportSchema = z.strictObject({
  version: z.literal(1),
  tool: z.strictObject({ name: z.literal('clausier'), version: z.string() }),
  ours: z.string(),
  theirs: z.string(),
  language: z.enum(['en', 'fr']),
  summary: z.strictObject({
    matched: z.number().int().min(0),
    removed: z.number().int().min(0),
    added: z.number().int().min(0),
    modified: z.number().int().min(0),
    moved: z.number().int().min(0),
    weakened: z.number().int().min(0),
    failing: z.boolean(),
  }),
  changes: z.array(changeSchema),
  /** New findings of their version that no change carries. */
  findings: z.array(findingSchema),
})

export type CompareReport = z.infer<typeof compareReportSchema>
