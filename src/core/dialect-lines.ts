/**
 * The line grammar shared by the two readers of simple Markdown: the contract dialect parser
 * (`dialect.ts`, templates and clause texts) and the review's remark-free reader
 * (`read/markdown-simple.ts`). Each refuses what these lines do not cover and lets remark decide.
 */

export const BLANK = /^ *$/
export const ATX = /^(#{1,6})(?: +|$)/
export const BULLET = /^([-*+])( {1,4})(?=[^ ])/
export const ORDERED = /^(\d{1,9})([.)])( {1,4})(?=[^ ])/
export const THEMATIC = /^ {0,3}([-*_])(?: *\1){2,} *$/
export const DELIMITER_CELL = /^ *(:?)-+(:?) *$/

/**
 * Whether a line, at the start of a paragraph or as its continuation, is plain text: nothing
 * that could open a block, a list item, a table, a setext underline or a link definition.
 */
export function plain(line: string): boolean {
  const c = line[0]
  if (c === undefined || ' #>-+=|<`~:[\\'.includes(c)) return c === '\\' && line.length > 1
  if (c === '*' || c === '_') return line[1] !== ' ' && line[1] !== undefined && !THEMATIC.test(line)
  return !/^\d{1,9}[.)]/.test(line)
}
