/**
 * Text items of a page (ISO 32000-1 §9.4, text objects and operators): the content stream is
 * interpreted for the graphics state (q/Q/cm), the text state (Tc, Tw, Tz, TL, Tf, Ts), the text
 * matrices (BT, Tm, Td, TD, T*) and the text-showing operators (Tj, TJ, ', "), with Form XObjects
 * drawn in place. Glyphs are joined into items the way pdf.js's `getTextContent` joins them
 * (same thresholds: a gap of 0.102–0.6 em is a space in the item, a wider gap or a line change
 * starts a new item, marked-content and XObject boundaries end one), so that the line and block
 * building of `pdf.ts` sees the same runs from either reader. Operators or states this module
 * does not follow throw `Unsupported`.
 */
import type { PdfFile } from './file.js'
import { fontAlias, loadFont, type Font } from './fonts.js'
import { EOF, Lexer, Parser, PdfCommand, PdfName, PdfRef, Unsupported, isDict, isStream, type PdfDict, type PdfValue } from './objects.js'

/** A text item, in pdf.js's shape (what `pdf.ts` reads of it). */
export interface TextItem {
  str: string
  width: number
  height: number
  transform: number[]
  fontName: string
}

type Matrix = number[]

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0]

function multiply(m1: Matrix, m2: Matrix): Matrix {
  const [a1, b1, c1, d1, e1, f1] = m1 as [number, number, number, number, number, number]
  const [a2, b2, c2, d2, e2, f2] = m2 as [number, number, number, number, number, number]
  return [a1 * a2 + c1 * b2, b1 * a2 + d1 * b2, a1 * c2 + c1 * d2, b1 * c2 + d1 * d2, a1 * e2 + c1 * f2 + e1, b1 * e2 + d1 * f2 + f1]
}

interface State {
  ctm: Matrix
  font: Font | undefined
  /** The font's resource name and size as last set (Tf's shortcut compares them). */
  fontName: string | undefined
  fontSize: number
  textMatrix: Matrix
  textLineMatrix: Matrix
  charSpacing: number
  wordSpacing: number
  leading: number
  textHScale: number
  textRise: number
}

function cloneState(s: State): State {
  return { ...s, textMatrix: s.textMatrix.slice(), textLineMatrix: s.textLineMatrix.slice() }
}

function translate(m: Matrix, x: number, y: number): void {
  m[4] = (m[0] as number) * x + (m[2] as number) * y + (m[4] as number)
  m[5] = (m[1] as number) * x + (m[3] as number) * y + (m[5] as number)
}

/** Operand counts of every operator (§A.2); -1: any number. */
const OPERATORS: Record<string, number> = {
  w: 1, J: 1, j: 1, M: 1, d: 2, ri: 1, i: 1, gs: 1, q: 0, Q: 0, cm: 6,
  m: 2, l: 2, c: 6, v: 4, y: 4, h: 0, re: 4, S: 0, s: 0, f: 0, F: 0, 'f*': 0, B: 0, 'B*': 0, b: 0, 'b*': 0, n: 0, W: 0, 'W*': 0,
  BT: 0, ET: 0, Tc: 1, Tw: 1, Tz: 1, TL: 1, Tf: 2, Tr: 1, Ts: 1, Td: 2, TD: 2, Tm: 6, 'T*': 0, Tj: 1, TJ: 1, "'": 1, '"': 3,
  d0: 2, d1: 6, CS: 1, cs: 1, SC: -1, SCN: -1, sc: -1, scn: -1, G: 1, g: 1, RG: 3, rg: 3, K: 4, k: 4,
  sh: 1, Do: 1, MP: 1, DP: 2, BMC: 1, BDC: 2, EMC: 0, BX: 0, EX: 0,
}

/**
 * The operators `interpret` acts on, by a code their `PdfCommand` carries: its switch runs over
 * small integers (one jump) where a switch over the operator's name compared it with each case in
 * turn, ~30 comparisons for the operators it passes over (rg, re, ET…), run in V8's interpreter
 * until the loop is optimized.
 */
