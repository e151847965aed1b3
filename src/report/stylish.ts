/** `--format stylish`: findings grouped by file, colours only on a terminal, a summary line, in the catalogue's words (`stylish.*`). */
import { count, translate } from '../i18n/index.js'
import type { Lang } from '../library/schema.js'
import type { FileReview } from '../review/types.js'

const COLORS = { red: '\u001b[31m', yellow: '\u001b[33m', dim: '\u001b[2m', bold: '\u001b[1m', underline: '\u001b[4m', reset: '\u001b[0m' }

/** Renders findings for a terminal (`color` only when stdout is a TTY). */
export function renderStylish(files: readonly FileReview[], color: boolean, lang: Lang = 'en'): string {
  const c = (code: keyof typeof COLORS, text: string) => (color ? `${COLORS[code]}${text}${COLORS.reset}` : text)
  const out: string[] = []
  const width = Math.max(translate(lang, 'stylish.error').length, translate(lang, 'stylish.warning').length)
  let errors = 0
  let warnings = 0
  for (const file of files) {
    const present = file.clauses.filter((s) => s.status === 'present').length
    const referenced = file.clauses.filter((s) => s.status === 'referenced').length
    const ocr = file.ocr ? translate(lang, 'stylish.ocr', { pages: file.ocr.pages.map((p) => translate(lang, 'stylish.ocrPage', { page: p.page, confidence: Math.round(p.confidence) })).join(', ') }) : ''
    const clauses = translate(lang, 'stylish.present', { present, total: file.clauses.length }) + (referenced ? translate(lang, 'stylish.referenced', { n: referenced }) : '')
    out.push(c('underline', file.path) + c('dim', `  ${file.kind}, ${file.language}, ${clauses}${ocr}`))
    for (const f of file.findings) {
      if (f.severity === 'error') errors++
      else warnings++
      const where = f.line !== undefined ? `${f.page !== undefined ? `p${f.page} ` : ''}${f.line}:${f.column ?? 1}` : '-'
      const sev = f.severity === 'error' ? c('red', translate(lang, 'stylish.error').padEnd(width)) : c('yellow', translate(lang, 'stylish.warning').padEnd(width))
      out.push(`  ${c('dim', where.padEnd(9))} ${sev}  ${f.message}  ${c('dim', f.clauseId ? `${f.ruleId}/${f.clauseId}` : f.ruleId)}`)
    }
    out.push('')
  }
  const total = errors + warnings
  const line = translate(lang, 'stylish.summary', { problems: count(lang, 'stylish.problems', total), errors: count(lang, 'report.errors', errors), warnings: count(lang, 'report.warnings', warnings), files: count(lang, 'stylish.files', files.length) })
  out.push(total === 0 ? line : c('bold', c(errors > 0 ? 'red' : 'yellow', line)))
  return `${out.join('\n')}\n`
}
