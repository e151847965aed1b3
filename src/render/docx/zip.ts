/**
 * A minimal ZIP writer for DOCX packages: each entry compressed once with the platform's zlib
 * (raw deflate, native code, so several times faster than a JavaScript deflate), then local
 * headers, data and the central directory written into one buffer. Entries can be prepared once
 * and written into any number of packages (the fixed parts of every contract). No ZIP64: a DOCX
 * stays far below 4 GB.
 */
import { deflateRawSync } from 'node:zlib'

/** One file of the package, compressed and ready to be written. */
export interface ZipEntry {
  /** The entry name, UTF-8. */
  readonly name: Buffer
  readonly crc: number
  /** Uncompressed size in bytes. */
  readonly size: number
  /** Deflated bytes. */
  readonly data: Uint8Array
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c
  }
  return table
})()

/** CRC-32 (ISO-HDLC, the ZIP checksum) of the bytes. */
export function crc32(bytes: Uint8Array): number {
  let c = -1
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8)
  return (c ^ -1) >>> 0
}

/** Where text is encoded before it is compressed: one buffer, grown when needed, reused by every entry. */
let scratch = Buffer.allocUnsafe(1 << 20)

/**
 * The UTF-8 of the strings one after the other, in the scratch buffer (valid until the next
 * call). Encoding piece by piece never builds the whole text as one string: a document-sized
 * string is both slow to flatten and, being large, garbage that only a full collection frees.
 */
function encode(pieces: readonly string[]): Buffer {
  let at = 0
  for (const piece of pieces) {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8 (a surrogate pair, 2 units, takes 4).
    if (scratch.length - at < piece.length * 3) {
      const bigger = Buffer.allocUnsafe(Math.max(scratch.length * 2, at + piece.length * 3))
      scratch.copy(bigger, 0, 0, at)
      scratch = bigger
    }
    at += scratch.write(piece, at, 'utf8')
  }
  return scratch.subarray(0, at)
}

/**
 * Compresses one entry: its text, or the pieces of its text in order. Level 6 is zlib's default;
 * parts prepared once per process can afford 9.
 */
export function zipEntry(name: string, content: string | readonly string[], level = 6): ZipEntry {
  const bytes = encode(typeof content === 'string' ? [content] : content)
  return { name: Buffer.from(name, 'utf8'), crc: crc32(bytes), size: bytes.length, data: deflateRawSync(bytes, { level }) }
}

/** MS-DOS time and date of a moment, in local time, as ZIP stores them. */
function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.min(Math.max(date.getFullYear(), 1980), 2107)
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  }
}

const LOCAL_HEADER = 30
const CENTRAL_HEADER = 46
const END_RECORD = 22
/** Bit 11: names are UTF-8. */
const UTF8_NAMES = 0x0800

/** The ZIP file of the entries, in their order, each dated `modified`. */
export function zip(entries: readonly ZipEntry[], modified: Date): Buffer {
  const { time, date } = dosDateTime(modified)
  let size = END_RECORD
  for (const e of entries) size += LOCAL_HEADER + CENTRAL_HEADER + 2 * e.name.length + e.data.length
  const out = Buffer.allocUnsafe(size)
  const offsets: number[] = []
  let at = 0
  // Fields shared by the local header (from `version needed`) and the central header (from `version needed`).
  const common = (e: ZipEntry, p: number) => {
    out.writeUInt16LE(20, p) // version needed: 2.0 (deflate)
    out.writeUInt16LE(UTF8_NAMES, p + 2)
    out.writeUInt16LE(8, p + 4) // deflate
    out.writeUInt16LE(time, p + 6)
    out.writeUInt16LE(date, p + 8)
    out.writeUInt32LE(e.crc, p + 10)
    out.writeUInt32LE(e.data.length, p + 14)
    out.writeUInt32LE(e.size, p + 18)
    out.writeUInt16LE(e.name.length, p + 22)
    out.writeUInt16LE(0, p + 24) // extra field length
  }
  for (const e of entries) {
    offsets.push(at)
    out.writeUInt32LE(0x04034b50, at)
    common(e, at + 4)
    at += LOCAL_HEADER
    at += e.name.copy(out, at)
    out.set(e.data, at)
    at += e.data.length
  }
  const central = at
  for (const [i, e] of entries.entries()) {
    out.writeUInt32LE(0x02014b50, at)
    out.writeUInt16LE(20, at + 4) // version made by: 2.0, MS-DOS attributes
    common(e, at + 6)
    out.writeUInt16LE(0, at + 32) // comment length
    out.writeUInt16LE(0, at + 34) // disk number
    out.writeUInt16LE(0, at + 36) // internal attributes
    out.writeUInt32LE(0, at + 38) // external attributes
    out.writeUInt32LE(offsets[i]!, at + 42)
    at += CENTRAL_HEADER
    at += e.name.copy(out, at)
  }
  out.writeUInt32LE(0x06054b50, at)
  out.writeUInt16LE(0, at + 4) // this disk
  out.writeUInt16LE(0, at + 6) // disk of the central directory
  out.writeUInt16LE(entries.length, at + 8)
  out.writeUInt16LE(entries.length, at + 10)
  out.writeUInt32LE(at - central, at + 12)
  out.writeUInt32LE(central, at + 16)
  out.writeUInt16LE(0, at + 20) // comment length
  return out
}
