/**
 * Image files (.png, .jpg/.jpeg, .tif/.tiff): checked from the header, decoded and encoded again
 * (PNG, JPEG, in a child process), then read by OCR as page 1.
 */
import { InputError } from '../../core/errors.js'
import { imageInfo } from './image-info.js'
import { cleanImage } from './clean-image.js'
import { noTextError, ocrPages, type OcrResult } from './ocr.js'
import type { OcrOptions } from './options.js'

/** Reads a scanned page or a photo of one. */
export async function readImage(buffer: Uint8Array, name: string, options: OcrOptions): Promise<OcrResult> {
  const info = imageInfo(buffer, name)
  if (info.frames > 1) {
    throw new InputError(`${name}: a TIFF with ${info.frames} pages: only single-page TIFF images are read; save the scan as a PDF instead`)
  }
  let clean: Uint8Array | undefined
  try {
    clean = await cleanImage(buffer)
  } catch {
    throw new InputError(`${name}: the ${info.type.toUpperCase()} image cannot be decoded (corrupt or truncated)`)
  }
  const result = await ocrPages([{ page: 1, load: async () => ({ image: clean ?? buffer }) }], name, options)
  if (result.blocks.length === 0) throw noTextError(name, 1)
  return result
}
