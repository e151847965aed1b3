// How every evaluation counts (scripts/eval.mjs, eval-files.mjs, prequential.mjs): one review
// against one document's labels, and the scores of yes/no pairs.

/**
 * One document's outcome: per clause id, whether it is labelled present (or referenced) and the
 * status the reviewer gave it — Art. 28 items only where the label or the reviewer has processor
 * terms — and per red-flag rule, whether it is labelled and whether it was raised.
 * `review` is a file review ({ clauses: [{ id, status }], findings: [{ ruleId }] }).
 */
export function outcome(review, label, ids, flagRules) {
  const status = new Map(review.clauses.map((c) => [c.id, c.status]))
  const present = new Set(label.present ?? [])
  const referenced = new Set(label.referenced ?? [])
  const clauses = []
  for (const id of ids) {
    if (id.startsWith('art28-') && !status.has(id) && !present.has(id)) continue
    clauses.push({ id, truth: present.has(id), referenced: referenced.has(id), got: status.get(id) ?? 'missing' })
  }
  const raised = new Set(review.findings.map((f) => f.ruleId))
  const wanted = new Set(label.redFlags ?? [])
  const flags = flagRules.map((rule) => ({ rule, truth: wanted.has(rule), found: raised.has(rule) }))
  return { clauses, flags }
}

/** Scores pairs { truth, found } of one yes/no question ("present?"). */
export function score(pairs) {
  let tp = 0, fp = 0, fn = 0, tn = 0
  for (const { truth, found } of pairs) {
    if (truth && found) tp++
    else if (!truth && found) fp++
    else if (truth && !found) fn++
    else tn++
  }
  const div = (a, b) => (b === 0 ? null : a / b)
  return { n: pairs.length, tp, fp, fn, tn, precision: div(tp, tp + fp), recall: div(tp, tp + fn), f1: div(2 * tp, 2 * tp + fp + fn), missingPrecision: div(tn, tn + fn) }
}
