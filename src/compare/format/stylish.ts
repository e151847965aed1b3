/** `--format stylish`: one line per change, its weakened terms below it, a summary line; colours only on a terminal. */
import type { Comparison } from '../compare.js'
import { summarize } from './json.js'
import { compareLabels } from './labels.js'

const COLORS = { red: '\u001b[31m', yellow: '\u001b[33m', green: '\u001b[32m', dim: '\u001b[2m', bold: '\u001b[1m', underline: '\u001b[4m', reset: '\u001b[0m' }

/** Renders a comparison for a terminal. */
export function renderCompareStylish(c: Comparison, color: boolean): string {
  const paint = (code: keyof typeof COLORS, text: string) => (color ? `${COLORS[code]}${text}${COLORS.reset}` : text)
  const l = compareLabels(c.lang)
  const out: string[] = [paint('underline', `${c.ours} → ${c.theirs}`)]
  for (const change of c.changes) {
    const where = change.evidence.theirs ?? change.evidence.ours
    const at = where ? `${where.page !== undefined ? `p${where.page} ` : ''}${where.line}:${where.column}` : '-'
    const kind = change.weakened ? paint('red', l.kinds[change.change].padEnd(10)) : paint('yellow', l.kinds[change.change].padEnd(10))
    out.push(`  ${paint('dim', at.padEnd(9))} ${kind} ${change.message}  ${paint('dim', change.clauseId ?? '-')}`)
    for (const t of change.terms) if (!change.message.includes(t.message)) out.push(`  ${' '.repeat(9)}   ${paint(t.weakened ? 'red' : 'dim', `↳ ${t.message}`)}`)
    for (const f of change.findings) if (!change.message.includes(f.message)) out.push(`  ${' '.repeat(9)}   ${paint('dim', `↳ ${f.message}  ${f.clauseId ? `${f.ruleId}/${f.clauseId}` : f.ruleId}`)}`)
  }
  if (c.findings.length > 0) {
    out.push('', `  ${l.newFindings}`)
    for (const f of c.findings) out.push(`  ${paint('dim', (f.line !== undefined ? `${f.line}:${f.column ?? 1}` : '-').padEnd(9))} ${f.severity === 'error' ? paint('red', 'error  ') : paint('yellow', 'warning')}  ${f.message}  ${paint('dim', f.clauseId ? `${f.ruleId}/${f.clauseId}` : f.ruleId)}`)
  }
  if (c.changes.length === 0 && c.findings.length === 0) out.push(`  ${l.noChange}`)
  const summary = summarize(c)
  out.push('', paint('bold', paint(summary.failing ? 'red' : summary.removed + summary.added + summary.modified + summary.moved > 0 ? 'yellow' : 'green', l.summary(summary))))
  return `${out.join('\n')}\n`
}
