/**
 * The names of the styles and lists of `styles.ts`, without the docx library: the direct writer
 * uses these names and must not load that package.
 */
export const ARTICLE_NUMBERING = 'clausier-articles'
/** The same article numbering, counted separately for the second column of a bilingual contract. */
export const ARTICLE_NUMBERING_SECOND = 'clausier-articles-second'
/** Article headings of a bilingual contract's second column: Heading 1's look, outside the table of contents. */
export const SECOND_HEADING_STYLE = 'ArticleHeadingSecond'
export const BULLET_NUMBERING = 'clausier-bullets'
export const CLAUSE_BODY_STYLE = 'ClauseBody'
