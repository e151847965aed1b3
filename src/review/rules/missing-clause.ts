/** `missing-clause`: each clause required for this document and its facts that the document lacks. */
import { defineRule, msg } from '../define-rule.js'
import { requiredClauses } from '../required.js'
import { citation, localSources } from '../sources.js'

export default defineRule({
  id: 'missing-clause',
  meta: { description: 'Report essential clauses that the document lacks', severity: 'error' },
  check(ctx) {
    const { lang } = ctx
    for (const clause of requiredClauses(ctx.library, ctx.facts, ctx.playbook, ctx.today)) {
      const status = ctx.clauses.get(clause.id)
      if (!status || status.status === 'present') continue
      const title = clause.title[lang]
      const sources = localSources(clause.sources, lang)
      if (status.status === 'referenced') {
        const terms = ctx.facts.referencedTerms.map((t) => (t.url ? `${t.name.toUpperCase()}, ${t.url}` : t.name.toUpperCase())).join('; ')
        ctx.report({
          clauseId: clause.id,
          severity: 'warning',
          message: msg(lang, {
            en: `Not verified: "${title}" is not in this document and may be in the terms it refers to (${terms}): ask for them`,
            fr: `Non vérifié : « ${title} » ne figure pas dans ce document et se trouve peut-être dans les conditions auxquelles il renvoie (${terms}) : demandez-les`,
          }),
          sources,
          suggestion: ctx.suggestion(clause),
          ...(ctx.facts.referencedTerms[0] ? { location: ctx.facts.referencedTerms[0].location } : {}),
        })
        continue
      }
      ctx.report({
        clauseId: clause.id,
        severity: clause.severity,
        message: msg(lang, {
          en: `Missing clause: "${title}" is required for this document (${citation(clause.sources, lang)})`,
          fr: `Clause manquante : « ${title} » est requise pour ce document (${citation(clause.sources, lang)})`,
        }),
        sources,
        suggestion: ctx.suggestion(clause),
      })
    }
  },
})
