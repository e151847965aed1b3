/**
 * Simple-font encodings and glyph names (ISO 32000-1 Annex D). Only WinAnsiEncoding is built in
 * (the base encoding most producers name); the glyph names are those of WinAnsiEncoding (the
 * Adobe Glyph List names of Latin-1 and Windows-1252), the `fi`/`fl` ligatures and `uniXXXX` /
 * `uXXXX[XX]` names. A code whose glyph name is not here makes the reader give up rather than
 * guess.
 */

/** WinAnsiEncoding's glyph names for codes 32–255 (Annex D.2), "" where the code has none. */
const WIN_ANSI_NAMES = (
  'space exclam quotedbl numbersign dollar percent ampersand quotesingle parenleft parenright asterisk plus comma hyphen period slash ' +
  'zero one two three four five six seven eight nine colon semicolon less equal greater question ' +
  'at A B C D E F G H I J K L M N O P Q R S T U V W X Y Z bracketleft backslash bracketright asciicircum underscore ' +
  'grave a b c d e f g h i j k l m n o p q r s t u v w x y z braceleft bar braceright asciitilde bullet ' +
  'Euro bullet quotesinglbase florin quotedblbase ellipsis dagger daggerdbl circumflex perthousand Scaron guilsinglleft OE bullet Zcaron bullet ' +
  'bullet quoteleft quoteright quotedblleft quotedblright bullet endash emdash tilde trademark scaron guilsinglright oe bullet zcaron Ydieresis ' +
  'space exclamdown cent sterling currency yen brokenbar section dieresis copyright ordfeminine guillemotleft logicalnot hyphen registered macron ' +
  'degree plusminus twosuperior threesuperior acute mu paragraph periodcentered cedilla onesuperior ordmasculine guillemotright onequarter onehalf threequarters questiondown ' +
  'Agrave Aacute Acircumflex Atilde Adieresis Aring AE Ccedilla Egrave Eacute Ecircumflex Edieresis Igrave Iacute Icircumflex Idieresis ' +
  'Eth Ntilde Ograve Oacute Ocircumflex Otilde Odieresis multiply Oslash Ugrave Uacute Ucircumflex Udieresis Yacute Thorn germandbls ' +
  'agrave aacute acircumflex atilde adieresis aring ae ccedilla egrave eacute ecircumflex edieresis igrave iacute icircumflex idieresis ' +
  'eth ntilde ograve oacute ocircumflex otilde odieresis divide oslash ugrave uacute ucircumflex udieresis yacute thorn ydieresis'
).split(' ')

/** Windows-1252's characters for 0x80–0x9F (the rest of 0x20–0xFF is Latin-1); "" where it has none. */
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

/** Glyph name → Unicode for the names above (the character at each name's first code). */
const GLYPH_UNICODE = new Map<string, string>()
WIN_ANSI_NAMES.forEach((name, i) => {
  if (GLYPH_UNICODE.has(name)) return
  const code = i + 32
  // Duplicates (space at 0xA0, hyphen at 0xAD) come after their first code; bullet is set below.
  GLYPH_UNICODE.set(name, code >= 0x80 && code <= 0x9f ? (CP1252_80_9F[code - 0x80] as string) : String.fromCharCode(code))
})
GLYPH_UNICODE.set('bullet', '\u2022')
GLYPH_UNICODE.set('fi', '\uFB01')
GLYPH_UNICODE.set('fl', '\uFB02')

/** WinAnsiEncoding: code → glyph name. */
export const WIN_ANSI: readonly string[] = [...(Array(32).fill('') as string[]), ...WIN_ANSI_NAMES]

/**
 * The Unicode text of a glyph name, or undefined when this reader does not know it. `uniXXXX`
 * and `uXXXX`…`uXXXXXX` name a code point directly (Adobe's glyph-naming rules).
 */
export function glyphUnicode(name: string): string | undefined {
  const known = GLYPH_UNICODE.get(name)
  if (known !== undefined) return known
  const m = /^uni([0-9A-F]{4})$/.exec(name) ?? /^u([0-9A-F]{4,6})$/.exec(name)
  if (m) {
    const code = parseInt(m[1] as string, 16)
    if ((code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return undefined
    return String.fromCodePoint(code)
  }
  return undefined
}
