/**
 * The builder (`draft/compose.ts`) with remark loaded, so that `assemble` can parse any deal's text
 * synchronously (web, special terms, bilingual contracts, tests). The CLI's builds use
 * `assembleLoading` instead, which loads remark only when a segment falls outside the dialect.
 */
import '../core/markdown.js'

export * from './compose.js'
