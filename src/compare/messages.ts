/** The messages of a comparison, in French or English (the language of our document by default). */
import type { Library } from '../library/clause.js'
import type { Lang } from '../library/vocabulary.js'
import type { Change, TermChange } from './types.js'

/** The clause's name: the library's title, else the article's own heading. */
export function clauseName(change: Pick<Change, 'clauseId' | 'evidence'>, library: Library, lang: Lang): string {
  const title = change.clauseId ? library.byId.get(change.clauseId)?.[0]?.title[lang] : undefined
  return title ?? change.evidence.ours?.title ?? change.evidence.theirs?.title ?? '?'
}

/** One term's change: « délai de retour des leads défectueux : 7 jours → 2 jours (affaibli ; playbook : au moins 7 jours) ». */
export function termMessage(t: TermChange, lang: Lang): string {
  const fr = lang === 'fr'
  const values = t.before && t.after ? `${t.before.display} → ${t.after.display}` : t.before ? `${t.before.display} → ${fr ? 'supprimé' : 'removed'}` : `${fr ? 'ajouté' : 'added'} : ${t.after?.display ?? ''}`
  const verdict = t.weakened ? (fr ? 'affaibli' : 'weakened') : fr ? 'renforcé ou neutre' : 'strengthened or neutral'
  const threshold =
    t.threshold === undefined || t.meetsThreshold === undefined
      ? ''
      : t.meetsThreshold
        ? fr
          ? ` ; conforme au seuil du playbook (${t.threshold})`
          : `; within the playbook threshold (${t.threshold})`
        : fr
          ? ` ; hors du seuil du playbook (${t.threshold})`
          : `; outside the playbook threshold (${t.threshold})`
  return `${t.label}${fr ? ' : ' : ': '}${values} (${verdict}${threshold})`
}

/** One change, as a lawyer reads it first. */
export function changeMessage(c: Change, library: Library, lang: Lang): string {
  const fr = lang === 'fr'
  const name = clauseName(c, library, lang)
  const q = (s: string) => (fr ? `« ${s} »` : `"${s}"`)
  switch (c.change) {
    case 'removed':
      return c.essential
        ? fr
          ? `Clause essentielle supprimée : ${q(name)} ne figure plus dans leur version, alors qu'elle est requise pour ce contrat`
          : `Essential clause removed: ${q(name)} is no longer in their version, and it is required for this contract`
        : fr
          ? `Clause supprimée : ${q(name)}`
          : `Clause removed: ${q(name)}`
    case 'added':
      return fr ? `Clause ajoutée : ${q(name)}` : `Clause added: ${q(name)}`
    case 'moved':
      return fr ? `Clause déplacée, texte inchangé : ${q(name)}` : `Clause moved, text unchanged: ${q(name)}`
    case 'modified': {
      const weakened = c.terms.filter((t) => t.weakened)
      const head = fr ? `Clause modifiée${c.moved ? ' et déplacée' : ''} : ${q(name)}` : `Clause modified${c.moved ? ' and moved' : ''}: ${q(name)}`
      if (weakened.length > 0) return `${head}${fr ? ' ; affaiblie : ' : '; weakened: '}${weakened.map((t) => t.message).join(fr ? ' ; ' : '; ')}`
      if (c.findings.length > 0) return `${head}${fr ? ' ; leur texte soulève : ' : '; their text raises: '}${c.findings.map((f) => f.message).join(fr ? ' ; ' : '; ')}`
      return head
    }
  }
}
