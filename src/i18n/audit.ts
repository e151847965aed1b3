/**
 * The words of the due-diligence questionnaire and of the audit score report, French and English:
 * part of the one catalogue (messages.ts merges it). `src/audit/labels.ts` is a view over these
 * entries; the levels are the web app's `level.*`.
 */
import type { Text } from './lang.js'

const t = (fr: string, en: string): Text => ({ fr, en })

/** `auditReport.*` entries. */
export const AUDIT_MESSAGES = {
  'auditReport.colon': t(' : ', ': '),
  'auditReport.questionnaireTitle': t('Questionnaire d’audit du fournisseur de leads (RGPD, consentement, démarchage téléphonique)', 'Lead generator due-diligence questionnaire (GDPR, consent, telephone canvassing)'),
  'auditReport.questionnaireIntro': t(
    'Merci de répondre à chacune des {n} questions ci-dessous et de joindre les justificatifs indiqués. Chaque question précise ce que contient une bonne réponse ; les sources sont les règles et décisions dont elle découle.',
    'Please answer each of the {n} questions below and attach the evidence listed. Each question says what a good answer contains; the sources are the rules and regulator decisions it comes from.',
  ),
  'auditReport.templateIntro': t(
    'Remplissez une entrée par question : answer (réponse), evidence (justificatifs : texte, noms de fichiers ou URL ; un élément ou une liste) et comment (commentaire, facultatif). Puis lancez : clausier audit score <ce fichier>.',
    'Fill in one entry per question: answer, evidence (text, file names or URLs; one item or a list) and an optional comment. Then run: clausier audit score <this file>.',
  ),
  'auditReport.answerScale': t(
    'Réponses : yes (oui) = votre pratique correspond à la bonne réponse ; partial (partiel) = en partie ; no (non) = elle n’y correspond pas ; unknown = pas encore répondu.',
    'Answers: yes = your practice matches the good answer; partial = in part; no = it does not; unknown = not answered yet.',
  ),
  'auditReport.goodAnswer': t('Bonne réponse', 'Good answer'),
  'auditReport.evidenceToAttach': t('Justificatifs à joindre', 'Evidence to attach'),
  'auditReport.sources': t('Sources', 'Sources'),
  'auditReport.answerLabel': t('Réponse', 'Answer'),
  'auditReport.answerChoices': t('oui / partiel / non — justificatifs joints :', 'yes / partial / no — evidence attached:'),
  'auditReport.reportTitle': t('Score d’audit du fournisseur de leads', 'Lead generator due-diligence score'),
  'auditReport.generator': t('Fournisseur', 'Generator'),
  'auditReport.date': t('Réponses datées du', 'Answers dated'),
  'auditReport.file': t('Fichier de réponses', 'Answers file'),
  'auditReport.overall': t('Score global', 'Overall score'),
  'auditReport.cappedNote': t('niveau limité à « à renforcer » en raison de réponses bloquantes', 'level capped at "to strengthen" because of blocking answers'),
  'auditReport.theme': t('Thème', 'Theme'),
  'auditReport.score': t('Score', 'Score'),
  'auditReport.level': t('Niveau', 'Level'),
  'auditReport.answered': t('Répondues', 'Answered'),
  'auditReport.blocking': t('Réponses bloquantes', 'Blocking answers'),
  'auditReport.noBlocking': t('Aucune réponse bloquante.', 'No blocking answer.'),
  'auditReport.unanswered': t('Questions sans réponse (comptées zéro)', 'Questions not answered (counted as zero)'),
  'auditReport.noUnanswered': t('Toutes les questions ont une réponse.', 'Every question is answered.'),
  'auditReport.missingEvidence': t('Réponses sans justificatif', 'Answers without evidence'),
  'auditReport.noMissingEvidence': t('Toutes les réponses oui ou partiel ont un justificatif.', 'Every yes or partial answer has evidence.'),
  'auditReport.expected': t('attendu', 'expected'),
  'auditReport.reinforce': t('Clauses du contrat à renforcer', 'Contract clauses to reinforce'),
  'auditReport.noReinforce': t('Aucune clause à renforcer.', 'No clause to reinforce.'),
  'auditReport.clause': t('Clause', 'Clause'),
  'auditReport.because': t('Questions', 'Because of'),
  'auditReport.dealOptions': t('Options du deal', 'Deal options'),
  'auditReport.question': t('Question', 'Question'),
  'auditReport.answer': t('Réponse', 'Answer'),
  'auditReport.comment': t('Commentaire', 'Comment'),
  'auditReport.none': t('—', '—'),
  'auditReport.summaryLine': t('{blocking}, {unanswered} sans réponse, {noEvidence} sans justificatif', '{blocking}, {unanswered} unanswered, {noEvidence} without evidence'),
  'auditReport.blockingCount.one': t('{n} réponse bloquante', '{n} blocking answer'),
  'auditReport.blockingCount.many': t('{n} réponses bloquantes', '{n} blocking answers'),
  'auditReport.answer.yes': t('oui', 'yes'),
  'auditReport.answer.partial': t('partiel', 'partial'),
  'auditReport.answer.no': t('non', 'no'),
  'auditReport.answer.unknown': t('inconnu', 'unknown'),
} as const satisfies Record<string, Text>
