/**
 * The zod schema of a clause file's front matter. One clause file says what the clause is, what it
 * says (FR and EN bodies, typed variables), when it is required, how bad its absence is, which law
 * it answers to, and how to recognise it in someone else's document.
 */
import * as z from 'zod'
import { ALL_IDS, FAMILIES } from './taxonomy.js'

export { CHANNELS, LANGS, OPTIONS, PHONE_REGIMES, ROLES, type Channel, type Lang, type OptionName, type PhoneRegime, type Role } from './vocabulary.js'
import { CHANNELS, OPTIONS, PHONE_REGIMES, ROLES } from './vocabulary.js'

const bilingual = z.strictObject({ en: z.string().min(1), fr: z.string().min(1) })

/**
 * A condition on the facts of a deal or a document. Every key given must hold (AND); a list holds
 * when any of its values does (OR). An empty condition always holds.
 */
export const conditionSchema = z.strictObject({
  channels: z.array(z.enum(CHANNELS)).min(1).optional(),
  roles: z.array(z.enum(ROLES)).min(1).optional(),
  offshore: z.boolean().optional(),
  phoneRegime: z.enum(PHONE_REGIMES).optional(),
  option: z.enum(OPTIONS).optional(),
})
export type Condition = z.infer<typeof conditionSchema>

const scalar = z.union([z.string(), z.number(), z.boolean()])
const defaultValue = z.union([scalar, z.array(z.string()), bilingual])

/** A typed variable of a clause body. `from` binds it to a path of the deal (dot notation). */
export const variableSchema = z.strictObject({
  type: z.enum(['integer', 'number', 'string', 'boolean', 'enum', 'list']),
  values: z.array(z.string()).min(1).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  default: defaultValue,
  from: z.string().regex(/^[A-Za-z][\w]*(\.[A-Za-z][\w]*)*$/).optional(),
  description: bilingual,
})
export type Variable = z.infer<typeof variableSchema>

/** Detection signals in one language. Each string is a case-insensitive regular expression. */
export const signalsSchema = z.strictObject({
  headings: z.array(z.string().min(2)).default([]),
  phrases: z.array(z.string().min(2)).default([]),
  all: z.array(z.array(z.string().min(2)).min(1)).default([]),
  negations: z.array(z.string().min(2)).default([]),
  /** Phrases that prove the clause only in a sentence without any `unless` match. */
  guarded: z.array(z.string().min(2)).default([]),
  /** In a sentence matched by `guarded` or `all`: any of these rules the clause out there. */
  unless: z.array(z.string().min(2)).default([]),
})
export type Signals = z.infer<typeof signalsSchema>

export const frontMatterSchema = z.strictObject({
  id: z.string().refine((id) => ALL_IDS.includes(id), { message: 'a taxonomy id' }),
  family: z.enum(FAMILIES),
  variant: z
    .string()
    .regex(/^[a-z][a-z0-9-]*$/)
    .optional(),
  version: z.number().int().min(1),
  title: bilingual,
  cl: z.array(z.string().regex(/^CL-\d\d$/)).default([]),
  severity: z.enum(['error', 'warning']),
  requiredWhen: conditionSchema.default({}),
  when: conditionSchema.optional(),
  sources: z.array(z.string().min(3)).min(1),
  reviewed: z.iso.date(),
  variables: z.record(z.string().regex(/^[a-z][A-Za-z0-9]*$/), variableSchema).default({}),
  detect: z.strictObject({ en: signalsSchema, fr: signalsSchema }),
})
export type FrontMatter = z.infer<typeof frontMatterSchema>
