/**
 * Inline content of the contract dialect (see dialect.ts): text, backslash escapes, emphasis and
 * strong emphasis (`*`, `_`), and text directives with a plain label or none (`:ref[article-id]`,
 * and `10:00`, which remark-directive reads as a directive named `00`). The
 * nodes are those remark (CommonMark + GFM + directives) makes of the same text, without positions.
 * Anything else — code spans, HTML, links, images, footnotes, character references,
 * strikethrough, hard breaks, literal autolinks, other directives — is outside the dialect:
 * `OutsideDialect` is thrown and the caller parses the text with remark instead.
 */
import type { PhrasingContent } from 'mdast'

/** Thrown when a text holds a construct the dialect does not parse the way remark does. */
export class OutsideDialect extends Error {}

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/
/** Unicode whitespace and punctuation as micromark classifies a character (one UTF-16 unit). */
const WHITESPACE = /\s/
const PUNCTUATION = /\p{P}|\p{S}/u
/** Characters next to which micromark's emphasis markers always open or close: GFM's `~` (not `*` nor `_`). */
const ATTENTION = new Set(['~'])
/** A text directive's plain label: `[data-protection-roles]`. */
const PLAIN_LABEL = /\[([a-z0-9-]+)\]/y
/** Starts of GFM literal autolinks (micromark's own syntax, which escapes would have broken). */
const LITERAL_AUTOLINK = /www\.|https?:/i
const ENTITY = /&[#a-zA-Z0-9]/y
/** The characters the inline parser looks at; any other is text. */
const SPECIAL = /[\\*_:`<~@&!\[\]]/g

type Token =
  | { kind: 'text'; value: string }
  | { kind: 'node'; node: PhrasingContent }
  | { kind: 'delim'; marker: '*' | '_'; count: number; open: boolean; close: boolean }

const WS = 1
const PUNCT = 2
function classify(ch: string | undefined): number {
  if (ch === undefined || WHITESPACE.test(ch)) return WS
  return PUNCTUATION.test(ch) ? PUNCT : 0
}

/**
 * Parses inline content (lines already joined by `\n`, each without leading or trailing spaces)
 * into phrasing nodes. Throws OutsideDialect for anything outside the dialect.
 */
export function parseInline(raw: string): PhrasingContent[] {
  const tokens: Token[] = []
  let text = ''
  const flush = () => {
    if (text !== '') tokens.push({ kind: 'text', value: text })
    text = ''
  }
  if (LITERAL_AUTOLINK.test(raw)) throw new OutsideDialect('literal autolink')
  /** Index of the last character written escaped (`\:` is no directive's previous colon). */
  let escaped = -1
  let i = 0
  while (i < raw.length) {
    // Plain characters up to the next one that may mean something, in one slice.
    SPECIAL.lastIndex = i
    const special = SPECIAL.exec(raw)
    const at = special ? special.index : raw.length
    if (at > i) {
      text += raw.slice(i, at)
      i = at
      if (!special) break
    }
    const ch = raw[i]!
    switch (ch) {
      case '\\': {
        const next = raw[i + 1]
        if (next === '\n' || next === undefined) throw new OutsideDialect('hard break')
        if (ASCII_PUNCTUATION.test(next)) {
          escaped = i + 1
          text += next
          i += 2
        } else {
          text += ch
          i += 1
        }
        continue
      }
      case '*':
      case '_': {
        let end = i + 1
        while (raw[end] === ch) end++
        const previous = raw[i - 1]
        const following = raw[end]
        const before = classify(previous)
        const after = classify(following)
        const open = after === 0 || (after === PUNCT && before !== 0) || ATTENTION.has(following!)
        const close = before === 0 || (before === PUNCT && after !== 0) || ATTENTION.has(previous!)
        flush()
        tokens.push({
          kind: 'delim',
          marker: ch,
          count: end - i,
          open: ch === '*' ? open : open && (before !== 0 || !close),
          close: ch === '*' ? close : close && (after !== 0 || !open),
        })
        i = end
        continue
      }
      case ':': {
        const directive = previousIsColon(raw, i, escaped) ? undefined : textDirective(raw, i)
        if (!directive) break
        flush()
        tokens.push({ kind: 'node', node: directive.node })
        i = directive.end
        continue
      }
      case '`':
      case '<':
      case '~':
      case '@':
        throw new OutsideDialect(ch)
      case '&':
        ENTITY.lastIndex = i
        if (ENTITY.test(raw)) throw new OutsideDialect('character reference')
        break
      case '!':
        if (raw[i + 1] === '[') throw new OutsideDialect('image')
        break
      case '[':
        if (raw[i + 1] === '^') throw new OutsideDialect('footnote')
        break
      case ']':
        if (raw[i + 1] === '(' || raw[i + 1] === '[') throw new OutsideDialect('link')
        break
      default:
        break
    }
    text += ch
    i += 1
  }
  flush()
  return resolveEmphasis(tokens)
}

