/**
 * `--format html`: a self-contained page (no script, no outside resource): the summary, then each
 * change with its message, its terms before and after, and the word diff of its text (deleted
 * words struck through in red, inserted ones underlined in green).
 */
import { escapeHtml } from '../../render/page.js'
import type { Change, Comparison } from '../compare.js'
import type { DiffOp } from '../diff.js'
import { summarize } from './json.js'
import { compareLabels, type CompareLabels } from './labels.js'

const CSS = `body{font-family:Georgia,'Times New Roman',serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
h1{font-size:1.5rem}h2{font-size:1.1rem;margin-top:2rem;border-bottom:1px solid #ccc;padding-bottom:.2rem}
.kind{display:inline-block;font:600 .8rem system-ui,sans-serif;padding:.1rem .45rem;border-radius:.3rem;background:#eee;margin-right:.4rem}
.weak{background:#fde2e1;color:#b42318}.ok{background:#e6f4ea;color:#1e6b34}
del{color:#b42318;background:#fde2e1}ins{color:#1e6b34;background:#e6f4ea;text-decoration:underline}
p.diff{margin:.4rem 0}ul.terms li.weak{font-weight:600}.meta{color:#555;font-size:.9rem}`

function ops(list: readonly DiffOp[]): string {
  return list.map((o) => (o.op === 'equal' ? escapeHtml(o.text) : o.op === 'delete' ? `<del>${escapeHtml(o.text)}</del>` : `<ins>${escapeHtml(o.text)}</ins>`)).join('')
}

function changeHtml(c: Change, l: CompareLabels): string {
  const where = [c.evidence.ours ? `${l.ours}${l.colon}${escapeHtml(c.evidence.ours.title)} (l. ${c.evidence.ours.line})` : '', c.evidence.theirs ? `${l.theirs}${l.colon}${escapeHtml(c.evidence.theirs.title)} (l. ${c.evidence.theirs.line})` : '']
    .filter(Boolean)
    .join(' — ')
  const badges = [`<span class="kind${c.weakened ? ' weak' : ''}">${escapeHtml(l.kinds[c.change])}</span>`, ...(c.weakened ? [`<span class="kind weak">${escapeHtml(l.weakened)}</span>`] : []), ...(c.essential ? [`<span class="kind weak">${escapeHtml(l.essential)}</span>`] : [])]
  const terms = c.terms.length ? `<ul class="terms">${c.terms.map((t) => `<li${t.weakened ? ' class="weak"' : ''}>${escapeHtml(t.message)}</li>`).join('')}</ul>` : ''
  const findings = c.findings.length ? `<ul>${c.findings.map((f) => `<li>${escapeHtml(f.message)} <span class="meta">${escapeHtml(f.clauseId ? `${f.ruleId}/${f.clauseId}` : f.ruleId)}</span></li>`).join('')}</ul>` : ''
  let text = ''
  if (c.change === 'modified') text = c.diff.filter((d) => d.ops.some((o) => o.op !== 'equal')).map((d) => `<p class="diff">${ops(d.ops)}</p>`).join('\n')
  else if (c.change === 'removed' && c.before) text = `<p class="meta">${escapeHtml(l.removedText)}</p>${c.before.split('\n').map((p) => `<p class="diff"><del>${escapeHtml(p)}</del></p>`).join('')}`
  else if (c.change === 'added' && c.after) text = `<p class="meta">${escapeHtml(l.addedText)}</p>${c.after.split('\n').map((p) => `<p class="diff"><ins>${escapeHtml(p)}</ins></p>`).join('')}`
  return `<section>
<h2>${badges.join('')}${escapeHtml(c.evidence.theirs?.title ?? c.evidence.ours?.title ?? '')} <span class="meta">${escapeHtml(c.clauseId ?? '')}</span></h2>
<p>${escapeHtml(c.message)}</p>
<p class="meta">${where}</p>
${terms}${findings}${text}
</section>`
}

/** Renders a comparison as an HTML page. */
export function renderCompareHtml(c: Comparison): string {
  const l = compareLabels(c.lang)
  const s = summarize(c)
  const fresh = c.findings.length ? `<h2>${escapeHtml(l.newFindings)}</h2><ul>${c.findings.map((f) => `<li>${escapeHtml(f.message)}</li>`).join('')}</ul>` : ''
  return `<!doctype html>
<html lang="${c.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="clausier">
<title>${escapeHtml(`${l.title} — ${c.theirs}`)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${escapeHtml(l.title)}</h1>
<p class="meta">${escapeHtml(l.ours)}${l.colon}${escapeHtml(c.ours)}<br>${escapeHtml(l.theirs)}${l.colon}${escapeHtml(c.theirs)}</p>
<p><span class="kind ${s.failing ? 'weak' : 'ok'}">${escapeHtml(l.summary(s))}</span></p>
${c.changes.length === 0 ? `<p>${escapeHtml(l.noChange)}</p>` : c.changes.map((x) => changeHtml(x, l)).join('\n')}
${fresh}
</body>
</html>
`
}
