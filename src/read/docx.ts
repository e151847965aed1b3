/**
 * Word (.docx) reader. Unzips under bounds (see zip.ts), then tokenizes the main document part with the
 * project's own XML tokenizer, which refuses DOCTYPE and ENTITY declarations. Headings come from
 * the paragraph style (heading 1–6, Title, or an outline level, following `basedOn`), list items
 * from numbering, table cells from `w:tc`. `line` is the 1-based paragraph number in the body.
 * A table of contents is not document text and yields no block: the result of a TOC field (which
 * may span several paragraphs), paragraphs in TOC styles (toc 1–9, TOC Heading, their localized
 * ids) and the content of a "Table of Contents" content control. Line numbers still count them.
 */
import { InputError } from '../core/errors.js'
import { normalizeText } from './blocks.js'
import type { TextBlock } from './document.js'
import { XmlDeclarationError, XmlSyntaxError, attribute, scanXml } from './xml.js'
import { ZipReader } from './zip.js'

/** What a Word document yields. */
export interface DocxContent {
  blocks: TextBlock[]
  bookmarks: string[]
  /** The paragraph number (a block's `line`) where each bookmark starts. */
  bookmarkLines: Record<string, number>
}

const WORD_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
])
const MARKUP_COMPATIBILITY = 'http://schemas.openxmlformats.org/markup-compatibility/2006'

/** Reads a .docx file (the caller has checked it starts like a zip). */
export function readDocx(buffer: Uint8Array, name: string): DocxContent {
  const zip = new ZipReader(buffer, name)
  const rootRels = zip.text('_rels/.rels')
  const main = (rootRels && relationshipTarget(rootRels, '/officeDocument', '')) ?? 'word/document.xml'
  const documentXml = zip.text(main)
  if (documentXml === undefined) {
    throw new InputError(`${name}: not a Word document (.docx): the archive has no ${main}`)
  }
  const dir = main.includes('/') ? main.slice(0, main.lastIndexOf('/') + 1) : ''
  const mainRels = zip.text(`${dir}_rels/${main.slice(dir.length)}.rels`)
  const stylesPath = (mainRels && relationshipTarget(mainRels, '/styles', dir)) ?? `${dir}styles.xml`
  const stylesXml = zip.text(stylesPath)
  try {
    const styles = stylesXml === undefined ? new Map<string, StyleInfo>() : readStyles(stylesXml)
    return readBody(documentXml, styles)
  } catch (error) {
    if (error instanceof XmlDeclarationError) throw new InputError(`${name}: the Word file declares XML entities, refused`)
    if (error instanceof XmlSyntaxError) throw new InputError(`${name}: not a valid Word document (malformed XML: ${error.message})`)
    throw error
  }
}

/** The target of the first relationship whose type ends with `typeSuffix`, resolved against `dir`. */
function relationshipTarget(relsXml: string, typeSuffix: string, dir: string): string | undefined {
  let target: string | undefined
  scanXml(relsXml, {
    open(tag, attributes) {
      if (target !== undefined || localName(tag) !== 'Relationship') return
      const type = attribute(attributes, 'Type')
      const to = attribute(attributes, 'Target')
      if (type?.endsWith(typeSuffix) === true && to !== undefined && attribute(attributes, 'TargetMode') !== 'External') {
        target = to.startsWith('/') ? to.slice(1) : resolvePath(dir, to)
      }
    },
    close() {},
    text() {},
  })
  return target
}

function resolvePath(dir: string, relative: string): string {
  const parts = (dir + relative).split('/')
  const out: string[] = []
  for (const part of parts) {
    if (part === '..') out.pop()
    else if (part !== '.' && part !== '') out.push(part)
  }
  return out.join('/')
}

function localName(tag: string): string {
  const colon = tag.indexOf(':')
  return colon === -1 ? tag : tag.slice(colon + 1)
}

function prefixOf(tag: string): string {
  const colon = tag.indexOf(':')
  return colon === -1 ? '' : tag.slice(0, colon)
}

interface StyleInfo {
  name?: string
  basedOn?: string
  outline?: number
  numbered?: boolean
}

