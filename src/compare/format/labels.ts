/** The words of the comparison reports, in French and English. */
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

const FR: CompareLabels = {
  title: 'Comparaison des versions',
  ours: 'Notre version',
  theirs: 'Leur version',
  kinds: { removed: 'supprimée', added: 'ajoutée', modified: 'modifiée', moved: 'déplacée' },
  weakened: 'affaiblie',
  essential: 'essentielle',
  terms: 'Termes',
  newFindings: 'Nouveaux points relevés dans leur version',
  noChange: 'Aucune modification.',
  summary: (s) => `${s.matched} articles rapprochés : ${s.removed} supprimé(s), ${s.added} ajouté(s), ${s.modified} modifié(s), ${s.moved} déplacé(s), ${s.weakened} affaibli(s)`,
  removedText: 'Texte supprimé',
  addedText: 'Texte ajouté',
  article: 'Article',
  author: 'clausier',
  colon: ' : ',
}

const EN: CompareLabels = {
  title: 'Comparison of versions',
  ours: 'Our version',
  theirs: 'Their version',
  kinds: { removed: 'removed', added: 'added', modified: 'modified', moved: 'moved' },
  weakened: 'weakened',
  essential: 'essential',
  terms: 'Terms',
  newFindings: 'New points raised in their version',
  noChange: 'No change.',
  summary: (s) => `${s.matched} articles matched: ${s.removed} removed, ${s.added} added, ${s.modified} modified, ${s.moved} moved, ${s.weakened} weakened`,
  removedText: 'Removed text',
  addedText: 'Added text',
  article: 'Article',
  author: 'clausier',
  colon: ': ',
}

/** The labels of a language. */
export function compareLabels(lang: Lang): CompareLabels {
  return lang === 'fr' ? FR : EN
}
