/**
 * The layout of a document for the reviewer: which blocks are a table of contents, a cover page, a
 * signature block or the document's own metadata (never evidence of a clause), and the heading each
 * block sits under (its section). Read from the reader's blocks only, so every input format gets the same layout.
 */
import { normalizeText } from '../library/detect-signals.js'
import type { ReviewDocument, TextBlock } from '../read/document.js'

/** What a block is for the reviewer: contract text, or a part that is never evidence. */
export type BlockRole = 'body' | 'toc' | 'cover' | 'signature' | 'metadata'

/** The layout of one document, index by index with its blocks. */
export interface Layout {
  roles: BlockRole[]
  /** Index of the heading block each block sits under (-1 before the first heading). */
  headingOf: number[]
  /** Index of the parent heading of each heading block (-1 for a top heading). */
  parentOf: number[]
  /** For a heading block: whether its section (up to the next heading of the same or a higher level) has text of its own. */
  hasBody: boolean[]
}

/** A title that opens a table of contents. */
const TOC_TITLE = /^(?:sommaire|table des matieres|table of contents|contents|index|plan)\s*:?$/
/** A table-of-contents line: dot leaders or a tab before a page number. */
const TOC_LEADER = /(?:\.{4,}|…{2,}|(?:\. ){3,}|_{4,}|\t)\s*\d{1,3}\s*$/
/** A heading that opens the signature block. */
const SIGNATURE_HEADING = /^(?:signatures?|signed|signature page|execution|in witness whereof.*|fait a .*|bon pour accord.*)$/
/** A block that is part of a signature block wherever it is. */
const SIGNATURE_LINE =
  /^(?:in witness whereof|fait (?:a|en) [^.]{0,80}(?:le|en|exemplaires?)|signed (?:by|for|on behalf)|signature\s*:|signe (?:par|pour)|for and on behalf of|pour (?:le|la|l')[^.]{0,40}:$|(?:nom|name|title|titre|qualite|date|by|par)\s*:(?:\s*[_.\s]*)?$|lu et approuve|bon pour accord)/
/**
 * A line about the document, not a provision: its version, its date of update or application, a
 * download link's format and size (« Version 1.0 - Applicable à partir du 01 juin 2021 (PDF 142 Ko) »,
 * « Dernière mise à jour : 3 mars 2024 », "Last updated: March 3, 2024", "Effective date: 1 June 2021").
 * It starts with such a label and states nothing else.
 */
const METADATA_LINE =
  /^(?:(?:version|v\.?) ?\d[\w.]*|(?:date de )?(?:derniere )?mise a jour|mis a jour|last (?:updated|modified|revised)|updated|revised|date (?:de (?:derniere )?(?:mise a jour|publication|la version)|d.entree en vigueur|d.effet)|effective(?: date| as of| from)?|applicable (?:a partir|a compter|from|as of)|en vigueur (?:a partir|a compter|depuis|au|le)|publie le|published)(?![\p{L}])/u
/** A date, a version number or a file's size: what a metadata line carries. */
const METADATA_VALUE = /\d{1,2}(?:er)? [a-z]+ \d{4}|[a-z]+ \d{1,2}, \d{4}|\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d+[.,]\d+|\(\s*(?:pdf|docx?|odt|html?)[ ,-]*\d+(?:[.,]\d+)? ?(?:ko|kb|mo|mb|octets|bytes)\s*\)/
/** An obligation or a statement: a metadata label with a verb is a sentence ("Effective date: this Agreement starts …"). */
const STATEMENT = /(?<![\p{L}])(?:shall|will|must|may|is|are|est|sont|sera|seront|doit|doivent|peut|peuvent|s.applique\w*|entre\w* en vigueur)(?![\p{L}])/u
/** The longest metadata line. */
const METADATA_MAX = 120

/** Marks the document's metadata lines: version, update date, a download link's size. */
function markMetadata(blocks: readonly TextBlock[], roles: BlockRole[]): void {
  blocks.forEach((b, i) => {
    if (roles[i] !== 'body' || b.kind === 'heading' || b.text.length > METADATA_MAX) return
    const norm = normalizeText(b.text).trim()
    if (METADATA_LINE.test(norm) && METADATA_VALUE.test(norm) && !STATEMENT.test(norm)) roles[i] = 'metadata'
  })
}

/** Leading numbering and trailing page numbers of a heading or a TOC line, for comparing them. */
const NUMBERING = /^(?:(?:article|art\.?|section|clause|annexe?|schedule|exhibit|appendix)\s+)?[\divxlc.)]*\s*(?:[-–—.:)]\s*)?/
const PAGE = /[.…\s]+\d{1,3}\s*$/
/** The most a cover page holds (words on page 1 of a multi-page document). */
const COVER_WORDS = 60

