/**
 * The due-diligence questionnaire: loads the question files of `audit/questions/` (strict zod
 * schema, every problem reported at once as a LibraryError) and renders the questionnaire to send
 * to a lead generator, as a document (mdast → Markdown, HTML, DOCX) or as the answers file to fill.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { Root, RootContent } from 'mdast'
import { LibraryError, type Problem } from '../core/errors.js'
import { projectRoot } from '../core/paths.js'
import { parseYaml, zodProblems } from '../core/yaml.js'
import type { Lang } from '../library/schema.js'
import { labels } from './labels.js'
import { heading, list, paragraph, strong, text } from './mdast.js'
import { THEME_IDS, themeFileSchema, type Question, type Questionnaire, type Theme } from './schema.js'

/** The folder of the question files shipped with clausier. */
export const QUESTIONS_DIR = join(projectRoot, 'audit', 'questions')

let cached: Questionnaire | undefined

/** Loads and validates the question files (cached for the default folder). */
export function loadQuestionnaire(dir: string = QUESTIONS_DIR): Questionnaire {
  if (dir === QUESTIONS_DIR && cached) return cached
  const problems: Problem[] = []
  const themes: Theme[] = []
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()
  for (const name of files) {
    const path = join(dir, name)
    const file = relative(projectRoot, path) || path
    let yaml
    try {
      yaml = parseYaml(readFileSync(path, 'utf8'), file)
    } catch (e) {
      problems.push({ file, message: (e as Error).message.replace(`${file}  `, '') })
      continue
    }
    const parsed = themeFileSchema.safeParse(yaml.value)
    if (!parsed.success) {
      problems.push(...zodProblems(parsed.error, yaml, file))
      continue
    }
    themes.push({ id: parsed.data.theme, title: parsed.data.title, questions: parsed.data.questions.map((q) => ({ ...q, theme: parsed.data.theme })) })
  }
  themes.sort((a, b) => THEME_IDS.indexOf(a.id) - THEME_IDS.indexOf(b.id))
  const byId = new Map<string, Question>()
  const seenThemes = new Set<string>()
  for (const t of themes) {
    if (seenThemes.has(t.id)) problems.push({ file: relative(projectRoot, dir), message: `theme ${t.id} is defined twice` })
    seenThemes.add(t.id)
    for (const q of t.questions) {
      if (byId.has(q.id)) problems.push({ file: relative(projectRoot, dir), message: `question ${q.id} is defined twice` })
      byId.set(q.id, q)
    }
  }
  if (themes.length === 0) problems.push({ file: dir, message: 'no question file (*.yaml)' })
  if (problems.length > 0) throw new LibraryError(problems)
  const questionnaire = { themes, questions: themes.flatMap((t) => t.questions), byId }
  if (dir === QUESTIONS_DIR) cached = questionnaire
  return questionnaire
}

/** The questionnaire as a document tree (mdast), in one language. */
export function questionnaireMdast(q: Questionnaire, lang: Lang): Root {
  const l = labels(lang)
  const children: RootContent[] = [
    heading(1, [text(l.questionnaireTitle)]),
    paragraph([text(l.questionnaireIntro(q.questions.length))]),
    paragraph([text(l.answerScale)]),
  ]
  for (const theme of q.themes) {
    children.push(heading(2, [text(`${theme.id}. ${theme.title[lang]}`)]))
    for (const question of theme.questions) {
      children.push(heading(3, [text(`${question.id}. ${question.question[lang]}`)]))
      children.push(
        list([
          [strong(l.goodAnswer), text(`${l.colon}${question.goodAnswer[lang]}`)],
          [strong(l.evidenceToAttach), text(`${l.colon}${question.evidence[lang]}`)],
          [strong(l.sources), text(`${l.colon}${question.sources.join('; ')}`)],
          [strong(l.answerLabel), text(`${l.colon}${l.answerChoices}`)],
        ]),
      )
    }
  }
  return { type: 'root', children }
}

/** Wraps text into `# ` comment lines of at most `width` characters. */
function commentLines(s: string, indent: string, width = 100): string[] {
  const words = s.replace(/\s+/g, ' ').trim().split(' ')
  const lines: string[] = []
  let line = ''
  for (const w of words) {
    if (line && indent.length + 2 + line.length + 1 + w.length > width) {
      lines.push(line)
      line = w
    } else line = line ? `${line} ${w}` : w
  }
  if (line) lines.push(line)
  return lines.map((x) => `${indent}# ${x}`)
}

/**
 * The answers file to fill in: every question id with `answer: unknown`, `evidence: []` and
 * `comment: ""`, each preceded by the question, the good answer and what to attach as YAML comments.
 */
export function answersTemplate(q: Questionnaire, lang: Lang): string {
  const l = labels(lang)
  const out: string[] = [
    ...commentLines(l.questionnaireTitle, ''),
    ...commentLines(l.templateIntro, ''),
    ...commentLines(l.answerScale, ''),
    '',
    `language: ${lang}`,
    '# generator: ""',
    '# date: YYYY-MM-DD',
    'answers:',
  ]
  for (const theme of q.themes) {
    out.push('', `  # ── ${theme.id}. ${theme.title[lang]} ──`)
    for (const question of theme.questions) {
      out.push('', ...commentLines(`${question.id}. ${question.question[lang]}`, '  '))
      out.push(...commentLines(`${l.goodAnswer}${l.colon}${question.goodAnswer[lang]}`, '  '))
      out.push(...commentLines(`${l.evidenceToAttach}${l.colon}${question.evidence[lang]}`, '  '))
      out.push(`  ${question.id}:`, '    answer: unknown   # yes | partial | no | unknown', '    evidence: []', '    comment: ""')
    }
  }
  return `${out.join('\n')}\n`
}