const enum Op {
  q,
  Q,
  cm,
  Tf,
  Ts,
  Tz,
  TL,
  Td,
  TD,
  TStar,
  Tm,
  Tc,
  Tw,
  BT,
  TJ,
  Tj,
  Quote,
  DoubleQuote,
  BMC,
  BDC,
  EMC,
  gs,
  Do,
  d0,
  d1
}

/** Each acted-on operator's code, by name. */
const OP_CODES: Record<string, Op> = {
  q: Op.q,
  Q: Op.Q,
  cm: Op.cm,
  Tf: Op.Tf,
  Ts: Op.Ts,
  Tz: Op.Tz,
  TL: Op.TL,
  Td: Op.Td,
  TD: Op.TD,
  'T*': Op.TStar,
  Tm: Op.Tm,
  Tc: Op.Tc,
  Tw: Op.Tw,
  BT: Op.BT,
  TJ: Op.TJ,
  Tj: Op.Tj,
  "'": Op.Quote,
  '"': Op.DoubleQuote,
  BMC: Op.BMC,
  BDC: Op.BDC,
  EMC: Op.EMC,
  gs: Op.gs,
  Do: Op.Do,
  d0: Op.d0,
  d1: Op.d1
}

// Every operator's command carries its operand count and code (other commands keep none).
for (const [name, count] of Object.entries(OPERATORS)) {
  const command = PdfCommand.of(name)
  command.arity = count
  command.code = OP_CODES[name] ?? -1
}

const TRACKING_SPACE = 0.102
const NOT_A_SPACE = 0.03
const NEGATIVE_SPACE = -0.2
const SPACE_IN_FLOW_MIN = 0.102
const SPACE_IN_FLOW_MAX = 0.6
const VERTICAL_SHIFT = 0.25

/** Characters of right-to-left scripts: pdf.js reorders them (bidi), which this reader does not. */
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/
/** Compatibility characters pdf.js replaces by their NFKC form in text items. */
const NORMALIZE = /([\u00a0\u00b5\u037e\u0eb3\u2000-\u200a\u202f\u2126\ufb00-\ufb04\ufb06\ufb20-\ufb36\ufb38-\ufb3c\ufb3e\ufb40-\ufb41\ufb43-\ufb44\ufb46-\ufba1\ufba4-\ufba9\ufbae-\ufbb1\ufbd3-\ufbdc\ufbde-\ufbe7\ufbea-\ufbf8\ufbfc-\ufbfd\ufc00-\ufc5d\ufc64-\ufcf1\ufcf5-\ufd3d\ufd88\ufdf4\ufdfa-\ufdfb\ufe71\ufe77\ufe79\ufe7b\ufe7d]+)|(\ufb05+)/gu

function normalize(text: string): string {
  return text.replace(NORMALIZE, (_, p1: string | undefined, p2: string) => (p1 ? p1.normalize('NFKC') : 'ſt'.repeat(p2.length)))
}

/** Loads fonts once per document, keyed by reference (or by dictionary for direct ones). */
export class FontCache {
  private readonly byKey = new Map<string | PdfDict, Font>()
  /** Font names by descriptor and alias key (see `fontAlias`). */
  private readonly aliases = new Map<PdfDict, Map<string, string>>()
  private count = 0
  constructor(private readonly file: PdfFile) {}

  font(raw: PdfValue | undefined): Font {
    const key = raw instanceof PdfRef ? raw.key : raw
    if (!key || !(typeof key === 'string' || isDict(key))) throw new Unsupported('font resource')
    let font = this.byKey.get(key)
    if (font) return font
    const dict = this.file.resolve(raw)
    if (!isDict(dict)) throw new Unsupported('font is not a dictionary')
    const alias = fontAlias(this.file, dict)
    let id: string | undefined
    if (alias) {
      let names = this.aliases.get(alias.descriptor)
      if (!names) this.aliases.set(alias.descriptor, (names = new Map()))
      id = names.get(alias.key)
      if (id === undefined) names.set(alias.key, (id = `f${++this.count}`))
    }
    font = loadFont(this.file, dict, id ?? `f${++this.count}`)
    this.byKey.set(key, font)
    return font
  }
}

