/** Escaping text for WordprocessingML, as the docx library did (so that the XML stays byte-identical). */

/** The five predefined entities, and the control characters XML 1.0 forbids (dropped). */
const SPECIAL = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/
const SPECIALS = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' }

/** Text or an attribute value as XML: `& " ' < >` as entities, forbidden control characters removed. */
export function escapeXml(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIALS, (c) => ENTITIES[c] ?? '') : text
}
