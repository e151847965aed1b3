/**
 * `ocr-low-confidence`: a page read by OCR whose mean word confidence is below the threshold set
 * when reading (`--ocr-warn-below`): its text may be misread, so clauses on it may be reported
 * missing, or red flags not seen.
 */
import { defineRule, msg } from '../define-rule.js'

export default defineRule({
  id: 'ocr-low-confidence',
  meta: { description: 'Report pages read by OCR with a low confidence: the review of that page may miss clauses', severity: 'warning' },
  check(ctx) {
    const doc = ctx.documents[0]
    const ocr = doc?.ocr
    if (!ocr) return
    for (const page of ocr.pages) {
      if (page.confidence >= ocr.threshold) continue
      const confidence = Math.round(page.confidence)
      ctx.report({
        message: msg(ctx.lang, {
          en: page.words === 0
            ? `Page ${page.page} was read by OCR and no text was found on it: if it holds text, clauses on it are missed; check it against the original`
            : `Page ${page.page} was read by OCR with a mean confidence of ${confidence}% (below ${ocr.threshold}%): words may be misread and clauses on this page missed; check it against the original`,
          fr: page.words === 0
            ? `La page ${page.page} a été lue par OCR et aucun texte n’y a été trouvé : si elle contient du texte, ses clauses échappent à la revue ; vérifiez-la sur l’original`
            : `La page ${page.page} a été lue par OCR avec une confiance moyenne de ${confidence} % (sous le seuil de ${ocr.threshold} %) : des mots peuvent être mal lus et des clauses de cette page manquer à la revue ; vérifiez-la sur l’original`,
        }),
        location: { line: 1, column: 1, page: page.page },
      })
    }
  },
})
