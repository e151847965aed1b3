/**
 * Audit routes: the due-diligence questionnaire in a language, the score of answers filled in the
 * browser (validated by the CLI's own answers parser, so the same messages), the answers YAML to
 * export and the loading of an answers YAML to continue.
 */
import type { Hono } from 'hono'
import { stringify } from 'yaml'
import { parseAnswers } from '../audit/answers.js'
import { ANSWERS, type AnswersFile, type Questionnaire } from '../audit/schema.js'
import type { Lang } from '../library/schema.js'
import { RequestError } from './http-error.js'
import { attachment, choice, fileStem, readJson } from './http.js'
import type { RouteDeps } from './route-deps.js'

const LANGS = ['en', 'fr'] as const

/** The questionnaire in one language, for the form. */
export function questionnaireView(q: Questionnaire, lang: Lang) {
  return {
    lang,
    answers: ANSWERS,
    themes: q.themes.map((t) => ({
      id: t.id,
      title: t.title[lang],
      questions: t.questions.map((x) => ({ id: x.id, weight: x.weight, question: x.question[lang], goodAnswer: x.goodAnswer[lang], evidence: x.evidence[lang], sources: x.sources, blocking: x.blocking })),
    })),
  }
}

/** The answers YAML for what the browser sent (the shape of `clausier audit init -o answers.yaml`). */
export function answersYaml(body: Record<string, unknown>): string {
  const { generator, date, language, answers } = body
  const file = {
    ...(typeof language === 'string' ? { language } : {}),
    ...(typeof generator === 'string' && generator.trim() !== '' ? { generator: generator.trim() } : {}),
    ...(typeof date === 'string' && date !== '' ? { date } : {}),
    answers: answers ?? {},
  }
  return `# clausier due-diligence answers — score with: npx clausier audit score answers.yaml\n${stringify(file, { lineWidth: 0 })}`
}

function parse(body: Record<string, unknown>, q: Questionnaire): AnswersFile {
  return parseAnswers(answersYaml(body), 'answers', q)
}

/** Registers the audit routes under `/api/audit/`. */
export function auditRoutes(app: Hono, { services, limits }: RouteDeps): void {
  app.get('/api/audit/questionnaire', async (c) => {
    const lang = choice({ lang: c.req.query('lang') }, 'lang', LANGS, 'en')
    return c.json(questionnaireView(await services.questionnaire(), lang))
  })

  app.post('/api/audit/score', async (c) => {
    const body = await readJson(c, limits)
    const lang = choice(body, 'language', LANGS, 'en')
    const q = await services.questionnaire()
    const { scoreAudit } = await import('../audit/score.js')
    const score = scoreAudit(q, parse(body, q), { lang })
    // The clauses to reinforce are shown by their titles, never their ids.
    const library = await services.library()
    const titles = Object.fromEntries(library.clauses.filter((x) => score.reinforce.some((r) => r.clause === x.id)).map((x) => [x.id, x.title[lang]]))
    return c.json({ score, titles })
  })

  app.post('/api/audit/export', async (c) => {
    const body = await readJson(c, limits)
    const format = choice(body, 'format', ['yaml', 'html'] as const, 'yaml')
    const q = await services.questionnaire()
    const answers = parse(body, q)
    const stem = fileStem(typeof body.generator === 'string' ? body.generator : undefined, 'generator')
    if (format === 'yaml') return attachment(c, answersYaml(body), `${stem}-answers.yaml`, 'yaml')
    const { scoreAudit } = await import('../audit/score.js')
    const { scoreMdast } = await import('../audit/report.js')
    const { toHtml } = await import('../audit/render.js')
    const score = scoreAudit(q, answers, { lang: choice(body, 'language', LANGS, 'en') })
    return attachment(c, toHtml(scoreMdast(score), score.lang), `${stem}-audit.html`, 'html')
  })

  app.post('/api/audit/load', async (c) => {
    const body = await readJson(c, limits)
    if (typeof body.text !== 'string') throw new RequestError({ key: 'api.expectAnswersText' })
    const name = typeof body.name === 'string' ? body.name.slice(0, 200) : 'answers.yaml'
    const file = parseAnswers(body.text, name, await services.questionnaire())
    return c.json({
      ...(file.generator !== undefined ? { generator: file.generator } : {}),
      ...(file.date !== undefined ? { date: file.date } : {}),
      ...(file.language !== undefined ? { language: file.language } : {}),
      answers: Object.fromEntries(file.answers),
    })
  })
}
