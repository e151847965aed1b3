// Judging figures against their targets, and the table (Markdown, to paste into the README).

/** Peak memory target of every clausier process, in MB. */
export const MEMORY_TARGET_MB = 300

/** Adds `pass` (true/false/undefined) and `memoryPass` to a row. */
export function judge(row) {
  const t = row.target ?? {}
  let pass
  if (!row.skip && !row.error) {
    if (t.ratioMax !== undefined) pass = row.ratio === undefined ? undefined : row.ratio <= t.ratioMax
    else if (t.min !== undefined) pass = row.value >= t.min
    else if (t.max !== undefined) pass = row.value < t.max
  }
  if (!row.skip && !row.error && t.pass !== undefined) pass = t.pass
  // A row may have its own memory target (the batch build: ≤ 200 MB).
  const memoryPass = row.peakMB === undefined ? undefined : row.memoryMaxMB !== undefined ? row.peakMB <= row.memoryMaxMB : row.peakMB < MEMORY_TARGET_MB
  return { ...row, pass, memoryPass }
}

function fmt(value, unit) {
  if (value === undefined || Number.isNaN(value)) return '—'
  if (typeof value === 'string') return value
  if (unit === 'ms') return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`
  if (unit === 'contracts/s') return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} contracts/s`
  if (unit === 'MB/s') return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} MB/s`
  return `${value} ${unit}`
}

const verdict = (p) => (p === true ? 'pass' : p === false ? '**miss**' : '—')

/** Prints the rows as a Markdown table. */
export function printTable(rows, write) {
  const head = ['benchmark', 'clausier', 'baseline', 'ratio', 'target', 'result', `peak MB (< ${MEMORY_TARGET_MB})`, 'runs']
  const lines = [head, head.map(() => '---')]
  for (const r of rows) {
    if (r.error) {
      lines.push([r.label, `error: ${r.error}`, '', '', '', 'error', '', ''])
      continue
    }
    if (r.skip) {
      lines.push([r.label, r.skip, '', '', r.target?.text ?? '', 'skipped', '', ''])
      continue
    }
    const extra = r.seconds !== undefined && r.unit !== 'ms' ? ` (${r.seconds.toFixed(1)} s)` : ''
    const baseline = r.baseline ? `${r.baseline.tool} ${fmt(r.baseline.value, r.baseline.unit ?? r.unit)}` : r.skipBaseline ?? ''
    const ratio = r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}×`
    const mem = r.peakMB === undefined ? '' : `${Math.round(r.peakMB)}${r.memoryMaxMB !== undefined ? ` (≤ ${r.memoryMaxMB})` : ''} ${r.memoryPass ? 'pass' : '**miss**'}`
    lines.push([r.label, `${fmt(r.value, r.unit)}${extra}`, baseline, ratio, r.target?.text ?? '', verdict(r.pass), mem, String(r.runs ?? '')])
  }
  write(`\n${lines.map((cells) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`).join('\n')}\n`)
}