/** The comparable core of a heading or TOC line: no numbering, no page number, normalised. */
export function headingKey(text: string): string {
  // Only short lines can be headings or TOC entries (and long ones would make the patterns slow).
  if (text.length > 200) return ''
  return normalizeText(text).replace(PAGE, '').replace(NUMBERING, '').replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim()
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length
const WORD = /\S+/g
/** Whether `text` holds at least `n` words (as `words` counts them), reading no further than the n-th. */
export function hasWords(text: string, n: number): boolean {
  WORD.lastIndex = 0
  let found = 0
  while (found < n && WORD.test(text)) found++
  return found >= n
}

/** Marks the table of contents: a titled list, dot-leader lines, and runs of lines that repeat later headings. */
function markToc(blocks: readonly TextBlock[], roles: BlockRole[]): void {
  const laterHeadings = new Map<string, number>()
  // Each block's key, made once: the loops below ask it of the same headings and short lines again.
  const keys: Array<string | undefined> = new Array(blocks.length)
  const keyOf = (i: number): string => (keys[i] ??= headingKey(blocks[i]!.text))
  blocks.forEach((b, i) => {
    if (b.kind === 'heading') {
      const key = keyOf(i)
      if (key) laterHeadings.set(key, i)
    }
  })
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!
    if (b.text.length < 200 && TOC_LEADER.test(b.text)) roles[i] = 'toc'
    // A TOC title is a word or two.
    if (b.text.length > 40) continue
    const norm = normalizeText(b.text).trim()
    if (!TOC_TITLE.test(norm.replace(/[^\p{L} ]+/gu, '').trim())) continue
    roles[i] = 'toc'
    // The entries: short lines up to the next heading that is not itself an entry, or long text.
    for (let j = i + 1; j < blocks.length; j++) {
      const e = blocks[j]!
      if (e.text.length > 160) break
      const key = keyOf(j)
      const repeats = (laterHeadings.get(key) ?? -1) > j
      if (e.kind === 'heading' && !repeats) break
      if (e.kind === 'paragraph' && !repeats && !TOC_LEADER.test(e.text) && key !== '') break
      roles[j] = 'toc'
    }
  }
  // Without a title: three or more consecutive short blocks that each repeat a later heading.
  let run: number[] = []
  const flush = () => {
    if (run.length >= 3) for (const k of run) roles[k] = 'toc'
    run = []
  }
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!
    if (b.text.length > 160) {
      flush()
      continue
    }
    const key = keyOf(i)
    const repeats = key.length > 2 && b.text.length <= 160 && (laterHeadings.get(key) ?? -1) > i && b.kind !== 'heading'
    if (repeats) run.push(i)
    else if (b.kind === 'heading' && run.length > 0 && (laterHeadings.get(key) ?? -1) > i) run.push(i)
    else flush()
  }
  flush()
}

/**
 * A block of prose that is not a signature line: under a « Signature » heading it makes the section
 * a clause about signing ("This Agreement may be signed in counterparts…"), not the signature block.
 */
function opensProvision(block: TextBlock | undefined): boolean {
  if (!block || block.kind === 'heading' || block.text.length < 100) return false
  const norm = normalizeText(block.text).trim()
  return !SIGNATURE_LINE.test(norm) && /[\p{L})][.;:](?:\s|$)/u.test(norm)
}

/** Marks the signature block: the section of a « Signatures » heading, and signature lines anywhere. */
function markSignature(blocks: readonly TextBlock[], roles: BlockRole[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!
    // Only headings and short blocks are read: a long paragraph is neither.
    if (b.kind !== 'heading' && b.text.length >= 200) continue
    const norm = normalizeText(b.text).trim()
    if (b.kind === 'heading' && SIGNATURE_HEADING.test(norm) && roles[i] === 'body' && !opensProvision(blocks[i + 1])) {
      roles[i] = 'signature'
      const level = b.level ?? 1
      for (let j = i + 1; j < blocks.length; j++) {
        const e = blocks[j]!
        if (e.kind === 'heading' && (e.level ?? 1) <= level) break
        roles[j] = 'signature'
      }
    } else if (roles[i] === 'body' && b.text.length < 200 && SIGNATURE_LINE.test(norm)) roles[i] = 'signature'
  }
}

/** Marks a cover page: page 1 of a multi-page PDF when it holds only a few words. */
function markCover(doc: ReviewDocument, roles: BlockRole[]): void {
  if ((doc.pages ?? 0) < 3) return
  const first = doc.blocks.map((b, i) => [b, i] as const).filter(([b]) => b.page === 1)
  if (first.length === 0 || first.reduce((n, [b]) => n + words(b.text), 0) > COVER_WORDS) return
  for (const [, i] of first) if (roles[i] === 'body') roles[i] = 'cover'
}

const cache = new WeakMap<ReviewDocument, Layout>()

/** The layout of a document (computed once per document). */
export function layoutOf(doc: ReviewDocument): Layout {
  const cached = cache.get(doc)
  if (cached) return cached
  const blocks = doc.blocks
  const roles: BlockRole[] = blocks.map(() => 'body')
  markToc(blocks, roles)
  markSignature(blocks, roles)
  markCover(doc, roles)
  markMetadata(blocks, roles)
  const headingOf: number[] = []
  const parentOf: number[] = []
  const hasBody: boolean[] = blocks.map(() => false)
  // The open headings, outermost first.
  const stack: number[] = []
  blocks.forEach((b, i) => {
    if (b.kind === 'heading' && roles[i] !== 'toc') {
      const level = b.level ?? 1
      while (stack.length > 0 && (blocks[stack[stack.length - 1]!]!.level ?? 1) >= level) stack.pop()
      parentOf[i] = stack[stack.length - 1] ?? -1
      headingOf[i] = parentOf[i]!
      stack.push(i)
      return
    }
    parentOf[i] = -1
    headingOf[i] = stack[stack.length - 1] ?? -1
    if (roles[i] === 'body' && b.kind !== 'heading' && hasWords(b.text, 3)) for (const h of stack) hasBody[h] = true
  })
  const layout = { roles, headingOf, parentOf, hasBody }
  cache.set(doc, layout)
  return layout
}
