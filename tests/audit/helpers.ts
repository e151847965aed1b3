/** Helpers for the audit tests: a tiny questionnaire and answers built in code. */
import { parseAnswers } from '../../src/audit/answers.js'
import { themeFileSchema, type AnswersFile, type Question, type Questionnaire, type Theme } from '../../src/audit/schema.js'

const bi = (s: string) => ({ en: s, fr: `${s} (fr)` })

/** A question file entry with defaults. */
export function q(id: string, weight: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, weight, question: bi(`Question ${id}?`), goodAnswer: bi('Good'), evidence: bi('A document'), sources: ['GDPR art. 7'], blocking: [], reinforce: { clauses: ['consent-proof'], deal: [] }, ...extra }
}

/** A questionnaire from theme files written as plain objects (validated by the real schema). */
export function questionnaire(files: Array<{ theme: string; questions: Record<string, unknown>[] }>): Questionnaire {
  const themes: Theme[] = files.map((f) => {
    const t = themeFileSchema.parse({ theme: f.theme, title: bi(`Theme ${f.theme}`), questions: f.questions })
    return { id: t.theme, title: t.title, questions: t.questions.map((x): Question => ({ ...x, theme: t.theme })) }
  })
  const questions = themes.flatMap((t) => t.questions)
  return { themes, questions, byId: new Map(questions.map((x) => [x.id, x])) }
}

/** Answers from a compact table `{ 'DD-01': 'yes', 'DD-02': ['partial', 'evidence.pdf'] }`. */
export function answers(qn: Questionnaire, table: Record<string, string | [string, ...string[]]>): AnswersFile {
  const lines = ['answers:']
  for (const [id, v] of Object.entries(table)) {
    const [answer, ...evidence] = Array.isArray(v) ? v : [v]
    lines.push(`  ${id}:`, `    answer: ${answer}`, ...(evidence.length ? [`    evidence: ${JSON.stringify(evidence)}`] : []))
  }
  return parseAnswers(lines.join('\n'), 'answers.yaml', qn)
}
