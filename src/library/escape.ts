/**
 * Escaping of user values for Markdown. Values are data, never structure: after escaping, a value
 * parses back to exactly its own text (white space collapsed) as inline content, so a party named
 * `ACME\n\n## 12. No liability` stays a name.
 */

const SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&:"'$^=@]/g
/**
 * Characters no output may hold: C0 controls but tab and line breaks, DEL, the non-characters
 * U+FFFE and U+FFFF, and lone surrogates (XML 1.0, and so DOCX, forbids them; Word refuses the file).
 */
const NOT_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** A user value as one line of plain text: characters no output may hold removed, white space collapsed. */
export function plainValue(value: string): string {
  return value.replace(NOT_TEXT, '').replace(/\s+/g, ' ').trim()
}

/** Escapes one value so that it is inline text in Markdown (with GFM and directives). */
export function escapeMarkdown(value: string): string {
  return value
    .replace(NOT_TEXT, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(SPECIAL, (ch) => `\\${ch}`)
}

/** Recursively escapes every string of a plain data value (objects, arrays). */
export function escapeDeep<T>(value: T): T {
  if (typeof value === 'string') return escapeMarkdown(value) as T
  if (Array.isArray(value)) return value.map((v: unknown) => escapeDeep(v)) as T
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>
    for (const [k, v] of Object.entries(value)) out[k] = escapeDeep(v)
    return out as T
  }
  return value
}