/** The text items of a page's content stream. */
export function pageItems(file: PdfFile, fonts: FontCache, contents: Uint8Array, resources: PdfDict, view: readonly number[]): TextItem[] {
  const items: TextItem[] = []
  const state: State = {
    ctm: IDENTITY.slice(),
    font: undefined,
    fontName: undefined,
    fontSize: 0,
    textMatrix: IDENTITY.slice(),
    textLineMatrix: IDENTITY.slice(),
    charSpacing: 0,
    wordSpacing: 0,
    leading: 0,
    textHScale: 1,
    textRise: 0,
  }
  interpret({ file, fonts, view, items, seen: new Set() }, contents, resources, state)
  return items
}

interface Context {
  file: PdfFile
  fonts: FontCache
  view: readonly number[]
  items: TextItem[]
  /** Form XObjects being drawn (a form that draws itself is refused). */
  seen: Set<string>
}

/** The text item being built and the previous glyph's place (pdf.js's `textContentItem`). */
class ItemState {
  initialized = false
  str: string[] = []
  totalWidth = 0
  totalHeight = 0
  width = 0
  height = 0
  /** Whether a glyph has been placed (pdf.js's prevTransform is set). */
  hasPrev = false
  /** The previous glyph's end: its rendering matrix after the advance. */
  prevX = 0
  prevY = 0
  prevA = 0
  prevB = 0
  prevC = 0
  prevD = 0
  textAdvanceScale = 0
  spaceInFlowMin = 0
  spaceInFlowMax = 0
  trackingSpaceMin = Infinity
  negativeSpaceMax = -Infinity
  notASpace = -Infinity
  transform: Matrix = IDENTITY
  fontName = ''
  /** Which of the last two characters is older. */
  lastPos = 0
}

