/**
 * Parses the clause library from `clauses/<family>/<id>[.<variant>].md`: YAML front matter validated
 * by `frontMatterSchema`, then `::: en` and `::: fr` bodies. Every problem of every file is
 * collected and thrown at once as a LibraryError (`file:line  path  message`).
 */
import type { Problem } from '../core/errors.js'
import { parseYaml, zodProblems } from '../core/yaml.js'
import { indexLibrary, type Clause, type Library } from './clause.js'
import { clauseSources, defaultClausesDir, type ClauseSource } from './files.js'
import { frontMatterSchema, LANGS, type Lang } from './schema.js'
import { ALL_IDS } from './taxonomy.js'

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/
const BODY = /^::: *(en|fr) *\r?\n([\s\S]*?)\r?\n:::[ \t]*$/gm

/** Parses one clause file's text; returns the clause or the problems found. */
export function parseClause(text: string, file: string): { clause?: Clause; problems: Problem[] } {
  const fm = FRONT_MATTER.exec(text)
  if (!fm) return { problems: [{ file, line: 1, message: 'expected YAML front matter between --- lines' }] }
  let yaml
  try {
    yaml = parseYaml(fm[1]!, file, 1)
  } catch (e) {
    return { problems: [{ file, message: (e as Error).message.replace(`${file}  `, '') }] }
  }
  const parsed = frontMatterSchema.safeParse(yaml.value)
  const problems: Problem[] = parsed.success ? [] : zodProblems(parsed.error, yaml, file)
  const body: Partial<Record<Lang, string>> = {}
  const bodyLine: Partial<Record<Lang, number>> = {}
  const rest = text.slice(fm[0].length)
  const restLine = fm[0].split('\n').length
  for (const m of rest.matchAll(BODY)) {
    const lang = m[1] as Lang
    if (body[lang] !== undefined) problems.push({ file, message: `two "::: ${lang}" bodies` })
    body[lang] = m[2]!.trim()
    bodyLine[lang] = restLine + rest.slice(0, m.index).split('\n').length
  }
  for (const lang of LANGS) {
    if (!body[lang]) problems.push({ file, message: `missing or empty "::: ${lang}" body` })
  }
  if (!parsed.success || problems.length > 0) return { problems }
  return {
    clause: { ...parsed.data, file, body: body as Record<Lang, string>, bodyLine: bodyLine as Record<Lang, number> },
    problems,
  }
}

/** Parses and validates clause sources; collects problems instead of stopping at the first. */
export function parseLibrary(sources: readonly ClauseSource[]): { library: Library; problems: Problem[] } {
  const problems: Problem[] = []
  const clauses: Clause[] = []
  for (const { file, text } of sources) {
    const result = parseClause(text, file)
    problems.push(...result.problems)
    if (result.clause) clauses.push(result.clause)
  }
  const order = (id: string) => ALL_IDS.indexOf(id)
  clauses.sort((a, b) => order(a.id) - order(b.id) || (a.variant ?? '').localeCompare(b.variant ?? ''))
  return { library: indexLibrary(clauses), problems }
}

/** Loads and validates every clause file of a directory (default: the project's). */
export function readLibrary(dir = defaultClausesDir()): { library: Library; problems: Problem[] } {
  return parseLibrary(clauseSources(dir))
}