/** Paragraph styles: name, parent, outline level, numbering. */
function readStyles(xml: string): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>()
  let current: StyleInfo | undefined
  let inPPr = 0
  scanXml(xml, {
    open(tag, attributes, selfClosing) {
      const local = localName(tag)
      if (local === 'style') {
        const id = attribute(attributes, 'w:styleId') ?? attribute(attributes, 'styleId')
        const type = attribute(attributes, 'w:type') ?? attribute(attributes, 'type')
        current = undefined
        if (id !== undefined && (type === undefined || type === 'paragraph')) {
          current = {}
          styles.set(id, current)
        }
        return
      }
      if (!current) return
      const val = attribute(attributes, 'w:val') ?? attribute(attributes, 'val')
      if (local === 'name' && val !== undefined) current.name = val
      else if (local === 'basedOn' && val !== undefined) current.basedOn = val
      else if (local === 'pPr' && !selfClosing) inPPr++
      else if (inPPr > 0 && local === 'outlineLvl' && val !== undefined) current.outline = Number(val)
      else if (inPPr > 0 && local === 'numId' && val !== undefined) current.numbered = val !== '0'
    },
    close(tag) {
      const local = localName(tag)
      if (local === 'pPr' && inPPr > 0) inPPr--
      else if (local === 'style') current = undefined
    },
    text() {},
  })
  return styles
}

const LOCALISED_HEADING = /^(?:heading|titre|berschrift|überschrift|kop|titolo|encabezado|rubrik|nagłówek)\s*([1-9])$/i

/** The heading level a paragraph style gives (1–9), following `basedOn`; undefined for body text. */
function styleLevel(styles: Map<string, StyleInfo>, id: string): number | undefined {
  let current: string | undefined = id
  for (let hops = 0; current !== undefined && hops < 20; hops++) {
    const style = styles.get(current)
    const name = style?.name?.trim().toLowerCase()
    const byName = name === undefined ? undefined : /^heading\s*([1-9])$/.exec(name)?.[1]
    if (byName !== undefined) return Number(byName)
    if (name === 'title') return 1
    if (style?.outline !== undefined) return style.outline >= 0 && style.outline < 9 ? style.outline + 1 : undefined
    const byId = LOCALISED_HEADING.exec(current)?.[1]
    if (byId !== undefined) return Number(byId)
    if (/^(?:title|titre)$/i.test(current)) return 1
    current = style?.basedOn
  }
  return undefined
}

const TOC_STYLE_NAME = /^(?:toc|contents|table des mati[eè]res)\s*(?:[1-9]|heading)$/i
const TOC_STYLE_ID = /^(?:(?:toc|tm|contents)[1-9]|tocheading|contentsheading|en-ttedetabledesmatires)$/i

/** A table-of-contents paragraph style (Word's toc 1–9 and TOC Heading, LibreOffice's Contents), following `basedOn`. */
function styleIsToc(styles: Map<string, StyleInfo>, id: string): boolean {
  let current: string | undefined = id
  for (let hops = 0; current !== undefined && hops < 20; hops++) {
    const style = styles.get(current)
    const name = style?.name?.trim()
    if ((name !== undefined && TOC_STYLE_NAME.test(name)) || TOC_STYLE_ID.test(current)) return true
    current = style?.basedOn
  }
  return false
}

function styleNumbered(styles: Map<string, StyleInfo>, id: string): boolean {
  let current: string | undefined = id
  for (let hops = 0; current !== undefined && hops < 20; hops++) {
    const style = styles.get(current)
    if (style?.numbered !== undefined) return style.numbered
    current = style?.basedOn
  }
  return false
}

interface Paragraph {
  line: number
  parts: string[]
  slot: number
  style?: string
  outline?: number
  numbered?: boolean
  inCell: boolean
  /** In a table cell: the row (numbered through the document) and the cell's place in it. */
  row?: number
  cell?: number
  /** Element depth of the paragraph's own `w:pPr`, while open. */
  pPrDepth: number
  /** Bookmarks starting in the paragraph, kept only if it holds text after tracked changes. */
  bookmarks: string[]
  /** The paragraph holds tracked deletions. */
  deleted: boolean
  /** Its paragraph mark is a tracked deletion: once accepted, its text joins the next paragraph's. */
  markDeleted: boolean
  /** Inside a "Table of Contents" content control. */
  toc: boolean
}

/** An open field: its instruction, and whether its result (after `separate`) has started. */
interface Field {
  instruction: string
  inResult: boolean
  /** A TOC field, known once the instruction is complete. */
  toc: boolean
  /** Opened by `w:fldSimple` (closed with it), not by `w:fldChar`. */
  simple: boolean
}

