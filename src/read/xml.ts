/**
 * A small streaming XML tokenizer for OOXML parts: start tags (with their raw attribute text),
 * end tags and text, in one linear pass with `indexOf`. It never resolves entities beyond the five
 * predefined ones and numeric references, and refuses any document type declaration: `<!DOCTYPE`,
 * `<!ENTITY` and the like throw {@link XmlDeclarationError} (no XXE, no billion laughs).
 */

/** A `<!DOCTYPE>`, `<!ENTITY>` or other markup declaration was found. */
export class XmlDeclarationError extends Error {
  constructor() {
    super('XML markup declarations (DOCTYPE, ENTITY) are refused')
    this.name = 'XmlDeclarationError'
  }
}

/** The XML is not well-formed enough to tokenize (an unclosed tag, comment or CDATA section). */
export class XmlSyntaxError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'XmlSyntaxError'
  }
}

/** Callbacks of {@link scanXml}. */
export interface XmlHandler {
  /**
   * A start tag; `attributes` is the raw text between the name and `>` (see {@link attribute}).
   * A self-closing tag (`<w:tab/>`) gets no `close` call.
   */
  open(name: string, attributes: string, selfClosing: boolean): void
  close(name: string): void
  /** Character data, entities already decoded. */
  text(value: string): void
}

/** Tokenizes `xml`, calling the handler for each start tag, end tag and text run. */
export function scanXml(xml: string, handler: XmlHandler): void {
  let pos = 0
  const length = xml.length
  while (pos < length) {
    const lt = xml.indexOf('<', pos)
    if (lt === -1) {
      emitText(xml.slice(pos), handler)
      break
    }
    if (lt > pos) emitText(xml.slice(pos, lt), handler)
    const next = xml.charCodeAt(lt + 1)
    if (next === 63 /* ? */) {
      const end = xml.indexOf('?>', lt + 2)
      if (end === -1) throw new XmlSyntaxError('unclosed processing instruction')
      pos = end + 2
    } else if (next === 33 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4)
        if (end === -1) throw new XmlSyntaxError('unclosed comment')
        pos = end + 3
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9)
        if (end === -1) throw new XmlSyntaxError('unclosed CDATA section')
        handler.text(xml.slice(lt + 9, end))
        pos = end + 3
      } else {
        throw new XmlDeclarationError()
      }
    } else if (next === 47 /* / */) {
      const end = xml.indexOf('>', lt + 2)
      if (end === -1) throw new XmlSyntaxError('unclosed end tag')
      handler.close(xml.slice(lt + 2, end).trim())
      pos = end + 1
    } else {
      const end = tagEnd(xml, lt + 1)
      if (end === -1) throw new XmlSyntaxError('unclosed start tag')
      const selfClosing = xml.charCodeAt(end - 1) === 47
      const inner = xml.slice(lt + 1, selfClosing ? end - 1 : end)
      let nameEnd = 0
      while (nameEnd < inner.length && !isSpace(inner.charCodeAt(nameEnd))) nameEnd++
      const name = inner.slice(0, nameEnd)
      if (name === '') throw new XmlSyntaxError('empty tag name')
      handler.open(name, inner.slice(nameEnd), selfClosing)
      pos = end + 1
    }
  }
}

/** Index of the `>` closing a start tag, skipping quoted attribute values; -1 if none. */
function tagEnd(xml: string, from: number): number {
  let quote = 0
  for (let i = from; i < xml.length; i++) {
    const c = xml.charCodeAt(i)
    if (quote !== 0) {
      if (c === quote) quote = 0
    } else if (c === 34 || c === 39) {
      quote = c
    } else if (c === 62) {
      return i
    } else if (c === 60) {
      return -1
    }
  }
  return -1
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13
}

function emitText(raw: string, handler: XmlHandler): void {
  handler.text(raw.includes('&') ? decodeEntities(raw) : raw)
}

const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

/** Decodes the predefined entities and numeric character references; leaves anything else. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,4});/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole
    }
    return PREDEFINED[ref] ?? whole
  })
}

/** The decoded value of attribute `name` in a start tag's raw attribute text, if present. */
export function attribute(attributes: string, name: string): string | undefined {
  let from = 0
  for (;;) {
    const at = attributes.indexOf(name, from)
    if (at === -1) return undefined
    from = at + name.length
    const before = at === 0 ? 32 : attributes.charCodeAt(at - 1)
    if (!isSpace(before)) continue
    let i = from
    while (i < attributes.length && isSpace(attributes.charCodeAt(i))) i++
    if (attributes[i] !== '=') continue
    i++
    while (i < attributes.length && isSpace(attributes.charCodeAt(i))) i++
    const quote = attributes[i]
    if (quote !== '"' && quote !== "'") continue
    const end = attributes.indexOf(quote, i + 1)
    if (end === -1) return undefined
    return decodeEntities(attributes.slice(i + 1, end))
  }
}
