/**
 * Reading a document: choose the reader from the extension (or, for standard input, from the
 * content), check size and content, decode, parse. Every problem with the input is an
 * `InputError` whose one-line message starts with the file name. The heavy readers (docx, pdf,
 * html) are imported only when needed, so that reviewing a Markdown file starts fast.
 */
import { readFileSync, statSync } from 'node:fs'
import { extname } from 'node:path'
import { InputError } from '../core/errors.js'
import { addInlineHeadings, demoteParagraphHeadings, joinSplitSentences } from './blocks.js'
import type { InputFormat, ReviewDocument, TextBlock } from './document.js'
import { ocrOptions, type ReadOptions } from './ocr/options.js'
import {
  SIZE_LIMITS,
  checkContent,
  checkSize,
  checkText,
  decodeText,
  formatFromExtension,
  sniffFormat,
} from './input.js'

/** The name used for standard input. */
export const STDIN_NAME = '<stdin>'

/**
 * Reads the file at `path` (`-` for standard input) into the document model. A file is read
 * synchronously: its reviewer is a command that waits for it, and the callback API's five thread
 * pool round trips per file (stat, open, fstat, read, close) left the thread idle 0.4–0.7 s of a
 * serial review of CUAD dev's 101 contracts on a busy machine (event-loop idle time). `displayName`
 * replaces the path in messages and in the result. Scanned PDF pages and images are read by OCR
 * unless `options.ocr` is false.
 */
export async function readDocument(path: string, displayName?: string, options: ReadOptions = {}): Promise<ReviewDocument> {
  if (path === '-') return readBuffer(await readStdin(displayName ?? STDIN_NAME), displayName ?? STDIN_NAME, undefined, options)
  const name = displayName ?? path
  const format = formatFromExtension(name, extname(path))
  let size: number
  try {
    const info = statSync(path)
    if (info.isDirectory()) throw new InputError(`${name}: is a directory, not a file`)
    size = info.isFile() ? info.size : -1
  } catch (error) {
    throw fileError(name, error)
  }
  if (size !== -1) checkSize(name, format, size)
  let buffer: Buffer
  try {
    buffer = readFileSync(path)
  } catch (error) {
    throw fileError(name, error)
  }
  return readBuffer(buffer, name, format, options)
}

/**
 * Reads a document from memory. Without `format`, the format is sniffed from the content:
 * `%PDF-` → pdf, a zip holding word/document.xml → docx, PNG/JPEG/TIFF → image, `<html` or
 * `<!doctype html` → html, anything else → md.
 */
export async function readBuffer(buffer: Buffer | Uint8Array, name: string, format?: InputFormat, options: ReadOptions = {}): Promise<ReviewDocument> {
  if (buffer.length === 0) checkSize(name, format ?? 'md', 0)
  const actual = format ?? sniffFormat(buffer, name)
  checkSize(name, actual, buffer.length)
  checkContent(buffer, name, actual)
  const document: ReviewDocument = { path: name, format: actual, blocks: [] }
  let blocks: TextBlock[]
  switch (actual) {
    case 'md':
    case 'txt':
    case 'html': {
      const text = decodeText(buffer)
      checkText(text, name, actual)
      // A document in the simple subset is read without loading remark (see markdown-simple.ts).
      if (actual === 'md') blocks = (await import('./markdown-simple.js')).readSimpleMarkdown(text) ?? (await import('./markdown.js')).readMarkdown(text)
      else if (actual === 'txt') blocks = (await import('./text.js')).readText(text)
      else blocks = await (await import('./html.js')).readHtml(text)
      if (actual !== 'html') document.lineLengths = lineLengths(text)
      break
    }
    case 'docx': {
      const content = (await import('./docx.js')).readDocx(buffer, name)
      blocks = content.blocks
      document.bookmarks = content.bookmarks
      document.bookmarkLines = content.bookmarkLines
      break
    }
    case 'pdf': {
      const ocr = options.ocr === false ? undefined : ocrOptions(options.ocr)
      const content = await (await import('./pdf.js')).readPdf(buffer, name, ocr)
      blocks = content.blocks
      document.pages = content.pages
      if (content.ocr) document.ocr = content.ocr
      break
    }
    case 'image': {
      if (options.ocr === false) throw new InputError(`${name}: an image needs OCR, which is off (--no-ocr)`)
      const content = await (await import('./ocr/image.js')).readImage(buffer, name, ocrOptions(options.ocr))
      blocks = content.blocks
      document.pages = 1
      document.ocr = content.summary
      break
    }
  }
  document.blocks = addInlineHeadings(joinSplitSentences(demoteParagraphHeadings(blocks)))
  return document
}

/** The length of each line of a text (`\n` line ends, as decoded). */
function lineLengths(text: string): number[] {
  const out: number[] = []
  let start = 0
  for (;;) {
    const end = text.indexOf('\n', start)
    if (end < 0) break
    out.push(end - start)
    start = end + 1
  }
  out.push(text.length - start)
  return out
}

/** Reads standard input, refusing more than the largest input limit. */
async function readStdin(name: string): Promise<Buffer> {
  const limit = Math.max(...Object.values(SIZE_LIMITS))
  const chunks: Buffer[] = []
  let total = 0
  try {
    for await (const chunk of process.stdin) {
      const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
      total += b.length
      if (total > limit) throw new InputError(`${name}: the input is too large (over ${limit / (1024 * 1024)} MB)`)
      chunks.push(b)
    }
  } catch (error) {
    if (error instanceof InputError) throw error
    throw fileError(name, error)
  }
  return Buffer.concat(chunks, total)
}

const ERRNO_TEXT: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'a component of the path is not a directory',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
}

/** One-line InputError for a file system error, with its errno code. */
function fileError(name: string, error: unknown): InputError {
  if (error instanceof InputError) return error
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined
  if (code === undefined) return new InputError(`${name}: cannot read the file`)
  return new InputError(`${name}: cannot read the file: ${ERRNO_TEXT[code] ?? 'error'} (${code})`)
}