/** Walks the main document part. */
function readBody(xml: string, styles: Map<string, StyleInfo>): DocxContent {
  const slots: Array<TextBlock | undefined> = []
  const bookmarks: string[] = []
  const bookmarkLines: Record<string, number> = {}
  const seenBookmarks = new Set<string>()
  const keepBookmark = (name: string, line: number) => {
    if (seenBookmarks.has(name)) return
    seenBookmarks.add(name)
    bookmarks.push(name)
    bookmarkLines[name] = line
  }
  const paragraphs: Paragraph[] = []
  let w = 'w'
  let mc = 'mc'
  let rootSeen = false
  let depth = 0
  let skipAt = -1 // depth of the element whose content is skipped, -1 when none
  let textAt = -1 // depth of the open w:t
  let runDepth = 0
  let cellDepth = 0
  /** Open table rows, innermost last: the row's number and the index of its open cell. */
  const rows: Array<{ row: number; cell: number; depth: number }> = []
  let rowCount = 0
  let paragraphCount = 0
  let numPrDepth = -1
  let instrAt = -1 // depth of the open w:instrText (skipped as text, read as a field instruction)
  const fields: Field[] = []
  /** Open content controls (w:sdt) by depth, and whether each is a table of contents. */
  const sdts: Array<{ depth: number; toc: boolean }> = []
  /** Text now is a table of contents' result: not document text. */
  const inTocField = () => fields.some((f) => f.toc && f.inResult)
  /** Text (and bookmarks) of a paragraph whose mark was deleted, waiting for the next paragraph. */
  let carry: { parts: string[]; bookmarks: string[] } | undefined
  const carryOver = (): { parts: string[]; bookmarks: string[] } => {
    const out = carry ?? { parts: [], bookmarks: [] }
    carry = undefined
    return out
  }

  const skipped = (local: string, prefix: string): boolean =>
    (prefix === w && (local === 'delText' || local === 'instrText' || local === 'moveFrom' || local === 'del' || local.endsWith('Change'))) ||
    (prefix === mc && local === 'Fallback')

  scanXml(xml, {
    open(tag, attributes, selfClosing) {
      if (!rootSeen) {
        rootSeen = true
        for (const m of attributes.matchAll(/xmlns:([\w.-]+)\s*=\s*["']([^"']*)["']/g)) {
          if (WORD_NAMESPACES.has(m[2] ?? '')) w = m[1] ?? w
          else if (m[2] === MARKUP_COMPATIBILITY) mc = m[1] ?? mc
        }
      }
      if (!selfClosing) depth++
      if (skipAt !== -1) return
      const prefix = prefixOf(tag)
      const local = localName(tag)
      if (skipped(local, prefix)) {
        if (!selfClosing) skipAt = depth
        if (local === 'instrText' && !selfClosing) instrAt = depth
        if (local === 'del' || local === 'moveFrom') {
          const current = paragraphs.at(-1)
          if (current) current.deleted = true
          if (current && local === 'del' && current.pPrDepth !== -1 && runDepth === 0) current.markDeleted = true
        }
        return
      }
      if (prefix !== w) return
      const paragraph = paragraphs.at(-1)
      switch (local) {
        case 'p':
          paragraphCount++
          if (selfClosing) return
          paragraphs.push({
            line: paragraphCount,
            slot: slots.length,
            inCell: cellDepth > 0,
            ...(cellDepth > 0 && rows.length > 0 ? { row: rows.at(-1)!.row, cell: rows.at(-1)!.cell } : {}),
            pPrDepth: -1,
            deleted: false,
            markDeleted: false,
            toc: sdts.some((s) => s.toc),
            ...carryOver(),
          })
          slots.push(undefined)
          return
        case 'pPr':
          if (paragraph && !selfClosing && paragraph.pPrDepth === -1 && runDepth === 0) paragraph.pPrDepth = depth
          return
        case 'pStyle':
        case 'outlineLvl':
        case 'numId': {
          if (!paragraph || paragraph.pPrDepth === -1 || runDepth > 0) return
          const val = attribute(attributes, `${w}:val`)
          if (val === undefined) return
          if (local === 'pStyle') paragraph.style = val
          else if (local === 'outlineLvl') paragraph.outline = Number(val)
          else if (numPrDepth !== -1) paragraph.numbered = val !== '0'
          return
        }
        case 'numPr':
          if (paragraph && paragraph.pPrDepth !== -1 && !selfClosing) numPrDepth = depth
          return
        case 'r':
          if (!selfClosing) runDepth++
          return
        case 't':
          if (!selfClosing && runDepth > 0) textAt = depth
          return
        case 'tab':
        case 'ptab':
        case 'br':
        case 'cr':
          if (runDepth > 0 && !inTocField()) paragraph?.parts.push(' ')
          return
        case 'noBreakHyphen':
          if (runDepth > 0 && !inTocField()) paragraph?.parts.push('-')
          return
        case 'fldChar': {
          const type = attribute(attributes, `${w}:fldCharType`)
          if (type === 'begin') fields.push({ instruction: '', inResult: false, toc: false, simple: false })
          else if (type === 'separate') {
            const field = fields.at(-1)
            if (field && !field.simple) {
              field.inResult = true
              field.toc = /^\s*TOC\b/i.test(field.instruction)
            }
          } else if (type === 'end' && fields.at(-1)?.simple === false) fields.pop()
          return
        }
        case 'fldSimple':
          if (!selfClosing) {
            const instruction = attribute(attributes, `${w}:instr`) ?? ''
            fields.push({ instruction, inResult: true, toc: /^\s*TOC\b/i.test(instruction), simple: true })
          }
          return
        case 'sdt':
          if (!selfClosing) sdts.push({ depth, toc: false })
          return
        case 'docPartGallery': {
          const sdt = sdts.at(-1)
          if (sdt && /^table of contents$/i.test(attribute(attributes, `${w}:val`) ?? '')) sdt.toc = true
          return
        }
        case 'tc':
          if (!selfClosing) {
            cellDepth++
            const open = rows.at(-1)
            if (open) open.cell++
          }
          return
        case 'tr':
          if (!selfClosing) rows.push({ row: ++rowCount, cell: -1, depth })
          return
        case 'bookmarkStart': {
          const bookmark = attribute(attributes, `${w}:name`)
          if (bookmark === undefined) return
          if (paragraph) paragraph.bookmarks.push(bookmark)
          else keepBookmark(bookmark, paragraphCount + 1)
          return
        }
        default:
          return
      }
    },
    close(tag) {
      const closingDepth = depth
      depth--
      if (skipAt !== -1) {
        if (closingDepth === skipAt) skipAt = -1
        if (closingDepth === instrAt) instrAt = -1
        return
      }
      if (prefixOf(tag) !== w) return
      const local = localName(tag)
      const paragraph = paragraphs.at(-1)
      switch (local) {
        case 'p': {
          const done = paragraphs.pop()
          if (!done) return
          if (done.markDeleted && done.parts.join('').trim() !== '' && !done.inCell) {
            // Accepting the deletion of its mark merges the paragraph into the next one.
            carry = { parts: [...done.parts, ' '], bookmarks: done.bookmarks }
            return
          }
          slots[done.slot] = toBlock(done, styles)
          // A bookmarked paragraph whose whole text is a tracked deletion is gone from the
          // document as it stands (an article deleted with Track Changes on).
          if (slots[done.slot] !== undefined || !done.deleted) for (const b of done.bookmarks) keepBookmark(b, done.line)
          return
        }
        case 'pPr':
          if (paragraph && paragraph.pPrDepth === closingDepth) paragraph.pPrDepth = -1
          return
        case 'numPr':
          if (closingDepth === numPrDepth) numPrDepth = -1
          return
        case 'r':
          if (runDepth > 0) runDepth--
          return
        case 't':
          if (closingDepth === textAt) textAt = -1
          return
        case 'tc':
          if (cellDepth > 0) cellDepth--
          return
        case 'tr':
          if (rows.at(-1)?.depth === closingDepth) rows.pop()
          return
        case 'fldSimple':
          if (fields.at(-1)?.simple === true) fields.pop()
          return
        case 'sdt':
          if (sdts.at(-1)?.depth === closingDepth) sdts.pop()
          return
        default:
          return
      }
    },
    text(value) {
      if (instrAt !== -1 && skipAt === instrAt) {
        const field = fields.at(-1)
        if (field && !field.inResult) field.instruction += value
        return
      }
      if (textAt === -1 || skipAt !== -1 || inTocField()) return
      paragraphs.at(-1)?.parts.push(value)
    },
  })
  // A part cut short (a zip entry whose declared size is smaller than its content is inflated only
  // up to that size) is corrupt, not a shorter document.
  if (depth > 0) throw new XmlSyntaxError('unclosed element')
  return { blocks: slots.filter((b): b is TextBlock => b !== undefined), bookmarks, bookmarkLines }
}

function toBlock(p: Paragraph, styles: Map<string, StyleInfo>): TextBlock | undefined {
  const text = normalizeText(p.parts.join(''))
  if (text === '' || p.toc || (p.style !== undefined && styleIsToc(styles, p.style))) return undefined
  let level: number | undefined
  if (p.outline !== undefined) level = p.outline >= 0 && p.outline < 9 ? p.outline + 1 : undefined
  else if (p.style !== undefined) level = styleLevel(styles, p.style)
  if (level !== undefined) return { kind: 'heading', text, line: p.line, column: 1, level: Math.min(6, level) }
  const numbered = p.numbered ?? (p.style !== undefined && styleNumbered(styles, p.style))
  const kind = numbered ? 'list-item' : p.inCell ? 'table-cell' : 'paragraph'
  return { kind, text, line: p.line, column: 1, ...(kind === 'table-cell' && p.row !== undefined ? { row: p.row, cell: p.cell } : {}) }
}
