/**
 * The score report: as a document tree (mdast, for Markdown, HTML and DOCX), as terminal text
 * (stylish) and as JSON. Every format says the same things: score and level per theme and overall,
 * blocking answers, unanswered questions, answers without evidence, clauses to reinforce.
 */
import type { PhrasingContent, Root, RootContent } from 'mdast'
import type { AuditScore, DealChange } from './json-schema.js'
import { labels, type Labels } from './labels.js'
import { code, heading, list, paragraph, strong, table, text } from './mdast.js'

/** A deal change as one line: `proof.deliveryDays ≤ 1`. */
export function formatChange(c: DealChange): string {
  const v = JSON.stringify(c.value)
  switch (c.op) {
    case 'at-most':
      return `${c.path} ≤ ${v}`
    case 'at-least':
      return `${c.path} ≥ ${v}`
    case 'set':
      return `${c.path}: ${v}`
    case 'if-absent':
      return `${c.path}: ${v} (if empty)`
    case 'keep':
      return `${c.path} without ${String(c.value)}`
  }
}

/** The report as mdast. */
export function scoreMdast(s: AuditScore): Root {
  const l = labels(s.lang)
  const c: RootContent[] = [heading(1, [text(l.reportTitle)])]
  const facts: PhrasingContent[][] = [
    ...(s.generator ? [[strong(l.generator), text(`${l.colon}${s.generator}`)]] : []),
    ...(s.date ? [[strong(l.date), text(`${l.colon}${s.date}`)]] : []),
    [strong(l.file), text(l.colon), code(s.file)],
    [strong(l.overall), text(`${l.colon}${s.overall.score}/100 — ${l.levels[s.overall.level]}${s.overall.capped ? ` (${l.cappedNote})` : ''}`)],
    [strong(l.answered), text(`${l.colon}${s.overall.answered}/${s.overall.total}; ${l.summaryLine(s.blocking.length, s.unanswered.length, s.missingEvidence.length)}`)],
  ]
  c.push(list(facts))
  c.push(table([l.theme, l.score, l.level, l.answered], s.themes.map((t) => [[text(`${t.id}. ${t.title}`)], [text(String(t.score))], [text(l.levels[t.level])], [text(`${t.answered}/${t.total}`)]])))

  c.push(heading(2, [text(l.blocking)]))
  c.push(s.blocking.length === 0 ? paragraph([text(l.noBlocking)]) : list(s.blocking.map((b) => [strong(`${b.id} (${l.answers[b.answer]})`), text(` ${b.question}`)])))

  c.push(heading(2, [text(l.reinforce)]))
  if (s.reinforce.length === 0) c.push(paragraph([text(l.noReinforce)]))
  else
    c.push(
      table(
        [l.clause, l.because, l.dealOptions],
        s.reinforce.map((r) => [[code(r.clause)], [text(r.questions.join(', '))], r.changes.length === 0 ? [text(l.none)] : r.changes.flatMap((ch, i) => [...(i > 0 ? [text('; ')] : []), code(formatChange(ch)), text(` — ${ch.why[s.lang]}`)])]),
      ),
    )

  c.push(heading(2, [text(l.unanswered)]))
  c.push(s.unanswered.length === 0 ? paragraph([text(l.noUnanswered)]) : list(s.unanswered.map((u) => [strong(u.id), text(` ${u.question}`)])))

  c.push(heading(2, [text(l.missingEvidence)]))
  c.push(
    s.missingEvidence.length === 0
      ? paragraph([text(l.noMissingEvidence)])
      : list(s.missingEvidence.map((m) => [strong(`${m.id} (${l.answers[m.answer]})`), text(` ${m.question} — ${l.expected}${l.colon}${m.expected}`)])),
  )
  return { type: 'root', children: c }
}

const COLORS = { red: '\u001b[31m', yellow: '\u001b[33m', green: '\u001b[32m', dim: '\u001b[2m', bold: '\u001b[1m', reset: '\u001b[0m' }

/** The report for a terminal (colours only when `color`). */
export function renderStylishScore(s: AuditScore, color: boolean): string {
  const l: Labels = labels(s.lang)
  const c = (k: keyof typeof COLORS, t: string) => (color ? `${COLORS[k]}${t}${COLORS.reset}` : t)
  const levelColor = (lv: string): keyof typeof COLORS => (lv === 'insufficient' ? 'red' : lv === 'to-strengthen' ? 'yellow' : 'green')
  const out: string[] = [`${c('bold', s.file)}${s.generator ? c('dim', `  ${s.generator}`) : ''}`]
  for (const t of s.themes) out.push(`  ${`${t.id}. ${t.title}`.padEnd(44)} ${String(t.score).padStart(3)}  ${c(levelColor(t.level), l.levels[t.level])}  ${c('dim', `${t.answered}/${t.total}`)}`)
  out.push('')
  for (const b of s.blocking) out.push(`  ${c('red', 'blocking')}  ${b.id}  ${l.answers[b.answer]}  ${b.question}`)
  for (const r of s.reinforce) out.push(`  ${c('yellow', 'reinforce')} ${r.clause}  ${c('dim', r.questions.join(','))}${r.changes.length ? `  ${r.changes.map(formatChange).join('; ')}` : ''}`)
  if (s.unanswered.length) out.push(`  ${c('dim', `${l.unanswered}${l.colon}${s.unanswered.map((u) => u.id).join(', ')}`)}`)
  if (s.missingEvidence.length) out.push(`  ${c('dim', `${l.missingEvidence}${l.colon}${s.missingEvidence.map((m) => m.id).join(', ')}`)}`)
  out.push('')
  const line = `${l.overall}${l.colon}${s.overall.score}/100 ${l.levels[s.overall.level]}${s.overall.capped ? ` (${l.cappedNote})` : ''} — ${l.summaryLine(s.blocking.length, s.unanswered.length, s.missingEvidence.length)}`
  out.push(c('bold', c(levelColor(s.overall.level), line)))
  return `${out.join('\n')}\n`
}

/** The JSON report (validated by `auditScoreSchema`). */
export function renderJsonScore(s: AuditScore): string {
  return `${JSON.stringify(s, null, 2)}\n`
}
