/** The words of the comparison reports, in French and English: a view over the catalogue's `compareReport.*` entries. */
import { translate, type MessageKey } from '../../i18n/index.js'
import type { Lang } from '../../library/vocabulary.js'
import type { Change } from '../compare.js'

/** Every label a comparison report prints. */
export interface CompareLabels {
  title: string
  ours: string
  theirs: string
  kinds: Record<Change['change'], string>
  weakened: string
  essential: string
  terms: string
  newFindings: string
  noChange: string
  summary: (s: { matched: number; removed: number; added: number; modified: number; moved: number; weakened: number }) => string
  removedText: string
  addedText: string
  article: string
  author: string
  /** ": " in English, " : " in French. */
  colon: string
}

/** The labels of a language, read from the catalogue (src/i18n/compare.ts). */
function fromCatalogue(lang: Lang): CompareLabels {
  const m = (key: MessageKey) => translate(lang, key)
  return {
    title: m('compareReport.title'),
    ours: m('compareReport.ours'),
    theirs: m('compareReport.theirs'),
    kinds: { removed: m('compareReport.kind.removed'), added: m('compareReport.kind.added'), modified: m('compareReport.kind.modified'), moved: m('compareReport.kind.moved') },
    weakened: m('compareReport.weakened'),
    essential: m('compareReport.essential'),
    terms: m('compareReport.terms'),
    newFindings: m('compareReport.newFindings'),
    noChange: m('compareReport.noChange'),
    summary: (s) => translate(lang, 'compareReport.summary', s),
    removedText: m('compareReport.removedText'),
    addedText: m('compareReport.addedText'),
    article: m('compareReport.article'),
    author: m('compareReport.author'),
    colon: m('compareReport.colon'),
  }
}

const FR = fromCatalogue('fr')
const EN = fromCatalogue('en')

/** The labels of a language. */
export function compareLabels(lang: Lang): CompareLabels {
  return lang === 'fr' ? FR : EN
}
