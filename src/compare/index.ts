/**
 * What the other side changed in our contract, clause by clause: `compareDocuments(ours, theirs,
 * options)` (the CLI's `clausier compare` and the web app's "compare with our draft" call it), and
 * its report formats.
 */
export { compareDocuments, type Change, type ClauseLocation, type CompareOptions, type Comparison, type TermChange } from './compare.js'
export { COMPARE_FORMATS, compareFormatForPath, parseCompareFormat, renderComparison, type CompareFormat } from './format/index.js'
export { compareReport } from './format/json.js'
export { compareReportSchema, type CompareReport } from './format/json-schema.js'
