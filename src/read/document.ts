/**
 * The one document model every reader produces, whatever the input format: the reviewer only ever
 * sees this. Same content in .md, .docx or .pdf ⇒ same blocks' text ⇒ same clause statuses.
 */

export const INPUT_FORMATS = ['md', 'txt', 'docx', 'pdf', 'html', 'image'] as const
export type InputFormat = (typeof INPUT_FORMATS)[number]

/** A unit of text with its location in the source. */
export interface TextBlock {
  kind: 'heading' | 'paragraph' | 'list-item' | 'table-cell'
  /** The block's text, white space collapsed, no markup. */
  text: string
  /** 1-based line of the block's start: source line (md, txt, html), paragraph number (docx), line on the page (pdf). */
  line: number
  /** 1-based column of the block's start (1 where the format has no columns). */
  column: number
  /** 1-based page (pdf only). */
  page?: number
  /**
   * Table cells of a DOCX table, where a cell may hold several paragraphs: the row (numbered
   * through the document) and the cell's 0-based place in it. Other formats give a row's cells the
   * same `line`.
   */
  row?: number
  cell?: number
  /** Heading level 1–6 (headings only; also set for short title-like lines detected in txt and pdf). */
  level?: number
  /** Words read by OCR with a low confidence (OCR text only), as read. */
  uncertain?: string[]
}

/** How OCR read one page. */
export interface OcrPage {
  /** 1-based page (1 for an image file). */
  page: number
  /** Mean word confidence, 0–100 (0 when no word was read). */
  confidence: number
  words: number
  /** Words below the low-confidence mark. */
  uncertainWords: number
  /** Degrees the page was turned before reading (0, 90, 180, 270), deskew aside. */
  rotation: number
}

/** The document's text (or part of it) came from OCR. */
export interface OcrSummary {
  /** The engine and its version, e.g. "tesseract.js 7.0.0". */
  engine: string
  /** Tesseract language codes used, e.g. ["fra", "eng"]. */
  languages: string[]
  /** A page whose mean confidence is below this gets a warning. */
  threshold: number
  pages: OcrPage[]
}

/** A document read from a file or standard input. */
export interface ReviewDocument {
  /** The path as the user gave it (`<stdin>` for standard input). */
  path: string
  format: InputFormat
  /** Blocks in reading order. */
  blocks: TextBlock[]
  /** Number of pages (pdf only). */
  pages?: number
  /** Set when some text was read by OCR (scanned PDF pages, image files). */
  ocr?: OcrSummary
  /**
   * Length of each source line, in characters (md and txt, whose blocks are lines of the source):
   * tells where a sentence inside a block is, so that a one-paragraph document (text without line
   * breaks) does not put every finding at its first line.
   */
  lineLengths?: readonly number[]
  /** Bookmark names found in a docx (the builder marks its clauses with `cl_<id>_v<version>`). */
  bookmarks?: string[]
  /** Where each of those bookmarks starts: the `line` (paragraph number) of its paragraph (docx). */
  bookmarkLines?: Record<string, number>
}
