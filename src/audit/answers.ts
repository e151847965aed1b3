/**
 * Reads a generator's answers file (YAML or JSON): strict schema, every problem located
 * (`file:line:col  path  message`) and reported at once. Missing question ids are not errors (they
 * count as unknown); unknown ids, bad answer values and duplicate keys are.
 */
import { InputError, ValidationError, type Problem } from '../core/errors.js'
import { parseYaml, readYamlFile, zodProblems } from '../core/yaml.js'
import { answersFileSchema, type AnswerEntry, type AnswersFile, type Questionnaire } from './schema.js'

/** Parses and validates answers text against the questionnaire. */
export function parseAnswers(text: string, file: string, questionnaire: Questionnaire): AnswersFile {
  const yaml = parseYaml(text.replace(/^\uFEFF/, ''), file)
  if (yaml.value === null || yaml.value === undefined) throw new InputError(`${file}  the answers file is empty (create one with "clausier audit init -o answers.yaml")`)
  const parsed = answersFileSchema.safeParse(yaml.value)
  const problems: Problem[] = parsed.success ? [] : zodProblems(parsed.error, yaml, file)
  const raw = yaml.value as { answers?: unknown }
  if (raw.answers !== null && typeof raw.answers === 'object' && !Array.isArray(raw.answers)) {
    for (const id of Object.keys(raw.answers)) {
      if (!questionnaire.byId.has(id)) {
        const first = questionnaire.questions[0]?.id ?? ''
        const last = questionnaire.questions.at(-1)?.id ?? ''
        problems.push({ file, ...(yaml.locate(['answers', id]) ?? {}), path: `answers.${id}`, message: `unknown question id "${id}" (expected ${first} … ${last})` })
      }
    }
  }
  if (!parsed.success || problems.length > 0) {
    problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
    throw new ValidationError(problems)
  }
  const answers = new Map<string, AnswerEntry>()
  for (const [id, entry] of Object.entries(parsed.data.answers ?? {})) {
    const comment = entry.comment?.trim()
    answers.set(id, {
      answer: entry.answer,
      evidence: entry.evidence ?? [],
      ...(comment ? { comment } : {}),
    })
  }
  const d = parsed.data
  return { file, answers, ...(d.generator ? { generator: d.generator } : {}), ...(d.date ? { date: d.date } : {}), ...(d.language ? { language: d.language } : {}) }
}

/** Reads an answers file from disk (`display` is the name shown in messages). */
export function loadAnswers(path: string, display: string, questionnaire: Questionnaire): AnswersFile {
  return parseAnswers(readYamlFile(path, display, 'answers file'), display, questionnaire)
}
