/** The names the builder puts in a template's root context (checked by `clauses check`). */
export const TEMPLATE_CONTEXT_KEYS: readonly string[] = ['deal', 'articles', 'annexes', 'title', 'parties', 'phoneRegime', 'processor', 'hasOffshore', 'sourcesTable', 'priceTable']
