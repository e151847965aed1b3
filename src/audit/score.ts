/**
 * The scoring rule, as a pure function of the questionnaire and the answers: each question earns
 * weight × (yes 1, partial ½, no 0, unknown 0); a theme's score and the overall score are the
 * points earned over the points possible, ×100, rounded. Levels: 0–39 insufficient, 40–69 to
 * strengthen, 70–84 adequate, 85–100 mature; any blocking answer caps the overall level at "to
 * strengthen" (the score itself is not changed).
 */
import { VERSION } from '../core/version.js'
import type { Lang } from '../library/schema.js'
import { CLAUSE_IDS, type ClauseId } from '../library/taxonomy.js'
import type { AuditScore, ChangeOp, DealChange } from './json-schema.js'
import { ANSWER_POINTS, LEVEL_IDS, LEVELS, type Answer, type AnswerEntry, type AnswersFile, type DealChangeSpec, type Level, type Questionnaire } from './schema.js'

/** The level of a 0–100 score. */
export function levelOf(score: number): Level {
  let level: Level = 'insufficient'
  for (const l of LEVELS) if (score >= l.min) level = l.id
  return level
}

const pct = (earned: number, possible: number) => (possible === 0 ? 0 : Math.round((100 * earned) / possible))

/** The op and bound of a change as written in a question file. */
export function changeOf(spec: DealChangeSpec): { op: ChangeOp; value: unknown } {
  if ('atMost' in spec) return { op: 'at-most', value: spec.atMost }
  if ('atLeast' in spec) return { op: 'at-least', value: spec.atLeast }
  if ('set' in spec) return { op: 'set', value: spec.set }
  if ('keep' in spec) return { op: 'keep', value: spec.keep }
  return { op: 'if-absent', value: spec.ifAbsent }
}

/** Merges two changes of one path: the tighter bound wins; questions are combined. */
export function mergeChange(a: DealChange, b: DealChange): DealChange {
  const questions = [...new Set([...a.questions, ...b.questions])]
  if (a.op === b.op && typeof a.value === 'number' && typeof b.value === 'number') {
    const bTighter = a.op === 'at-most' ? b.value < a.value : a.op === 'at-least' ? b.value > a.value : false
    if (bTighter) return { ...b, questions }
  }
  return { ...a, questions }
}

/** Scores the answers. `lang` chooses the language of question texts and titles. */
export function scoreAudit(questionnaire: Questionnaire, answers: AnswersFile, options: { lang: Lang }): AuditScore {
  const { lang } = options
  const entry = (id: string): AnswerEntry => answers.answers.get(id) ?? { answer: 'unknown', evidence: [] }
  const isWeak = (a: Answer) => a !== 'yes'

  const questions = questionnaire.questions.map((q) => {
    const e = entry(q.id)
    return {
      id: q.id,
      theme: q.theme,
      question: q.question[lang],
      weight: q.weight,
      answer: e.answer,
      points: q.weight * ANSWER_POINTS[e.answer],
      evidence: e.evidence,
      ...(e.comment !== undefined ? { comment: e.comment } : {}),
      blocking: q.blocking.includes(e.answer),
    }
  })
  const sum = (xs: readonly { weight: number; points: number }[], f: (x: { weight: number; points: number }) => number) => xs.reduce((s, x) => s + f(x), 0)

  const themes = questionnaire.themes.map((t) => {
    const qs = questions.filter((q) => q.theme === t.id)
    const score = pct(sum(qs, (q) => q.points), sum(qs, (q) => q.weight))
    return { id: t.id, title: t.title[lang], score, level: levelOf(score), answered: qs.filter((q) => q.answer !== 'unknown').length, total: qs.length }
  })

  const overallScore = pct(sum(questions, (q) => q.points), sum(questions, (q) => q.weight))
  const scoreLevel = levelOf(overallScore)
  const blocking = questions.filter((q) => q.blocking)
  const cap: Level = 'to-strengthen'
  const capped = blocking.length > 0 && LEVEL_IDS.indexOf(scoreLevel) > LEVEL_IDS.indexOf(cap)

  const reinforce = new Map<ClauseId, { questions: Set<string>; changes: Map<string, DealChange> }>()
  const slot = (clause: ClauseId) => {
    let s = reinforce.get(clause)
    if (!s) reinforce.set(clause, (s = { questions: new Set(), changes: new Map() }))
    return s
  }
  for (const q of questionnaire.questions) {
    if (!isWeak(entry(q.id).answer)) continue
    for (const clause of q.reinforce.clauses) slot(clause).questions.add(q.id)
    for (const spec of q.reinforce.deal) {
      const s = slot(spec.clause)
      s.questions.add(q.id)
      const change: DealChange = { path: spec.path, ...changeOf(spec), why: spec.why, questions: [q.id] }
      const prev = s.changes.get(spec.path)
      s.changes.set(spec.path, prev ? mergeChange(prev, change) : change)
    }
  }

  return {
    version: 1,
    tool: { name: 'clausier', version: VERSION },
    lang,
    file: answers.file,
    ...(answers.generator !== undefined ? { generator: answers.generator } : {}),
    ...(answers.date !== undefined ? { date: answers.date } : {}),
    overall: { score: overallScore, level: capped ? cap : scoreLevel, scoreLevel, capped, answered: questions.filter((q) => q.answer !== 'unknown').length, total: questions.length },
    themes,
    questions,
    blocking: blocking.map((q) => ({ id: q.id, theme: q.theme, question: q.question, answer: q.answer })),
    unanswered: questions.filter((q) => q.answer === 'unknown').map((q) => ({ id: q.id, theme: q.theme, question: q.question })),
    missingEvidence: questions
      .filter((q) => (q.answer === 'yes' || q.answer === 'partial') && q.evidence.length === 0)
      .map((q) => ({ id: q.id, theme: q.theme, question: q.question, answer: q.answer, expected: questionnaire.byId.get(q.id)!.evidence[lang] })),
    reinforce: CLAUSE_IDS.filter((c) => reinforce.has(c)).map((clause) => {
      const s = reinforce.get(clause)!
      return { clause, questions: [...s.questions].sort(), changes: [...s.changes.values()] }
    }),
  }
}
