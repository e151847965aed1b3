/**
 * Quarter turns of a page image, for pages scanned or photographed sideways or upside down
 * (Tesseract's own deskew only corrects small angles), with @napi-rs/canvas. Only for images this
 * program encoded (rendered PDF pages, images cleaned by clean-image.ts): the canvas decoder
 * crashes the process on some malformed files.
 */
import { createCanvas, loadImage } from '@napi-rs/canvas'
import { imageType } from './image-info.js'

/** The image turned clockwise by 90, 180 or 270 degrees, as PNG; undefined if it cannot be turned. */
export async function turnImage(image: Uint8Array, degrees: 90 | 180 | 270): Promise<Uint8Array | undefined> {
  const type = imageType(image)
  if (type !== 'png' && type !== 'jpeg') return undefined
  const source = await loadImage(Buffer.from(image.buffer, image.byteOffset, image.byteLength))
  const quarter = degrees !== 180
  const canvas = createCanvas(quarter ? source.height : source.width, quarter ? source.width : source.height)
  const context = canvas.getContext('2d')
  context.translate(canvas.width / 2, canvas.height / 2)
  context.rotate((degrees * Math.PI) / 180)
  context.drawImage(source, -source.width / 2, -source.height / 2)
  return canvas.toBuffer('image/png')
}

/** The width and height of a PNG or JPEG image as decoded. */
export async function imageSize(image: Uint8Array): Promise<{ width: number; height: number } | undefined> {
  const type = imageType(image)
  if (type !== 'png' && type !== 'jpeg') return undefined
  const source = await loadImage(Buffer.from(image.buffer, image.byteOffset, image.byteLength))
  return { width: source.width, height: source.height }
}
