/** The names the builder puts in a template's root context (checked by `clauses check`). */
export const TEMPLATE_CONTEXT_KEYS: readonly string[] = [
  'deal',
  'date',
  'terms',
  'sectors',
  'channels',
  'roleText',
  'processor',
  'articles',
  'processingTerms',
  'sourcesTable',
  'subprocessorsTable',
  'priceTable',
  'priceAnnex',
  // special terms (addendum)
  'buyer',
  'generator',
  'quote',
]