/** One run of `getTextContent` over a content stream (a page's or a form's). */
function interpret(ctx: Context, contents: Uint8Array, resources: PdfDict, initial: State): void {
  const { file, view } = ctx
  let state = initial
  const stack: State[] = []

  // The item being built (fields of an object: numbers in closure variables would be boxed on every write).
  const it = new ItemState()

  // The last two characters seen, for the "x space y" rule.
  const last = [' ', ' ']
  const saveLastChar = (char: string): boolean => {
    const next = (it.lastPos + 1) % 2
    const ret = last[it.lastPos] !== ' ' && last[next] === ' '
    last[it.lastPos] = char
    it.lastPos = next
    return ret
  }
  const shouldAddWhitespace = (): boolean => last[it.lastPos] !== ' ' && last[(it.lastPos + 1) % 2] === ' '
  const resetLastChars = (): void => {
    last[0] = last[1] = ' '
    it.lastPos = 0
  }

  /**
   * The text rendering matrix ctm × (textMatrix × [size·scale 0 0 size 0 rise]) into `out`, with
   * the same floating-point operations as pdf.js (the zero terms it adds change no value).
   */
  const renderMatrix = (out: Matrix): Matrix => {
    const tm = state.textMatrix
    const ctm = state.ctm
    const fs = state.fontSize
    const fsh = fs * state.textHScale
    const rise = state.textRise
    const a = (tm[0] as number) * fsh
    const b = (tm[1] as number) * fsh
    const c = (tm[2] as number) * fs
    const d = (tm[3] as number) * fs
    const e = (tm[2] as number) * rise + (tm[4] as number)
    const f = (tm[3] as number) * rise + (tm[5] as number)
    const c0 = ctm[0] as number
    const c1 = ctm[1] as number
    const c2 = ctm[2] as number
    const c3 = ctm[3] as number
    out[0] = c0 * a + c2 * b
    out[1] = c1 * a + c3 * b
    out[2] = c0 * c + c2 * d
    out[3] = c1 * c + c3 * d
    out[4] = c0 * e + c2 * f + (ctm[4] as number)
    out[5] = c1 * e + c3 * f + (ctm[5] as number)
    return out
  }
  const currentTransform = (): Matrix => renderMatrix([0, 0, 0, 0, 0, 0])

  const ensureItem = (): void => {
    if (it.initialized) return
    it.fontName = (state.font as Font).id
    const trm = (it.transform = currentTransform())
    it.width = it.totalWidth = 0
    it.height = it.totalHeight = Math.hypot(trm[2] as number, trm[3] as number)
    it.textAdvanceScale = Math.hypot(state.ctm[0] as number, state.ctm[1] as number) * Math.hypot(state.textLineMatrix[0] as number, state.textLineMatrix[1] as number)
    const size = state.fontSize
    it.trackingSpaceMin = size * TRACKING_SPACE
    it.notASpace = size * NOT_A_SPACE
    it.negativeSpaceMax = size * NEGATIVE_SPACE
    it.spaceInFlowMin = size * SPACE_IN_FLOW_MIN
    it.spaceInFlowMax = size * SPACE_IN_FLOW_MAX
    it.initialized = true
  }

  const updateAdvanceScale = (): void => {
    if (!it.initialized) return
    const scale = Math.hypot(state.ctm[0] as number, state.ctm[1] as number) * Math.hypot(state.textLineMatrix[0] as number, state.textLineMatrix[1] as number)
    if (scale === it.textAdvanceScale) return
    it.totalWidth += it.width * it.textAdvanceScale
    it.width = 0
    it.textAdvanceScale = scale
  }

  const flush = (): void => {
    if (!it.initialized) return
    it.totalWidth += it.width * it.textAdvanceScale
    const text = it.str.join('')
    if (RTL.test(text)) throw new Unsupported('right-to-left text')
    // Items of white-space only are dropped by the reader; keep the others.
    if (text.trim() !== '') ctx.items.push({ str: normalize(text), width: Math.abs(it.totalWidth), height: Math.abs(it.totalHeight), transform: it.transform, fontName: it.fontName })
    it.initialized = false
    it.str = []
  }

  /** A white-space item: it ends the current one (the reader ignores white-space items). */
  const pushWhitespace = (): void => undefined

  const addFakeSpaces = (w: number, orientation: number): boolean => {
    if (orientation * it.spaceInFlowMin <= w && w <= orientation * it.spaceInFlowMax) {
      if (it.initialized) {
        resetLastChars()
        it.str.push(' ')
      }
      return false
    }
    flush()
    resetLastChars()
    pushWhitespace()
    return true
  }

  const appendEOL = (): void => {
    resetLastChars()
    if (it.initialized) flush()
  }

  /**
   * Places the next glyph, at (posX, posY) with rendering matrix [a b c d posX posY], relative to
   * the previous one; false when it is outside the page.
   */
  const compareWithLastPosition = (glyphWidth: number, posX: number, posY: number, a: number, b: number, c: number, d: number): boolean => {
    if (posX + glyphWidth < (view[0] as number) || posX > (view[2] as number) || posY < (view[1] as number) || posY > (view[3] as number)) return false
    if (!it.hasPrev) return true
    let lastX = it.prevX
    let lastY = it.prevY
    if (lastX === posX && lastY === posY) return true
    if (a && b === 0 && c === 0) {
      if (a < 0) [posX, posY, lastX, lastY] = [-posX, -posY, -lastX, -lastY]
    } else if (b && a === 0 && d === 0) {
      if (b > 0) {
        ;[posX, posY] = [posY, posX]
        ;[lastX, lastY] = [lastY, lastX]
      } else {
        ;[posX, posY] = [-posY, -posX]
        ;[lastX, lastY] = [-lastY, -lastX]
      }
    } else {
      // Any other angle: both points rotated back by their own matrix.
      const scale = Math.hypot(a, b)
      const x = posX
      posX = (a * x + b * posY) / scale
      posY = (c * x + d * posY) / scale
      const prevScale = Math.hypot(it.prevA, it.prevB)
      const lx = lastX
      lastX = (it.prevA * lx + it.prevB * lastY) / prevScale
      lastY = (it.prevC * lx + it.prevD * lastY) / prevScale
    }
    const advanceX = (posX - lastX) / it.textAdvanceScale
    const advanceY = posY - lastY
    const orientation = Math.sign(it.width)
    if (advanceX < orientation * it.negativeSpaceMax) {
      if (Math.abs(advanceY) > 0.5 * it.height) {
        appendEOL()
        return true
      }
      resetLastChars()
      flush()
      return true
    }
    if (Math.abs(advanceY) > it.height) {
      appendEOL()
      return true
    }
    if (advanceX <= orientation * it.notASpace) resetLastChars()
    if (advanceX <= orientation * it.trackingSpaceMin) {
      if (shouldAddWhitespace()) {
        resetLastChars()
        flush()
        pushWhitespace()
      } else {
        it.width += advanceX
      }
    } else if (!addFakeSpaces(advanceX, orientation)) {
      if (it.str.length === 0) {
        resetLastChars()
        pushWhitespace()
      } else {
        it.width += advanceX
      }
    }
    if (Math.abs(advanceY) > it.height * VERTICAL_SHIFT) flush()
    return true
  }

  /**
   * Shows a string. Within one string only the text matrix's translation moves, so the parts of
   * the rendering matrix that do not depend on it are computed once (the same operations as
   * pdf.js's full product, in the same order, so the same numbers).
   */
  const showText = (chars: string, extraSpacing: number): void => {
    const font = state.font as Font
    const tm = state.textMatrix
    const hScale = state.textHScale
    if (chars.length === 0) {
      const spacing = state.charSpacing + extraSpacing
      if (spacing) translate(tm, spacing * hScale, 0)
      return
    }
    const step = font.composite ? 2 : 1
    if (chars.length % step !== 0) throw new Unsupported('odd byte count for a two-byte font')
    const scale = 0.001 * state.fontSize
    // Rendering matrix: ctm × (tm × [fs·h 0 0 fs 0 rise]).
    const ctm = state.ctm
    const fs = state.fontSize
    const fsh = fs * hScale
    const rise = state.textRise
    const c0 = ctm[0] as number
    const c1 = ctm[1] as number
    const c2 = ctm[2] as number
    const c3 = ctm[3] as number
    const c4 = ctm[4] as number
    const c5 = ctm[5] as number
    const m0 = (tm[0] as number) * fsh
    const m1 = (tm[1] as number) * fsh
    const m2 = (tm[2] as number) * fs
    const m3 = (tm[3] as number) * fs
    const a = c0 * m0 + c2 * m1
    const b = c1 * m0 + c3 * m1
    const c = c0 * m2 + c2 * m3
    const d = c1 * m2 + c3 * m3
    const tm2 = tm[2] as number
    const tm3 = tm[3] as number
    const charSpacingBase = state.charSpacing
    const wordSpacing = state.wordSpacing
    for (let i = 0; i < chars.length; i += step) {
      const glyph = font.glyphAt(step === 1 ? chars.charCodeAt(i) : (chars.charCodeAt(i) << 8) | chars.charCodeAt(i + 1))
      if (glyph.isInvisibleFormatMark) continue
      let charSpacing = charSpacingBase + (i + step === chars.length ? extraSpacing : 0)
      let scaled = glyph.width * scale
      if (glyph.code === 0x20) charSpacing += wordSpacing
      if (glyph.isWhitespace) {
        charSpacing += scaled
        translate(tm, charSpacing * hScale, 0)
        saveLastChar(' ')
        continue
      }
      if (!glyph.isZeroWidthDiacritic) {
        const e = tm2 * rise + (tm[4] as number)
        const f = tm3 * rise + (tm[5] as number)
        if (!compareWithLastPosition(scaled, c0 * e + c2 * f + c4, c1 * e + c3 * f + c5, a, b, c, d)) {
          translate(tm, scaled * hScale, 0)
          continue
        }
      }
      ensureItem()
      if (glyph.isZeroWidthDiacritic) scaled = 0
      scaled *= hScale
      translate(tm, scaled, 0)
      it.width += scaled
      if (scaled) {
        const e = tm2 * rise + (tm[4] as number)
        const f = tm3 * rise + (tm[5] as number)
        it.hasPrev = true
        it.prevX = c0 * e + c2 * f + c4
        it.prevY = c1 * e + c3 * f + c5
        it.prevA = a
        it.prevB = b
        it.prevC = c
        it.prevD = d
      }
      if (saveLastChar(glyph.unicode)) it.str.push(' ')
      it.str.push(glyph.unicode)
      if (charSpacing) translate(tm, charSpacing * hScale, 0)
    }
  }

  const num = (v: PdfValue | undefined): number => {
    if (typeof v !== 'number') throw new Unsupported('operand is not a number')
    return v
  }
  const needFont = (): void => {
    if (!state.font) throw new Unsupported('text shown without a font')
  }

  const fontResources = file.dict(resources, 'Font')
  let xobjects: PdfDict | undefined
  const parser = new Parser(new Lexer(contents), false)
  const args: PdfValue[] = []
  for (;;) {
    const token = parser.object()
    if (token === EOF) break
    if (!(token instanceof PdfCommand)) {
      args.push(token)
      if (args.length > 33) throw new Unsupported('too many operands')
      continue
    }
    const expected = token.arity
    if (expected === undefined) throw new Unsupported(`operator ${token.cmd}`)
    if (expected >= 0 && args.length !== expected) throw new Unsupported(`operator ${token.cmd} with ${args.length} operands`)
    const previous = state
    switch (token.code) {
      case Op.q:
        stack.push(state)
        state = cloneState(state)
        break
      case Op.Q: {
        const restored = stack.pop()
        if (restored) state = restored
        if (previous.font !== state.font || previous.fontSize !== state.fontSize || previous.fontName !== state.fontName) flush()
        break
      }
      case Op.cm:
        state.ctm = multiply(state.ctm, args.map(num))
        break
      case Op.Tf: {
        const resource = args[0]
        const size = num(args[1])
        if (!(resource instanceof PdfName)) throw new Unsupported('Tf without a font name')
        if (state.font && resource.name === state.fontName && size === state.fontSize) break
        flush()
        state.fontName = resource.name
        state.fontSize = size
        if (!fontResources || !fontResources.has(resource.name)) throw new Unsupported('font not in resources')
        state.font = ctx.fonts.font(fontResources.get(resource.name))
        break
      }
      case Op.Ts:
        state.textRise = num(args[0])
        break
      case Op.Tz:
        state.textHScale = num(args[0]) / 100
        break
      case Op.TL:
        state.leading = num(args[0])
        break
      case Op.Td:
        translate(state.textLineMatrix, num(args[0]), num(args[1]))
        state.textMatrix = state.textLineMatrix.slice()
        break
      case Op.TD:
        state.leading = -num(args[1])
        translate(state.textLineMatrix, num(args[0]), num(args[1]))
        state.textMatrix = state.textLineMatrix.slice()
        break
      case Op.TStar:
        translate(state.textLineMatrix, 0, -state.leading)
        state.textMatrix = state.textLineMatrix.slice()
        break
      case Op.Tm: {
        const m = args.map(num)
        state.textMatrix = m.slice()
        state.textLineMatrix = m.slice()
        updateAdvanceScale()
        break
      }
      case Op.Tc:
        state.charSpacing = num(args[0])
        break
      case Op.Tw:
        state.wordSpacing = num(args[0])
        break
      case Op.BT:
        state.textMatrix = IDENTITY.slice()
        state.textLineMatrix = IDENTITY.slice()
        break
      case Op.TJ: {
        needFont()
        const elements = args[0]
        if (!Array.isArray(elements)) throw new Unsupported('TJ without an array')
        const spaceFactor = (-1 * state.fontSize) / 1000
        // Strings between two kerning numbers are shown together; a number other than 0 ends
        // them; strings after the last one (even empty ones: Tc still applies) are shown at the end.
        let buffer = ''
        let strings = false
        // An index, not for…of: until V8 optimizes this loop, each step of an iterator allocated a result.
        for (let k = 0; k < elements.length; k++) {
          const item = elements[k]
          if (typeof item === 'string') {
            buffer += item
            strings = true
          } else if (typeof item === 'number' && item !== 0) {
            showText(buffer, item * spaceFactor)
            buffer = ''
            strings = false
          }
        }
        if (strings) showText(buffer, 0)
        break
      }
      case Op.Tj:
        needFont()
        if (typeof args[0] !== 'string') throw new Unsupported('Tj without a string')
        showText(args[0], 0)
        break
      case Op.Quote:
        needFont()
        if (typeof args[0] !== 'string') throw new Unsupported("' without a string")
        translate(state.textLineMatrix, 0, -state.leading)
        state.textMatrix = state.textLineMatrix.slice()
        showText(args[0], 0)
        break
      case Op.DoubleQuote:
        needFont()
        if (typeof args[2] !== 'string') throw new Unsupported('" without a string')
        state.wordSpacing = num(args[0])
        state.charSpacing = num(args[1])
        translate(state.textLineMatrix, 0, -state.leading)
        state.textMatrix = state.textLineMatrix.slice()
        showText(args[2], 0)
        break
      case Op.BMC:
      case Op.BDC:
      case Op.EMC:
        flush()
        break
      case Op.gs: {
        const gsName = args[0]
        if (!(gsName instanceof PdfName)) throw new Unsupported('gs without a name')
        const states = file.dict(resources, 'ExtGState')
        const gstate = states ? file.resolve(states.get(gsName.name)) : undefined
        if (!isDict(gstate)) throw new Unsupported('graphics state not found')
        if (gstate.has('Font')) throw new Unsupported('font set by a graphics state')
        break
      }
      case Op.Do: {
        flush()
        const xname = args[0]
        if (!(xname instanceof PdfName)) throw new Unsupported('Do without a name')
        xobjects ??= file.dict(resources, 'XObject') ?? new Map()
        const raw = xobjects.get(xname.name)
        const xobject = file.resolve(raw)
        if (!isStream(xobject)) throw new Unsupported('XObject is not a stream')
        const subtype = file.get(xobject.dict, 'Subtype')
        if (!(subtype instanceof PdfName)) throw new Unsupported('XObject without a subtype')
        if (subtype.name !== 'Form') break
        const key = raw instanceof PdfRef ? raw.key : undefined
        if (key === undefined || ctx.seen.has(key)) throw new Unsupported('form XObject loop or direct form')
        const formState = cloneState(state)
        const matrix = file.get(xobject.dict, 'Matrix')
        if (Array.isArray(matrix) && matrix.length === 6 && matrix.every((x) => typeof x === 'number')) formState.ctm = multiply(formState.ctm, matrix as number[])
        const own = file.get(xobject.dict, 'Resources')
        ctx.seen.add(key)
        interpret(ctx, file.decode(xobject), isDict(own) ? own : resources, formState)
        ctx.seen.delete(key)
        break
      }
      case Op.d0:
      case Op.d1:
        throw new Unsupported('Type3 glyph operators in page content')
      default:
        break
    }
    args.length = 0
  }
  flush()
}
