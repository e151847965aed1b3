/**
 * The words of the comparison of two versions (`clausier compare`, the web app's compare mode):
 * report labels and the sentences that describe each change, French and English. Part of the one
 * catalogue (messages.ts merges it); `src/compare/format/labels.ts` and `src/compare/messages.ts`
 * are views over these entries.
 */
import type { Text } from './lang.js'

const t = (fr: string, en: string): Text => ({ fr, en })

/** `compareReport.*` (labels) and `compareMsg.*` (sentences) entries. */
export const COMPARE_MESSAGES = {
  'compareReport.title': t('Comparaison des versions', 'Comparison of versions'),
  'compareReport.ours': t('Notre version', 'Our version'),
  'compareReport.theirs': t('Leur version', 'Their version'),
  'compareReport.kind.removed': t('supprimée', 'removed'),
  'compareReport.kind.added': t('ajoutée', 'added'),
  'compareReport.kind.modified': t('modifiée', 'modified'),
  'compareReport.kind.moved': t('déplacée', 'moved'),
  'compareReport.weakened': t('affaiblie', 'weakened'),
  'compareReport.essential': t('essentielle', 'essential'),
  'compareReport.terms': t('Termes', 'Terms'),
  'compareReport.newFindings': t('Nouveaux points relevés dans leur version', 'New points raised in their version'),
  'compareReport.noChange': t('Aucune modification.', 'No change.'),
  'compareReport.summary': t(
    '{matched} articles rapprochés : {removed} supprimé(s), {added} ajouté(s), {modified} modifié(s), {moved} déplacé(s), {weakened} affaibli(s)',
    '{matched} articles matched: {removed} removed, {added} added, {modified} modified, {moved} moved, {weakened} weakened',
  ),
  'compareReport.removedText': t('Texte supprimé', 'Removed text'),
  'compareReport.addedText': t('Texte ajouté', 'Added text'),
  'compareReport.article': t('Article', 'Article'),
  'compareReport.author': t('clausier', 'clausier'),
  'compareReport.colon': t(' : ', ': '),

  'compareMsg.quoted': t('« {name} »', '"{name}"'),
  'compareMsg.term': t('{label} : {values} ({verdict}{threshold})', '{label}: {values} ({verdict}{threshold})'),
  'compareMsg.termChanged': t('{before} → {after}', '{before} → {after}'),
  'compareMsg.termRemoved': t('{before} → supprimé', '{before} → removed'),
  'compareMsg.termAdded': t('ajouté : {after}', 'added: {after}'),
  'compareMsg.termWeakened': t('affaibli', 'weakened'),
  'compareMsg.termNeutral': t('renforcé ou neutre', 'strengthened or neutral'),
  'compareMsg.withinThreshold': t(' ; conforme au seuil du playbook ({threshold})', '; within the playbook threshold ({threshold})'),
  'compareMsg.outsideThreshold': t(' ; hors du seuil du playbook ({threshold})', '; outside the playbook threshold ({threshold})'),
  'compareMsg.removedEssential': t(
    'Clause essentielle supprimée : {name} ne figure plus dans leur version, alors qu’elle est requise pour ce contrat',
    'Essential clause removed: {name} is no longer in their version, and it is required for this contract',
  ),
  'compareMsg.removed': t('Clause supprimée : {name}', 'Clause removed: {name}'),
  'compareMsg.added': t('Clause ajoutée : {name}', 'Clause added: {name}'),
  'compareMsg.moved': t('Clause déplacée, texte inchangé : {name}', 'Clause moved, text unchanged: {name}'),
  'compareMsg.modified': t('Clause modifiée : {name}', 'Clause modified: {name}'),
  'compareMsg.modifiedMoved': t('Clause modifiée et déplacée : {name}', 'Clause modified and moved: {name}'),
  'compareMsg.weakenedBy': t('{head} ; affaiblie : {terms}', '{head}; weakened: {terms}'),
  'compareMsg.raises': t('{head} ; leur texte soulève : {findings}', '{head}; their text raises: {findings}'),
  'compareMsg.separator': t(' ; ', '; '),
} as const satisfies Record<string, Text>
