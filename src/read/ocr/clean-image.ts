/**
 * An image file decoded and encoded again as PNG before OCR, in a child process: @napi-rs/canvas
 * 0.1.100 crashes the whole process (segmentation fault) on some malformed PNG and JPEG files, and
 * the engine's own decoder prints its errors on standard error. Isolated, a crash is one input
 * error; the engine then only ever decodes a clean PNG, on white (transparent parts become paper),
 * and a truncated file is read as far as it goes.
 */
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { imageType, MAX_PIXELS } from './image-info.js'

/** The child: reads the image on stdin, writes the PNG on stdout, exits 3 when it cannot decode. */
const CHILD = `
const { createCanvas, loadImage } = require(process.argv[1])
const chunks = []
process.stdin.on('data', (c) => chunks.push(c))
process.stdin.on('end', async () => {
  try {
    const image = await loadImage(Buffer.concat(chunks))
    if (!(image.width > 0 && image.height > 0)) process.exit(3)
    const canvas = createCanvas(image.width, image.height)
    const context = canvas.getContext('2d')
    context.fillStyle = '#ffffff'
    context.fillRect(0, 0, canvas.width, canvas.height)
    context.drawImage(image, 0, 0)
    process.stdout.write(canvas.toBuffer('image/png'), () => process.exit(0))
  } catch {
    process.exit(3)
  }
})
`

/** Longest a decode may take. */
const DECODE_TIMEOUT_MS = 60_000

/**
 * The PNG or JPEG image decoded and encoded again as PNG, or undefined for other types (TIFF goes
 * to the engine as it is). Rejects when the image cannot be decoded (the caller makes it an input
 * error).
 */
export async function cleanImage(image: Uint8Array): Promise<Uint8Array | undefined> {
  const type = imageType(image)
  if (type !== 'png' && type !== 'jpeg') return undefined
  const canvas = createRequire(import.meta.url).resolve('@napi-rs/canvas')
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', CHILD, canvas], { stdio: ['pipe', 'pipe', 'ignore'], timeout: DECODE_TIMEOUT_MS })
    const out: Buffer[] = []
    let size = 0
    // A PNG of the largest accepted image, uncompressed, is below 4 bytes a pixel plus overhead.
    const limit = MAX_PIXELS * 4 + 1024 * 1024
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) child.kill('SIGKILL')
      else out.push(chunk)
    })
    child.on('error', reject)
    child.on('close', (code) => {
      if (code === 0 && size > 0 && size <= limit) resolve(Buffer.concat(out, size))
      else reject(new Error(`the image decoder stopped (${code ?? 'signal'})`))
    })
    child.stdin.on('error', () => undefined)
    child.stdin.end(Buffer.from(image.buffer, image.byteOffset, image.byteLength))
  })
}
