/**
 * The audit's data shapes: the question files (`audit/questions/<theme>.yaml`, validated strictly at
 * load) and the answers file a lead generator fills in (`clausier audit init -o answers.yaml`).
 */
import * as z from 'zod'
import { LANGS, type Lang } from '../library/schema.js'
import { CLAUSE_IDS } from '../library/taxonomy.js'

/** The answer values, best first. */
export const ANSWERS = ['yes', 'partial', 'no', 'unknown'] as const
export type Answer = (typeof ANSWERS)[number]

/** Points per answer (times the question's weight). */
export const ANSWER_POINTS: Readonly<Record<Answer, number>> = { yes: 1, partial: 0.5, no: 0, unknown: 0 }

/** Maturity levels and the lowest score of each (scores are 0–100). */
export const LEVELS = [
  { id: 'insufficient', min: 0 },
  { id: 'to-strengthen', min: 40 },
  { id: 'adequate', min: 70 },
  { id: 'mature', min: 85 },
] as const
export type Level = (typeof LEVELS)[number]['id']
export const LEVEL_IDS = LEVELS.map((l) => l.id) as [Level, ...Level[]]

const text = z.string().trim().min(1).max(1000)
const bilingual = z.strictObject({ en: text, fr: text })
export type Bilingual = z.infer<typeof bilingual>

const dealPath = z.string().regex(/^[a-zA-Z]+(\.[a-zA-Z]+)*$/, 'a deal field path like proof.deliveryDays')

/** One deal option that tightens a clause: exactly one of atMost, atLeast, set, ifAbsent, keep. */
const clause = z.enum(CLAUSE_IDS).describe('The clause this deal option adds or tightens')
const dealChange = z.union([
  z.strictObject({ path: dealPath, clause, atMost: z.number(), why: bilingual }),
  z.strictObject({ path: dealPath, clause, atLeast: z.number(), why: bilingual }),
  z.strictObject({ path: dealPath, clause, set: z.union([z.string(), z.number(), z.boolean()]), why: bilingual }),
  z.strictObject({ path: dealPath, clause, ifAbsent: z.unknown(), why: bilingual }),
  z.strictObject({ path: z.literal('exclude'), clause, keep: z.enum(CLAUSE_IDS), why: bilingual }),
])
export type DealChangeSpec = z.infer<typeof dealChange>

export const THEME_IDS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'] as const
export type ThemeId = (typeof THEME_IDS)[number]

export const questionSchema = z.strictObject({
  id: z.string().regex(/^DD-\d{2}$/, 'an id like DD-01'),
  weight: z.number().int().min(1).max(3),
  question: bilingual,
  goodAnswer: bilingual,
  evidence: bilingual.describe('What to attach'),
  sources: z.array(text).min(1),
  blocking: z.array(z.enum(ANSWERS)).describe('Answer values that block the deal'),
  reinforce: z.strictObject({
    clauses: z.array(z.enum(CLAUSE_IDS)).min(1),
    deal: z.array(dealChange),
  }),
})

/** A question file: one theme and its questions. */
export const themeFileSchema = z.strictObject({
  theme: z.enum(THEME_IDS),
  title: bilingual,
  questions: z.array(questionSchema).min(1),
})

/** A question as loaded, with its theme. */
export type Question = z.infer<typeof questionSchema> & { theme: ThemeId }

/** A theme as loaded. */
export interface Theme {
  id: ThemeId
  title: Bilingual
  questions: Question[]
}

/** The whole questionnaire, in order. */
export interface Questionnaire {
  themes: Theme[]
  questions: Question[]
  byId: ReadonlyMap<string, Question>
}

const evidenceItem = z.string().trim().min(1).max(500)

const nullToEmpty = (v: unknown) => (v === null ? {} : v)

/** One answer entry; `answer` defaults to unknown, `evidence` is one item or a list (null: none). */
export const answerEntrySchema = z.preprocess(
  nullToEmpty,
  z.strictObject({
    answer: z.enum(ANSWERS).default('unknown'),
    evidence: z.preprocess((v) => (v === null ? [] : typeof v === 'string' ? [v] : v), z.array(evidenceItem).max(100)).optional(),
    comment: z.preprocess((v) => (v === null ? undefined : v), z.string().max(4000)).optional(),
  }),
)

/** The answers file. Question ids are checked against the questionnaire after this schema. */
export const answersFileSchema = z.strictObject({
  generator: z.string().trim().min(1).max(300).optional(),
  date: z.iso.date().optional(),
  language: z.enum(LANGS).optional(),
  answers: z.preprocess(nullToEmpty, z.record(z.string(), answerEntrySchema)).optional(),
})

/** One answer, normalised. */
export interface AnswerEntry {
  answer: Answer
  evidence: string[]
  comment?: string
}

/** A validated answers file: entries keyed by question id (missing ids are unknown). */
export interface AnswersFile {
  file: string
  generator?: string
  date?: string
  language?: Lang
  answers: ReadonlyMap<string, AnswerEntry>
}
