/** Whether a document is about supplying leads, as the rules that apply only there ask it. */
import type { RuleContext } from '../../define-rule.js'

/** Clauses that make a document one about supplying leads. */
const LEAD_CLAUSES = ['lead-definition', 'lead-sources', 'delivery', 'lead-returns']

/** Whether the document holds a lead clause (a definition, sources, delivery or returns of leads). */
export function holdsLeadClause(ctx: Pick<RuleContext, 'clauses'>): boolean {
  return LEAD_CLAUSES.some((id) => ctx.clauses.get(id)?.status === 'present')
}
