/**
 * What every reader needs before it parses: the format from the extension or the content, size
 * limits, a check that the content matches the format, and text decoding (UTF-8, else
 * Windows-1252; BOMs stripped; CRLF and CR turned into LF).
 */
import { InputError } from '../core/errors.js'
import { extensionsOf, FILE_FORMATS } from '../core/formats.js'
import type { InputFormat } from './document.js'
import { imageType } from './ocr/image-info.js'

const MB = 1024 * 1024

/** Largest input accepted, per format, in bytes. */
export const SIZE_LIMITS: Readonly<Record<InputFormat, number>> = {
  md: 60 * MB,
  txt: 60 * MB,
  html: 60 * MB,
  docx: 100 * MB,
  pdf: 100 * MB,
  image: 50 * MB,
}

/** The formats the readers take, in the order messages list them. */
export const INPUT_FORMATS: readonly InputFormat[] = ['md', 'txt', 'docx', 'pdf', 'html', 'image']

/** File extensions (lower case, with the dot) and the format each one means. */
export const EXTENSIONS: Readonly<Record<string, InputFormat>> = Object.fromEntries(INPUT_FORMATS.flatMap((f) => FILE_FORMATS[f].map((e) => [e, f])))

const extensions = extensionsOf(INPUT_FORMATS)
const EXTENSION_LIST = `${extensions.slice(0, -1).join(', ')} or ${extensions.at(-1)}`

/** The format of a file from its extension; InputError naming the supported ones otherwise. */
export function formatFromExtension(name: string, extension: string): InputFormat {
  const format = EXTENSIONS[extension.toLowerCase()]
  if (format !== undefined) return format
  const what = extension === '' ? 'no extension' : `"${extension}"`
  throw new InputError(`${name}: unsupported file type (${what}): use ${EXTENSION_LIST}`)
}

const PDF_MAGIC = Buffer.from('%PDF-', 'latin1')
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04])
const EMPTY_ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x05, 0x06])
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])

/** Whether the buffer holds a PDF header in its first KiB (as PDF readers accept). */
export function isPdf(buffer: Uint8Array): boolean {
  return Buffer.from(buffer.buffer, buffer.byteOffset, Math.min(buffer.length, 1024)).indexOf(PDF_MAGIC) !== -1
}
/** Whether the buffer starts like a zip archive. */
export function isZip(buffer: Uint8Array): boolean {
  const head = Buffer.from(buffer.buffer, buffer.byteOffset, Math.min(buffer.length, 4))
  return head.equals(ZIP_MAGIC) || head.equals(EMPTY_ZIP_MAGIC)
}
/** Whether the buffer is an OLE compound file (legacy Office file, or an encrypted OOXML one). */
export function isOle(buffer: Uint8Array): boolean {
  return Buffer.from(buffer.buffer, buffer.byteOffset, Math.min(buffer.length, 8)).equals(OLE_MAGIC)
}

/**
 * The InputError for an OLE compound file given as .docx: a password-protected Word file (its
 * package is stored encrypted in an OLE container), or a legacy Word 97–2003 document.
 */
export function oleError(name: string, buffer: Uint8Array): InputError {
  const b = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.length)
  const encrypted = b.indexOf(Buffer.from('EncryptedPackage', 'utf16le')) !== -1
  const legacy = b.indexOf(Buffer.from('WordDocument', 'utf16le')) !== -1
  if (legacy && !encrypted) {
    return new InputError(`${name}: a legacy Word 97–2003 document (.doc), not .docx: save it as .docx first`)
  }
  return new InputError(`${name}: the Word file is password-protected (encrypted): remove the password first`)
}

/** Whether a zip archive lists `word/document.xml` (central directory scan, no decompression). */
function zipHasWordDocument(buffer: Uint8Array): boolean {
  const b = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.length)
  return b.indexOf('word/document.xml', 0, 'latin1') !== -1
}

/**
 * The format of standard input from its content: `%PDF-` → pdf, a zip with word/document.xml →
 * docx, PNG/JPEG/TIFF magic → image, `<html` or `<!doctype html` → html, anything else → md.
 */
