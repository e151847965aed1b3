/** `negated-clause`: a clause is there, but its own words deny it ("no audit right is granted"). */
import { ALL_IDS } from '../../library/taxonomy.js'
import { defineRule, msg } from '../define-rule.js'
import { localSources } from '../sources.js'

export default defineRule({
  id: 'negated-clause',
  meta: { description: 'Report clauses whose text denies what they should grant', severity: 'error' },
  check(ctx) {
    const { lang } = ctx
    for (const id of ALL_IDS) {
      const status = ctx.clauses.get(id)
      if (!status?.negated) continue
      const clause = ctx.library.byId.get(id)?.[0]
      if (!clause) continue
      const evidence = status.evidence.find((e) => e.signal === 'negation') ?? status.evidence[0]
      ctx.report({
        clauseId: id,
        message: msg(lang, {
          en: `The document denies "${clause.title.en}": "${evidence?.text ?? ''}"`,
          fr: `Le document écarte « ${clause.title.fr} » : « ${evidence?.text ?? ''} »`,
        }),
        sources: localSources(clause.sources, lang),
        suggestion: ctx.suggestion(clause),
        ...(evidence ? { location: { line: evidence.line, column: evidence.column, ...(evidence.page !== undefined ? { page: evidence.page } : {}) } } : {}),
      })
    }
  },
})
