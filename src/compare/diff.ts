/**
 * Word-level diff of two clauses: paragraphs are aligned first (longest common subsequence of
 * their comparable text), then each rewritten paragraph is diffed word by word. The output is a
 * list of operations that rebuilds both texts: `equal` + `delete` is ours, `equal` + `insert` theirs.
 */

/** One run of a diff. */
export interface DiffOp {
  op: 'equal' | 'delete' | 'insert'
  text: string
}

/** The diff of one paragraph pair (or of a paragraph only one side has). */
export interface ParagraphDiff {
  /** Index of the paragraph in ours, when ours has it. */
  ours?: number
  /** Index of the paragraph in theirs, when theirs has it. */
  theirs?: number
  ops: DiffOp[]
}

/** Above this many cells, the longest common subsequence is not computed (whole replacement). */
const MAX_CELLS = 2_000_000

/** Longest common subsequence of two sequences under `same`: the matched index pairs, in order. */
export function lcsPairs<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): Array<[number, number]> {
  // Common prefix and suffix first: most clauses change in one place.
  let start = 0
  while (start < a.length && start < b.length && same(a[start]!, b[start]!)) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && same(a[endA - 1]!, b[endB - 1]!)) (endA--, endB--)
  const pairs: Array<[number, number]> = []
  for (let i = 0; i < start; i++) pairs.push([i, i])
  const n = endA - start
  const m = endB - start
  if (n > 0 && m > 0 && n * m <= MAX_CELLS) {
    // lengths[i][j] = LCS of a[start+i..endA) and b[start+j..endB), one flat array.
    const width = m + 1
    const lengths = new Uint32Array((n + 1) * width)
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lengths[i * width + j] = same(a[start + i]!, b[start + j]!) ? lengths[(i + 1) * width + j + 1]! + 1 : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!)
      }
    }
    let i = 0
    let j = 0
    while (i < n && j < m) {
      if (same(a[start + i]!, b[start + j]!)) {
        pairs.push([start + i, start + j])
        i++
        j++
      } else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) i++
      else j++
    }
  }
  for (let k = 0; k < a.length - endA; k++) pairs.push([endA + k, endB + k])
  return pairs
}

/** Words with the white space that follows them. */
function tokens(text: string): string[] {
  return text.match(/\s*\S+\s*/g) ?? []
}

function push(ops: DiffOp[], op: DiffOp['op'], text: string): void {
  if (text === '') return
  const last = ops.at(-1)
  if (last && last.op === op) last.text += text
  else ops.push({ op, text })
}

/** Word diff of two texts. */
export function diffWords(ours: string, theirs: string): DiffOp[] {
  const a = tokens(ours)
  const b = tokens(theirs)
  const pairs = lcsPairs(a, b, (x, y) => x.trim() === y.trim())
  const ops: DiffOp[] = []
  let i = 0
  let j = 0
  for (const [pi, pj] of [...pairs, [a.length, b.length] as [number, number]]) {
    push(ops, 'delete', a.slice(i, pi).join(''))
    push(ops, 'insert', b.slice(j, pj).join(''))
    if (pi < a.length && pj < b.length) push(ops, 'equal', b[pj]!)
    i = pi + 1
    j = pj + 1
  }
  return ops
}

/**
 * Diffs two lists of paragraphs: equal paragraphs (by `key`, their comparable text) are kept,
 * rewritten ones are paired in order within each changed stretch and diffed word by word, the rest
 * are whole deletions or insertions.
 */
export function diffParagraphs(ours: readonly string[], theirs: readonly string[], key: (text: string) => string): ParagraphDiff[] {
  const ka = ours.map(key)
  const kb = theirs.map(key)
  const pairs = lcsPairs(ka, kb, (x, y) => x === y)
  const out: ParagraphDiff[] = []
  let i = 0
  let j = 0
  for (const [pi, pj] of [...pairs, [ours.length, theirs.length] as [number, number]]) {
    const deleted = pi - i
    const inserted = pj - j
    const paired = Math.min(deleted, inserted)
    for (let k = 0; k < paired; k++) out.push({ ours: i + k, theirs: j + k, ops: diffWords(ours[i + k]!, theirs[j + k]!) })
    for (let k = paired; k < deleted; k++) out.push({ ours: i + k, ops: [{ op: 'delete', text: ours[i + k]! }] })
    for (let k = paired; k < inserted; k++) out.push({ theirs: j + k, ops: [{ op: 'insert', text: theirs[j + k]! }] })
    if (pi < ours.length && pj < theirs.length) out.push({ ours: pi, theirs: pj, ops: [{ op: 'equal', text: theirs[pj]! }] })
    i = pi + 1
    j = pj + 1
  }
  return out
}
