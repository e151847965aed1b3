/**
 * DOCX styles and numbering definitions: real Word styles, Word-native multi-level numbering, as
 * docx library options (the reports of `from-mdast.ts` use them). The contract writer copies the
 * XML these give (`parts.ts`): change both together (`tests/render/docx-writer.test.ts` checks).
 */
import { AlignmentType, LevelFormat, LevelSuffix, type INumberingOptions, type IStylesOptions } from 'docx'
import { ARTICLE_NUMBERING, ARTICLE_NUMBERING_SECOND, BULLET_NUMBERING, CLAUSE_BODY_STYLE, SECOND_HEADING_STYLE } from './style-ids.js'

export { ARTICLE_NUMBERING, ARTICLE_NUMBERING_SECOND, BULLET_NUMBERING, CLAUSE_BODY_STYLE, SECOND_HEADING_STYLE }
export const FONT = 'Calibri'

/** Half-points for docx sizes. */
const pt = (n: number) => n * 2

/**
 * Document styles: Title, Heading 1 (articles, sections), Heading 2 (annex items), body. The
 * headings carry their outline level, which the TOC field (`\o "1-1"`) collects in every application.
 */
export const styles: IStylesOptions = {
  default: {
    document: { run: { font: FONT, size: pt(10.5) }, paragraph: { spacing: { after: 120, line: 276 } } },
    title: { run: { font: FONT, size: pt(18), bold: true, allCaps: true }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 360 } } },
    heading1: { run: { font: FONT, size: pt(12), bold: true, color: '1F3864' }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true, outlineLevel: 0 } },
    heading2: { run: { font: FONT, size: pt(11), bold: true, color: '1F3864' }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, outlineLevel: 1 } },
  },
  paragraphStyles: [
    {
      id: CLAUSE_BODY_STYLE,
      name: 'Clause Body',
      basedOn: 'Normal',
      next: CLAUSE_BODY_STYLE,
      quickFormat: true,
      paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 } },
    },
    {
      id: SECOND_HEADING_STYLE,
      name: 'Article Heading (second language)',
      basedOn: 'Normal',
      next: CLAUSE_BODY_STYLE,
      run: { font: FONT, size: pt(12), bold: true, color: '1F3864' },
      paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true },
    },
    {
      id: 'TableText',
      name: 'Table Text',
      basedOn: 'Normal',
      paragraph: { spacing: { after: 0 } },
    },
  ],
}

/** Articles "1." at level 0, sub-clauses "1.1" at level 1; bullets for lists. */
export const numbering: INumberingOptions = {
  config: [
    {
      reference: ARTICLE_NUMBERING,
      levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, suffix: LevelSuffix.TAB, style: { paragraph: { indent: { left: 567, hanging: 567 } } } },
        { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.LEFT, suffix: LevelSuffix.TAB, style: { paragraph: { indent: { left: 567, hanging: 567 } } } },
      ],
    },
    {
      reference: ARTICLE_NUMBERING_SECOND,
      levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, suffix: LevelSuffix.TAB, style: { paragraph: { indent: { left: 567, hanging: 567 } } } },
        { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.LEFT, suffix: LevelSuffix.TAB, style: { paragraph: { indent: { left: 567, hanging: 567 } } } },
      ],
    },
    {
      reference: BULLET_NUMBERING,
      levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 1134, hanging: 284 } } } }],
    },
  ],
}
