/**
 * A bilingual contract: one document, each unit (the title and parties, each article, each
 * schedule) a row of two columns — the first language (the deal's) first. Both columns come from
 * the same clause selection, so a row holds the same article in both languages, under one number.
 */
import type { Lang } from '../library/vocabulary.js'
import type { Block, Contract, ContractMeta } from './contract.js'

/** One row: the same unit in both languages. */
export interface BilingualRow {
  /** What pairs the two sides: `title`, `toc`, `article:<clause id or article id>`, `section:<n>`. */
  key: string
  /** The article number shared by both columns (articles only). */
  number?: number
  /** Blocks of the first language, then of the second. */
  columns: [Block[], Block[]]
}

/** The whole bilingual contract. */
export interface BilingualContract {
  /** The two languages, first column first. */
  langs: [Lang, Lang]
  /** The language whose version prevails (stated by the controlling-language article). */
  controlling: Lang
  meta: ContractMeta
  rows: BilingualRow[]
  /** The two single-language contracts the rows were paired from (for one-after-the-other Markdown). */
  contracts: [Contract, Contract]
}
