/**
 * The words of the questionnaire and of the score report, in French and English: a typed view over
 * the catalogue's `auditReport.*` and `level.*` entries (src/i18n/audit.ts, messages.ts).
 */
import { count, translate, type MessageKey } from '../i18n/index.js'
import type { Lang } from '../library/schema.js'
import type { Answer, Level } from './schema.js'

/** The labels of a language, read from the catalogue. */
function fromCatalogue(lang: Lang) {
  const m = (key: MessageKey) => translate(lang, key)
  return {
    colon: m('auditReport.colon'),
    questionnaireTitle: m('auditReport.questionnaireTitle'),
    questionnaireIntro: (n: number) => translate(lang, 'auditReport.questionnaireIntro', { n }),
    templateIntro: m('auditReport.templateIntro'),
    answerScale: m('auditReport.answerScale'),
    goodAnswer: m('auditReport.goodAnswer'),
    evidenceToAttach: m('auditReport.evidenceToAttach'),
    sources: m('auditReport.sources'),
    answerLabel: m('auditReport.answerLabel'),
    answerChoices: m('auditReport.answerChoices'),
    reportTitle: m('auditReport.reportTitle'),
    generator: m('auditReport.generator'),
    date: m('auditReport.date'),
    file: m('auditReport.file'),
    overall: m('auditReport.overall'),
    cappedNote: m('auditReport.cappedNote'),
    theme: m('auditReport.theme'),
    score: m('auditReport.score'),
    level: m('auditReport.level'),
    answered: m('auditReport.answered'),
    blocking: m('auditReport.blocking'),
    noBlocking: m('auditReport.noBlocking'),
    unanswered: m('auditReport.unanswered'),
    noUnanswered: m('auditReport.noUnanswered'),
    missingEvidence: m('auditReport.missingEvidence'),
    noMissingEvidence: m('auditReport.noMissingEvidence'),
    expected: m('auditReport.expected'),
    reinforce: m('auditReport.reinforce'),
    noReinforce: m('auditReport.noReinforce'),
    clause: m('auditReport.clause'),
    because: m('auditReport.because'),
    dealOptions: m('auditReport.dealOptions'),
    question: m('auditReport.question'),
    answer: m('auditReport.answer'),
    comment: m('auditReport.comment'),
    none: m('auditReport.none'),
    summaryLine: (blocking: number, unanswered: number, noEvidence: number) =>
      translate(lang, 'auditReport.summaryLine', { blocking: count(lang, 'auditReport.blockingCount', blocking), unanswered, noEvidence }),
    answers: { yes: m('auditReport.answer.yes'), partial: m('auditReport.answer.partial'), no: m('auditReport.answer.no'), unknown: m('auditReport.answer.unknown') } satisfies Record<Answer, string>,
    levels: { insufficient: m('level.insufficient'), 'to-strengthen': m('level.to-strengthen'), adequate: m('level.adequate'), mature: m('level.mature') } satisfies Record<Level, string>,
  }
}

/** Every label of the questionnaire and the score report, in one language. */
export type Labels = ReturnType<typeof fromCatalogue>

const FR = fromCatalogue('fr')
const EN = fromCatalogue('en')

/** The labels of a language. */
export function labels(lang: Lang): Labels {
  return lang === 'fr' ? FR : EN
}
