/** Image headers that claim a size, for the tests of image limits (no pixel data behind them). */

/** A PNG signature and IHDR chunk claiming the given size (no pixel data). */
export function pngHeader(width: number, height: number): Buffer {
  const b = Buffer.alloc(33)
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b, 0)
  b.writeUInt32BE(13, 8)
  b.write('IHDR', 12, 'latin1')
  b.writeUInt32BE(width, 16)
  b.writeUInt32BE(height, 20)
  b[24] = 8 // bit depth
  b[25] = 0 // grayscale
  return b
}

/** A JPEG start with an APP0 segment and a SOF0 frame claiming the given size. */
export function jpegHeader(width: number, height: number): Buffer {
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00])
  const sof = Buffer.from([0xff, 0xc0, 0x00, 0x0b, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x01, 0x01, 0x11, 0x00])
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof])
}

/** A little-endian TIFF with `frames` IFDs, each with ImageWidth and ImageLength (LONG). */
export function tiffHeader(width: number, height: number, frames = 1): Buffer {
  const ifdSize = 2 + 2 * 12 + 4
  const b = Buffer.alloc(8 + frames * ifdSize)
  b.write('II', 0, 'latin1')
  b.writeUInt16LE(42, 2)
  b.writeUInt32LE(8, 4)
  for (let f = 0; f < frames; f++) {
    const at = 8 + f * ifdSize
    b.writeUInt16LE(2, at)
    b.writeUInt16LE(256, at + 2)
    b.writeUInt16LE(4, at + 4)
    b.writeUInt32LE(1, at + 6)
    b.writeUInt32LE(width, at + 10)
    b.writeUInt16LE(257, at + 14)
    b.writeUInt16LE(4, at + 16)
    b.writeUInt32LE(1, at + 18)
    b.writeUInt32LE(height, at + 22)
    b.writeUInt32LE(f + 1 < frames ? at + ifdSize : 0, at + 26)
  }
  return b
}