/** Whether the character before a colon is an unescaped colon (after which micromark starts no directive). */
function previousIsColon(raw: string, i: number, escaped: number): boolean {
  return raw[i - 1] === ':' && escaped !== i - 1
}

/**
 * A text directive at a colon, as micromark-extension-directive reads one: a name (no white space,
 * no punctuation but `-` and `_`, not ending with either), then an optional label. `10:00` is a
 * directive named `00` to remark, so it is one here too. Returns undefined where remark sees text;
 * throws OutsideDialect for a label that is not plain or for attributes.
 */
function textDirective(raw: string, i: number): { node: PhrasingContent; end: number } | undefined {
  let end = i + 1
  const first = raw[end]
  if (first === undefined || WHITESPACE.test(first) || PUNCTUATION.test(first)) return undefined
  end++
  while (end < raw.length) {
    const c = raw[end]!
    if (WHITESPACE.test(c) || (PUNCTUATION.test(c) && c !== '-' && c !== '_')) break
    end++
  }
  const name = raw.slice(i + 1, end)
  if (name.endsWith('-') || name.endsWith('_') || raw[end] === ':') return undefined
  const children: PhrasingContent[] = []
  if (raw[end] === '[') {
    PLAIN_LABEL.lastIndex = end
    const label = PLAIN_LABEL.exec(raw)
    if (!label) throw new OutsideDialect('directive label')
    children.push({ type: 'text', value: label[1]! })
    end += label[0].length
  }
  if (raw[end] === '{') throw new OutsideDialect('directive attributes')
  return { node: { type: 'textDirective', name, attributes: {}, children } as unknown as PhrasingContent, end }
}

/**
 * CommonMark's emphasis resolution, as micromark does it: each closer, left to right, takes the
 * nearest opener of the same marker (the rule of three applied to the remaining lengths), two
 * markers when both sides have two, and what lies between becomes the new node's children.
 */
function resolveEmphasis(tokens: Token[]): PhrasingContent[] {
  let i = 0
  while (i < tokens.length) {
    const closer = tokens[i]!
    if (closer.kind !== 'delim' || !closer.close || closer.count === 0) {
      i++
      continue
    }
    let j = i - 1
    for (; j >= 0; j--) {
      const opener = tokens[j]!
      if (opener.kind !== 'delim' || !opener.open || opener.count === 0 || opener.marker !== closer.marker) continue
      if ((opener.close || closer.open) && closer.count % 3 !== 0 && (opener.count + closer.count) % 3 === 0) continue
      break
    }
    if (j < 0) {
      i++
      continue
    }
    const opener = tokens[j] as Extract<Token, { kind: 'delim' }>
    const use = opener.count > 1 && closer.count > 1 ? 2 : 1
    opener.count -= use
    closer.count -= use
    const children = phrasing(tokens.slice(j + 1, i))
    const node = { type: use === 2 ? 'strong' : 'emphasis', children } as PhrasingContent
    tokens.splice(j + 1, i - j - 1, { kind: 'node', node })
    i = j + 2
  }
  return phrasing(tokens)
}

/** Tokens to nodes: unused markers become text, adjacent texts one node (as mdast merges them). */
function phrasing(tokens: readonly Token[]): PhrasingContent[] {
  const out: PhrasingContent[] = []
  let text = ''
  for (const token of tokens) {
    if (token.kind === 'text') text += token.value
    else if (token.kind === 'delim') text += token.marker.repeat(token.count)
    else {
      if (text !== '') out.push({ type: 'text', value: text })
      text = ''
      out.push(token.node)
    }
  }
  if (text !== '') out.push({ type: 'text', value: text })
  return out
}
