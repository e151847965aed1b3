/** `custom-phrase`: wording the reviewing team flags in its playbook, with its own message. */
import { compileSignal } from '../../library/detect-signals.js'
import { defineRule, locationOf, sentencesMatching } from '../define-rule.js'

export default defineRule({
  id: 'custom-phrase',
  meta: { description: "Report wording listed in the playbook's phrases", severity: 'warning' },
  check(ctx) {
    for (const phrase of ctx.playbook.phrases) {
      for (const s of sentencesMatching(ctx, compileSignal(phrase.pattern))) {
        ctx.report({ message: `${phrase.message}: "${s.text.slice(0, 200)}"`, severity: phrase.severity, location: locationOf(s) })
      }
    }
  },
})
