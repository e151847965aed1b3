/**
 * The server's multipart parser gives what the runtime's own `formData()` gives, for bodies the
 * runtime encodes (as a browser does), and refuses bodies that are not multipart.
 */
import { describe, expect, it } from 'vitest'
import { boundaryOf, parseMultipart, type Part } from '../../src/web/multipart.js'

/** A FormData body as encoded by the runtime: its bytes and content type. */
async function encode(form: FormData): Promise<{ body: Buffer; type: string }> {
  const request = new Request('http://127.0.0.1/', { method: 'POST', body: form })
  return { body: Buffer.from(await request.arrayBuffer()), type: request.headers.get('content-type') ?? '' }
}

/** What the runtime reads from the same body, in the parser's terms. */
async function reference(body: Buffer, type: string): Promise<Array<{ name: string; filename?: string; data: string }>> {
  const form = await new Request('http://127.0.0.1/', { method: 'POST', body, headers: { 'content-type': type } }).formData()
  const out: Array<{ name: string; filename?: string; data: string }> = []
  for (const [name, value] of form.entries()) {
    if (typeof value === 'string') out.push({ name, data: Buffer.from(value).toString('hex') })
    else out.push({ name, filename: value.name, data: Buffer.from(await value.arrayBuffer()).toString('hex') })
  }
  return out
}

const view = (parts: Part[]) => parts.map((p) => ({ name: p.name, ...(p.filename !== undefined ? { filename: p.filename } : {}), data: p.data.toString('hex') }))

describe('the multipart parser', () => {
  it('reads files and fields exactly as the runtime does', async () => {
    const binary = Buffer.alloc(70_000)
    for (let i = 0; i < binary.length; i++) binary[i] = (i * 2654435761) >>> 24
    const form = new FormData()
    form.append('files', new Blob([new Uint8Array(binary)]), 'devis n°1 « été ».docx')
    form.append('files', new Blob(['line\r\n--not-a-boundary\r\n\r\nend\r\n']), 'a "quoted"\nname.md')
    form.append('with', new Blob([]), 'empty.pdf')
    form.append('lang', 'fr')
    form.append('ui', 'répertoire « x »\r\nsecond line')
    const { body, type } = await encode(form)
    const boundary = boundaryOf(type)
    expect(boundary).toBeDefined()
    const parts = parseMultipart(body, boundary!)
    expect(parts).toHaveLength(5)
    expect(view(parts)).toEqual(await reference(body, type))
    expect(parts[0]!.filename).toBe('devis n°1 « été ».docx')
    expect(parts[0]!.data.equals(binary)).toBe(true)
  })

  it('reads the boundary plain or quoted', () => {
    expect(boundaryOf('multipart/form-data; boundary=----abc123')).toBe('----abc123')
    expect(boundaryOf('multipart/form-data; boundary="a b:c"')).toBe('a b:c')
    expect(boundaryOf('multipart/form-data')).toBeUndefined()
  })

  it('refuses what is not a multipart body', () => {
    const b = 'XyZ'
    const bad = [
      'no boundary at all',
      `--${b}\r\nContent-Disposition: form-data; name="a"\r\n\r\nvalue without the closing boundary`,
      `--${b}\r\nContent-Disposition: form-data; name="a"\r\nno end of headers`,
      `--${b}\r\nContent-Disposition: attachment; name="a"\r\n\r\nx\r\n--${b}--\r\n`,
      `--${b}\r\nContent-Disposition: form-data\r\n\r\nx\r\n--${b}--\r\n`,
      `--${b}Content-Disposition: form-data; name="a"\r\n\r\nx\r\n--${b}--\r\n`,
    ]
    for (const text of bad) expect(() => parseMultipart(Buffer.from(text), b), text).toThrow()
    expect(view(parseMultipart(Buffer.from(`preamble\r\n--${b}\r\ncontent-disposition: form-data; name="a"\r\n\r\nx\r\n--${b}--\r\n`), b))).toEqual([{ name: 'a', data: Buffer.from('x').toString('hex') }])
  })
})
