/** The words of the questionnaire and of the score report, in French and English. */
import type { Lang } from '../library/schema.js'
import type { Answer, Level } from './schema.js'

const en = {
  colon: ': ',
  questionnaireTitle: 'Lead generator due-diligence questionnaire (GDPR, consent, telephone canvassing)',
  questionnaireIntro: (n: number) =>
    `Please answer each of the ${n} questions below and attach the evidence listed. Each question says what a good answer contains; the sources are the rules and regulator decisions it comes from.`,
  templateIntro: 'Fill in one entry per question: answer, evidence (text, file names or URLs; one item or a list) and an optional comment. Then run: clausier audit score <this file>.',
  answerScale: 'Answers: yes = your practice matches the good answer; partial = in part; no = it does not; unknown = not answered yet.',
  goodAnswer: 'Good answer',
  evidenceToAttach: 'Evidence to attach',
  sources: 'Sources',
  answerLabel: 'Answer',
  answerChoices: 'yes / partial / no — evidence attached:',
  reportTitle: 'Lead generator due-diligence score',
  generator: 'Generator',
  date: 'Answers dated',
  file: 'Answers file',
  overall: 'Overall score',
  cappedNote: 'level capped at "to strengthen" because of blocking answers',
  theme: 'Theme',
  score: 'Score',
  level: 'Level',
  answered: 'Answered',
  blocking: 'Blocking answers',
  noBlocking: 'No blocking answer.',
  unanswered: 'Questions not answered (counted as zero)',
  noUnanswered: 'Every question is answered.',
  missingEvidence: 'Answers without evidence',
  noMissingEvidence: 'Every yes or partial answer has evidence.',
  expected: 'expected',
  reinforce: 'Contract clauses to reinforce',
  noReinforce: 'No clause to reinforce.',
  clause: 'Clause',
  because: 'Because of',
  dealOptions: 'Deal options',
  question: 'Question',
  answer: 'Answer',
  comment: 'Comment',
  none: '—',
  summaryLine: (blocking: number, unanswered: number, noEvidence: number) =>
    `${blocking} blocking answer${blocking === 1 ? '' : 's'}, ${unanswered} unanswered, ${noEvidence} without evidence`,
  answers: { yes: 'yes', partial: 'partial', no: 'no', unknown: 'unknown' } satisfies Record<Answer, string>,
  levels: { insufficient: 'insufficient', 'to-strengthen': 'to strengthen', adequate: 'adequate', mature: 'mature' } satisfies Record<Level, string>,
}

export type Labels = typeof en

const fr: Labels = {
  colon: ' : ',
  questionnaireTitle: 'Questionnaire d\'audit du fournisseur de leads (RGPD, consentement, démarchage téléphonique)',
  questionnaireIntro: (n: number) =>
    `Merci de répondre à chacune des ${n} questions ci-dessous et de joindre les justificatifs indiqués. Chaque question précise ce que contient une bonne réponse ; les sources sont les règles et décisions dont elle découle.`,
  templateIntro: 'Remplissez une entrée par question : answer (réponse), evidence (justificatifs : texte, noms de fichiers ou URL ; un élément ou une liste) et comment (commentaire, facultatif). Puis lancez : clausier audit score <ce fichier>.',
  answerScale: 'Réponses : yes (oui) = votre pratique correspond à la bonne réponse ; partial (partiel) = en partie ; no (non) = elle n\'y correspond pas ; unknown = pas encore répondu.',
  goodAnswer: 'Bonne réponse',
  evidenceToAttach: 'Justificatifs à joindre',
  sources: 'Sources',
  answerLabel: 'Réponse',
  answerChoices: 'oui / partiel / non — justificatifs joints :',
  reportTitle: 'Score d\'audit du fournisseur de leads',
  generator: 'Fournisseur',
  date: 'Réponses datées du',
  file: 'Fichier de réponses',
  overall: 'Score global',
  cappedNote: 'niveau limité à « à renforcer » en raison de réponses bloquantes',
  theme: 'Thème',
  score: 'Score',
  level: 'Niveau',
  answered: 'Répondues',
  blocking: 'Réponses bloquantes',
  noBlocking: 'Aucune réponse bloquante.',
  unanswered: 'Questions sans réponse (comptées zéro)',
  noUnanswered: 'Toutes les questions ont une réponse.',
  missingEvidence: 'Réponses sans justificatif',
  noMissingEvidence: 'Toutes les réponses oui ou partiel ont un justificatif.',
  expected: 'attendu',
  reinforce: 'Clauses du contrat à renforcer',
  noReinforce: 'Aucune clause à renforcer.',
  clause: 'Clause',
  because: 'Questions',
  dealOptions: 'Options du deal',
  question: 'Question',
  answer: 'Réponse',
  comment: 'Commentaire',
  none: '—',
  summaryLine: (blocking: number, unanswered: number, noEvidence: number) =>
    `${blocking} réponse${blocking > 1 ? 's' : ''} bloquante${blocking > 1 ? 's' : ''}, ${unanswered} sans réponse, ${noEvidence} sans justificatif`,
  answers: { yes: 'oui', partial: 'partiel', no: 'non', unknown: 'inconnu' },
  levels: { insufficient: 'insuffisant', 'to-strengthen': 'à renforcer', adequate: 'satisfaisant', mature: 'mature' },
}

/** The labels of a language. */
export function labels(lang: Lang): Labels {
  return lang === 'fr' ? fr : en
}
