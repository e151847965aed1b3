/** The messages of a comparison, in French or English (the language of our document by default), from the catalogue's `compareMsg.*` entries. */
import { translate, type MessageKey } from '../i18n/index.js'
import type { Library } from '../library/clause.js'
import type { Lang } from '../library/vocabulary.js'
import type { Change, TermChange } from './types.js'

/** The clause's name: the library's title, else the article's own heading. */
export function clauseName(change: Pick<Change, 'clauseId' | 'evidence'>, library: Library, lang: Lang): string {
  const title = change.clauseId ? library.byId.get(change.clauseId)?.[0]?.title[lang] : undefined
  return title ?? change.evidence.ours?.title ?? change.evidence.theirs?.title ?? '?'
}

/** One term's change: « délai de retour des leads défectueux : 7 jours → 2 jours (affaibli ; hors du seuil du playbook (7 jours)) ». */
export function termMessage(t: TermChange, lang: Lang): string {
  const m = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => translate(lang, key, params)
  const values = t.before && t.after ? m('compareMsg.termChanged', { before: t.before.display, after: t.after.display }) : t.before ? m('compareMsg.termRemoved', { before: t.before.display }) : m('compareMsg.termAdded', { after: t.after?.display ?? '' })
  const verdict = m(t.weakened ? 'compareMsg.termWeakened' : 'compareMsg.termNeutral')
  const threshold = t.threshold === undefined || t.meetsThreshold === undefined ? '' : m(t.meetsThreshold ? 'compareMsg.withinThreshold' : 'compareMsg.outsideThreshold', { threshold: t.threshold })
  return m('compareMsg.term', { label: t.label, values, verdict, threshold })
}

/** One change, as a lawyer reads it first. */
export function changeMessage(c: Change, library: Library, lang: Lang): string {
  const m = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => translate(lang, key, params)
  const name = m('compareMsg.quoted', { name: clauseName(c, library, lang) })
  const separator = m('compareMsg.separator')
  switch (c.change) {
    case 'removed':
      return m(c.essential ? 'compareMsg.removedEssential' : 'compareMsg.removed', { name })
    case 'added':
      return m('compareMsg.added', { name })
    case 'moved':
      return m('compareMsg.moved', { name })
    case 'modified': {
      const weakened = c.terms.filter((t) => t.weakened)
      const head = m(c.moved ? 'compareMsg.modifiedMoved' : 'compareMsg.modified', { name })
      if (weakened.length > 0) return m('compareMsg.weakenedBy', { head, terms: weakened.map((t) => t.message).join(separator) })
      if (c.findings.length > 0) return m('compareMsg.raises', { head, findings: c.findings.map((f) => f.message).join(separator) })
      return head
    }
  }
}