export function sniffFormat(buffer: Uint8Array, name: string): InputFormat {
  if (isPdf(buffer)) return 'pdf'
  if (isZip(buffer)) {
    if (zipHasWordDocument(buffer)) return 'docx'
    throw new InputError(`${name}: a zip archive that is not a Word document (.docx)`)
  }
  if (isOle(buffer)) throw oleError(name, buffer)
  if (imageType(buffer) !== undefined) return 'image'
  const head = decodeText(buffer.subarray(0, 4096)).trimStart().slice(0, 256).toLowerCase()
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html)/.test(head)) return 'html'
  return 'md'
}

const FORMAT_NOUN: Readonly<Record<InputFormat, string>> = {
  md: 'a Markdown file',
  txt: 'a text file',
  html: 'an HTML file',
  docx: 'a Word document (.docx)',
  pdf: 'a PDF file (.pdf)',
  image: 'a PNG, JPEG or TIFF image',
}

/** Throws when the size is 0 or above the format's limit. */
export function checkSize(name: string, format: InputFormat, size: number): void {
  if (size === 0) {
    throw new InputError(name === '<stdin>' ? '<stdin>: standard input is empty' : `${name}: the file is empty`)
  }
  const limit = SIZE_LIMITS[format]
  if (size > limit) {
    throw new InputError(
      `${name}: the file is too large (${(size / MB).toFixed(1)} MB; the limit for ${format} input is ${limit / MB} MB)`,
    )
  }
}

/**
 * Throws an InputError when the content does not match the format: a .docx that is not a zip, a
 * .pdf without a PDF header, a text format holding binary data.
 */
export function checkContent(buffer: Uint8Array, name: string, format: InputFormat): void {
  if (format === 'docx') {
    if (isZip(buffer)) return
    if (isOle(buffer)) throw oleError(name, buffer)
    throw new InputError(`${name}: not ${FORMAT_NOUN.docx}${looksLike(buffer)}`)
  }
  if (format === 'pdf') {
    if (isPdf(buffer)) return
    throw new InputError(`${name}: not ${FORMAT_NOUN.pdf}${looksLike(buffer)}`)
  }
  if (format === 'image') {
    if (imageType(buffer) !== undefined) return
    throw new InputError(`${name}: not ${FORMAT_NOUN.image}${looksLike(buffer)}`)
  }
  const known = looksLike(buffer)
  if (known !== '') throw new InputError(`${name}: not ${FORMAT_NOUN[format]}${known}`)
}

/** ` (it looks like a PDF)` and the like for known binary formats, else ''. */
function looksLike(buffer: Uint8Array): string {
  if (isPdf(buffer)) return ' (it looks like a PDF document)'
  if (isZip(buffer)) return zipHasWordDocument(buffer) ? ' (it looks like a Word document)' : ' (it looks like a zip archive)'
  if (isOle(buffer)) return ' (it looks like a legacy or encrypted Office file)'
  const image = imageType(buffer)
  if (image !== undefined) return ` (it looks like a ${image.toUpperCase()} image)`
  return ''
}

/** Throws when decoded text is binary data: NUL characters or mostly control characters. */
export function checkText(text: string, name: string, format: InputFormat): void {
  if (text.includes('\u0000')) throw new InputError(`${name}: not ${FORMAT_NOUN[format]} (binary content)`)
  const sample = text.slice(0, 65536)
  let control = 0
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 11 && c !== 13 && c !== 27) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) {
      control++
    }
  }
  if (sample.length > 0 && control / sample.length > 0.1) {
    throw new InputError(`${name}: not ${FORMAT_NOUN[format]} (binary content)`)
  }
}

/**
 * Decodes text bytes: UTF-16 when it has a UTF-16 BOM, UTF-8 when the bytes are valid UTF-8,
 * Windows-1252 otherwise. Strips a BOM; turns CRLF and lone CR into LF.
 */
export function decodeText(bytes: Uint8Array): string {
  let text: string
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes)
  } else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes)
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      text = decodeWindows1252(bytes)
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text
}

/** Windows-1252 characters for bytes 0x80–0x9F (the five unassigned bytes keep their C1 code). */
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178'

/**
 * Decodes Windows-1252. Done by hand: Node's `TextDecoder('windows-1252')` decodes as ISO-8859-1
 * in some versions, turning €, ’ and – into invisible C1 controls.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1')
  return latin1.replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c)
}
