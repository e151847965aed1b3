/** `--format stylish`: findings grouped by file, colours only on a terminal, a summary line. */
import type { FileReview } from '../review/types.js'

const COLORS = { red: '\u001b[31m', yellow: '\u001b[33m', dim: '\u001b[2m', bold: '\u001b[1m', underline: '\u001b[4m', reset: '\u001b[0m' }

/** Renders findings for a terminal (`color` only when stdout is a TTY). */
export function renderStylish(files: readonly FileReview[], color: boolean): string {
  const c = (code: keyof typeof COLORS, text: string) => (color ? `${COLORS[code]}${text}${COLORS.reset}` : text)
  const out: string[] = []
  let errors = 0
  let warnings = 0
  for (const file of files) {
    const present = file.clauses.filter((s) => s.status === 'present').length
    const referenced = file.clauses.filter((s) => s.status === 'referenced').length
    const ocr = file.ocr ? `, read by OCR (${file.ocr.pages.map((p) => `p${p.page} ${Math.round(p.confidence)}%`).join(', ')})` : ''
    out.push(c('underline', file.path) + c('dim', `  ${file.kind}, ${file.language}, ${present}/${file.clauses.length} clauses present${referenced ? `, ${referenced} referenced` : ''}${ocr}`))
    for (const f of file.findings) {
      if (f.severity === 'error') errors++
      else warnings++
      const where = f.line !== undefined ? `${f.page !== undefined ? `p${f.page} ` : ''}${f.line}:${f.column ?? 1}` : '-'
      const sev = f.severity === 'error' ? c('red', 'error  ') : c('yellow', 'warning')
      out.push(`  ${c('dim', where.padEnd(9))} ${sev}  ${f.message}  ${c('dim', f.clauseId ? `${f.ruleId}/${f.clauseId}` : f.ruleId)}`)
    }
    out.push('')
  }
  const total = errors + warnings
  const line = `${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}) in ${files.length} file${files.length === 1 ? '' : 's'}`
  out.push(total === 0 ? line : c('bold', c(errors > 0 ? 'red' : 'yellow', line)))
  return `${out.join('\n')}\n`
}
