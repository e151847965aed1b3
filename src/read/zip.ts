/**
 * Bounded reading of a zip archive (a Word package) with fflate: no part and no total over
 * {@link MAX_UNCOMPRESSED} once decompressed, no compression ratio over {@link MAX_RATIO} for a
 * part over 1 MB. Sizes are checked from the central directory before anything is inflated, and
 * fflate inflates into a buffer of the declared size, so a lying header cannot grow memory.
 */
import { unzipSync } from 'fflate'
import { InputError } from '../core/errors.js'

const MB = 1024 * 1024
/** Largest decompressed part, and largest total of all parts, in bytes. */
export const MAX_UNCOMPRESSED = 200 * MB
/** Largest compression ratio accepted for a part bigger than 1 MB once decompressed. */
export const MAX_RATIO = 200

/** Bounded access to the parts of a zip archive. */
export class ZipReader {
  /** Lower-case part name → stored name. */
  private readonly names = new Map<string, string>()

  constructor(
    private readonly buffer: Uint8Array,
    private readonly name: string,
  ) {
    checkCentralDirectory(buffer, name)
    let total = 0
    this.unzip(() => false, (info) => {
      total += info.originalSize
      this.names.set(info.name.toLowerCase(), info.name)
    })
    if (total > MAX_UNCOMPRESSED) throw this.bomb()
  }

  /** The part decoded as text, or undefined if the archive does not have it. */
  text(path: string): string | undefined {
    const stored = this.names.get(path.replace(/^\/+/, '').toLowerCase())
    if (stored === undefined) return undefined
    const files = this.unzip((n) => n === stored)
    const bytes = files[stored]
    return bytes === undefined ? undefined : decodeXml(bytes)
  }

  private unzip(
    want: (name: string) => boolean,
    seen?: (info: { name: string; size: number; originalSize: number }) => void,
  ): Record<string, Uint8Array> {
    try {
      return unzipSync(this.buffer, {
        filter: (info) => {
          seen?.(info)
          if (!want(info.name)) return false
          const ratio = info.originalSize / Math.max(1, info.size)
          if (info.originalSize > MAX_UNCOMPRESSED || (info.originalSize > MB && ratio > MAX_RATIO)) throw this.bomb()
          return true
        },
      })
    } catch (error) {
      if (error instanceof InputError) throw error
      throw new InputError(`${this.name}: not a valid Word document (corrupt or truncated zip)`)
    }
  }

  private bomb(): InputError {
    return new InputError(`${this.name}: the Word file is too large once decompressed (possible zip bomb)`)
  }
}

/**
 * Checks the end-of-central-directory record before fflate walks the directory, so that a
 * truncated or forged archive fails fast instead of looping over garbage.
 */
function checkCentralDirectory(buffer: Uint8Array, name: string): void {
  const b = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.length)
  const corrupt = new InputError(`${name}: not a valid Word document (corrupt or truncated zip)`)
  const from = Math.max(0, b.length - 22 - 65535)
  let eocd = -1
  for (let i = b.length - 22; i >= from; i--) {
    if (b[i] === 0x50 && b.readUInt32LE(i) === 0x06054b50) {
      eocd = i
      break
    }
  }
  if (eocd === -1) throw corrupt
  const entries = b.readUInt16LE(eocd + 10)
  const size = b.readUInt32LE(eocd + 12)
  const offset = b.readUInt32LE(eocd + 16)
  if (offset === 0xffffffff || size === 0xffffffff || entries === 0xffff) return // zip64: fflate checks
  if (offset + size > eocd || entries * 46 > size) throw corrupt
}

/** Decodes an XML part: UTF-8, or UTF-16 with a BOM. */
function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)
  return new TextDecoder('utf-8').decode(bytes)
}

