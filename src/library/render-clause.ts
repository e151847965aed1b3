/** Renders one clause body to Markdown for a language and a set of variable values. */
import { escapeDeep } from './escape.js'
import { renderTemplate, type Formatting } from './template.js'
import type { Clause, Prepared } from './clause.js'
import type { VariableValue } from './variables.js'

/** The clause body as Markdown, values escaped so they stay text (`prepared`: the library's precompiled templates). */
export function renderClauseBody(clause: Clause, values: Record<string, VariableValue>, fmt: Formatting, prepared?: Pick<Prepared, 'templates'>): string {
  return renderTemplate(clause.body[fmt.lang], escapeDeep({ ...values }), fmt, prepared?.templates).trim()
}
