/**
 * What an image file is before anything decodes it: the type from its magic bytes, and its size
 * in pixels from its header. Checking the header first is what stops a pixel bomb (a few bytes
 * that claim 100,000 × 100,000 pixels) before a decoder allocates gigabytes.
 */
import { InputError } from '../../core/errors.js'

/** Image types the OCR reads. */
export type ImageType = 'png' | 'jpeg' | 'tiff'

/** An image's type and size, from its header. */
export interface ImageInfo {
  type: ImageType
  width: number
  height: number
  /** Number of images in the file (TIFF pages; 1 otherwise). */
  frames: number
}

/** Largest image the OCR decodes, in pixels (an A4 page at 600 dpi is about 35 million). */
export const MAX_PIXELS = 50_000_000
/** Longest side accepted, in pixels. */
export const MAX_SIDE = 20_000

/** The image type from the magic bytes, or undefined. */
export function imageType(bytes: Uint8Array): ImageType | undefined {
  if (bytes.length >= 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png'
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg'
  if (bytes.length >= 8 && ((bytes[0] === 0x49 && bytes[1] === 0x49 && bytes[2] === 0x2a && bytes[3] === 0) || (bytes[0] === 0x4d && bytes[1] === 0x4d && bytes[2] === 0 && bytes[3] === 0x2a))) return 'tiff'
  return undefined
}

/**
 * Reads the type and size of an image from its header, and checks them against the limits.
 * Throws a one-line InputError for an unknown, truncated or oversized image.
 */
export function imageInfo(bytes: Uint8Array, name: string): ImageInfo {
  const type = imageType(bytes)
  if (type === undefined) throw new InputError(`${name}: not a PNG, JPEG or TIFF image`)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const size = type === 'png' ? pngSize(view) : type === 'jpeg' ? jpegSize(view) : tiffSize(view)
  if (size === undefined) throw new InputError(`${name}: the ${type.toUpperCase()} image is corrupt or truncated (no readable header)`)
  const { width, height, frames } = size
  if (width === 0 || height === 0) throw new InputError(`${name}: the ${type.toUpperCase()} image is empty (${width} × ${height} pixels)`)
  if (width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) {
    throw new InputError(
      `${name}: the image is too large to read (${width} × ${height} pixels; the limit is ${MAX_PIXELS / 1_000_000} million pixels and ${MAX_SIDE} pixels a side)`,
    )
  }
  return { type, width, height, frames }
}

interface Size {
  width: number
  height: number
  frames: number
}

function pngSize(view: DataView): Size | undefined {
  // Signature (8), IHDR length (4), "IHDR" (4), width (4), height (4).
  if (view.byteLength < 24 || view.getUint32(12) !== 0x49484452) return undefined
  return { width: view.getUint32(16), height: view.getUint32(20), frames: 1 }
}

/** Start-of-frame markers (SOF0–SOF15 but DHT, JPG and DAC). */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc
}

function jpegSize(view: DataView): Size | undefined {
  let at = 2
  while (at + 9 < view.byteLength) {
    if (view.getUint8(at) !== 0xff) return undefined
    const marker = view.getUint8(at + 1)
    if (marker === 0xff) {
      at++
      continue
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2
      continue
    }
    if (marker === 0xd9 || marker === 0xda) return undefined
    const length = view.getUint16(at + 2)
    if (length < 2) return undefined
    if (isStartOfFrame(marker)) return { height: view.getUint16(at + 5), width: view.getUint16(at + 7), frames: 1 }
    at += 2 + length
  }
  return undefined
}

/** At most this many IFDs are followed (a loop of IFD offsets ends there). */
const MAX_TIFF_FRAMES = 10_000

function tiffSize(view: DataView): Size | undefined {
  const little = view.getUint8(0) === 0x49
  const u16 = (at: number) => view.getUint16(at, little)
  const u32 = (at: number) => view.getUint32(at, little)
  let ifd = u32(4)
  let width = 0
  let height = 0
  let frames = 0
  const seen = new Set<number>()
  while (ifd !== 0 && frames < MAX_TIFF_FRAMES) {
    if (seen.has(ifd) || ifd + 2 > view.byteLength) return frames > 0 ? { width, height, frames } : undefined
    seen.add(ifd)
    const count = u16(ifd)
    if (ifd + 2 + count * 12 + 4 > view.byteLength) return frames > 0 ? { width, height, frames } : undefined
    if (frames === 0) {
      for (let i = 0; i < count; i++) {
        const entry = ifd + 2 + i * 12
        const tag = u16(entry)
        const type = u16(entry + 2)
        const value = type === 3 ? u16(entry + 8) : u32(entry + 8)
        if (tag === 256) width = value
        else if (tag === 257) height = value
      }
    }
    frames++
    ifd = u32(ifd + 2 + count * 12)
  }
  return { width, height, frames }
}
