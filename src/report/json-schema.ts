/** The zod schema of the reviewer's JSON output (`--format json`), documented in docs/json-format.md. */
import * as z from 'zod'

const location = { line: z.number().int().min(1), column: z.number().int().min(1), page: z.number().int().min(1).optional() }

export const evidenceSchema = z.strictObject({ text: z.string(), ...location, path: z.string().optional(), signal: z.enum(['heading', 'phrase', 'cooccurrence', 'bookmark', 'negation', 'model']) })

export const findingSchema = z.strictObject({
  ruleId: z.string().min(1),
  severity: z.enum(['error', 'warning']),
  clauseId: z.string().optional(),
  message: z.string().min(1),
  sources: z.array(z.string()).optional(),
  line: z.number().int().min(1).optional(),
  column: z.number().int().min(1).optional(),
  page: z.number().int().min(1).optional(),
  suggestion: z.string().optional(),
  docs: z.string().optional(),
})

export const fileReportSchema = z.strictObject({
  path: z.string(),
  with: z.array(z.string()),
  language: z.enum(['en', 'fr']),
  kind: z.enum(['quote', 'purchase-order', 'insertion-order', 'contract']),
  facts: z.strictObject({
    kind: z.enum(['quote', 'purchase-order', 'insertion-order', 'contract']),
    language: z.enum(['en', 'fr']),
    channels: z.array(z.enum(['email', 'sms', 'phone', 'postal'])),
    offshore: z.boolean(),
    role: z.enum(['processor', 'joint', 'independent']).optional(),
    consumers: z.boolean(),
    referencedTerms: z.array(z.strictObject({ name: z.string(), url: z.string().optional(), location: z.strictObject(location) })),
  }),
  clauses: z.array(z.strictObject({ id: z.string(), status: z.enum(['present', 'missing', 'referenced']), evidence: z.array(evidenceSchema), negated: z.boolean() })),
  findings: z.array(findingSchema),
  ocr: z
    .strictObject({
      engine: z.string(),
      languages: z.array(z.string()),
      threshold: z.number(),
      pages: z.array(z.strictObject({ page: z.number().int().min(1), confidence: z.number().min(0).max(100), words: z.number().int().min(0), uncertainWords: z.number().int().min(0), rotation: z.number().int() })),
    })
    .optional(),
})

export const jsonReportSchema = z.strictObject({
  version: z.literal(1),
  tool: z.strictObject({ name: z.literal('clausier'), version: z.string() }),
  summary: z.strictObject({ files: z.number().int(), errors: z.number().int(), warnings: z.number().int() }),
  files: z.array(fileReportSchema),
})

export type JsonReport = z.infer<typeof jsonReportSchema>
